//! Compare with colleagues: the reader pastes share links of colleagues
//! who answered the same quiz, and sees for each their verdict, the answers
//! that differ, and which differences alone would change the reader's
//! verdict. Everything it says comes from the engine's comparison.

use versus_core::compare::leaders_name;
use versus_core::share::{read_link, Linked};
use versus_core::{Answers, Engine};
use yew::prelude::*;

use crate::datasets::DatasetRef;
use crate::platform;
use crate::shared::Shared;

#[derive(Properties, PartialEq, Clone)]
pub struct ColleaguesProps {
    pub dataset: DatasetRef,
    pub engine: Shared<Engine<'static>>,
    /// The reader's answers.
    pub answers: Answers,
    /// This widget's key in links.
    pub link_key: AttrValue,
    /// A link to add and show at once ("Compare with mine" over a shared link).
    #[prop_or_default]
    pub add: Option<AttrValue>,
}

/// A colleague's link, with the name the reader gave them (if any).
#[derive(Clone, PartialEq)]
struct Colleague {
    name: String,
    link: AttrValue,
}

/// One more colleague at the end of the list.
fn add_colleague(links: &UseStateHandle<Vec<Colleague>>, name: String, link: AttrValue) {
    let mut more = (**links).clone();
    more.push(Colleague { name, link });
    links.set(more);
}

#[component]
pub fn Colleagues(props: &ColleaguesProps) -> Html {
    let links = use_state(Vec::<Colleague>::new);
    let open = use_state_eq(|| false);
    {
        let (links, open) = (links.clone(), open.clone());
        use_effect_with(props.add.clone(), move |add| {
            if let Some(link) = add {
                add_colleague(&links, String::new(), link.clone());
                open.set(true);
            }
        });
    }
    let input = use_node_ref();
    let name = use_node_ref();
    let on_add = {
        let links = links.clone();
        let (input, name) = (input.clone(), name.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let link = platform::take_input(&input);
            let name = platform::take_input(&name);
            if !link.trim().is_empty() {
                add_colleague(&links, name.trim().to_string(), link.into());
            }
        })
    };
    let d = props.dataset;
    html! {
        <details class="colleagues" part="colleagues" open={*open}>
            <summary>{ "Compare with a colleague" }</summary>
            <p class="help">{ "Paste the share link of a colleague who took this quiz: see where your answers differ, and which differences would change your result." }</p>
            <form class="add-colleague" onsubmit={on_add}>
                <label>{ "A colleague's link " }<input ref={input} type="text" /></label>
                <label>{ "Their name (optional) " }<input ref={name} type="text" autocomplete="off" /></label>
                <button type="submit" class="compare-link">{ "Compare" }</button>
            </form>
            <ol class="comparisons">
                { for links.iter().enumerate().map(|(i, colleague)| {
                    let link = &colleague.link;
                    let who = if colleague.name.is_empty() {
                        let mut who = String::from("Colleague ");
                        who.push_str(&(i + 1).to_string());
                        who
                    } else {
                        colleague.name.clone()
                    };
                    let remove = {
                        let links = links.clone();
                        Callback::from(move |_: MouseEvent| {
                            let mut fewer = (*links).clone();
                            fewer.remove(i);
                            links.set(fewer);
                        })
                    };
                    let body = match read_link(&d, &props.link_key, link) {
                        Linked::Answers { answers, current } => {
                            let comparison = props.engine.compare(&props.answers, &answers);
                            html! { <>
                                <p><strong>{ who.clone() }</strong>{ ": " }{ leaders_name(&versus_core::words::ENGLISH, &d, &comparison.theirs) }
                                    if !current { { " (this link was made with another version of the comparison: the answers that still exist)" } }
                                </p>
                                if comparison.differences.is_empty() {
                                    <p>{ "The same answers as yours." }</p>
                                } else {
                                    <ul>
                                        { for comparison.differences.iter().map(|difference| html! {
                                            <li data-changes={difference.changes.then_some("")}>{ difference.sentence(&versus_core::words::ENGLISH, &d, &who) }</li>
                                        }) }
                                    </ul>
                                }
                            </> }
                        }
                        Linked::Elsewhere => html! {
                            <p><strong>{ who.clone() }</strong>{ ": this link is for another widget or comparison; it changes nothing here." }</p>
                        },
                        Linked::Unreadable => html! {
                            <p><strong>{ who.clone() }</strong>{ ": not a share link of this comparison; nothing to compare." }</p>
                        },
                    };
                    html! {
                        <li>
                            { body }
                            <button type="button" class="remove" onclick={remove}>{ "Remove " }{ who }</button>
                        </li>
                    }
                }) }
            </ol>
        </details>
    }
}
