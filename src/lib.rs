//! Versus, the widget: Yew components over the `versus-core` engine, and
//! (in the browser) the `<versus-widget>` custom element that embeds them.
//!
//! Natively the same components render to HTML (Yew SSR) for tests and the
//! static fallback; only `embed` touches the browser.

pub mod components;
pub mod config;
pub mod datasets;
pub mod platform;
pub mod state;

#[cfg(target_arch = "wasm32")]
mod embed;
#[cfg(target_arch = "wasm32")]
pub use embed::{register, show_failure};

/// The widget's stylesheet (`src/style.css`, plus `src/reader.css` with the
/// reader experience; minified by `build.rs`), adopted by every shadow root.
#[cfg(not(feature = "reader"))]
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/style.css"));
#[cfg(feature = "reader")]
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/style-reader.css"));
