//! The root component: one widget instance.
//!
//! `App` takes the configuration the element's attributes give and keys a
//! [`Session`] by dataset and storage key, so a new dataset or key starts a
//! fresh session (with the answers kept for it) while any other attribute
//! change reaches the running one. A session owns the state (one reducer
//! that only calls the engine), derives the `Report`, and keeps the answers
//! where the configuration says, through the `use_saved_answers` hook.

use versus_core::report::Report;
use versus_core::Engine;
use yew::prelude::*;

use super::{Colleagues, ComparisonTable, Quiz, ResultPanel};
use crate::config::{Config, Sections};
use crate::hooks::use_words;
use crate::hooks::{use_effect_on_change, use_previous};
use crate::platform;
use crate::prose::{Faq, ProsCons};
use crate::saved::{self, SharedStore};
use crate::shared::Shared;
use crate::state::{Action, State, Undoable};
use crate::ui::{Ui, WordsRef};

/// What a widget tells its host page, with the result the answers give.
#[derive(Clone)]
pub enum Notice {
    /// The widget is interactive (sent once per session).
    Ready(Shared<Report<'static>>),
    /// The answers changed.
    Changed(Shared<Report<'static>>),
}

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub config: Config,
    /// Where answers are kept: the page's fragment and storage in the
    /// browser, memory in tests.
    pub store: SharedStore,
    #[prop_or_default]
    pub on_notice: Callback<Notice>,
    /// Which element this app serves: an app handed on to another element
    /// (see `embed.rs`) starts a fresh session there.
    #[prop_or_default]
    pub mount: u32,
    /// Between elements: render nothing, hold nothing.
    #[prop_or_default]
    pub idle: bool,
}

/// One widget: quiz, live result, table, pros and cons, FAQ.
#[component]
pub fn App(props: &AppProps) -> Html {
    if props.idle {
        return Html::default();
    }
    // The dataset by address: another file with the same id (a new `src`)
    // is another session too.
    let key = format!(
        "{}\n{}\n{}",
        props.config.dataset.0 as *const _ as usize, props.config.key, props.mount
    );
    // Every view below reads its words from here (`hooks::use_words`).
    html! {
        <ContextProvider<WordsRef> context={props.config.words}>
            <Session {key} config={props.config.clone()} store={props.store.clone()} on_notice={props.on_notice.clone()} />
        </ContextProvider<WordsRef>>
    }
}

/// A reader's session with one dataset under one key.
#[component]
fn Session(props: &AppProps) -> Html {
    let config = &props.config;
    let dataset = config.dataset;
    let words = use_words();
    let state = use_reducer_eq(|| {
        let options = dataset.questions.iter().map(|q| q.options.len()).collect();
        let start = saved::start(&*props.store, config);
        let mut state = State::new(options, start.answers);
        // A link over the reader's own answers: on view, theirs set aside.
        state.own = start.own;
        state
    });
    // Prepared once per dataset; each answer only re-evaluates.
    let engine = Shared(use_memo(dataset, |dataset| Engine::new(dataset.get())));
    let report = {
        let engine = engine.clone();
        Shared(use_memo(state.answers.clone(), move |answers| {
            engine.evaluate(answers)
        }))
    };
    let (link, changed_since) = use_saved_answers(config, &props.store, &state);
    {
        // A new `answers` attribute after mount takes effect while the
        // reader has no answers of their own (none yet, or still the host's).
        let dispatcher = state.dispatcher();
        let answers_now = state.answers.clone();
        let before = use_previous(config.prefill.clone());
        use_effect_on_change(config.prefill.clone(), move |prefill| {
            if answers_now.answered() == 0 || answers_now == before {
                dispatcher.dispatch(Action::Restore(prefill.clone()));
            }
        });
    }
    // In the browser, what a reader sees first (title, question, result)
    // renders and lays out first; the long sections follow in the next
    // render. The server renderer runs no effects, so it renders them at once.
    let first_view_shown = use_state_eq(|| !cfg!(target_arch = "wasm32"));
    {
        let first_view_shown = first_view_shown.clone();
        use_effect_with((), move |_| first_view_shown.set(true));
    }
    {
        // The host hears that the widget is ready once its first full render
        // (the long sections included) is done, then of each change.
        let (on_ready, ready) = (props.on_notice.clone(), report.clone());
        use_effect_with(*first_view_shown, move |whole| {
            if *whole {
                on_ready.emit(Notice::Ready(ready));
            }
        });
        let (on_change, changed) = (props.on_notice.clone(), report.clone());
        use_effect_on_change(state.answers.clone(), move |_| {
            on_change.emit(Notice::Changed(changed))
        });
    }
    let show = |part| config.sections.has(part);
    let show_later = |part| *first_view_shown && show(part);
    let dispatcher = state.dispatcher();
    let verdict = use_node_ref();
    let on_finish = show(Sections::RESULT).then(|| {
        let verdict = verdict.clone();
        Callback::from(move |()| platform::focus(&verdict))
    });
    // Offered while the answers are still what the change made them (the
    // reducer drops it on any other change).
    let undo_of = |kind: Undoable| {
        state
            .undo
            .as_ref()
            .filter(|u| u.kind == kind)
            .map(|_| send(&dispatcher, |()| Action::Undo))
    };
    let compare_link = use_state_eq(|| None::<AttrValue>);
    html! {
        // The language and direction of the words it shows, whatever the
        // page's: screen readers pronounce them right, and right-to-left
        // words mirror the layout.
        <div class="versus" data-theme={config.theme.id()} part="widget" lang={words.lang.clone()} dir={if words.rtl { "rtl" } else { "ltr" }}>
            <h2 class="versus-title">{ dataset.title.as_ref() }</h2>
            // The short answer, as the fallback showed it: it stays.
            <p class="versus-summary">{ dataset.summary.as_ref() }</p>
            if changed_since {
                <p class="notice" role="status">{ words.template(Ui::LinkFromOtherVersion) }</p>
            }
            if state.own.is_some() {
                { viewing_bar(words, &state, &dispatcher, &props.store, config, &compare_link, &verdict) }
            }
            if show(Sections::QUIZ) {
                <Quiz {dataset} answers={state.answers.clone()} step={state.step}
                    on_answer={send(&dispatcher, |(question, option)| Action::Answer { question, option })}
                    on_go={send(&dispatcher, Action::Go)}
                    on_reset={send(&dispatcher, |()| Action::Reset)}
                    on_undo_reset={undo_of(Undoable::StartedOver)}
                    live={report.live_line(words)}
                    {on_finish}
                    open={report.open.clone()}
                    outlook={report.outlook_line(words)}
                    settled={report.settled} />
            }
            if show(Sections::RESULT) {
                <ResultPanel report={report.clone()} {link} on_apply={send(&dispatcher, Action::Apply)} on_undo_try={undo_of(Undoable::Tried)} verdict={verdict.clone()}
                    {dataset} answers={state.answers.clone()}>
                    if report.verdict.is_some() || !report.leaders.is_empty() {
                        <Colleagues {dataset} {engine} answers={state.answers.clone()} link_key={AttrValue::from(config.key.clone())}
                            add={(*compare_link).clone()} />
                    }
                </ResultPanel>
            }
            if show_later(Sections::TABLE) {
                <ComparisonTable {dataset} touched={report.rows.clone()} controls=true />
            }
            if show_later(Sections::PROS_CONS) {
                <ProsCons {dataset} />
            }
            if show_later(Sections::FAQ) {
                <Faq {dataset} />
            }
        </div>
    }
}

/// Keeps the answers where the configuration says and follows shared links
/// opened in the same tab. Both read the configuration as of the latest
/// render, so attributes changed on a running widget are honoured.
/// Nothing a reader did is lost: a link's answers over the reader's own are
/// only on view (`State::own`) and saved once the reader changes one or
/// chooses; a fragment that brings back answers this session kept (Back
/// after an undoable change) restores them; an undoable change gets a
/// history entry of its own where the page allows. Returns the link that
/// restores the current answers, and whether the answers came from a link
/// made with another version of the decision (until the reader changes one).
#[hook]
fn use_saved_answers(
    config: &Config,
    store: &SharedStore,
    state: &UseReducerHandle<State>,
) -> (AttrValue, bool) {
    let current = use_mut_ref(|| config.clone());
    *current.borrow_mut() = config.clone();
    // Answers this session kept as the reader's, the latest last: the
    // listener below reads it, and a fragment that brings one of them back
    // is the reader's own history, not someone else's link.
    let kept = use_mut_ref(|| vec![state.own.clone().unwrap_or_else(|| state.answers.clone())]);
    let changed_since =
        use_state_eq(|| saved::linked(&**store, config).is_some_and(|(_, current)| !current));
    {
        let current = current.clone();
        let store = store.clone();
        let dispatcher = state.dispatcher();
        let changed_since = changed_since.clone();
        let kept = kept.clone();
        use_effect_with((), move |_| {
            let listener = platform::on_fragment_change(move || {
                let Some((linked, up_to_date)) = saved::linked(&*store, &current.borrow()) else {
                    return;
                };
                changed_since.set(!up_to_date);
                // Without storage there is nothing of the reader's to keep.
                let mine = kept.borrow().contains(&linked) || !current.borrow().persist;
                dispatcher.dispatch(if mine {
                    Action::Restore(linked)
                } else {
                    Action::View(linked)
                });
            });
            // Unmounting drops the listener, which removes it.
            move || {
                let _stop = listener;
            }
        });
    }
    {
        // Answers go back to the store when they change (the first ones came
        // from it) or become the reader's, unless a link's are on view. A
        // change of settings alone writes nothing: it must not overwrite
        // what arrived meanwhile (a shared link, say).
        let store = store.clone();
        let current = current.clone();
        let changed_since = changed_since.clone();
        let undo = state.undo.clone();
        use_effect_on_change(
            (state.answers.clone(), state.own.is_some()),
            move |(answers, viewing)| {
                if *viewing {
                    return;
                }
                // The change just made is undoable: Back may take it back.
                let undoable = undo.is_some();
                saved::keep(&*store, &current.borrow(), answers, undoable);
                let mut kept = kept.borrow_mut();
                kept.retain(|k| k != answers);
                if kept.len() == KEPT {
                    kept.remove(0);
                }
                kept.push(answers.clone());
                changed_since.set(false);
            },
        );
    }
    // Derived while rendering, so an answer renders the session once: the
    // link is this page's address (or `share-url`) with this widget's entry
    // for the answers shown.
    let link = {
        let store = store.clone();
        let sharing = (config.share, config.share_url.clone());
        use_memo((state.answers.clone(), sharing), move |(answers, _)| {
            AttrValue::from(saved::link(&*store, &current.borrow(), answers))
        })
    };
    ((*link).clone(), *changed_since)
}

/// How many of the reader's recent answer sets a session remembers as
/// theirs, for Back and Forward through undoable changes.
const KEPT: usize = 32;

/// Over a shared link's answers: go back to one's own, compare the two, or
/// take the link's. Each choice ends the view and moves focus to the
/// verdict, which stays in place.
fn viewing_bar(
    words: &'static versus_core::words::Words,
    state: &State,
    dispatcher: &UseReducerDispatcher<State>,
    store: &SharedStore,
    config: &Config,
    compare_link: &UseStateHandle<Option<AttrValue>>,
    verdict: &NodeRef,
) -> Html {
    let choose = |action: fn() -> Action| {
        let (dispatcher, verdict) = (dispatcher.clone(), verdict.clone());
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(action());
            platform::focus(&verdict);
        })
    };
    let on_compare = {
        let link = AttrValue::from(saved::link(&**store, config, &state.answers));
        let (compare_link, keep_mine) = (compare_link.clone(), choose(|| Action::KeepMine));
        Callback::from(move |event: MouseEvent| {
            compare_link.set(Some(link.clone()));
            keep_mine.emit(event);
        })
    };
    html! {
        <div class="viewing" role="group" aria-labelledby="versus-viewing">
            <p id="versus-viewing">{ words.template(Ui::ViewingLinkAnswers) }</p>
            <div class="viewing-actions">
                <button type="button" class="primary" onclick={choose(|| Action::KeepMine)}>{ words.template(Ui::BackToMyAnswers) }</button>
                <button type="button" onclick={on_compare}>{ words.template(Ui::CompareWithMine) }</button>
                <button type="button" onclick={choose(|| Action::UseThese)}>{ words.template(Ui::UseTheseAnswers) }</button>
            </div>
        </div>
    }
}

/// A callback that turns its input into an action on the session's state.
fn send<T: 'static>(
    dispatcher: &UseReducerDispatcher<State>,
    action: fn(T) -> Action,
) -> Callback<T> {
    let dispatcher = dispatcher.clone();
    Callback::from(move |input| dispatcher.dispatch(action(input)))
}
