//! The widget's components, one per file.

mod app;
mod table;

pub use app::{App, AppProps};
pub use table::{ComparisonTable, ComparisonTableProps};
