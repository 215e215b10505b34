//! The author page's engine (`dist/author.html`): an author types a
//! dataset's TOML and the page shows every problem with its line, a live
//! preview from the packed text, and a summary of the audit.
//!
//! Everything here is plain Rust, tested natively; `web.rs` is the thin
//! wasm-bindgen layer that hands the page JSON strings. The TOML parser and
//! the validator come with `versus-core`'s `load` feature, which only this
//! crate and the command line turn on: the reader's wasm never carries them.
//!
//! The checks are exactly `versus validate`'s ([`load::check`]), the packed
//! text exactly what `versus pack` writes ([`packed::encode`], read back
//! before it is offered, as `pack` does), and the audit the same
//! [`Audit::of_range`] as `versus audit`, over an evenly spaced sample when
//! the dataset has more answer sets than a page can evaluate while its
//! author types.

use std::path::Path;

use serde_json::{json, Value};
use versus_core::audit::{self, Audit, Breach, Rule};
use versus_core::load::{self, Located, Severity};
use versus_core::{packed, Dataset, Engine};

#[cfg(target_arch = "wasm32")]
mod web;

/// The bundled example, as its TOML text: the page's first template.
pub const EXAMPLE: &str = include_str!("../../../data/node-vs-django.toml");
/// A small dataset that passes every check, to start a new comparison from.
pub const SKELETON: &str = include_str!("../skeleton.toml");
/// The most answer sets the page evaluates for one version of the text.
/// About a second of work in the browser, spread over many small steps.
pub const SAMPLE: u64 = 20_000;

/// The name problems are reported under; the page shows only lines.
const FILE: &str = "dataset.toml";

/// The result of checking the text as it stands.
#[derive(Debug)]
pub struct Outcome {
    /// Every problem, errors and warnings, in file order (as `versus validate`).
    pub problems: Vec<Located>,
    /// The dataset, when there is no error.
    pub dataset: Option<Dataset>,
    /// The packed file (`versus pack`'s output), when there is no error.
    pub packed: Option<String>,
}

impl Outcome {
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == severity)
            .count()
    }

    /// What the page reads: the problems, and for a valid dataset its id,
    /// title, size, packed text and embed snippet.
    pub fn to_json(&self) -> Value {
        let problems: Vec<Value> = self
            .problems
            .iter()
            .map(|p| {
                json!({
                    "line": p.line,
                    "at": p.at,
                    "message": p.message,
                    "severity": match p.severity {
                        Severity::Error => "error",
                        Severity::Warning => "warning",
                    },
                })
            })
            .collect();
        let mut out = json!({
            "ok": self.packed.is_some(),
            "errors": self.errors(),
            "warnings": self.warnings(),
            "problems": problems,
        });
        if let (Some(d), Some(packed)) = (&self.dataset, &self.packed) {
            out["id"] = json!(d.id);
            out["title"] = json!(d.title);
            out["questions"] = json!(d.questions.len());
            out["verdicts"] = json!(d.verdicts.len());
            out["rows"] = json!(d.rows.len());
            out["sets"] = json!(audit::count(d));
            out["packed"] = json!(packed);
            out["snippet"] = json!(snippet(d));
            out["inline"] = json!(inline_snippet(d, packed));
        }
        out
    }
}

/// How the text, read as a translation of the bundled example, departs
/// from it (`versus validate --translation-of node-vs-django`): nothing
/// while the text has errors.
pub fn against_example(toml: &str) -> Vec<versus_core::translation::Difference> {
    let Some(translation) = load::check(Path::new(FILE), toml).dataset else {
        return Vec::new();
    };
    match load::from_str(Path::new("node-vs-django.toml"), EXAMPLE) {
        Ok(source) => versus_core::translation::compare(&source, &translation),
        Err(_) => Vec::new(),
    }
}

/// Checks dataset text as `versus validate` does, and packs it as
/// `versus pack` does when it is valid.
pub fn check(toml: &str) -> Outcome {
    let checked = load::check(Path::new(FILE), toml);
    let mut problems = checked.problems;
    let mut dataset = checked.dataset;
    let packed = match &dataset {
        Some(d) => {
            let text = packed::encode(d);
            // Never offer a file a widget would refuse or read differently
            // (what `versus pack` checks before it writes).
            match packed::decode(&text) {
                Ok(read) if &read == d => Some(text),
                Ok(_) => {
                    problems.push(whole_file("the packed file reads back differently: this is a fault in Versus, not in the dataset".into()));
                    None
                }
                Err(error) => {
                    problems.push(whole_file(format!("it cannot be packed: {error}")));
                    None
                }
            }
        }
        None => None,
    };
    if packed.is_none() {
        dataset = None;
    }
    Outcome {
        problems,
        dataset,
        packed,
    }
}

