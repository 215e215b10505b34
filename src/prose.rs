//! The sections that never change after the build: strengths and
//! weaknesses, good fits, production users and the FAQ.
//!
//! They read only the whole file (`DatasetRef::file`), which the widget
//! copy the engine reads leaves out.

use versus_core::model::Claim;
use versus_core::report::Source;
use yew::prelude::*;

use crate::cite::cite;
use crate::datasets::DatasetRef;
use crate::hooks::use_words;
use crate::ui::{compose, Ui};

#[derive(Properties, PartialEq, Clone)]
pub struct ProseProps {
    pub dataset: DatasetRef,
}

/// The claims about one candidate or verdict under their heading (none:
/// no list), or nothing where the dataset makes none.
fn claims(heading: Option<&str>, list: &[Claim], about: &str) -> Html {
    let mut about = list.iter().filter(|c| c.about == about).peekable();
    if about.peek().is_none() {
        return Html::default();
    }
    html! {
        <>
            if let Some(heading) = heading { <h5>{ heading }</h5> }
            <ul>
                { for about.map(|c| html! { <li>{ c.text.as_ref() }</li> }) }
            </ul>
        </>
    }
}

/// Strengths, weaknesses, good fits and production users of each
/// candidate, and the good fits of the verdicts that mix candidates.
#[component]
pub fn ProsCons(props: &ProseProps) -> Html {
    let d = props.dataset.get();
    let words = use_words();
    let t = |message| words.template(message);
    html! {
        <section class="pros-cons" part="pros-cons" aria-labelledby="versus-pros-heading">
            <h3 id="versus-pros-heading">{ t(Ui::StrengthsAndWeaknesses) }</h3>
            <div class="columns">
                { for d.candidates.iter().map(|c| {
                    let users: Vec<&str> = d.users.iter().filter(|u| u.about == c.id).map(|u| u.name.as_ref()).collect();
                    html! {
                        <div class="column">
                            <h4>{ c.name.as_ref() }</h4>
                            <p class="tagline">{ c.tagline.as_ref() }</p>
                            { claims(Some(t(Ui::Strengths)), &d.pros, &c.id) }
                            { claims(Some(t(Ui::Weaknesses)), &d.cons, &c.id) }
                            { claims(Some(t(Ui::AGoodFitFor)), &d.use_cases, &c.id) }
                            if !users.is_empty() {
                                <h5>{ t(Ui::InProductionAt) }</h5>
                                <p>{ words.list(&users, Ui::CommaPair, Ui::CommaMiddle, Ui::CommaLast) }</p>
                            }
                        </div>
                    }
                }) }
            </div>
            { for d.verdicts.iter().filter(|v| v.candidate.is_none()).map(|v| html! {
                <div class="column wide">
                    <h4>{ v.name.as_ref() }</h4>
                    <p class="tagline">{ v.headline.as_ref() }</p>
                    { claims(None, &d.use_cases, &v.id) }
                    { claims(Some(t(Ui::Weaknesses)), &d.cons, &v.id) }
                </div>
            }) }
        </section>
    }
}

/// Frequently asked questions, each a native disclosure.
#[component]
pub fn Faq(props: &ProseProps) -> Html {
    let d = props.dataset.get();
    let words = use_words();
    html! {
        <section class="faq" part="faq" aria-labelledby="versus-faq-heading">
            <h3 id="versus-faq-heading">{ words.template(Ui::QuestionsPeopleAsk) }</h3>
            { for d.faq.iter().map(|f| html! {
                <details>
                    <summary>{ f.question.as_ref() }</summary>
                    <p>{ f.answer.as_ref() }</p>
                    <p class="meta">{ compose(words, Ui::SourceOf, &[], &[("source", cite(words, Source::of(d, &f.section)))]) }</p>
                </details>
            }) }
        </section>
    }
}

/// Both sections as markup, for tests.
#[cfg(not(target_arch = "wasm32"))]
pub fn render(dataset: DatasetRef) -> Rendered {
    Rendered {
        pros_cons: render_one::<ProsCons>(dataset),
        faq: render_one::<Faq>(dataset),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn render_one<C: BaseComponent<Properties = ProseProps>>(dataset: DatasetRef) -> String {
    let renderer = yew::LocalServerRenderer::<C>::with_props(ProseProps { dataset });
    futures::executor::block_on(renderer.hydratable(false).render())
}

/// The markup of the static sections of one dataset.
pub struct Rendered {
    pub pros_cons: String,
    pub faq: String,
}
