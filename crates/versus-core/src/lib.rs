//! The Versus decision engine: datasets, validation and scoring.
//!
//! Pure and deterministic: no I/O, no clock, no web dependencies. A dataset
//! and a reader's answers go in; a verdict with scores, reasons, caveats and
//! flips comes out. Loading TOML (feature `load`) is for the build script
//! and the command line; the browser gets the dataset baked into the build.

pub mod answers;
pub mod engine;
pub mod model;
pub mod share;
pub mod validate;

#[cfg(feature = "load")]
pub mod bake;
#[cfg(feature = "load")]
pub mod load;

pub use answers::{AnswerError, Answers};
pub use engine::{Cause, Change, Decisiveness, Engine, Flip, Outcome, Reason};
pub use model::Dataset;
pub use validate::{validate, Problem};
