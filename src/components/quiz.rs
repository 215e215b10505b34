//! The quiz: one question at a time as a labelled radio group, with
//! progress, a step list to jump between questions (outlining the
//! unanswered ones that could still change the result), back, next, reset
//! and, on the last question or once nothing left can change the result, a
//! way on to the recommendation.
//!
//! Focus follows the reader: moving to another question puts focus on its
//! radio group, so a keyboard reader never lands on the page body. It moves
//! only in answer to the reader's own action, never on load.

use std::cell::RefCell;
use std::rc::Rc;

use versus_core::words::Arg;
use versus_core::Answers;
use yew::prelude::*;

use crate::datasets::DatasetRef;
use crate::hooks::use_words;
use crate::platform;
use crate::ui::Ui;

#[derive(Properties, PartialEq, Clone)]
pub struct QuizProps {
    pub dataset: DatasetRef,
    pub answers: Answers,
    /// The question on screen.
    pub step: usize,
    /// `(question, option)` chosen.
    pub on_answer: Callback<(usize, usize)>,
    /// Show another question.
    pub on_go: Callback<usize>,
    /// Forget every answer and go back to the first question.
    pub on_reset: Callback<()>,
    /// Offered on the last question when the result is on screen: takes
    /// the reader (and focus) to the recommendation.
    #[prop_or_default]
    pub on_finish: Option<Callback<()>>,
    /// The unanswered questions that could still change the result.
    #[prop_or_default]
    pub open: Vec<usize>,
    /// What the unanswered questions can still do, in a line (from the report).
    #[prop_or_default]
    pub outlook: Option<String>,
    /// The verdict so far, in a short line kept in view beside the quiz.
    #[prop_or_default]
    pub live: Option<String>,
    /// Takes back "Start over", while nothing has been answered since.
    #[prop_or_default]
    pub on_undo_reset: Option<Callback<()>>,
    /// Nothing left can change the result.
    #[prop_or_default]
    pub settled: bool,
}

