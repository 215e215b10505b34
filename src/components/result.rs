//! The result: verdict, how decisive it is, a bar per verdict, every
//! reason with the answer and source behind it, the caveats, what would
//! change the verdict, and a link to share it.

use std::rc::Rc;

use versus_core::engine::signed_points_text;
use versus_core::{Answers, Cause, Dataset, Decisiveness, Outcome};
use yew::prelude::*;

use crate::config::Config;
use crate::platform;

#[derive(Properties, PartialEq, Clone)]
pub struct ResultPanelProps {
    pub config: Config,
    pub answers: Answers,
    pub outcome: Rc<Outcome<'static>>,
    /// Apply a "what would change this" suggestion: `(question, option)` pairs.
    pub on_apply: Callback<Vec<(usize, usize)>>,
    /// The verdict, which takes focus when the reader asks for the result.
    #[prop_or_default]
    pub verdict: NodeRef,
}

/// What the copy-link button last did.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    /// The clipboard refused: show the link, selected, to copy by hand.
    ByHand,
}

fn decisiveness_text(decisiveness: Decisiveness) -> &'static str {
    match decisiveness {
        Decisiveness::Tie => "Too close to call: answer more questions to separate them.",
        Decisiveness::Slight => "A slight lead: one changed answer would change it.",
        Decisiveness::Clear => "A clear lead: it takes two changed answers to change it.",
        Decisiveness::Strong => "A strong lead: three or more answers would have to change.",
    }
}

/// `Name +3, Other -1` for a reason's points.
fn points_line(d: &Dataset, points: &[versus_core::model::Keyed<f64>]) -> String {
    let mut out = String::new();
    for p in points {
        if !out.is_empty() {
            out.push_str(", ");
        }
        out.push_str(&signed_points_text(p.value));
        out.push(' ');
        out.push_str(
            d.verdict_index(&p.key)
                .map_or(p.key.as_ref(), |v| &d.verdicts[v].name),
        );
    }
    if out.is_empty() {
        out.push_str("No points either way");
    }
    out
}

