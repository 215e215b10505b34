//! `versus`: validate datasets and compute recommendations from the shell,
//! exactly as the widget computes them.
//!
//! Exit status: 0 on success, 1 on an invalid dataset, 2 on bad arguments.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use serde_json::{json, Map, Value};
use versus_core::load::{self, LoadError};
use versus_core::{Answers, Cause, Dataset, Engine, Outcome};

/// Datasets built into the binary, by id.
const BUNDLED: &[(&str, &str)] = &[(
    "node-vs-django",
    include_str!("../../../data/node-vs-django.toml"),
)];

#[derive(Parser)]
#[command(
    name = "versus",
    version,
    about = "Decision datasets: validate, recommend, render"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a dataset file; every problem is reported with file and line.
    Validate {
        /// The dataset TOML file.
        file: PathBuf,
    },
    /// Compute the verdict, scores and reasons for a set of answers.
    Recommend {
        /// A bundled dataset id (node-vs-django) or a dataset file.
        #[arg(long)]
        dataset: String,
        /// An answer as QUESTION=OPTION; repeat for each answer.
        #[arg(long = "answer", value_name = "QUESTION=OPTION")]
        answers: Vec<String>,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Print the static fallback HTML: the source's verdict and the comparison table.
    Render {
        /// A bundled dataset id (node-vs-django) or a dataset file.
        #[arg(long)]
        dataset: String,
    },
}

