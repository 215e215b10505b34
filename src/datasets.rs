//! The datasets baked into the build by `build.rs`, looked up by id.
//!
//! Each is a [`Bundle`]: the widget's copy of the dataset (only what the
//! engine and the views read; see `versus_core::model::Edition`) with its
//! static sections (pros and cons, FAQ) already rendered to markup from
//! the whole file (see `prose.rs`). Native tools load the file whole.

use versus_core::model::Text;
#[cfg(not(target_arch = "wasm32"))]
use versus_core::model::Whole;
use versus_core::Dataset;

/// The static sections of one dataset, as finished, escaped markup.
#[derive(Debug, PartialEq)]
pub struct Prose {
    pub pros_cons: Text,
    pub faq: Text,
}

/// A dataset as the widget shows it: what it reads, and the markup of the
/// sections that never change.
#[derive(Debug, PartialEq)]
pub struct Bundle {
    pub dataset: Dataset,
    pub prose: Prose,
}

#[cfg(not(target_arch = "wasm32"))]
impl Bundle {
    /// What `build.rs` bakes from a loaded file: its projection for the
    /// widget and its static sections rendered. Native tools and tests
    /// make bundles of their own datasets with it.
    pub fn of(file: &'static Dataset<Whole>) -> Bundle {
        let prose = crate::prose::render(file);
        Bundle {
            dataset: file.for_widget(),
            prose: Prose {
                pros_cons: prose.pros_cons.into(),
                faq: prose.faq.into(),
            },
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/datasets.rs"));

/// The bundled dataset with this id.
pub fn find(id: &str) -> Option<&'static Bundle> {
    ALL.iter().copied().find(|b| b.dataset.id == id)
}

/// A `'static` bundle compared by address, so props stay cheap to compare.
/// It reads as its dataset.
#[derive(Clone, Copy, Debug)]
pub struct DatasetRef(pub &'static Bundle);

impl DatasetRef {
    /// The dataset, for as long as the program runs.
    pub fn get(self) -> &'static Dataset {
        &self.0.dataset
    }

    /// The pre-rendered static sections of this dataset.
    pub fn prose(&self) -> &'static Prose {
        &self.0.prose
    }
}

impl PartialEq for DatasetRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for DatasetRef {
    type Target = Dataset;
    fn deref(&self) -> &Dataset {
        &self.0.dataset
    }
}
