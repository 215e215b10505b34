//! Strengths, weaknesses, good fits and production users of each candidate,
//! and the good fits of the verdicts that are not a single candidate.

use versus_core::model::Claim;
use yew::prelude::*;

use crate::datasets::DatasetRef;

#[derive(Properties, PartialEq, Clone)]
pub struct ProsConsProps {
    pub dataset: DatasetRef,
}

fn claims(list: &[Claim], about: &str) -> Html {
    html! {
        <ul>
            { for list.iter().filter(|c| c.about == about).map(|c| html! { <li>{ c.text.as_ref() }</li> }) }
        </ul>
    }
}

#[component]
pub fn ProsCons(props: &ProsConsProps) -> Html {
    let d = props.dataset;
    html! {
        <section class="pros-cons" part="pros-cons" aria-labelledby="versus-pros-heading">
            <h3 id="versus-pros-heading">{ "Strengths and weaknesses" }</h3>
            <div class="columns">
                { for d.candidates.iter().map(|c| {
                    let users: Vec<&str> = d.users.iter().filter(|u| u.about == c.id).map(|u| u.name.as_ref()).collect();
                    html! {
                        <div class="column">
                            <h4>{ c.name.as_ref() }</h4>
                            <p class="tagline">{ c.tagline.as_ref() }</p>
                            <h5>{ "Strengths" }</h5>
                            { claims(&d.pros, &c.id) }
                            <h5>{ "Weaknesses" }</h5>
                            { claims(&d.cons, &c.id) }
                            <h5>{ "A good fit for" }</h5>
                            { claims(&d.use_cases, &c.id) }
                            if !users.is_empty() {
                                <h5>{ "In production at" }</h5>
                                <p>{ users.join(", ") }</p>
                            }
                        </div>
                    }
                }) }
            </div>
            { for d.verdicts.iter().filter(|v| v.candidate.is_none()).map(|v| html! {
                <div class="column wide">
                    <h4>{ v.name.as_ref() }</h4>
                    <p class="tagline">{ v.headline.as_ref() }</p>
                    { claims(&d.use_cases, &v.id) }
                    <h5>{ "Weaknesses" }</h5>
                    { claims(&d.cons, &v.id) }
                </div>
            }) }
        </section>
    }
}
