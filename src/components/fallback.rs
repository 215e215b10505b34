//! The static fallback a page puts inside `<versus-widget>` for readers
//! without JavaScript or WebAssembly: the source's bottom line and the
//! comparison table, rendered ahead of time by `versus render`.

use yew::prelude::*;

use super::ComparisonTable;
use crate::datasets::DatasetRef;

#[derive(Properties, PartialEq, Clone)]
pub struct FallbackProps {
    pub dataset: DatasetRef,
}

#[component]
pub fn Fallback(props: &FallbackProps) -> Html {
    let dataset = props.dataset;
    html! {
        <div class="versus-fallback">
            <p class="versus-summary">{ dataset.summary.as_ref() }</p>
            <ComparisonTable {dataset} />
        </div>
    }
}