fn whole_file(message: String) -> Located {
    Located {
        file: FILE.into(),
        line: 1,
        at: String::new(),
        message,
        severity: Severity::Error,
    }
}

/// The embed snippet for a packed file uploaded beside the widget's files.
pub fn snippet(d: &Dataset) -> String {
    format!(
        "<script type=\"module\" src=\"https://YOUR-SITE/versus/versus.js\"></script>\n\
         <versus-widget src=\"/versus/{id}.versus\">\n  {fallback}\n</versus-widget>\n",
        id = d.id,
        fallback = fallback(d),
    )
}

/// The same widget with the packed text inside the page, no second file.
pub fn inline_snippet(d: &Dataset, packed: &str) -> String {
    format!(
        "<versus-widget>\n  {fallback}\n  <script type=\"{media}\">\n{packed}</script>\n</versus-widget>\n",
        fallback = fallback(d),
        media = packed::MEDIA_TYPE,
    )
}

/// What readers see without JavaScript, and until the widget mounts.
fn fallback(d: &Dataset) -> String {
    format!(
        "<p><strong>{}</strong> {}</p>",
        escape(&d.title),
        escape(&d.summary)
    )
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The audit of one version of the text, run a few answer sets at a time
/// so the page can keep answering keys between steps.
///
/// With up to [`SAMPLE`] complete answer sets, every one is evaluated;
/// with more, [`SAMPLE`] of them, evenly spaced through the whole range
/// (the midpoints of equal slices), so every part of the space is seen.
pub struct AuditRun {
    dataset: Dataset,
    /// Every complete answer set (`None`: more than a `u64` counts).
    total: Option<u64>,
    /// How many will be evaluated.
    planned: u64,
    /// How many have been.
    done: u64,
    audit: Audit,
    /// The anchor rule on pairs of answers, checked once, up front.
    pairs: Vec<Breach>,
}

impl AuditRun {
    pub fn new(dataset: Dataset) -> AuditRun {
        let total = audit::count(&dataset);
        let pairs = audit::anchor_pairs(&Engine::new(&dataset));
        AuditRun {
            planned: total.map_or(SAMPLE, |t| t.min(SAMPLE)),
            total,
            done: 0,
            audit: Audit::default(),
            pairs,
            dataset,
        }
    }

    /// The index of the `k`-th answer set evaluated.
    fn index(&self, k: u64) -> u64 {
        match self.total {
            Some(total) if total <= self.planned => k,
            total => {
                let total = u128::from(total.unwrap_or(u64::MAX));
                let middle = (2 * u128::from(k) + 1) * total / (2 * u128::from(self.planned));
                u64::try_from(middle).unwrap_or(u64::MAX)
            }
        }
    }

    pub fn sampled(&self) -> bool {
        self.total.is_none_or(|t| t > self.planned)
    }

    pub fn finished(&self) -> bool {
        self.done >= self.planned
    }

    /// Evaluates up to `n` more answer sets; true once all planned are done.
    pub fn step(&mut self, n: u64) -> bool {
        let end = self.planned.min(self.done.saturating_add(n));
        let engine = Engine::new(&self.dataset);
        if self.sampled() {
            for k in self.done..end {
                let at = self.index(k);
                self.audit.merge(Audit::of_range(&engine, at..at + 1));
            }
        } else {
            self.audit.merge(Audit::of_range(&engine, self.done..end));
        }
        self.done = end;
        self.finished()
    }

    /// The summary so far, for the page.
    pub fn summary(&self) -> Summary {
        let d = &self.dataset;
        let a = &self.audit;
        let share = |count: u64| Share {
            count,
            percent: percent(count, a.sets),
        };
        let mut verdicts: Vec<(String, Share)> = d
            .verdicts
            .iter()
            .enumerate()
            .map(|(v, verdict)| {
                let count = a.verdicts.get(v).copied().unwrap_or(0);
                (verdict.name.to_string(), share(count))
            })
            .collect();
        verdicts.push(("A tie".into(), share(a.ties)));
        let firmness = FIRMNESS
            .iter()
            .zip(a.decisiveness)
            .map(|(name, count)| (name.to_string(), share(count)))
            .collect();
        let mut breaches: Vec<String> = self.pairs.iter().map(|b| in_words(d, b)).collect();
        breaches.extend(a.breaches.iter().map(|b| in_words(d, b)));
        Summary {
            total: self.total,
            evaluated: a.sets,
            planned: self.planned,
            sampled: self.sampled(),
            finished: self.finished(),
            coverage: self.coverage(),
            verdicts,
            firmness,
            breach_count: a.breach_count + self.pairs.len() as u64,
            breaches,
        }
    }

    /// What the figures cover, in a sentence.
    fn coverage(&self) -> String {
        let done = self.audit.sets;
        match self.total {
            None => format!(
                "Sampled {} answer sets, evenly spaced, of more than can be counted.",
                grouped(done)
            ),
            Some(total) if self.sampled() && self.finished() => format!(
                "Sampled {} of {} complete answer sets, evenly spaced through all of them (versus audit on the command line evaluates every one).",
                grouped(done),
                grouped(total)
            ),
            Some(total) if self.sampled() => format!(
                "Sampling: {} of {} answer sets so far, evenly spaced through all {}.",
                grouped(done),
                grouped(self.planned),
                grouped(total)
            ),
            Some(total) if self.finished() => {
                format!("All {} complete answer sets evaluated.", grouped(total))
            }
            Some(total) => format!(
                "Evaluating: {} of {} complete answer sets so far.",
                grouped(done),
                grouped(total)
            ),
        }
    }
}

/// The degrees of firmness, in the order of `Audit::decisiveness`.
const FIRMNESS: [&str; 4] = [
    "A tie",
    "Slight (one change overturns it)",
    "Clear (two changes overturn it)",
    "Strong (more than two changes)",
];

/// A count and its share of the answer sets evaluated.
#[derive(Clone, Debug, PartialEq)]
pub struct Share {
    pub count: u64,
    /// Such as `56.1%`.
    pub percent: String,
}

/// The audit so far, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub total: Option<u64>,
    pub evaluated: u64,
    pub planned: u64,
    pub sampled: bool,
    pub finished: bool,
    /// What was covered, in a sentence.
    pub coverage: String,
    /// Each verdict by name, then ties.
    pub verdicts: Vec<(String, Share)>,
    /// Each degree of firmness.
    pub firmness: Vec<(String, Share)>,
    /// Every breach found, counted.
    pub breach_count: u64,
    /// The breaches kept, in plain words.
    pub breaches: Vec<String>,
}

