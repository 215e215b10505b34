//! `versus audit`: every complete answer set of a dataset, evaluated on
//! all cores, printed as a distribution with its extremes and breaches.

use std::time::Instant;

use serde_json::{json, Value};
use versus_core::audit::{self, percent, Audit};
use versus_core::say::Say;
use versus_core::words::{Arg, Words, ENGLISH};
use versus_core::{Dataset, Engine};

use crate::say::CliSay;
use crate::{open_file, Failure};

/// Beyond this many answer sets the audit would take minutes; say so.
const LIMIT: u64 = 50_000_000;

pub fn run(name: &str, json: bool) -> Result<(), Failure> {
    let dataset = open_file(name)?;
    let total = audit::count(&dataset)
        .filter(|&n| n <= LIMIT)
        .ok_or_else(|| {
            Failure::Usage(format!(
                "the dataset has more than {LIMIT} complete answer sets; the audit covers at most that many"
            ))
        })?;
    let started = Instant::now();
    let engine = Engine::new(&dataset);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
    let chunk = total.div_ceil(threads).max(1);
    let mut result = Audit::default();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                let engine = &engine;
                let range = (t * chunk).min(total)..((t + 1) * chunk).min(total);
                scope.spawn(move || Audit::of_range(engine, range))
            })
            .collect();
        for worker in workers {
            match worker.join() {
                Ok(part) => result.merge(part),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
    });
    let pairs = audit::anchor_pairs(&engine);
    result.breach_count += pairs.len() as u64;
    result.breaches.extend(pairs);
    let seconds = started.elapsed().as_secs_f64();
    if json {
        sayln!("{}", to_json(&dataset, &result, seconds));
    } else {
        say!("{}", to_text(&ENGLISH, &dataset, &result, seconds));
    }
    if result.breach_count > 0 {
        return Err(Failure::Breached(result.breach_count));
    }
    Ok(())
}

