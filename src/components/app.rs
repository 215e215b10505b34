//! The root component: one widget instance. It owns the state (one
//! reducer), derives the outcome from the engine, and keeps the answers
//! where the configuration says (effects, never in the reducer).

use versus_core::Answers;
use yew::prelude::*;

use super::ComparisonTable;
use crate::config::Config;
#[cfg(feature = "reader")]
use {
    super::{Faq, ProsCons, Quiz, ResultPanel},
    crate::config::Sections,
    crate::platform,
    crate::state::{Action, State},
    std::rc::Rc,
    versus_core::{Engine, Outcome},
};

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
    #[cfg(feature = "reader")]
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

/// The full reader experience.
#[cfg(feature = "reader")]
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

    {
        // A shared link opened in the same tab changes only the fragment.
        let config = config.clone();
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let watch = platform::watch_fragment(move || {
                if let Some(answers) = platform::linked_answers(&config) {
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

    let dispatch = state.dispatcher();
    let show = |part| config.sections.has(part);
    html! {
        <div class={config.theme.class()} part="widget">
            <h2 class="versus-title">{ dataset.title.as_ref() }</h2>
            if show(Sections::QUIZ) {
                <Quiz {dataset} answers={state.answers.clone()} step={state.step} dispatch={dispatch.clone()} />
            }
            if show(Sections::RESULT) {
                <ResultPanel config={config.clone()} answers={state.answers.clone()} outcome={outcome.clone()} dispatch={dispatch.clone()} />
            }
            if show(Sections::TABLE) {
                <ComparisonTable {dataset} outcome={Some(outcome.clone())} category={state.category} sort={state.sort} dispatch={Some(dispatch.clone())} />
            }
            if show(Sections::PROS_CONS) {
                <ProsCons {dataset} />
            }
            if show(Sections::FAQ) {
                <Faq {dataset} />
            }
        </div>
    }
}

/// The release build until the reader experience fits the size budget:
/// the comparison table with its filters and sorting, themed, with the same
/// embedding contract.
#[cfg(not(feature = "reader"))]
#[component]
pub fn App(props: &AppProps) -> Html {
    let config = &props.config;
    let dataset = config.dataset;
    let state = use_reducer_eq(|| crate::state::State::new(props.initial.clone()));
    {
        let on_notice = props.on_notice.clone();
        let notice = Notice {
            ready: true,
            answers: props.initial.clone(),
            verdict: None,
            scores: vec![0.0; dataset.verdicts.len()],
        };
        use_effect_with((), move |_| on_notice.emit(notice));
    }
    html! {
        <div class={config.theme.class()} part="widget">
            <h2 class="versus-title">{ dataset.title.as_ref() }</h2>
            <ComparisonTable {dataset} category={state.category} sort={state.sort} dispatch={Some(state.dispatcher())} />
        </div>
    }
}