impl Summary {
    pub fn to_json(&self) -> Value {
        let rows = |list: &[(String, Share)]| {
            list.iter()
                .map(|(name, s)| json!({ "name": name, "count": s.count, "percent": s.percent }))
                .collect::<Vec<_>>()
        };
        json!({
            "total": self.total,
            "evaluated": self.evaluated,
            "planned": self.planned,
            "sampled": self.sampled,
            "finished": self.finished,
            "coverage": self.coverage,
            "verdicts": rows(&self.verdicts),
            "firmness": rows(&self.firmness),
            "breach_count": self.breach_count,
            "breaches": self.breaches,
        })
    }
}

/// A breach of the model's rules, said the way an author can act on it.
fn in_words(d: &Dataset, b: &Breach) -> String {
    let answers = b
        .set
        .map(|set| {
            let answers = audit::answers_of(d, set);
            let pairs: Vec<String> = answers
                .iter()
                .map(|(q, o)| format!("{}={}", d.questions[q].id, d.questions[q].options[o].id))
                .collect();
            format!(" (answers: {})", pairs.join(" "))
        })
        .unwrap_or_default();
    let anchor = d.decision.anchor.as_deref().unwrap_or("anchor");
    match b.rule {
        Rule::Anchor if b.set.is_none() => format!(
            "One answer outweighs the anchor question `{anchor}`: {}. Lower that answer's weights, or raise the anchor's.",
            b.detail
        ),
        Rule::Anchor => format!(
            "One answer outweighs the anchor question `{anchor}`: {}{answers}.",
            b.detail
        ),
        Rule::Monotone => format!(
            "An answer works against the side it argues for: {}{answers}.",
            b.detail
        ),
        Rule::MixNeedsParts => format!(
            "A mixed verdict wins while one of its candidates has nothing to do: {}{answers}.",
            b.detail
        ),
        Rule::TopScore => format!(
            "The verdict is not the top score ({}){answers}: a fault in Versus rather than in the dataset.",
            b.detail
        ),
    }
}

fn percent(part: u64, whole: u64) -> String {
    format!("{:.1}%", audit::percent(part, whole))
}

/// `1574640` as `1,574,640`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests;