#[component]
pub fn ResultPanel(props: &ResultPanelProps) -> Html {
    let d = props.config.dataset;
    let outcome = &props.outcome;
    let copied = use_state(|| Copied::Not);
    let link = use_node_ref();

    // One live region, always present, so the first verdict is announced too.
    let live = |content: Html| {
        html! {
            <div class="verdict" ref={props.verdict.clone()} tabindex="-1" role="status" aria-live="polite" aria-atomic="true">
                { content }
            </div>
        }
    };
    if props.answers.answered() == 0 {
        return html! {
            <section class="result" part="result" aria-labelledby="versus-result-heading">
                <h3 id="versus-result-heading">{ "Recommendation" }</h3>
                { live(html! { <p class="verdict-empty">{ "Answer a question to see a recommendation." }</p> }) }
            </section>
        };
    }

    let verdict = &d.verdicts[outcome.verdict];
    let max = outcome.scores.iter().cloned().fold(0.0_f64, f64::max);
    let url = platform::share_link(&props.config, &props.answers);

    let on_copy = {
        let copied = copied.clone();
        let url = url.clone();
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let link = link.clone();
            platform::copy(
                &url,
                Callback::from(move |ok: bool| {
                    if !ok {
                        select_link(&link);
                    }
                    copied.set(if ok { Copied::Yes } else { Copied::ByHand });
                }),
            );
        })
    };

    html! {
        <section class="result" part="result" aria-labelledby="versus-result-heading">
            <h3 id="versus-result-heading">{ "Recommendation" }</h3>
            { live(html! { <>
                <p class="verdict-name">{ verdict.name.as_ref() }</p>
                <p class="verdict-headline">{ verdict.headline.as_ref() }</p>
                <p class="decisiveness">{ decisiveness_text(outcome.decisiveness) }</p>
            </> }) }
            <ul class="scores" aria-label="Score of each verdict">
                { for d.verdicts.iter().zip(&outcome.scores).map(|(v, &score)| {
                    // Widths in steps of 5% through classes: no inline styles (CSP).
                    let step = if max > 0.0 { (score.max(0.0) / max * 20.0).round() as u32 * 5 } else { 0 };
                    html! {
                        <li class={(v.id == verdict.id).then_some("winner")}>
                            <span class="score-name">{ v.name.as_ref() }</span>
                            <span class="bar" aria-hidden="true"><span class={width_class(step)}></span></span>
                            <span class="score-value">{ versus_core::engine::points_text(score) }</span>
                        </li>
                    }
                }) }
            </ul>

            <h4>{ "Why" }</h4>
            <ol class="reasons">
                { for outcome.reasons.iter().map(|reason| html! {
                    <li>
                        <p class="cause">{ cause_text(&d, reason.cause) }</p>
                        <p class="reason-text">{ reason.text }</p>
                        <p class="meta">
                            <span class="points">{ points_line(&d, reason.points) }</span>
                            { " · Source: " }<cite>{ d.section_title(reason.section) }</cite>
                        </p>
                    </li>
                }) }
            </ol>

            if !outcome.caveats.is_empty() {
                <h4>{ "Keep in mind" }</h4>
                <ul class="caveats">
                    { for outcome.caveats.iter().map(|c| html! {
                        <li>{ c.text.as_ref() }{ " " }<cite class="meta">{ d.section_title(&c.section) }</cite></li>
                    }) }
                </ul>
            }

            if !outcome.flips.is_empty() {
                <h4>{ "What would change this" }</h4>
                <ul class="flips">
                    { for outcome.flips.iter().map(|flip| {
                        let on_apply = props.on_apply.clone();
                        let verdict = props.verdict.clone();
                        let changes: Vec<(usize, usize)> = flip.changes.iter().map(|c| (c.question, c.to)).collect();
                        let target = &d.verdicts[flip.verdict].name;
                        html! {
                            <li>
                                <span class="flip-target">{ target.as_ref() }</span>{ " if you answer " }
                                { for flip.changes.iter().enumerate().map(|(i, c)| {
                                    let q = &d.questions[c.question];
                                    html! { <>
                                        if i > 0 { { " and " } }
                                        { "“" }{ q.options[c.to].label.as_ref() }{ "” to “" }{ q.prompt.as_ref() }{ "”" }
                                    </> }
                                }) }
                                { " " }
                                // The button goes with its suggestion: focus moves to the new verdict.
                                <button type="button" class="try" onclick={Callback::from(move |_: MouseEvent| {
                                    platform::focus(&verdict);
                                    on_apply.emit(changes.clone());
                                })}>
                                    { "Try it" }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }

            <div class="share" part="share">
                <label class="link">{ "Link to this result " }<input ref={link} type="text" readonly=true value={url} /></label>
                <button type="button" class="copy" onclick={on_copy}>{ "Copy link" }</button>
                <span class="copy-status" role="status">
                    { match *copied {
                        Copied::Not => "",
                        Copied::Yes => "Link copied.",
                        Copied::ByHand => "The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
                    } }
                </span>
            </div>
        </section>
    }
}

fn cause_text(d: &Dataset, cause: Cause) -> Html {
    match cause {
        Cause::Answer { question, option } => {
            let q = &d.questions[question];
            html! { <>{ q.prompt.as_ref() }{ " " }<strong>{ q.options[option].label.as_ref() }</strong></> }
        }
        Cause::Rule { rule } => {
            let labels: Vec<&str> = d.rules[rule]
                .when
                .iter()
                .filter_map(|pair| versus_core::answers::parse_pair(d, pair).ok())
                .map(|(q, o)| d.questions[q].options[o].label.as_ref())
                .collect();
            html! { <>{ "Together: " }<strong>{ labels.join(" + ") }</strong></> }
        }
    }
}

fn width_class(step: u32) -> &'static str {
    const CLASSES: [&str; 21] = [
        "fill w0",
        "fill w5",
        "fill w10",
        "fill w15",
        "fill w20",
        "fill w25",
        "fill w30",
        "fill w35",
        "fill w40",
        "fill w45",
        "fill w50",
        "fill w55",
        "fill w60",
        "fill w65",
        "fill w70",
        "fill w75",
        "fill w80",
        "fill w85",
        "fill w90",
        "fill w95",
        "fill w100",
    ];
    CLASSES[(step / 5).min(20) as usize]
}

#[cfg(target_arch = "wasm32")]
fn select_link(link: &NodeRef) {
    if let Some(input) = link.cast::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn select_link(_link: &NodeRef) {}
