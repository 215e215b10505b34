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
    crate::state::State,
    std::rc::Rc,
    versus_core::{Engine, Outcome},
};

/// What the widget tells its host page.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// First render done; the widget is interactive.
    Ready(Answers),
    /// The answers changed.
    Change(Answers),
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
    let outcome: Rc<Outcome<'static>> = use_memo(state.answers.clone(), move |answers| {
        Engine::new(dataset.0).evaluate(answers)
    });

    {
        let on_notice = props.on_notice.clone();
        let answers = state.answers.clone();
        use_effect_with((), move |_| on_notice.emit(Notice::Ready(answers)));
    }
    {
        let on_notice = props.on_notice.clone();
        let config = config.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(state.answers.clone(), move |answers| {
            // The first render restores; only later renders are changes.
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                platform::keep_answers(&config, answers);
                on_notice.emit(Notice::Change(answers.clone()));
            }
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
/// the comparison table, themed, with the same embedding contract.
#[cfg(not(feature = "reader"))]
#[component]
pub fn App(props: &AppProps) -> Html {
    let config = &props.config;
    let dataset = config.dataset;
    {
        let on_notice = props.on_notice.clone();
        let answers = props.initial.clone();
        use_effect_with((), move |_| on_notice.emit(Notice::Ready(answers)));
    }
    html! {
        <div class={config.theme.class()} part="widget">
            <h2 class="versus-title">{ dataset.title.as_ref() }</h2>
            <ComparisonTable {dataset} />
        </div>
    }
}
