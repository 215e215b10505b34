//! The result: the verdict (or the tie), how decisive it is and by how
//! much, what weighed most, a bar per verdict with what a mixed one pays,
//! every reason with the answer and source behind it, the caveats, what
//! would change it, a link to share it and the decision record to copy.
//! Everything it says comes from the engine's `Report`.

use versus_core::report::{Decisiveness, Reason, Report};
use versus_core::words::{Arg, Words};
use versus_core::Answers;
use yew::prelude::*;

use crate::cite::cite;
use crate::datasets::DatasetRef;
use crate::hooks::use_words;
use crate::platform;
use crate::shared::Shared;
use crate::ui::{compose, Ui};

#[derive(Properties, PartialEq, Clone)]
pub struct ResultPanelProps {
    pub report: Shared<Report<'static>>,
    /// The link that restores these answers (empty where there is none).
    pub link: AttrValue,
    /// Apply a "what would change this" suggestion: `(question, option)` pairs.
    pub on_apply: Callback<Vec<(usize, usize)>>,
    /// The verdict, which takes focus when the reader asks for the result.
    #[prop_or_default]
    pub verdict: NodeRef,
    /// For the decision record.
    pub dataset: DatasetRef,
    pub answers: Answers,
    /// Takes back the suggestion just tried, while its answers stand.
    #[prop_or_default]
    pub on_undo_try: Option<Callback<()>>,
    /// Shown beside the share buttons (the colleague comparison).
    #[prop_or_default]
    pub children: Html,
}

/// Reasons shown before "more reasons": enough for the gist on a phone.
const REASONS_SHOWN: usize = 2;

/// What the copy buttons last did.
#[derive(Clone, PartialEq)]
enum Copied {
    Not,
    Link,
    /// The clipboard refused: the link is selected, to copy by hand.
    LinkByHand,
    Record,
    /// The clipboard refused: the record, selected in a box, to copy by hand.
    RecordByHand(AttrValue),
}