/// A failure, and the exit status it deserves.
enum Failure {
    Dataset(LoadError),
    Usage(String),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Validate { file } => validate(&file),
        Command::Recommend {
            dataset,
            answers,
            json,
        } => recommend(&dataset, &answers, json),
        Command::Render { dataset } => render(&dataset),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Dataset(error)) => {
            eprintln!("{error}");
            if !error.problems().is_empty() {
                eprintln!("{} problem(s) found", error.problems().len());
            }
            ExitCode::from(1)
        }
        Err(Failure::Usage(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn validate(file: &Path) -> Result<(), Failure> {
    let dataset = load::from_file(file).map_err(Failure::Dataset)?;
    println!(
        "{}: ok: {} questions, {} rows, {} verdicts",
        file.display(),
        dataset.questions.len(),
        dataset.rows.len(),
        dataset.verdicts.len()
    );
    Ok(())
}

/// A bundled id or a file path.
fn open_dataset(name: &str) -> Result<Dataset, Failure> {
    if let Some((id, text)) = BUNDLED.iter().find(|(id, _)| *id == name) {
        let file = PathBuf::from(format!("data/{id}.toml"));
        return load::from_str(&file, text).map_err(Failure::Dataset);
    }
    let path = Path::new(name);
    if path.is_file() {
        return load::from_file(path).map_err(Failure::Dataset);
    }
    let known: Vec<&str> = BUNDLED.iter().map(|(id, _)| *id).collect();
    Err(Failure::Usage(format!(
        "--dataset `{name}` is neither a bundled dataset ({}) nor a file",
        known.join(", ")
    )))
}

fn recommend(name: &str, pairs: &[String], json: bool) -> Result<(), Failure> {
    let dataset = open_dataset(name)?;
    let answers = Answers::parse(&dataset, pairs.iter().map(String::as_str))
        .map_err(|e| Failure::Usage(format!("--answer: {e}")))?;
    let engine = Engine::new(&dataset);
    let outcome = engine.evaluate(&answers);
    if json {
        println!("{}", to_json(&dataset, &outcome));
    } else {
        print!("{}", to_text(&dataset, &answers, &outcome));
    }
    Ok(())
}

/// The fallback a page shows inside `<versus-widget>` when JavaScript or
/// WebAssembly is unavailable: the same table component, rendered here.
fn render(name: &str) -> Result<(), Failure> {
    use versus::components::{Fallback, FallbackProps};
    use versus::datasets::DatasetRef;
    // The component wants a 'static dataset; this process renders once and exits.
    let dataset: &'static Dataset = Box::leak(Box::new(open_dataset(name)?));
    let html = futures::executor::block_on(
        yew::LocalServerRenderer::<Fallback>::with_props(FallbackProps {
            dataset: DatasetRef(dataset),
        })
        .hydratable(false)
        .render(),
    );
    println!("{html}");
    Ok(())
}

fn points_map(dataset: &Dataset, scores: &[f64]) -> Value {
    let mut map = Map::new();
    for (verdict, score) in dataset.verdicts.iter().zip(scores) {
        map.insert(verdict.id.to_string(), json!(score));
    }
    Value::Object(map)
}

fn to_json(d: &Dataset, outcome: &Outcome<'_>) -> Value {
    let reasons: Vec<Value> = outcome
        .reasons
        .iter()
        .map(|reason| {
            let mut points = Map::new();
            for p in reason.points {
                points.insert(p.key.to_string(), json!(p.value));
            }
            let mut entry = json!({
                "text": reason.text,
                "points": points,
                "rows": reason.rows,
                "section": reason.section,
            });
            match reason.cause {
                Cause::Answer { question, option } => {
                    let q = &d.questions[question];
                    entry["question"] = json!(q.id);
                    entry["option"] = json!(q.options[option].id);
                }
                Cause::Rule { rule } => {
                    entry["rule"] = json!(d.rules[rule].id);
                    entry["when"] = json!(d.rules[rule].when);
                }
            }
            entry
        })
        .collect();
    let flips: Vec<Value> = outcome
        .flips
        .iter()
        .map(|flip| {
            let changes: Vec<Value> = flip
                .changes
                .iter()
                .map(|c| {
                    let q = &d.questions[c.question];
                    json!({
                        "question": q.id,
                        "from": c.from.map(|o| q.options[o].id.as_ref()),
                        "to": q.options[c.to].id,
                    })
                })
                .collect();
            json!({ "verdict": d.verdicts[flip.verdict].id, "changes": changes })
        })
        .collect();
    json!({
        "verdict": d.verdicts[outcome.verdict].id,
        "scores": points_map(d, &outcome.scores),
        "reasons": reasons,
        "decisiveness": outcome.decisiveness.id(),
        "margin": outcome.margin,
        "caveats": outcome.caveats.iter().map(|c| c.id.as_ref()).collect::<Vec<_>>(),
        "flips": flips,
        "rows": outcome.rows,
    })
}

fn to_text(d: &Dataset, answers: &Answers, outcome: &Outcome<'_>) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let verdict = &d.verdicts[outcome.verdict];
    let _ = writeln!(
        out,
        "Verdict: {} ({}, {} of {} questions answered)",
        verdict.name,
        outcome.decisiveness.id(),
        answers.answered(),
        answers.len()
    );
    let _ = writeln!(out, "{}", verdict.headline);
    let scores: Vec<String> = d
        .verdicts
        .iter()
        .zip(&outcome.scores)
        .map(|(v, s)| format!("{} {}", v.name, versus_core::engine::points_text(*s)))
        .collect();
    let _ = writeln!(out, "Scores: {}", scores.join(", "));
    if !outcome.reasons.is_empty() {
        let _ = writeln!(out, "\nReasons:");
    }
    for reason in &outcome.reasons {
        let cause = match reason.cause {
            Cause::Answer { question, option } => {
                let q = &d.questions[question];
                format!("{}={}", q.id, q.options[option].id)
            }
            Cause::Rule { rule } => d.rules[rule].when.join(" + "),
        };
        let points: Vec<String> = reason
            .points
            .iter()
            .map(|p| {
                let name = d
                    .verdict_index(&p.key)
                    .map_or(p.key.as_ref(), |v| d.verdicts[v].name.as_ref());
                format!(
                    "{} {name}",
                    versus_core::engine::signed_points_text(p.value)
                )
            })
            .collect();
        let points = if points.is_empty() {
            "no points".to_string()
        } else {
            points.join(", ")
        };
        let section = d
            .section(reason.section)
            .map_or(reason.section, |s| &s.title);
        let _ = writeln!(
            out,
            "  {cause} ({points})\n    {}\n    Source: {section}",
            reason.text
        );
    }
    if !outcome.caveats.is_empty() {
        let _ = writeln!(out, "\nCaveats:");
        for caveat in &outcome.caveats {
            let _ = writeln!(out, "  - {}", caveat.text);
        }
    }
    if !outcome.flips.is_empty() {
        let _ = writeln!(out, "\nWhat would change this:");
        for flip in &outcome.flips {
            let changes: Vec<String> = flip
                .changes
                .iter()
                .map(|c| {
                    let q = &d.questions[c.question];
                    format!("{}={}", q.id, q.options[c.to].id)
                })
                .collect();
            let _ = writeln!(
                out,
                "  {}: answer {}",
                d.verdicts[flip.verdict].name,
                changes.join(" and ")
            );
        }
    }
    out
}
