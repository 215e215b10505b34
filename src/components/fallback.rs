//! The static fallback a page puts inside `<versus-widget>` for readers
//! without JavaScript or WebAssembly: the source's bottom line and the
//! comparison table, rendered ahead of time by `versus render`.

use yew::prelude::*;

use super::ComparisonTable;
use crate::datasets::DatasetRef;
use crate::ui::WordsRef;

#[derive(Properties, PartialEq, Clone)]
pub struct FallbackProps {
    pub dataset: DatasetRef,
    /// The language of its words (English unless given).
    #[prop_or_default]
    pub words: WordsRef,
}

#[component]
pub fn Fallback(props: &FallbackProps) -> Html {
    let dataset = props.dataset;
    html! {
        <ContextProvider<WordsRef> context={props.words}>
            <div class="versus-fallback">
                <p class="versus-summary">{ dataset.summary.as_ref() }</p>
                <ComparisonTable {dataset} />
            </div>
        </ContextProvider<WordsRef>>
    }
}
