//! The datasets a widget shows: those bundled into the build (packed by
//! `build.rs`, looked up by id) and those a page gives it at run time (a
//! packed file by `src`, or inline), read by the same decoder.
//!
//! A dataset is decoded once per page and kept for the life of the page,
//! so props compare it by address ([`DatasetRef`]).

use std::cell::RefCell;

use versus_core::packed::{self, PackError};
use versus_core::words::{Words, ENGLISH};
use versus_core::Dataset;

include!(concat!(env!("OUT_DIR"), "/datasets.rs"));

/// A packed file as the widget shows it: the dataset, and the words of its
/// language (English where it brings none).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Unpacked {
    pub dataset: DatasetRef,
    pub words: &'static Words,
}

thread_local! {
    /// Every packed text decoded so far, with what it decoded to.
    static UNPACKED: RefCell<Vec<(String, Unpacked)>> = const { RefCell::new(Vec::new()) };
}

/// Reads a packed file (the text of a file or of an inline element), once
/// per page: the same text again gives the same dataset and words. Words
/// that do not read are refused like a broken dataset.
pub fn unpack(text: &str) -> Result<Unpacked, PackError> {
    if let Some(known) = UNPACKED.with(|u| {
        u.borrow()
            .iter()
            .find(|(seen, _)| seen == text)
            .map(|(_, unpacked)| *unpacked)
    }) {
        return Ok(known);
    }
    let pack = packed::decode_pack(text)?;
    let words: &'static Words = if pack.words.is_empty() {
        &ENGLISH
    } else {
        let catalogue = pack.words.join("\n");
        Box::leak(Box::new(Words::parse(&catalogue).map_err(|_| {
            PackError::Inconsistent("its words do not read as a catalogue")
        })?))
    };
    let unpacked = Unpacked {
        dataset: DatasetRef(Box::leak(Box::new(pack.dataset))),
        words,
    };
    UNPACKED.with(|u| u.borrow_mut().push((text.to_owned(), unpacked)));
    Ok(unpacked)
}

/// The bundled dataset with this id.
pub fn find(id: &str) -> Option<DatasetRef> {
    let (_, pack) = PACKS.iter().find(|(known, _)| *known == id)?;
    // The build validated and packed it: it decodes.
    Some(unpack(pack).expect("a bundled dataset decodes").dataset)
}

/// The dataset a widget shows when its element names none.
pub fn default() -> DatasetRef {
    find(PACKS[0].0).expect("the default dataset is bundled")
}

/// A `'static` dataset compared by address, so props stay cheap to compare.
#[derive(Clone, Copy, Debug)]
pub struct DatasetRef(pub &'static Dataset);

impl DatasetRef {
    /// The dataset, for as long as the program runs.
    pub fn get(self) -> &'static Dataset {
        self.0
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
        self.0
    }
}
