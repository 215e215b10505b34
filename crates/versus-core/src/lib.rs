//! The Versus decision engine: datasets, validation and scoring.
//!
//! Pure and deterministic: no I/O, no clock, no web dependencies. A dataset
//! and a reader's answers go in; a [`Report`] comes out: the verdict (or a
//! tie), scores, what weighed most, reasons, caveats and flips,
//! all resolved to words. Loading TOML (feature `load`) is for the build script
//! and the command line; the browser gets the dataset baked into the build,
//! or reads a packed one at run time with [`packed::decode_widget`], which
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
pub mod share;
pub mod validate;

#[cfg(feature = "load")]
pub mod bake;
#[cfg(feature = "load")]
pub mod bundled;
#[cfg(feature = "load")]
pub mod load;

pub use answers::{AnswerError, Answers};
pub use engine::{Change, Engine, Ranking, Tally};
pub use model::Dataset;
pub use report::{Decisiveness, Report};
pub use validate::{validate, warnings, Problem};
