//! A source as a reader sees it, for the widget's views.

use versus_core::report::Source;
use versus_core::words::{Arg, Words};
use yew::prelude::*;

use crate::ui::Ui;

/// The heading (with its hint where the heading alone does not say where
/// to look), and a link to that section where the source is online.
pub fn cite(words: &Words, source: Source<'_>) -> Html {
    let text = html! {
        <cite>
            if let Some(hint) = source.hint {
                { words.say(Ui::TitleWithHint, &[("title", Arg::Text(source.title)), ("hint", Arg::Text(hint))]) }
            } else {
                { source.title }
            }
        </cite>
    };
    match source.href() {
        Some(href) => {
            html! { <a class="source-link" {href} target="_blank" rel="noopener noreferrer">{ text }</a> }
        }
        None => text,
    }
}
