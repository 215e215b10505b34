//! The root component: one widget instance.
//!
//! `App` takes the configuration the element's attributes give and keys a
//! [`Session`] by dataset and storage key, so a new dataset or key starts a
//! fresh session (with the answers kept for it) while any other attribute
//! change reaches the running one. A session owns the state (one reducer
//! that only calls the engine), derives the `Report`, and keeps the answers
//! where the configuration says, through the `use_saved_answers` hook.

use std::cell::RefCell;
use std::rc::Rc;

use versus_core::report::Report;
use versus_core::{Answers, Engine};
use yew::prelude::*;

use super::{Colleagues, ComparisonTable, Quiz, ResultPanel};
use crate::config::{Config, Sections};
use crate::hooks::{use_effect_on_change, use_previous};
use crate::platform;
use crate::saved::{self, SharedStore};
use crate::shared::Shared;
use crate::state::{Action, State};

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
    let key = format!(
        "{}\n{}\n{}",
        props.config.dataset.id, props.config.key, props.mount
    );
    html! {
        <Session {key} config={props.config.clone()} store={props.store.clone()} on_notice={props.on_notice.clone()} />
    }
}

/// A reader's session with one dataset under one key.
#[component]
fn Session(props: &AppProps) -> Html {
    let config = &props.config;
    let dataset = config.dataset;
    let started = use_memo((), |_| saved::start(&*props.store, config));
    let state = use_reducer_eq(|| {
        let options = dataset.questions.iter().map(|q| q.options.len()).collect();
        State::new(options, started.answers.clone())
    });
    // A shared link's answers on view over the reader's own.
    let viewing = use_state_eq(|| {
        started.own.clone().map(|own| Viewing {
            own,
            shown: started.answers.clone(),
        })
    });
    // The last change a reader can take back in place.
    let undo = use_state_eq(|| None::<Undo>);
    // Set by an undoable change: the next save gets a history entry of its own.
    let undoable = use_mut_ref(|| false);
    // Prepared once per dataset; each answer only re-evaluates.
    let engine = Shared(use_memo(dataset, |dataset| Engine::new(dataset.get())));
    let report = {
        let engine = engine.clone();
        Shared(use_memo(state.answers.clone(), move |answers| {
            engine.evaluate(answers)
        }))
    };
    let (link, changed_since) = use_saved_answers(
        config,
        &props.store,
        &state,
        &viewing,
        &started,
        undoable.clone(),
    );
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
    // A change the reader may take back: remembered, then made.
    let undoably = {
        let (undo, undoable, answers) = (undo.clone(), undoable.clone(), state.answers.clone());
        let dispatcher = dispatcher.clone();
        move |kind: Undoable, changes: Option<Vec<(usize, usize)>>| {
            let mut after = answers.clone();
            match &changes {
                Some(changes) => changes.iter().for_each(|&(q, o)| after.set(q, Some(o))),
                None => after = Answers::none(answers.len()),
            }
            undo.set(Some(Undo {
                before: answers.clone(),
                after,
                kind,
            }));
            *undoable.borrow_mut() = true;
            dispatcher.dispatch(match changes {
                Some(changes) => Action::Apply(changes),
                None => Action::Reset,
            });
        }
    };
    let on_apply = {
        let undoably = undoably.clone();
        Callback::from(move |changes| undoably(Undoable::Tried, Some(changes)))
    };
    let on_reset = Callback::from(move |()| undoably(Undoable::StartedOver, None));
    // Shown while the answers are still what the change made them.
    let undo_of = |kind: Undoable| {
        (*undo)
            .as_ref()
            .filter(|u| u.kind == kind && u.after == state.answers)
            .map(|u| {
                let (undo, dispatcher, before) =
                    (undo.clone(), dispatcher.clone(), u.before.clone());
                Callback::from(move |()| {
                    undo.set(None);
                    dispatcher.dispatch(Action::Restore(before.clone()));
                })
            })
    };
    let compare_link = use_state_eq(|| None::<AttrValue>);
    let prose = dataset.prose();
    html! {
        <div class="versus" data-theme={config.theme.id()} part="widget">
            <h2 class="versus-title">{ dataset.title.as_ref() }</h2>
            if changed_since {
                <p class="notice" role="status">{ "This link was made with another version of this comparison: the answers that still exist are restored." }</p>
            }
            if let Some(view) = &*viewing {
                { viewing_bar(view, &viewing, &dispatcher, &props.store, config, &compare_link, &verdict) }
            }
            if show(Sections::QUIZ) {
                <Quiz {dataset} answers={state.answers.clone()} step={state.step}
                    on_answer={send(&dispatcher, |(question, option)| Action::Answer { question, option })}
                    on_go={send(&dispatcher, Action::Go)}
                    {on_reset}
                    on_undo_reset={undo_of(Undoable::StartedOver)}
                    live={report.live_line()}
                    {on_finish}
                    open={report.open.clone()}
                    outlook={report.outlook_line()}
                    settled={report.settled} />
            }
            if show(Sections::RESULT) {
                <ResultPanel report={report.clone()} {link} {on_apply} on_undo_try={undo_of(Undoable::Tried)} verdict={verdict.clone()}
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
                { Html::from_html_unchecked(AttrValue::Static(&prose.pros_cons)) }
            }
            if show_later(Sections::FAQ) {
                { Html::from_html_unchecked(AttrValue::Static(&prose.faq)) }
            }
        </div>
    }
}

/// A shared link's answers shown over the reader's own, which stay saved
/// until the reader chooses or changes an answer.
#[derive(Clone, Debug, PartialEq)]
struct Viewing {
    own: Answers,
    shown: Answers,
}

