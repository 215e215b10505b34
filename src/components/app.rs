//! The root component: one widget instance.

use yew::prelude::*;

use super::ComparisonTable;
use crate::datasets::DatasetRef;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub dataset: DatasetRef,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let dataset = props.dataset;
    html! {
        <article class="versus" part="widget">
            <h2 class="versus-title">{ dataset.title.as_ref() }</h2>
            <ComparisonTable {dataset} />
        </article>
    }
}
