//! The root component: one widget instance. It owns the state (one
//! reducer), derives the outcome from the engine, and keeps the answers
//! where the configuration says (effects, never in the reducer).

use versus_core::Answers;
use yew::prelude::*;

use std::rc::Rc;

use versus_core::{Engine, Outcome};

use super::{ComparisonTable, Quiz, ResultPanel};
use crate::config::{Config, Sections};
use crate::platform;
use crate::state::{Action, State};

/// What the widget tells its host page: the answers and their result.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// True for the first notice (the widget is interactive), false when
    /// the answers changed.
    pub ready: bool,
    pub answers: Answers,
    /// The winning verdict's index, once anything is answered.
    pub verdict: Option<usize>,
    /// Each verdict's score, dataset order.
    pub scores: Vec<f64>,
}

impl Notice {
    fn of(ready: bool, answers: &Answers, outcome: &Outcome<'_>) -> Notice {
        Notice {
            ready,
            answers: answers.clone(),
            verdict: (answers.answered() > 0).then_some(outcome.verdict),
            scores: outcome.scores.clone(),
        }
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub config: Config,
    /// The answers to start from (a shared link, storage, or a test).
    pub initial: Answers,
    #[prop_or_default]
    pub on_notice: Callback<Notice>,
}

/// One widget: quiz, live result, table, pros and cons, FAQ.
#[component]
pub fn App(props: &AppProps) -> Html {
    let config = &props.config;
    let dataset = config.dataset;
    let state = use_reducer_eq(|| State::new(props.initial.clone()));
    // Prepared once per dataset; each answer only re-evaluates.
    let engine = use_memo(dataset, |dataset| Engine::new(dataset.0));
    let outcome: Rc<Outcome<'static>> = use_memo(state.answers.clone(), move |answers| {
        engine.evaluate(answers)
    });

    // The configuration as of the latest render, for listeners that
    // outlive a render (attributes can change while the widget runs).
    let current = use_mut_ref(|| config.clone());
    *current.borrow_mut() = config.clone();
    {
        // A shared link opened in the same tab changes only the fragment.
        let current = current.clone();
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let watch = platform::watch_fragment(move || {
                if let Some(answers) = platform::linked_answers(&current.borrow()) {
                    dispatch.dispatch(Action::Restore(answers));
                }
            });
            // Unmounting drops the watch, which removes the listener.
            move || {
                let _stop = watch;
            }
        });
    }
    {
        let on_notice = props.on_notice.clone();
        let config = config.clone();
        let outcome = outcome.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(state.answers.clone(), move |answers| {
            // The first render restores (ready); later ones are changes.
            let ready = std::mem::replace(&mut *first.borrow_mut(), false);
            if !ready {
                platform::keep_answers(&config, answers);
            }
            on_notice.emit(Notice::of(ready, answers, &outcome));
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
    let show = |part| config.sections.has(part);
    let show_later = |part| *first_view_shown && show(part);
    let dispatcher = state.dispatcher();
    let verdict = use_node_ref();
    let on_finish = show(Sections::RESULT).then(|| {
        let verdict = verdict.clone();
        Callback::from(move |()| platform::focus(&verdict))
    });
    html! {
        <div class={config.theme.class()} part="widget">
            <h2 class="versus-title">{ dataset.title.as_ref() }</h2>
            if show(Sections::QUIZ) {
                <Quiz {dataset} answers={state.answers.clone()} step={state.step}
                    on_answer={send(&dispatcher, |(question, option)| Action::Answer { question, option })}
                    on_go={send(&dispatcher, Action::Go)}
                    on_reset={send(&dispatcher, |()| Action::Reset)}
                    {on_finish} />
            }
            if show(Sections::RESULT) {
                <ResultPanel config={config.clone()} answers={state.answers.clone()} outcome={outcome.clone()}
                    on_apply={send(&dispatcher, Action::Apply)} {verdict} />
            }
            if show_later(Sections::TABLE) {
                <ComparisonTable {dataset} outcome={Some(outcome.clone())} controls=true />
            }
            if let Some(prose) = crate::datasets::prose(&dataset) {
                if show_later(Sections::PROS_CONS) {
                    { Html::from_html_unchecked(AttrValue::Static(prose.pros_cons)) }
                }
                if show_later(Sections::FAQ) {
                    { Html::from_html_unchecked(AttrValue::Static(prose.faq)) }
                }
            }
        </div>
    }
}

/// A callback that turns its input into an action on the root state.
fn send<T: 'static>(
    dispatcher: &UseReducerDispatcher<State>,
    action: fn(T) -> Action,
) -> Callback<T> {
    let dispatcher = dispatcher.clone();
    Callback::from(move |input| dispatcher.dispatch(action(input)))
}
