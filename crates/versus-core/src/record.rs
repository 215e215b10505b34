//! The decision as a Markdown record, in the shape of an architecture
//! decision record: context (the answers), decision (the verdict and how
//! firm it is), reasons with their sources, costs and caveats, what would
//! change it, and where it came from. The widget's "Copy as Markdown" and
//! `versus recommend --format markdown` print this same text.

use crate::answers::Answers;
use crate::model::Dataset;
use crate::report::{Report, Source};
use crate::say::Say;
use crate::share;
use crate::words::{Arg, Words};

/// The record for a report. `link` is the address that restores these
/// answers (left out when empty). The Markdown's marks (`#`, `-`, `|`)
/// are written here; every word comes from `words`.
pub fn markdown(
    words: &Words,
    dataset: &Dataset,
    answers: &Answers,
    report: &Report<'_>,
    link: &str,
) -> String {
    let mut out = String::new();
    let mut line = |parts: &[&str]| {
        for part in parts {
            out.push_str(part);
        }
        out.push('\n');
    };
    let say = |message: Say, args: &[(&str, Arg<'_>)]| words.say(message, args);

    line(&[
        "# ",
        &say(
            Say::RecordTitle,
            &[("title", Arg::Text(&report.title(words)))],
        ),
    ]);
    line(&[]);
    line(&["- ", words.template(Say::RecordStatus)]);
    line(&[
        "- ",
        &say(
            Say::RecordComparison,
            &[
                ("title", Arg::Text(&dataset.title)),
                ("id", Arg::Text(&dataset.id)),
                ("version", Arg::Text(&share::version(dataset))),
            ],
        ),
    ]);
    if !link.is_empty() {
        let mut address = String::from("<");
        address.push_str(&escape_url(link));
        address.push('>');
        line(&[
            "- ",
            &say(Say::RecordLink, &[("link", Arg::Text(&address))]),
        ]);
    }
    let source_link = linked(&dataset.source.title, dataset.source.url.as_deref());
    line(&[
        "- ",
        &say(Say::SourceIs, &[("source", Arg::Text(&source_link))]),
    ]);

    line(&[]);
    line(&["## ", words.template(Say::RecordContext)]);
    line(&[]);
    if report.reasons.is_empty() {
        line(&[words.template(Say::NothingAnswered)]);
    } else {
        line(&[
            "| ",
            words.template(Say::RecordQuestion),
            " | ",
            words.template(Say::RecordAnswer),
            " |",
        ]);
        line(&["|---|---|"]);
        for reason in &report.reasons {
            line(&["| ", &cell(reason.prompt), " | ", &cell(reason.label), " |"]);
        }
    }
    let skipped: Vec<&str> = dataset
        .questions
        .iter()
        .enumerate()
        .filter(|&(q, _)| answers.get(q).is_none())
        .map(|(_, q)| q.prompt.as_ref())
        .collect();
    if !skipped.is_empty() && !report.reasons.is_empty() {
        let skipped = words.list(&skipped, Say::Slash, Say::Slash, Say::Slash);
        line(&[]);
        line(&[&say(
            Say::NotAnswered,
            &[("questions", Arg::Text(&skipped))],
        )]);
    }

    line(&[]);
    line(&["## ", words.template(Say::RecordDecision)]);
    line(&[]);
    let mut decision: Vec<String> = Vec::new();
    if let Some(headline) = report.headline {
        let mut bold = String::from("**");
        bold.push_str(headline);
        bold.push_str("**");
        decision.push(bold);
    }
    decision.push(report.firmness_line(words));
    decision.extend(report.margin_line(words));
    let decision: Vec<&str> = decision.iter().map(String::as_str).collect();
    line(&[&words.list(&decision, Say::Sentences, Say::Sentences, Say::Sentences)]);
    if !report.reasons.is_empty() {
        let scores: Vec<String> = report
            .scores
            .iter()
            .map(|s| {
                say(
                    Say::VerdictPoints,
                    &[
                        ("verdict", Arg::Text(s.verdict.name)),
                        ("points", Arg::Text(&s.shown(words))),
                    ],
                )
            })
            .collect();
        let scores: Vec<&str> = scores.iter().map(String::as_str).collect();
        let scores = words.list(&scores, Say::Comma, Say::Comma, Say::Comma);
        line(&[]);
        line(&[&say(Say::RecordScores, &[("scores", Arg::Text(&scores))])]);
    }
    if let Some(weighed) = report.weighed_most_line(words) {
        line(&[]);
        line(&[&weighed]);
    }

    if !report.reasons.is_empty() {
        line(&[]);
        line(&["## ", words.template(Say::RecordReasons)]);
        line(&[]);
        for reason in &report.reasons {
            line(&[
                "- ",
                &say(
                    Say::RecordReason,
                    &[
                        ("prompt", Arg::Text(reason.prompt)),
                        ("label", Arg::Text(reason.label)),
                        ("points", Arg::Text(&reason.points_text(words))),
                        ("reason", Arg::Text(reason.text)),
                        ("source", Arg::Text(&source(words, reason.source))),
                    ],
                ),
            ]);
        }

        line(&[]);
        line(&["## ", words.template(Say::RecordCosts)]);
        line(&[]);
        let mut any = false;
        for score in report.scores.iter().filter(|s| s.leads) {
            for note in score.notes(words) {
                let note = say(
                    Say::VerdictNote,
                    &[
                        ("verdict", Arg::Text(score.verdict.name)),
                        ("note", Arg::Text(&note)),
                    ],
                );
                line(&["- ", &note]);
                any = true;
            }
        }
        for caveat in &report.caveats {
            let caveat = say(
                Say::RecordCaveat,
                &[
                    ("caveat", Arg::Text(caveat.text)),
                    ("source", Arg::Text(&source(words, caveat.source))),
                ],
            );
            line(&["- ", &caveat]);
            any = true;
        }
        if !any {
            line(&[words.template(Say::NoCaveats)]);
        }

        if !report.flips.is_empty() {
            line(&[]);
            line(&["## ", words.template(Say::RecordChanges)]);
            line(&[]);
            for flip in &report.flips {
                if let Some(condition) = flip.condition_text(words) {
                    line(&["- ", &condition]);
                    continue;
                }
                let steps: Vec<String> = flip
                    .steps
                    .iter()
                    .map(|s| {
                        say(
                            Say::Step,
                            &[
                                ("label", Arg::Text(s.label)),
                                ("prompt", Arg::Text(s.prompt)),
                            ],
                        )
                    })
                    .collect();
                let steps: Vec<&str> = steps.iter().map(String::as_str).collect();
                let steps = words.list(&steps, Say::Together, Say::Together, Say::Together);
                let message = if flip.different_project {
                    Say::FlipStepsElsewhere
                } else {
                    Say::FlipSteps
                };
                line(&[
                    "- ",
                    &say(
                        message,
                        &[
                            ("verdict", Arg::Text(flip.verdict.name)),
                            ("steps", Arg::Text(&steps)),
                        ],
                    ),
                ]);
            }
        }
    }
    out
}

/// A source for a record: "Title" or "Title (hint)", a link to the
/// section where the source is online.
fn source(words: &Words, source: Source<'_>) -> String {
    linked(&source.text(words), source.href().as_deref())
}

/// `[text](address)`, or the text alone.
fn linked(text: &str, href: Option<&str>) -> String {
    match href {
        Some(href) => {
            let mut out = String::from("[");
            out.push_str(&text.replace('[', "\\[").replace(']', "\\]"));
            out.push_str("](<");
            out.push_str(&escape_url(href));
            out.push_str(">)");
            out
        }
        None => text.to_string(),
    }
}

/// Text inside a table cell: no column breaks, no line breaks.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// An address inside `<...>`: nothing that would end it or break the line.
fn escape_url(link: &str) -> String {
    let mut out = String::with_capacity(link.len());
    for c in link.chars() {
        match c {
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            ' ' => out.push_str("%20"),
            '\n' | '\r' => {}
            c => out.push(c),
        }
    }
    out
}
