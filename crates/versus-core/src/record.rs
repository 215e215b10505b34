//! The decision as a Markdown record, in the shape of an architecture
//! decision record: context (the answers), decision (the verdict and how
//! firm it is), reasons with their sources, costs and caveats, what would
//! change it, and where it came from. The widget's "Copy as Markdown" and
//! `versus recommend --format markdown` print this same text.

use crate::answers::Answers;
use crate::model::Dataset;
use crate::report::{Report, Source};
use crate::share;

/// The record for a report. `link` is the address that restores these
/// answers (left out when empty).
pub fn markdown(dataset: &Dataset, answers: &Answers, report: &Report<'_>, link: &str) -> String {
    let mut out = String::new();
    let mut line = |parts: &[&str]| {
        for part in parts {
            out.push_str(part);
        }
        out.push('\n');
    };

    line(&["# Decision: ", &report.title()]);
    line(&[]);
    line(&["- Status: proposed"]);
    line(&[
        "- Comparison: ",
        &dataset.title,
        " (`",
        &dataset.id,
        "`, version ",
        &share::version(dataset),
        ")",
    ]);
    if !link.is_empty() {
        line(&["- Link: <", &escape_url(link), ">"]);
    }
    line(&[
        "- Source: ",
        &linked(&dataset.source.title, dataset.source.url.as_deref()),
    ]);

    line(&[]);
    line(&["## Context"]);
    line(&[]);
    if report.reasons.is_empty() {
        line(&["Nothing answered yet."]);
    } else {
        line(&["| Question | Answer |"]);
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
        line(&[]);
        line(&["Not answered: ", &skipped.join(" / ")]);
    }

    line(&[]);
    line(&["## Decision"]);
    line(&[]);
    let mut decision = String::new();
    if let Some(headline) = report.headline {
        decision.push_str("**");
        decision.push_str(headline);
        decision.push_str("** ");
    }
    decision.push_str(&report.firmness_line());
    if let Some(margin) = report.margin_line() {
        decision.push(' ');
        decision.push_str(&margin);
    }
    line(&[&decision]);
    if !report.reasons.is_empty() {
        let scores: Vec<String> = report
            .scores
            .iter()
            .map(|s| {
                let mut score = String::from(s.verdict.name);
                score.push(' ');
                score.push_str(s.shown());
                score
            })
            .collect();
        line(&[]);
        line(&["Scores: ", &scores.join(", "), "."]);
    }
    if let Some(weighed) = report.weighed_most_line() {
        line(&[]);
        line(&[&weighed]);
    }

    if !report.reasons.is_empty() {
        line(&[]);
        line(&["## Reasons"]);
        line(&[]);
        for reason in &report.reasons {
            line(&[
                "- **",
                reason.prompt,
                " ",
                reason.label,
                "** (",
                &reason.points_text,
                "): ",
                reason.text,
                " *Source: ",
                &source(reason.source),
                "*",
            ]);
        }

        line(&[]);
        line(&["## Costs and caveats"]);
        line(&[]);
        let mut any = false;
        for score in report.scores.iter().filter(|s| s.leads) {
            for note in score.notes() {
                line(&["- ", score.verdict.name, ": ", &note]);
                any = true;
            }
        }
        for caveat in &report.caveats {
            line(&["- ", caveat.text, " *Source: ", &source(caveat.source), "*"]);
            any = true;
        }
        if !any {
            line(&["None that these answers raise."]);
        }

        if !report.flips.is_empty() {
            line(&[]);
            line(&["## What would change this"]);
            line(&[]);
            for flip in &report.flips {
                if let Some(condition) = flip.condition_text() {
                    line(&["- ", &condition]);
                    continue;
                }
                let steps: Vec<String> = flip
                    .steps
                    .iter()
                    .map(|s| {
                        let mut step = String::from("“");
                        step.push_str(s.label);
                        step.push_str("” to “");
                        step.push_str(s.prompt);
                        step.push('”');
                        step
                    })
                    .collect();
                line(&[
                    "- ",
                    flip.verdict.name,
                    if flip.different_project {
                        ", only for a different project: "
                    } else {
                        ": "
                    },
                    &steps.join(" and "),
                ]);
            }
        }
    }
    out
}

/// A source for a record: "Title" or "Title (hint)", a link to the
/// section where the source is online.
fn source(source: Source<'_>) -> String {
    linked(&source.text(), source.href().as_deref())
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
