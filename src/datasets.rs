//! The datasets baked into the build by `build.rs`, looked up by id.
//!
//! Each comes with its static sections (pros and cons, FAQ) already
//! rendered to markup by `build.rs` (see `prose.rs`). The baked datasets
//! carry only what the widget reads: the lists only those sections read
//! (pros, use cases, users, FAQ) are empty, and so are the texts only the
//! native renderers show (summary, source, taglines, the sections of
//! candidates, verdicts and rows). Native tools load the TOML file whole.

use versus_core::Dataset;

/// The static sections of one dataset, as finished, escaped markup.
pub struct Prose {
    pub pros_cons: &'static str,
    pub faq: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/datasets.rs"));

/// The bundled dataset with this id.
pub fn find(id: &str) -> Option<&'static Dataset> {
    ALL.iter().copied().find(|d| d.id == id)
}

/// The pre-rendered static sections of a bundled dataset.
pub fn prose(dataset: &Dataset) -> Option<&'static Prose> {
    ALL.iter()
        .position(|d| d.id == dataset.id)
        .and_then(|i| PROSE.get(i))
}

/// A `'static` dataset compared by address, so props stay cheap to compare.
#[derive(Clone, Copy, Debug)]
pub struct DatasetRef(pub &'static Dataset);

impl PartialEq for DatasetRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for DatasetRef {
    type Target = Dataset;
    fn deref(&self) -> &Dataset {
        self.0
    }
}
