//! Versus, the widget: Yew components over the `versus-core` engine, and
//! (in the browser) the `<versus-widget>` custom element that embeds them.
//!
//! Natively the same components render to HTML (Yew SSR) for tests and the
//! static fallback; only `embed` touches the browser.

pub mod cite;
pub mod components;
pub mod config;
pub mod datasets;
pub mod hooks;
// Used by build.rs; here for its tests.
#[cfg(test)]
mod minify;
pub mod platform;
pub mod prose;
pub mod saved;
pub mod shared;
pub mod state;
pub mod ui;

#[cfg(target_arch = "wasm32")]
mod embed;

// SAFETY: `AssumeSingleThreaded` is sound only if the allocator is never
// used from two threads. This crate is built for wasm32-unknown-unknown
// without the `atomics` target feature, so the module has exactly one
// thread: no Web Worker shares its memory, and no code path spawns one.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
#[allow(unsafe_code)]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
#[cfg(target_arch = "wasm32")]
pub use embed::{mount, Widget};

/// The widget's stylesheet (`src/style.css`, minified by `build.rs`),
/// adopted by every shadow root.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/style.css"));
