//! The Versus decision engine: datasets, validation and scoring.
//!
//! Pure and deterministic: no I/O, no clock, no web dependencies. A dataset
//! and a reader's answers go in; a [`Report`] comes out: the verdict (or a
//! tie), scores, what weighed most, reasons, caveats and flips,
//! all resolved to words. Loading TOML (feature `load`) is for the build script
//! and the command line; the browser reads every dataset packed (the
//! bundled ones are packed by the build) with [`packed::decode`], which
//! needs no TOML parser.

pub mod answers;
pub mod audit;
pub mod compare;
pub mod engine;
pub mod format;
pub mod model;
pub mod outlook;
pub mod packed;
pub mod record;
pub mod report;
pub mod say;
pub mod share;
pub mod validate;
pub mod words;

#[cfg(feature = "load")]
pub mod bundled;
#[cfg(feature = "load")]
pub mod load;
#[cfg(feature = "load")]
pub mod translation;

pub use answers::{AnswerError, Answers};
pub use engine::{Change, Engine, Ranking, Tally};
pub use model::Dataset;
pub use report::{Decisiveness, Report};
pub use validate::{validate, warnings, Problem};

/// Sorts a handful of items in place, stably: `b` moves ahead of `a` only
/// where `after(a, b)`. An insertion sort, because the standard library's
/// merge sort costs the wasm about 2 KB and these lists are short (what
/// weighed most, the reasons, the table's rows).
pub fn sort_few<T>(items: &mut [T], mut after: impl FnMut(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && after(&items[j - 1], &items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}
