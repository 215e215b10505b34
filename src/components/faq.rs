//! Frequently asked questions, each a native disclosure.

use yew::prelude::*;

use super::section_title;
use crate::datasets::DatasetRef;

#[derive(Properties, PartialEq, Clone)]
pub struct FaqProps {
    pub dataset: DatasetRef,
}

#[component]
pub fn Faq(props: &FaqProps) -> Html {
    let d = props.dataset;
    html! {
        <section class="faq" part="faq" aria-labelledby="versus-faq-heading">
            <h3 id="versus-faq-heading">{ "Questions people ask" }</h3>
            { for d.faq.iter().map(|f| html! {
                <details>
                    <summary>{ f.question.as_ref() }</summary>
                    <p>{ f.answer.as_ref() }</p>
                    <p class="meta">{ "Source: " }<cite>{ section_title(&d, &f.section) }</cite></p>
                </details>
            }) }
        </section>
    }
}