#[component]
pub fn ResultPanel(props: &ResultPanelProps) -> Html {
    let report = &props.report;
    let words = use_words();
    let t = |message| words.template(message);
    let copied = use_state(|| Copied::Not);
    let link = use_node_ref();
    // (Hooks before the early return below: Yew needs the same ones on every render.)
    let record_box = use_node_ref();
    let all_reasons = use_state_eq(|| false);
    {
        // A refused clipboard shows the record in a box: select it for the reader.
        let record_box = record_box.clone();
        let by_hand = matches!(*copied, Copied::RecordByHand(_));
        use_effect_with(by_hand, move |by_hand| {
            if *by_hand {
                platform::select(&record_box);
            }
        });
    }

    // One live region, always present, so the first verdict is announced too.
    let verdict = html! {
        <div class="verdict" ref={props.verdict.clone()} tabindex="-1" role="status" aria-live="polite" aria-atomic="true">
            if report.decisiveness == Decisiveness::Unanswered {
                <p class="verdict-empty">{ report.firmness_line(words) }</p>
            } else {
                <p class="verdict-name">{ report.title(words) }</p>
                if let Some(headline) = report.headline {
                    <p class="verdict-headline">{ headline }</p>
                }
                <p class="decisiveness">
                    { report.firmness_line(words) }
                    if let Some(line) = report.margin_line(words) { { " " }{ line } }
                </p>
                if let Some(line) = report.weighed_most_line(words) {
                    <p class="weighed-most">{ line }</p>
                }
            }
        </div>
    };
    if report.decisiveness == Decisiveness::Unanswered {
        return html! {
            <section class="result" part="result" aria-labelledby="versus-result-heading">
                <h3 id="versus-result-heading">{ t(Ui::Recommendation) }</h3>
                { verdict }
            </section>
        };
    }

    let max = report
        .scores
        .iter()
        .filter(|s| s.offered)
        .map(|s| s.points)
        .fold(0.0_f64, f64::max);
    let on_copy = {
        let copied = copied.clone();
        let url = props.link.clone();
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let link = link.clone();
            platform::copy(
                &url,
                Callback::from(move |ok: bool| {
                    if !ok {
                        platform::select(&link);
                    }
                    copied.set(if ok { Copied::Link } else { Copied::LinkByHand });
                }),
            );
        })
    };
    let on_copy_record = {
        let copied = copied.clone();
        let (dataset, answers, report, url) = (
            props.dataset,
            props.answers.clone(),
            props.report.clone(),
            props.link.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let record: AttrValue =
                versus_core::record::markdown(words, &dataset, &answers, &report, &url).into();
            let copied = copied.clone();
            let by_hand = record.clone();
            platform::copy(
                &record,
                Callback::from(move |ok: bool| {
                    copied.set(if ok {
                        Copied::Record
                    } else {
                        Copied::RecordByHand(by_hand.clone())
                    });
                }),
            );
        })
    };

    // The reasons that moved points, heaviest first, then the ones that
    // moved none.
    let mut ordered: Vec<&Reason<'_>> = report.reasons.iter().collect();
    versus_core::sort_few(&mut ordered, |a, b| a.weight() < b.weight());
    let moving = ordered.iter().filter(|r| r.weight() > 1e-9).count();
    // What each mixed score pays, a line each (written once per render).
    let notes: Vec<(&str, String)> = report
        .scores
        .iter()
        .flat_map(|score| {
            score
                .notes(words)
                .into_iter()
                .map(|note| (score.verdict.name, note))
        })
        .collect();
    html! {
        <section class="result" part="result" aria-labelledby="versus-result-heading">
            <h3 id="versus-result-heading">{ t(Ui::Recommendation) }</h3>
            { verdict }
            if let Some(on_undo) = &props.on_undo_try {
                <p class="undo" role="status">
                    { t(Ui::SuggestionTried) }{ " " }
                    <button type="button" class="undo-button" onclick={
                        let (on_undo, verdict) = (on_undo.clone(), props.verdict.clone());
                        Callback::from(move |_: MouseEvent| {
                            platform::focus(&verdict);
                            on_undo.emit(());
                        })
                    }>{ t(Ui::Undo) }</button>
                </p>
            }
            <div class="share" part="share">
                if !props.link.is_empty() {
                    <label class="link"><span class="vh">{ t(Ui::LinkToThisResult) }</span><input ref={link} type="text" dir="ltr" readonly=true value={props.link.clone()} /></label>
                    <button type="button" class="copy" onclick={on_copy}>{ t(Ui::CopyLink) }</button>
                }
                <button type="button" class="copy record" onclick={on_copy_record}>{ t(Ui::CopyAsMarkdown) }</button>
                <span class="copy-status" role="status">
                    { match &*copied {
                        Copied::Not => "",
                        Copied::Link => t(Ui::LinkCopied),
                        Copied::LinkByHand => t(Ui::LinkSelected),
                        Copied::Record => t(Ui::RecordCopied),
                        Copied::RecordByHand(_) => t(Ui::RecordSelected),
                    } }
                </span>
                if let Copied::RecordByHand(record) = &*copied {
                    <label class="record-box">{ t(Ui::DecisionRecordMarkdown) }{ " " }
                        <textarea ref={record_box} readonly=true rows="12" value={record.clone()} />
                    </label>
                }
            </div>
            { props.children.clone() }

            <ul class="scores" aria-label={t(Ui::ScoreOfEachVerdict)}>
                { for report.scores.iter().map(|score| {
                    // Widths in steps of 5% through classes: no inline styles (CSP).
                    let step = if max > 0.0 && score.offered { (score.points.max(0.0) / max * 20.0).round() as usize } else { 0 };
                    html! {
                        <li data-leads={score.leads.then_some("")}>
                            <span class="score-name">{ score.verdict.name }</span>
                            <span class="bar" aria-hidden="true"><span class="fill" data-w={WIDTHS[step.min(20)]}></span></span>
                            <span class="score-value">{ score.shown(words) }</span>
                        </li>
                    }
                }) }
            </ul>
            if !notes.is_empty() {
                <details class="scoring">
                    <summary>{ t(Ui::HowScoresAreCounted) }</summary>
                    <p>{ t(Ui::ScoringExplained) }</p>
                    <ul>
                        { for notes.into_iter().map(|(name, note)| html! {
                            <li>{ compose(words, Ui::ScoreNote, &[("note", Arg::Text(&note))], &[("verdict", html! { <span class="score-name">{ name }</span> })]) }</li>
                        }) }
                    </ul>
                </details>
            }

            <h4>{ t(Ui::Why) }</h4>
            // One list: the reasons that moved points, heaviest first, then
            // those that moved none; past the first few, folded behind one
            // button (a view of the same list, not a second one).
            <ol class="reasons" id="versus-reasons" data-all={(*all_reasons).then_some("")}>
                { for ordered.iter().enumerate().map(|(i, reason)| html! {
                    <li data-more={(i >= REASONS_SHOWN).then_some("")}>
                        // The answer first: on a phone, folded lines cut the question, not it.
                        <p class="cause">{ compose(words, Ui::ReasonCause, &[("question", Arg::Text(reason.prompt))], &[("answer", html! { <strong>{ reason.label }</strong> })]) }</p>
                        <p class="reason-text">{ reason.text }</p>
                        <p class="meta">
                            <span class="points">{ reason.points_text(words) }</span>
                            { " · " }{ compose(words, Ui::SourceOf, &[], &[("source", cite(words, reason.source))]) }
                        </p>
                    </li>
                }) }
            </ol>
            if ordered.len() > REASONS_SHOWN {
                <button type="button" class="more" aria-controls="versus-reasons" aria-expanded={all_reasons.to_string()}
                    onclick={let all = all_reasons.clone(); Callback::from(move |_: MouseEvent| all.set(!*all))}>
                    { if *all_reasons { t(Ui::ShowFewerReasons).to_string() } else { more_label(words, ordered.len(), moving) } }
                </button>
            }

            if !report.caveats.is_empty() {
                <details class="caveats-box">
                    <summary><h4>{ t(Ui::KeepInMind) }</h4>{ " " }{ words.say(Ui::CaveatCount, &[("n", report.caveats.len().into())]) }</summary>
                    <ul class="caveats">
                        { for report.caveats.iter().map(|c| html! {
                            <li>{ c.text }<span class="meta">{ " · " }{ cite(words, c.source) }</span></li>
                        }) }
                    </ul>
                </details>
            }

            if !report.flips.is_empty() {
                <h4>{ t(Ui::WhatWouldChangeThis) }</h4>
                <ul class="flips">
                    { for report.flips.iter().map(|flip| {
                        let on_apply = props.on_apply.clone();
                        let verdict = props.verdict.clone();
                        let changes = flip.changes();
                        if let Some(condition) = flip.condition_text(words) {
                            // Who the team is: a condition to read, not a change to try.
                            return html! { <li class="condition">{ condition }</li> };
                        }
                        html! {
                            <li>
                                { flip_line(words, flip) }
                                { " " }
                                // The button goes with its suggestion: focus moves to the new verdict.
                                <button type="button" class="try" onclick={Callback::from(move |_: MouseEvent| {
                                    platform::focus(&verdict);
                                    on_apply.emit(changes.clone());
                                })}>
                                    { t(Ui::TryIt) }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }

        </section>
    }
}

/// "Show all 9 reasons in full (4 moved no points)".
fn more_label(words: &Words, total: usize, moving: usize) -> String {
    words.say(
        Ui::ShowAllReasons,
        &[
            ("total", total.into()),
            ("neutral", (total - moving).into()),
        ],
    )
}

/// "Node.js if you answer “A” to “Q” and “B” to “R”": the verdict a
/// suggestion leads to (marked up), and its answers.
fn flip_line(words: &Words, flip: &versus_core::report::Flip<'_>) -> Html {
    let steps: Vec<String> = flip
        .steps
        .iter()
        .map(|step| {
            words.say(
                Ui::FlipStep,
                &[
                    ("answer", Arg::Text(step.label)),
                    ("question", Arg::Text(step.prompt)),
                ],
            )
        })
        .collect();
    let steps: Vec<&str> = steps.iter().map(String::as_str).collect();
    let changes = words.list(&steps, Ui::AndPair, Ui::AndMiddle, Ui::AndLast);
    let message = if flip.different_project {
        Ui::FlipDifferentProject
    } else {
        Ui::FlipIfYouAnswer
    };
    compose(
        words,
        message,
        &[("changes", Arg::Text(&changes))],
        &[(
            "verdict",
            html! { <span class="flip-target">{ flip.verdict.name }</span> },
        )],
    )
}

/// Bar widths in steps of 5%, as attribute values (no inline styles under
/// the CSP; the stylesheet maps each to a width).
const WIDTHS: [&str; 21] = [
    "0", "5", "10", "15", "20", "25", "30", "35", "40", "45", "50", "55", "60", "65", "70", "75",
    "80", "85", "90", "95", "100",
];