#[component]
pub fn Quiz(props: &QuizProps) -> Html {
    let d = props.dataset;
    let words = use_words();
    let t = |message| words.template(message);
    let total = d.questions.len();
    let step = props.step.min(total.saturating_sub(1));
    let fieldset = use_node_ref();
    // Set when the reader asked for another question: focus follows it
    // once it is on screen.
    let focus_pending: Rc<RefCell<bool>> = use_mut_ref(|| false);
    {
        let fieldset = fieldset.clone();
        let focus_pending = focus_pending.clone();
        use_effect_with(step, move |_| {
            if std::mem::take(&mut *focus_pending.borrow_mut()) {
                platform::focus_choice(&fieldset);
            }
        });
    }
    let Some(question) = d.questions.get(step) else {
        return Html::default();
    };
    let chosen = props.answers.get(step);
    let last = step + 1 == total;
    // The way on to the recommendation: `next` on the last question, `finish`
    // beside the line that says nothing left can change it.
    // (Literal classes: a computed one would bring in Yew's `Classes`.)
    let finish = |beside_line: bool| {
        props.on_finish.as_ref().map(|on_finish| {
            let onclick = on_finish.reform(|_: MouseEvent| ());
            if beside_line {
                html! { <button type="button" class="finish" {onclick}>{ t(Ui::SeeTheRecommendation) }</button> }
            } else {
                html! { <button type="button" class="next" {onclick}>{ t(Ui::SeeTheRecommendation) }</button> }
            }
        })
    };

    // Show question `target` and move focus to it.
    let go = {
        let on_go = props.on_go.clone();
        let fieldset = fieldset.clone();
        let focus_pending = focus_pending.clone();
        move |target: usize| {
            if target == step {
                platform::focus_choice(&fieldset);
            } else {
                *focus_pending.borrow_mut() = true;
                on_go.emit(target);
            }
        }
    };
    let go_to = |target: usize| {
        let go = go.clone();
        Callback::from(move |_: MouseEvent| go(target))
    };
    let on_reset = {
        let go = go.clone();
        let on_reset = props.on_reset.clone();
        Callback::from(move |_: MouseEvent| {
            on_reset.emit(());
            go(0);
        })
    };

    // The step list is one Tab stop: the arrow keys, Home and End move
    // between its buttons, and Tab goes on to the question. Right to left,
    // the list runs from the right: the left arrow goes on.
    let (next, back) = if words.rtl {
        ("ArrowLeft", "ArrowRight")
    } else {
        ("ArrowRight", "ArrowLeft")
    };
    let on_step_key = |i: usize| {
        Callback::from(move |event: KeyboardEvent| {
            let key = event.key();
            let to = match key.as_str() {
                "ArrowDown" => (i + 1).min(total - 1),
                "ArrowUp" => i.saturating_sub(1),
                k if k == next => (i + 1).min(total - 1),
                k if k == back => i.saturating_sub(1),
                "Home" => 0,
                "End" => total - 1,
                _ => return,
            };
            event.prevent_default();
            platform::focus_item(&event, to);
        })
    };
    let on_undo_reset = props.on_undo_reset.as_ref().map(|on_undo| {
        let (on_undo, fieldset) = (on_undo.clone(), fieldset.clone());
        Callback::from(move |_: MouseEvent| {
            on_undo.emit(());
            platform::focus_choice(&fieldset);
        })
    });

    html! {
        <section class="quiz" part="quiz" aria-labelledby="versus-quiz-heading">
            <div class="quiz-head">
                <h3 id="versus-quiz-heading">{ t(Ui::YourProject) }</h3>
                <p class="progress">
                    { words.say(Ui::QuestionOfTotal, &[("n", (step + 1).into()), ("total", total.into())]) }
                    <span class="answered">{ " · " }{ words.say(Ui::AnsweredCount, &[("n", props.answers.answered().into())]) }</span>
                </p>
            </div>
            <ol class="steps" aria-label={t(Ui::QuestionsArrowKeys)}>
                { for d.questions.iter().enumerate().map(|(i, q)| {
                    let answered = props.answers.get(i).is_some();
                    // Outlined once there is a result to change.
                    let open = !answered && props.outlook.is_some() && props.open.contains(&i);
                    let label = words.say(
                        if answered {
                            Ui::StepQuestionAnswered
                        } else if open {
                            Ui::StepQuestionCouldChange
                        } else {
                            Ui::StepQuestion
                        },
                        &[("n", (i + 1).into()), ("question", Arg::Text(&q.prompt))],
                    );
                    html! {
                        <li>
                            <button type="button" class="step"
                                data-done={answered.then_some("")}
                                data-open={open.then_some("")}
                                aria-label={label}
                                aria-current={(i == step).then_some("step")}
                                tabindex={if i == step { "0" } else { "-1" }}
                                onkeydown={on_step_key(i)}
                                onclick={go_to(i)}>
                                { i + 1 }
                            </button>
                        </li>
                    }
                }) }
            </ol>
            // Each question in a form of its own: a radio group's scope is then
            // its form, which goes when the question does. Grouped by the
            // shadow root instead, Chromium keeps every removed radio (and
            // the question around it) alive for the widget's lifetime.
            <form key={question.id.as_ref()} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <fieldset class="question" ref={fieldset}>
                <legend>{ question.prompt.as_ref() }</legend>
                if let Some(help) = &question.help {
                    <p class="help">{ help.as_ref() }</p>
                }
                <div class="options">
                    { for question.options.iter().enumerate().map(|(o, option)| {
                        let on_answer = props.on_answer.clone();
                        html! {
                            <label class="option">
                                <input type="radio" name={question.id.clone()} value={option.id.clone()}
                                    checked={chosen == Some(o)}
                                    onchange={Callback::from(move |_: Event| on_answer.emit((step, o)))} />
                                <span>{ option.label.as_ref() }</span>
                            </label>
                        }
                    }) }
                </div>
            </fieldset>
            </form>
            <p class="outlook" role="status">
                if let Some(line) = &props.outlook {
                    { line.clone() }
                }
            </p>
            <div class="quiz-nav">
                <button type="button" class="back" disabled={step == 0} onclick={go_to(step.saturating_sub(1))}>{ t(Ui::Back) }</button>
                if !last {
                    // Skipping is the quieter choice until there is an answer.
                    <button type="button" class="next" data-skip={chosen.is_none().then_some("")} onclick={go_to(step + 1)}>
                        { t(if chosen.is_some() { Ui::Next } else { Ui::Skip }) }
                    </button>
                    if props.settled { { finish(true) } }
                } else {
                    { finish(false) }
                }
            </div>
            <p class="start-over" role="status">
                if let Some(on_undo) = on_undo_reset {
                    { t(Ui::AnswersCleared) }{ " " }
                    <button type="button" class="undo-button" onclick={on_undo}>{ t(Ui::Undo) }</button>
                } else {
                    <button type="button" class="reset" disabled={props.answers.answered() == 0} onclick={on_reset}>{ t(Ui::StartOver) }</button>
                }
            </p>
            if let Some(live) = &props.live {
                <div class="live">
                    <span class="live-line">{ live.clone() }</span>
                    if let Some(on_finish) = &props.on_finish {
                        <button type="button" class="live-see" onclick={on_finish.reform(|_: MouseEvent| ())}>{ t(Ui::SeeWhy) }</button>
                    }
                </div>
            }
        </section>
    }
}
