//! Compare with colleagues: the reader pastes share links of colleagues
//! who answered the same quiz, and sees for each their verdict, the answers
//! that differ, and which differences alone would change the reader's
//! verdict. Everything it says comes from the engine's comparison.

use versus_core::compare::leaders_name;
use versus_core::share::{read_link, Linked};
use versus_core::words::Arg;
use versus_core::{Answers, Engine};
use yew::prelude::*;

use crate::datasets::DatasetRef;
use crate::hooks::use_words;
use crate::platform;
use crate::shared::Shared;
use crate::ui::{compose, Ui};

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
    let words = use_words();
    let t = |message| words.template(message);
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
            <summary>{ t(Ui::CompareWithAColleague) }</summary>
            <p class="help">{ t(Ui::ColleaguesHelp) }</p>
            <form class="add-colleague" onsubmit={on_add}>
                <label>{ t(Ui::AColleaguesLink) }{ " " }<input ref={input} type="text" dir="ltr" /></label>
                <label>{ t(Ui::TheirNameOptional) }{ " " }<input ref={name} type="text" autocomplete="off" /></label>
                <button type="submit" class="compare-link">{ t(Ui::Compare) }</button>
            </form>
            <ol class="comparisons">
                { for links.iter().enumerate().map(|(i, colleague)| {
                    let link = &colleague.link;
                    let who = if colleague.name.is_empty() {
                        words.say(Ui::ColleagueNumber, &[("n", (i + 1).into())])
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
                    let strong = html! { <strong>{ who.clone() }</strong> };
                    let body = match read_link(&d, &props.link_key, link) {
                        Linked::Answers { answers, current } => {
                            let comparison = props.engine.compare(&props.answers, &answers);
                            let verdict = leaders_name(words, &d, &comparison.theirs);
                            let message = if current { Ui::ColleagueVerdict } else { Ui::ColleagueVerdictOtherVersion };
                            html! { <>
                                <p>{ compose(words, message, &[("verdict", Arg::Text(&verdict))], &[("who", strong.clone())]) }</p>
                                if comparison.differences.is_empty() {
                                    <p>{ t(Ui::SameAnswersAsYours) }</p>
                                } else {
                                    <ul>
                                        { for comparison.differences.iter().map(|difference| html! {
                                            <li data-changes={difference.changes.then_some("")}>{ difference.sentence(words, &d, &who) }</li>
                                        }) }
                                    </ul>
                                }
                            </> }
                        }
                        Linked::Elsewhere => html! {
                            <p>{ compose(words, Ui::ColleagueLinkElsewhere, &[], &[("who", strong)]) }</p>
                        },
                        Linked::Unreadable => html! {
                            <p>{ compose(words, Ui::ColleagueLinkUnreadable, &[], &[("who", strong)]) }</p>
                        },
                    };
                    html! {
                        <li>
                            { body }
                            <button type="button" class="remove" onclick={remove}>{ words.say(Ui::RemoveColleague, &[("who", Arg::Text(&who))]) }</button>
                        </li>
                    }
                }) }
            </ol>
        </details>
    }
}
