//! The widget's components, one per file.

mod app;
mod fallback;
mod faq;
mod pros_cons;
mod quiz;
mod result;
mod table;

pub use app::{App, AppProps, Notice};
pub use fallback::{Fallback, FallbackProps};
pub use faq::{Faq, FaqProps};
pub use pros_cons::{ProsCons, ProsConsProps};
pub use quiz::{Quiz, QuizProps};
pub use result::{ResultPanel, ResultPanelProps};
pub use table::{ordered_rows, ComparisonTable, ComparisonTableProps, Sort};

/// The title of a source section, for "Source: ..." lines.
pub(crate) fn section_title<'d>(dataset: &'d versus_core::Dataset, id: &'d str) -> &'d str {
    dataset.section(id).map_or(id, |s| s.title.as_ref())
}
