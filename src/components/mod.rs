//! The widget's components, one per file.

mod app;
mod colleagues;
mod fallback;
mod quiz;
mod result;
mod table;

pub use app::{App, AppProps, Notice};
pub use colleagues::{Colleagues, ColleaguesProps};
pub use fallback::{Fallback, FallbackProps};
pub use quiz::{Quiz, QuizProps};
pub use result::{ResultPanel, ResultPanelProps};
pub use table::{ordered_rows, ComparisonTable, ComparisonTableProps, Sort};
