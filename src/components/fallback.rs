//! The static fallback a page puts inside `<versus-widget>` for readers
//! without JavaScript or WebAssembly: the source's bottom line and the
//! comparison table, rendered ahead of time by `versus render`.

use yew::prelude::*;

use super::ComparisonTable;
use crate::datasets::DatasetRef;

#[derive(Properties, PartialEq, Clone)]
pub struct FallbackProps {
    /// The source's bottom line (the whole file's `summary`: the widget's
    /// copy of a dataset leaves it out).
    pub summary: AttrValue,
    pub dataset: DatasetRef,
}

#[component]
pub fn Fallback(props: &FallbackProps) -> Html {
    let dataset = props.dataset;
    html! {
        <div class="versus-fallback">
            <p class="versus-summary">{ props.summary.clone() }</p>
            <ComparisonTable {dataset} />
        </div>
    }
}