/// `team=python product=content ...` for an answer set.
fn pairs(dataset: &Dataset, set: u64) -> String {
    let answers = audit::answers_of(dataset, set);
    answers
        .iter()
        .map(|(q, o)| {
            let question = &dataset.questions[q];
            format!("{}={}", question.id, question.options[o].id)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A case with its verdict and scores (`None`: a mix not on offer).
fn case(dataset: &Dataset, set: u64) -> (String, String, Vec<(String, Option<f64>)>) {
    let engine = Engine::new(dataset);
    let ranking = engine.rank(&audit::answers_of(dataset, set));
    let verdict = ranking
        .verdict()
        .map_or("tie".to_string(), |v| dataset.verdicts[v].id.to_string());
    let scores = dataset
        .verdicts
        .iter()
        .zip(ranking.scores.iter().zip(&ranking.offered))
        .map(|(v, (s, offered))| (v.id.to_string(), offered.then_some(*s)))
        .collect();
    (pairs(dataset, set), verdict, scores)
}

const DECISIVENESS: [&str; 4] = ["tie", "slight", "clear", "strong"];

/// The audit for a dataset's author: headings and sentences from the
/// catalogue, the tables' numbers as fixed-width columns.
fn to_text(words: &Words, dataset: &Dataset, a: &Audit, seconds: f64) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        words.say(
            CliSay::AuditSets,
            &[
                ("dataset", Arg::Text(&dataset.id)),
                ("sets", Arg::Number(a.sets as f64)),
                ("seconds", Arg::Text(&format!("{seconds:.1}"))),
            ]
        )
    );
    let _ = writeln!(out, "\n{}", words.template(CliSay::AuditVerdicts));
    for (v, count) in dataset.verdicts.iter().zip(&a.verdicts) {
        let _ = writeln!(
            out,
            "  {:<12} {:>9}  {:5.1}%",
            v.id,
            count,
            percent(*count, a.sets)
        );
    }
    let _ = writeln!(
        out,
        "  {:<12} {:>9}  {:5.1}%",
        "tie",
        a.ties,
        percent(a.ties, a.sets)
    );
    let _ = writeln!(out, "\n{}", words.template(CliSay::AuditDecisiveness));
    for (name, count) in DECISIVENESS.iter().zip(a.decisiveness) {
        let _ = writeln!(
            out,
            "  {name:<12} {count:>9}  {:5.1}%",
            percent(count, a.sets)
        );
    }
    let _ = writeln!(out, "\n{}", words.template(CliSay::AuditSwings));
    for (q, count) in dataset.questions.iter().zip(&a.swings) {
        let _ = writeln!(out, "  {:<12} {:5.1}%", q.id, percent(*count, a.sets));
    }
    for (title, cases) in [
        (CliSay::AuditLopsided, &a.lopsided),
        (CliSay::AuditClosest, &a.closest),
    ] {
        let _ = writeln!(out, "\n{}", words.template(title));
        for &(margin, set) in cases {
            let (answers, verdict, scores) = case(dataset, set);
            // Scores and margins as the JSON gives them, unrounded: the
            // audit looks for the exact extremes.
            let scores: Vec<String> = scores
                .iter()
                .map(|(id, s)| match s {
                    Some(s) => words.say(
                        Say::VerdictPoints,
                        &[
                            ("verdict", Arg::Text(id)),
                            ("points", Arg::Text(&s.to_string())),
                        ],
                    ),
                    None => words.say(CliSay::AuditNotOnOffer, &[("verdict", Arg::Text(id))]),
                })
                .collect();
            let scores: Vec<&str> = scores.iter().map(String::as_str).collect();
            let scores = words.list(&scores, Say::Comma, Say::Comma, Say::Comma);
            let line = words.say(
                CliSay::AuditCase,
                &[
                    ("verdict", Arg::Text(&verdict)),
                    ("margin", Arg::Text(&margin.to_string())),
                    ("scores", Arg::Text(&scores)),
                    ("answers", Arg::Text(&answers)),
                ],
            );
            let _ = writeln!(out, "{line}");
        }
    }
    let _ = writeln!(
        out,
        "\n{}",
        words.say(
            CliSay::AuditBreaches,
            &[("count", Arg::Number(a.breach_count as f64))]
        )
    );
    for b in &a.breaches {
        let answers = b.set.map(|set| pairs(dataset, set)).unwrap_or_default();
        let _ = writeln!(out, "  {}: {} {answers}", b.rule.id(), b.detail);
    }
    out
}

fn to_json(dataset: &Dataset, a: &Audit, seconds: f64) -> Value {
    let verdicts: serde_json::Map<String, Value> = dataset
        .verdicts
        .iter()
        .zip(&a.verdicts)
        .map(|(v, c)| (v.id.to_string(), json!(c)))
        .chain([("tie".to_string(), json!(a.ties))])
        .collect();
    let decisiveness: serde_json::Map<String, Value> = DECISIVENESS
        .iter()
        .zip(a.decisiveness)
        .map(|(name, c)| (name.to_string(), json!(c)))
        .collect();
    let swings: serde_json::Map<String, Value> = dataset
        .questions
        .iter()
        .zip(&a.swings)
        .map(|(q, c)| (q.id.to_string(), json!(c)))
        .collect();
    let cases = |list: &[(f64, u64)]| {
        list.iter()
            .map(|&(margin, set)| {
                let (answers, verdict, scores) = case(dataset, set);
                json!({ "answers": answers, "verdict": verdict, "margin": margin, "scores": scores.into_iter().map(|(id, s)| (id, json!(s))).collect::<serde_json::Map<String, Value>>() })
            })
            .collect::<Vec<_>>()
    };
    json!({
        "dataset": dataset.id,
        "sets": a.sets,
        "seconds": seconds,
        "verdicts": verdicts,
        "decisiveness": decisiveness,
        "swings": swings,
        "lopsided": cases(&a.lopsided),
        "closest": cases(&a.closest),
        "breach_count": a.breach_count,
        "breaches": a.breaches.iter().map(|b| json!({
            "rule": b.rule.id(),
            "detail": b.detail,
            "answers": b.set.map(|set| pairs(dataset, set)),
        })).collect::<Vec<_>>(),
    })
}
