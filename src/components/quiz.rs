//! The quiz: one question at a time as a labelled radio group, with
//! progress, a step list to jump between questions, back, skip and reset.

use versus_core::Answers;
use yew::prelude::*;

use crate::datasets::DatasetRef;
use crate::state::{Action, State};

#[derive(Properties, PartialEq, Clone)]
pub struct QuizProps {
    pub dataset: DatasetRef,
    pub answers: Answers,
    pub step: usize,
    pub dispatch: UseReducerDispatcher<State>,
}

#[component]
pub fn Quiz(props: &QuizProps) -> Html {
    let d = props.dataset;
    let total = d.questions.len();
    let step = props.step.min(total.saturating_sub(1));
    let Some(question) = d.questions.get(step) else {
        return Html::default();
    };
    let chosen = props.answers.get(step);
    let on = |action: fn() -> Action| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action()))
    };
    let last = step + 1 == total;

    html! {
        <section class="quiz" part="quiz" aria-labelledby="versus-quiz-heading">
            <div class="quiz-head">
                <h3 id="versus-quiz-heading">{ "Your project" }</h3>
                <p class="progress">
                    { "Question " }{ step + 1 }{ " of " }{ total }
                    <span class="answered">{ " · " }{ props.answers.answered() }{ " answered" }</span>
                </p>
            </div>
            <ol class="steps" aria-label="Questions">
                { for d.questions.iter().enumerate().map(|(i, q)| {
                    let dispatch = props.dispatch.clone();
                    let answered = props.answers.get(i).is_some();
                    let mut label = String::from("Question ");
                    label.push_str(&(i + 1).to_string());
                    label.push_str(": ");
                    label.push_str(&q.prompt);
                    if answered {
                        label.push_str(" (answered)");
                    }
                    html! {
                        <li>
                            <button type="button"
                                class={match (answered, i == step) {
                                    (false, false) => "step",
                                    (true, false) => "step done",
                                    (false, true) => "step current",
                                    (true, true) => "step done current",
                                }}
                                aria-label={label}
                                aria-current={(i == step).then_some("step")}
                                onclick={Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Go(i)))}>
                                { i + 1 }
                            </button>
                        </li>
                    }
                }) }
            </ol>
            <fieldset class="question" key={question.id.as_ref()}>
                <legend>{ question.prompt.as_ref() }</legend>
                if let Some(help) = &question.help {
                    <p class="help">{ help.as_ref() }</p>
                }
                <div class="options">
                    { for question.options.iter().enumerate().map(|(o, option)| {
                        let dispatch = props.dispatch.clone();
                        html! {
                            <label class="option">
                                <input type="radio" name={question.id.clone()} value={option.id.clone()}
                                    checked={chosen == Some(o)}
                                    onchange={Callback::from(move |_: Event| {
                                        dispatch.dispatch(Action::Answer { question: step, option: o })
                                    })} />
                                <span>{ option.label.as_ref() }</span>
                            </label>
                        }
                    }) }
                </div>
            </fieldset>
            <div class="quiz-nav">
                <button type="button" class="back" disabled={step == 0} onclick={on(|| Action::Back)}>{ "Back" }</button>
                <button type="button" class="next" disabled={last} onclick={on(|| Action::Next)}>
                    { if chosen.is_some() { "Next" } else { "Skip" } }
                </button>
                <button type="button" class="reset" disabled={props.answers.answered() == 0} onclick={on(|| Action::Reset)}>{ "Start over" }</button>
            </div>
        </section>
    }
}
