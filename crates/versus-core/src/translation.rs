//! A translation of a dataset against its source: a translation shares
//! every id, reference, number and address with its source and differs
//! only in the text a reader sees, so links, the decision version and the
//! audit are the same in every language. [`compare`] lists where a
//! translation breaks that, and the text it has not translated yet
//! (feature `load`: the author page and the command line).

use serde_json::Value;

use crate::Dataset;

/// The fields whose strings a reader sees and a translation rewrites.
/// Everything else (ids, references, answers, addresses, anchors) must be
/// the source's. `question` and `answer` are text in the FAQ only (an
/// answer elsewhere is a `question=option` reference), and a row's
/// `values` are text keyed by the candidate's id.
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

/// How a translation departs from its source at one place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Difference {
    /// Something that is not text differs: the translation breaks.
    Changed {
        path: String,
        found: String,
        source: String,
    },
    /// An entry or a field one of them lacks: the translation breaks.
    Shape { path: String, problem: String },
    /// Text left empty: the translation breaks.
    Empty { path: String },
    /// Text still as the source has it: not translated yet (names and
    /// numbers may rightly stay; the author judges).
    Untranslated { path: String, text: String },
}

impl Difference {
    /// Whether the translation cannot be used as it stands.
    pub fn breaks(&self) -> bool {
        !matches!(self, Difference::Untranslated { .. })
    }
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Difference::Changed {
                path,
                found,
                source,
            } => write!(
                f,
                "{path}: `{found}`, but the source has `{source}`: only text is translated; ids, references, numbers and addresses stay the source's"
            ),
            Difference::Shape { path, problem } => write!(f, "{path}: {problem}"),
            Difference::Empty { path } => write!(f, "{path}: empty; translate the source's text"),
            Difference::Untranslated { path, text } => {
                write!(f, "{path}: still the source's text (\"{text}\")")
            }
        }
    }
}

/// Every difference between a translation and its source, by path.
pub fn compare(source: &Dataset, translation: &Dataset) -> Vec<Difference> {
    let mut out = Vec::new();
    match (
        serde_json::to_value(source),
        serde_json::to_value(translation),
    ) {
        (Ok(a), Ok(b)) => walk("", "", false, &a, &b, &mut out),
        _ => out.push(Difference::Shape {
            path: String::new(),
            problem: "cannot be compared".into(),
        }),
    }
    out
}

/// Walks both values together: the same shape, the same numbers and
/// booleans, the same non-text strings; text may differ but not be empty.
fn walk(path: &str, key: &str, in_faq: bool, a: &Value, b: &Value, out: &mut Vec<Difference>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, u) in x {
                match y.get(k) {
                    Some(v) => walk(&format!("{path}.{k}"), k, in_faq, u, v, out),
                    None => out.push(Difference::Shape {
                        path: format!("{path}.{k}"),
                        problem: "missing: the source has it".into(),
                    }),
                }
            }
            for k in y.keys().filter(|k| !x.contains_key(*k)) {
                out.push(Difference::Shape {
                    path: format!("{path}.{k}"),
                    problem: "not in the source".into(),
                });
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            if x.len() != y.len() {
                out.push(Difference::Shape {
                    path: path.to_string(),
                    problem: format!("{} entries, but the source has {}", y.len(), x.len()),
                });
                return;
            }
            let faq = in_faq || key == "faq";
            for (i, (u, v)) in x.iter().zip(y).enumerate() {
                walk(&format!("{path}[{i}]"), key, faq, u, v, out);
            }
        }
        (Value::String(x), Value::String(y)) => {
            let text = TEXT.contains(&key)
                || (in_faq && (key == "question" || key == "answer"))
                || (key == "value" && path.contains(".values["));
            let path = path.trim_start_matches('.').to_string();
            if !text {
                if x != y {
                    out.push(Difference::Changed {
                        path,
                        found: y.clone(),
                        source: x.clone(),
                    });
                }
            } else if y.trim().is_empty() {
                out.push(Difference::Empty { path });
            } else if x == y {
                out.push(Difference::Untranslated {
                    path,
                    text: y.clone(),
                });
            }
        }
        _ if a == b => {}
        _ => out.push(Difference::Changed {
            path: path.trim_start_matches('.').to_string(),
            found: b.to_string(),
            source: a.to_string(),
        }),
    }
}
