//! Versus, the widget: Yew components over the `versus-core` engine, and
//! (in the browser) the `<versus-widget>` custom element that embeds them.
//!
//! Natively the same components render to HTML (Yew SSR) for tests and the
//! static fallback; only `embed` touches the browser.

pub mod components;
pub mod datasets;

#[cfg(target_arch = "wasm32")]
mod embed;
#[cfg(target_arch = "wasm32")]
pub use embed::register;

/// The widget's stylesheet, adopted by every shadow root.
pub const STYLESHEET: &str = include_str!("style.css");
