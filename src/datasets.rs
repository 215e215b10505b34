//! The datasets baked into the build by `build.rs`, looked up by id.

use versus_core::Dataset;

include!(concat!(env!("OUT_DIR"), "/datasets.rs"));

/// The bundled dataset with this id.
pub fn find(id: &str) -> Option<&'static Dataset> {
    ALL.iter().copied().find(|d| d.id == id)
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