/// What a reader can take back in place.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Undoable {
    /// A "what would change this" suggestion, tried.
    Tried,
    StartedOver,
}

#[derive(Clone, Debug, PartialEq)]
struct Undo {
    before: Answers,
    /// The answers the change made: the undo is offered while they stand.
    after: Answers,
    kind: Undoable,
}

/// Keeps the answers where the configuration says and follows shared links
/// opened in the same tab. Both read the configuration as of the latest
/// render, so attributes changed on a running widget are honoured.
/// Nothing a reader did is lost: a link's answers over the reader's own
/// are only on view (`viewing`) and saved once the reader changes one or
/// chooses them; a fragment that brings back answers this session kept
/// (Back after an undoable change) restores them. Returns the link that
/// restores the current answers, and whether the answers came from a link
/// made with another version of the decision (until the reader changes one).
#[hook]
fn use_saved_answers(
    config: &Config,
    store: &SharedStore,
    state: &UseReducerHandle<State>,
    viewing: &UseStateHandle<Option<Viewing>>,
    started: &saved::Start,
    undoable: Rc<RefCell<bool>>,
) -> (AttrValue, bool) {
    let current = use_mut_ref(|| config.clone());
    *current.borrow_mut() = config.clone();
    // The answers and view of the latest render, for the fragment listener.
    let latest = use_mut_ref(|| (state.answers.clone(), (**viewing).clone()));
    *latest.borrow_mut() = (state.answers.clone(), (**viewing).clone());
    // Answers this session kept as the reader's: theirs when they come back.
    let kept = use_mut_ref(|| {
        vec![started
            .own
            .clone()
            .unwrap_or_else(|| started.answers.clone())]
    });
    let changed_since =
        use_state_eq(|| saved::linked(&**store, config).is_some_and(|(_, current)| !current));
    {
        let current = current.clone();
        let store = store.clone();
        let dispatcher = state.dispatcher();
        let changed_since = changed_since.clone();
        let (viewing, kept) = (viewing.clone(), kept.clone());
        use_effect_with((), move |_| {
            let listener = platform::on_fragment_change(move || {
                let Some((linked, up_to_date)) = saved::linked(&*store, &current.borrow()) else {
                    return;
                };
                let (now, view) = latest.borrow().clone();
                if linked == now {
                    return;
                }
                changed_since.set(!up_to_date);
                let theirs = now.answered() > 0 && current.borrow().persist;
                if theirs && !kept.borrow().contains(&linked) {
                    // Someone else's answers: on view, the reader's own kept.
                    let own = view.map_or(now, |view| view.own);
                    viewing.set(Some(Viewing {
                        own,
                        shown: linked.clone(),
                    }));
                }
                dispatcher.dispatch(Action::Restore(linked));
            });
            // Unmounting drops the listener, which removes it.
            move || {
                let _stop = listener;
            }
        });
    }
    {
        // Answers go back to the store when they change (the first ones came
        // from it), unless they are a link's on view. A change of settings
        // alone writes nothing: it must not overwrite what arrived meanwhile
        // (a shared link, say).
        let store = store.clone();
        let current = current.clone();
        let changed_since = changed_since.clone();
        let viewing = viewing.clone();
        use_effect_on_change(state.answers.clone(), move |answers| {
            if viewing.as_ref().is_some_and(|view| view.shown == *answers) {
                return;
            }
            viewing.set(None);
            let undoable = std::mem::take(&mut *undoable.borrow_mut());
            saved::keep(&*store, &current.borrow(), answers, undoable);
            let mut kept = kept.borrow_mut();
            if !kept.contains(answers) {
                kept.push(answers.clone());
            }
            changed_since.set(false);
        });
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

/// Over a shared link's answers: use them, go back to one's own, or
/// compare the two. Each choice ends the view and moves focus to the
/// verdict, which the bar leaves in place.
fn viewing_bar(
    view: &Viewing,
    viewing: &UseStateHandle<Option<Viewing>>,
    dispatcher: &UseReducerDispatcher<State>,
    store: &SharedStore,
    config: &Config,
    compare_link: &UseStateHandle<Option<AttrValue>>,
    verdict: &NodeRef,
) -> Html {
    let keep_mine = {
        let (viewing, dispatcher, own, verdict) = (
            viewing.clone(),
            dispatcher.clone(),
            view.own.clone(),
            verdict.clone(),
        );
        move || {
            viewing.set(None);
            dispatcher.dispatch(Action::Restore(own.clone()));
            platform::focus(&verdict);
        }
    };
    let on_use = {
        let (viewing, store, config, shown, verdict) = (
            viewing.clone(),
            store.clone(),
            config.clone(),
            view.shown.clone(),
            verdict.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            viewing.set(None);
            saved::keep(&*store, &config, &shown, false);
            platform::focus(&verdict);
        })
    };
    let on_compare = {
        let keep_mine = keep_mine.clone();
        let link = AttrValue::from(saved::link(&**store, config, &view.shown));
        let compare_link = compare_link.clone();
        Callback::from(move |_: MouseEvent| {
            compare_link.set(Some(link.clone()));
            keep_mine();
        })
    };
    let on_keep = Callback::from(move |_: MouseEvent| keep_mine());
    html! {
        <div class="viewing" role="group" aria-labelledby="versus-viewing">
            <p id="versus-viewing">{ "These are the answers from the link you opened. Your own answers are kept: nothing is saved over them until you change an answer or choose below." }</p>
            <div class="viewing-actions">
                <button type="button" class="primary" onclick={on_keep}>{ "Back to my answers" }</button>
                <button type="button" onclick={on_compare}>{ "Compare with mine" }</button>
                <button type="button" onclick={on_use}>{ "Use these answers" }</button>
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
