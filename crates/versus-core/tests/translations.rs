//! A translation of a dataset is a sibling file in `data/translations/`
//! (`<id>.<lang>.toml`) that shares every id, reference, number and
//! address with its source in `data/` and differs only in the text a
//! reader sees; so links, the decision version and the audit are the same
//! in every language, and it decides exactly as its source.

use std::path::{Path, PathBuf};

use serde_json::Value;
use versus_core::{audit, load, share, Dataset, Engine};

/// The fields whose strings a reader sees and a translation rewrites.
/// Everything else (ids, references, answers, addresses, anchors) must be
/// the source's. `question` and `answer` are text in the FAQ only (an
/// answer elsewhere is a `question=option` reference).
const TEXT: &[&str] = &[
    "title",
    "summary",
    "note",
    "hint",
    "name",
    "tagline",
    "headline",
    "text",
    "feature",
    "prompt",
    "help",
    "label",
    "reason",
    "claim",
    "condition",
    "usage",
];

fn translations() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/translations");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "toml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The source of a translation: `data/<id>.toml`, for `<id>.<lang>.toml`.
fn source_of(translation: &Path) -> (Dataset, String) {
    let name = translation.file_name().unwrap().to_string_lossy();
    let mut parts = name.trim_end_matches(".toml").rsplitn(2, '.');
    let lang = parts.next().unwrap().to_string();
    let id = parts
        .next()
        .unwrap_or_else(|| panic!("{name}: name it <id>.<lang>.toml"));
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../data/{id}.toml"));
    (
        load::from_file(&source).unwrap_or_else(|e| panic!("{e}")),
        lang,
    )
}

/// Walks both values together: the same shape, the same numbers and
/// booleans, the same non-text strings; text may differ but not be empty.
fn same_but_text(
    path: &str,
    key: &str,
    in_faq: bool,
    a: &Value,
    b: &Value,
    problems: &mut Vec<String>,
) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                match (x.get(k), y.get(k)) {
                    (Some(u), Some(v)) => {
                        same_but_text(&format!("{path}.{k}"), k, in_faq, u, v, problems)
                    }
                    _ => problems.push(format!("{path}.{k}: present in one file only")),
                }
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            if x.len() != y.len() {
                problems.push(format!("{path}: {} entries against {}", y.len(), x.len()));
                return;
            }
            let faq = in_faq || key == "faq";
            for (i, (u, v)) in x.iter().zip(y).enumerate() {
                same_but_text(&format!("{path}[{i}]"), key, faq, u, v, problems);
            }
        }
        (Value::String(x), Value::String(y)) => {
            let text = TEXT.contains(&key) || (in_faq && (key == "question" || key == "answer"))
                // A row's values are text, one per candidate (keyed by
                // the candidate's id, which stays).
                || (key == "value" && path.contains(".values["));
            if text {
                if y.trim().is_empty() {
                    problems.push(format!("{path}: empty"));
                }
            } else if x != y {
                problems.push(format!(
                    "{path}: `{y}`, but the source has `{x}` (not text: it must stay)"
                ));
            }
        }
        _ if a == b => {}
        _ => problems.push(format!("{path}: {b}, but the source has {a}")),
    }
}

#[test]
fn every_translation_shares_everything_but_its_text_with_its_source() {
    for file in translations() {
        let translation = load::from_file(&file).unwrap_or_else(|e| panic!("{e}"));
        let (source, _) = source_of(&file);
        let mut problems = Vec::new();
        same_but_text(
            "",
            "",
            false,
            &serde_json::to_value(&source).unwrap(),
            &serde_json::to_value(&translation).unwrap(),
            &mut problems,
        );
        assert!(
            problems.is_empty(),
            "{}:\n{}",
            file.display(),
            problems.join("\n")
        );
        assert_eq!(share::version(&translation), share::version(&source));
    }
}

#[test]
fn every_translation_decides_exactly_as_its_source() {
    for file in translations() {
        let translation = load::from_file(&file).unwrap_or_else(|e| panic!("{e}"));
        let (source, _) = source_of(&file);
        let (a, b) = (Engine::new(&source), Engine::new(&translation));
        let total = audit::count(&source).expect("countable");
        // Every complete answer set would take minutes in a debug build: a
        // spread of them, every partial set of the first questions too.
        let step = (total / 600).max(1);
        for index in (0..total).step_by(step as usize) {
            let answers = audit::answers_of(&source, index);
            assert_eq!(
                a.evaluate(&answers).summary(),
                b.evaluate(&answers).summary(),
                "{}: answer set {index}",
                file.display()
            );
        }
    }
}
