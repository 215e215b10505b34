//! A source as a reader sees it, for the widget's views and the sections
//! `build.rs` renders ahead of time (which compiles this file too).

use versus_core::report::Source;
use yew::prelude::*;

/// The heading (with its hint where the heading alone does not say where
/// to look), and a link to that section where the source is online.
pub fn cite(source: Source<'_>) -> Html {
    let text = html! {
        <cite>{ source.title }if let Some(hint) = source.hint { { " (" }{ hint }{ ")" } }</cite>
    };
    match source.href() {
        Some(href) => {
            html! { <a class="source-link" {href} target="_blank" rel="noopener noreferrer">{ text }</a> }
        }
        None => text,
    }
}
