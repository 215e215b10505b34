//! The widget's components, one per file.

mod app;
mod fallback;
#[cfg(feature = "reader")]
mod faq;
#[cfg(feature = "reader")]
mod pros_cons;
#[cfg(feature = "reader")]
mod quiz;
#[cfg(feature = "reader")]
mod result;
mod table;

pub use app::{App, AppProps, Notice};
pub use fallback::{Fallback, FallbackProps};
#[cfg(feature = "reader")]
pub use faq::{Faq, FaqProps};
#[cfg(feature = "reader")]
pub use pros_cons::{ProsCons, ProsConsProps};
#[cfg(feature = "reader")]
pub use quiz::{Quiz, QuizProps};
#[cfg(feature = "reader")]
pub use result::{ResultPanel, ResultPanelProps};
pub use table::{ordered_rows, ComparisonTable, ComparisonTableProps};

/// The title of a source section, for "Source: ..." lines.
#[cfg(feature = "reader")]
pub(crate) fn section_title<'d>(dataset: &'d versus_core::Dataset, id: &'d str) -> &'d str {
    dataset.section(id).map_or(id, |s| s.title.as_ref())
}
