//! Reading a dataset from TOML: syntax, shape, then [`validate`], with every
//! error pointing at the file and line a dataset author has to fix.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path as FsPath, PathBuf};

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::format::{self, Kind, Shape};
use crate::model::Dataset;
use crate::validate::{validate, warnings, Path, Problem, Step};

/// How much a problem matters: an error fails `validate`, the build and
/// `pack`; a warning (a section nothing cites, say) is only said.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// A problem placed in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    pub file: PathBuf,
    pub line: usize,
    /// Where in the dataset, for example `questions[2].options[0].reason`.
    pub at: String,
    /// What is wrong and what to do, in plain words.
    pub message: String,
    pub severity: Severity,
}

impl fmt::Display for Located {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.file.display(), self.line)?;
        if self.severity == Severity::Warning {
            f.write_str("warning: ")?;
        }
        if !self.at.is_empty() {
            write!(f, "{}: ", self.at)?;
        }
        f.write_str(&self.message)
    }
}

/// Why a dataset could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{file}: cannot read: {source}", file = .file.display())]
    Read {
        file: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", list(.0))]
    Invalid(Vec<Located>),
}

impl LoadError {
    /// The problems found, one per line of the message.
    pub fn problems(&self) -> &[Located] {
        match self {
            LoadError::Read { .. } => &[],
            LoadError::Invalid(problems) => problems,
        }
    }
}

fn list(problems: &[Located]) -> String {
    let lines: Vec<String> = problems.iter().map(Located::to_string).collect();
    lines.join("\n")
}

/// A file checked: every problem found, errors and warnings, in file
/// order, and the dataset when there is no error.
#[derive(Debug)]
pub struct Checked {
    pub dataset: Option<Dataset>,
    pub problems: Vec<Located>,
}

impl Checked {
    /// The dataset, or every problem (warnings included) when any is an error.
    pub fn into_result(self) -> Result<Dataset, LoadError> {
        self.dataset.ok_or(LoadError::Invalid(self.problems))
    }
}

/// Reads, parses and validates a dataset file.
pub fn from_file(file: &FsPath) -> Result<Dataset, LoadError> {
    check(file, &read(file)?).into_result()
}

/// Reads a dataset file's text.
pub fn read(file: &FsPath) -> Result<String, LoadError> {
    std::fs::read_to_string(file).map_err(|source| LoadError::Read {
        file: file.to_path_buf(),
        source,
    })
}

/// Parses and validates dataset text; `file` only names it in errors.
pub fn from_str(file: &FsPath, text: &str) -> Result<Dataset, LoadError> {
    check(file, text).into_result()
}

/// Checks dataset text and reports every problem at once: the syntax
/// first (a file that does not parse says only that, each place it does
/// not); then the shape against [`crate::format`] (every missing, unknown
/// or wrongly typed field, in plain words), then [`validate`] on what the
/// shape check could read, and [`warnings`].
///
/// A field of the wrong type is read as its nearest sensible value (`"10"`
/// as 10, `3` as `"3"`) or a blank, so the checks after it still run;
/// problems those checks find at or under a field already reported are
/// not repeated. When a whole top-level part is missing or unreadable
/// (say `candidates`), the later checks are skipped: every reference to
/// it would fail and bury the one problem that matters.
pub fn check(file: &FsPath, text: &str) -> Checked {
    let place = |offset: usize, at: String, message: String, severity: Severity| Located {
        file: file.to_path_buf(),
        line: line_of(text, offset),
        at,
        message,
        severity,
    };
    let failed = |problems: Vec<Located>| Checked {
        dataset: None,
        problems,
    };
    let (tree, syntax) = DeTable::parse_recoverable(text);
    if !syntax.is_empty() {
        let mut problems: Vec<Located> = syntax
            .iter()
            .map(|error| {
                let offset = error.span().map_or(0, |span| span.start);
                let message = error.message().trim_end().to_string();
                place(offset, String::new(), message, Severity::Error)
            })
            .collect();
        problems.sort_by_key(|p| p.line);
        return failed(problems);
    }
    if tree.get_ref().is_empty() {
        return failed(vec![place(
            0,
            String::new(),
            "the file is empty: a dataset needs at least `id`, `title`, `summary`, `[source]`, `[decision]`, and lists of candidates, verdicts, questions and the rest; start from the bundled data/node-vs-django.toml, or run `versus schema` for every field".into(),
            Severity::Error,
        )]);
    }

    let mut shape = ShapeCheck::default();
    let repaired = shape.table(&format::DATASET, tree.get_ref(), tree.span().start, "");
    let mut problems: Vec<Located> = shape
        .problems
        .iter()
        .map(|(offset, at, message)| place(*offset, at.clone(), message.clone(), Severity::Error))
        .collect();
    let dataset: Dataset = match toml::Value::Table(repaired).try_into() {
        Ok(dataset) => dataset,
        Err(error) => {
            // The shape check and the model disagree (a test holds them
            // together); say what serde says rather than nothing.
            problems.push(place(
                0,
                String::new(),
                error.message().trim_end().to_string(),
                Severity::Error,
            ));
            return failed(problems);
        }
    };
    let whole_part_missing = shape.broken.iter().any(|at| {
        format::DATASET
            .field(at)
            .is_some_and(|f| matches!(f.kind, Kind::List(_) | Kind::Table(_)))
    });
    if !whole_part_missing {
        let reported = |path: &str| {
            shape.broken.iter().any(|b| {
                path.strip_prefix(b.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
            })
        };
        for (severity, found) in [
            (Severity::Error, validate(&dataset)),
            (Severity::Warning, warnings(&dataset)),
        ] {
            for Problem { path, message } in found {
                let at = path.to_string();
                if !reported(&at) {
                    let offset = offset_of(&tree, &path);
                    problems.push(place(offset, at, message, severity));
                }
            }
        }
    }
    problems.sort_by_key(|p| (p.line, p.severity));
    problems.dedup();
    let ok = !problems.iter().any(|p| p.severity == Severity::Error);
    Checked {
        dataset: ok.then_some(dataset),
        problems,
    }
}

/// The shape check: walks the parsed file against [`crate::format`],
/// collecting problems and building a copy the model can read.
#[derive(Default)]
struct ShapeCheck {
    /// (byte offset, path, message)
    problems: Vec<(usize, String, String)>,
    /// Paths already reported.
    broken: Vec<String>,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

impl ShapeCheck {
    fn report(&mut self, offset: usize, at: String, message: String) {
        self.broken.push(at.clone());
        self.problems.push((offset, at, message));
    }

    fn table(
        &mut self,
        shape: &Shape,
        table: &DeTable<'_>,
        offset: usize,
        path: &str,
    ) -> toml::Table {
        let mut out = toml::Table::new();
        // Required fields a misspelt one stands for: said once, there.
        let mut misspelt: Vec<&str> = Vec::new();
        for (key, value) in table.iter() {
            let name = key.get_ref().as_ref();
            let at = join(path, name);
            match shape.field(name) {
                Some(field) => {
                    let value = self.value(&field.kind, value, &at);
                    out.insert(name.to_string(), value);
                }
                None => {
                    let near = nearest(shape, name);
                    let missing = near.filter(|n| !table.contains_key(*n));
                    misspelt.extend(missing);
                    let message = unknown_field(shape, name, near, missing.is_some());
                    self.report(key.span().start, at, message);
                }
            }
        }
        for field in shape.fields.iter().filter(|f| f.required) {
            if !table.contains_key(field.name) {
                let at = join(path, field.name);
                if misspelt.contains(&field.name) {
                    self.broken.push(at);
                    out.insert(field.name.to_string(), blank(&field.kind));
                    continue;
                }
                let message = format!(
                    "`{}` is missing from {}; add it: {}",
                    field.name,
                    shape.name,
                    lower_first(field.about)
                );
                self.report(offset, at, message);
                out.insert(field.name.to_string(), blank(&field.kind));
            }
        }
        out
    }

    fn value(&mut self, kind: &Kind, value: &Spanned<DeValue<'_>>, at: &str) -> toml::Value {
        use toml::Value as V;
        let offset = value.span().start;
        let found = value.get_ref();
        match (kind, found) {
            (
                Kind::Text | Kind::Id | Kind::DatasetId | Kind::Ref(_) | Kind::Answer,
                DeValue::String(s),
            ) => V::String(s.to_string()),
            (Kind::OneOf(words), DeValue::String(s)) => {
                if !words.contains(&s.as_ref()) {
                    let message = format!(
                        "`{s}` is not one of the words allowed here; use {}",
                        or_list(words)
                    );
                    self.report(offset, at.to_string(), message);
                    return V::String(words[0].to_string());
                }
                V::String(s.to_string())
            }
            (Kind::Number, DeValue::Integer(_) | DeValue::Float(_)) => {
                V::Float(number(found).unwrap_or(f64::NAN))
            }
            (Kind::Bool, DeValue::Boolean(b)) => V::Boolean(*b),
            (Kind::Table(shape), DeValue::Table(t)) => V::Table(self.table(shape, t, offset, at)),
            (Kind::List(item), DeValue::Array(items)) => V::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, v)| self.value(item, v, &format!("{at}[{i}]")))
                    .collect(),
            ),
            (Kind::Keyed(_, item), DeValue::Table(t)) => {
                let mut out = toml::Table::new();
                for (i, (key, v)) in t.iter().enumerate() {
                    let value = self.value(item, v, &format!("{at}[{i}]"));
                    out.insert(key.get_ref().to_string(), value);
                }
                V::Table(out)
            }
            // Mistakes with an obvious fix: say it, and read on as if fixed.
            (Kind::Number, DeValue::String(s)) if s.trim().parse::<f64>().is_ok() => {
                self.report(
                    offset,
                    at.to_string(),
                    "a number is expected here; remove the quotes".into(),
                );
                V::Float(s.trim().parse().unwrap_or(0.0))
            }
            (Kind::Bool, DeValue::String(s)) if s == "true" || s == "false" => {
                self.report(
                    offset,
                    at.to_string(),
                    "`true` or `false` is expected here; remove the quotes".into(),
                );
                V::Boolean(s == "true")
            }
            (
                Kind::Text
                | Kind::Id
                | Kind::DatasetId
                | Kind::Ref(_)
                | Kind::Answer
                | Kind::OneOf(_),
                DeValue::Integer(_) | DeValue::Float(_) | DeValue::Boolean(_),
            ) => {
                let raw = &text_of_scalar(found);
                let message = format!("text is expected here; put it in quotes: `\"{raw}\"`");
                self.report(offset, at.to_string(), message);
                V::String(raw.clone())
            }
            (Kind::List(Kind::Table(shape)), DeValue::Table(t)) => {
                let message = format!(
                    "a list is expected here: write each entry as `[[{}]]`, with two brackets",
                    header_of(at)
                );
                self.report(offset, at.to_string(), message);
                V::Array(vec![V::Table(self.table(
                    shape,
                    t,
                    offset,
                    &format!("{at}[0]"),
                ))])
            }
            (
                Kind::List(item),
                DeValue::String(_) | DeValue::Integer(_) | DeValue::Float(_) | DeValue::Boolean(_),
            ) if !matches!(item, Kind::Table(_)) => {
                let message =
                    "a list is expected here; put the value in brackets: `[...]`".to_string();
                self.report(offset, at.to_string(), message);
                V::Array(vec![self.value(item, value, &format!("{at}[0]"))])
            }
            _ => {
                let message = format!(
                    "{} is expected here, not {}",
                    expected(kind),
                    type_of(found)
                );
                self.report(offset, at.to_string(), message);
                blank(kind)
            }
        }
    }
}

/// The number a TOML integer or float holds.
fn number(value: &DeValue<'_>) -> Option<f64> {
    match value {
        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
            .ok()
            .map(|i| i as f64),
        DeValue::Float(f) => f.as_str().parse().ok(),
        _ => None,
    }
}

fn text_of_scalar(value: &DeValue<'_>) -> String {
    match value {
        DeValue::Integer(i) => i.to_string(),
        DeValue::Float(f) => f.to_string(),
        DeValue::Boolean(b) => b.to_string(),
        _ => String::new(),
    }
}

/// A stand-in for a value that is missing or unreadable, so the model can
/// be read and the checks after the shape still run.
fn blank(kind: &Kind) -> toml::Value {
    use toml::Value as V;
    match kind {
        Kind::Number => V::Float(1.0),
        Kind::Bool => V::Boolean(false),
        Kind::OneOf(words) => V::String(words[0].to_string()),
        Kind::List(_) => V::Array(Vec::new()),
        Kind::Keyed(..) => V::Table(toml::Table::new()),
        Kind::Table(shape) => V::Table(
            shape
                .fields
                .iter()
                .filter(|f| f.required)
                .map(|f| (f.name.to_string(), blank(&f.kind)))
                .collect(),
        ),
        Kind::Text | Kind::Id | Kind::DatasetId | Kind::Ref(_) | Kind::Answer => {
            V::String(String::new())
        }
    }
}

/// What a field of this kind holds, in words.
fn expected(kind: &Kind) -> String {
    match kind {
        Kind::Text => "text in quotes".into(),
        Kind::Id | Kind::DatasetId => "an id in quotes".into(),
        Kind::Ref(what) => format!("the id of a {what}, in quotes"),
        Kind::Answer => "an answer as `\"question=option\"`".into(),
        Kind::Number => "a number (such as `5` or `2.5`)".into(),
        Kind::Bool => "`true` or `false`".into(),
        Kind::OneOf(words) => or_list(words),
        Kind::Table(shape) => format!("a table ({})", shape.name),
        Kind::List(Kind::Table(shape)) => {
            format!("a list of tables ({} each, written `[[...]]`)", shape.name)
        }
        Kind::List(item) => format!("a list of {} in brackets", plural(item)),
        Kind::Keyed(what, item) => format!(
            "a table from {what} ids to {}, such as `{{ id = ... }}`",
            plural(item)
        ),
    }
}

fn plural(kind: &Kind) -> String {
    match kind {
        Kind::Text => "text".into(),
        Kind::Number => "numbers".into(),
        Kind::Ref(what) => format!("{what} ids"),
        Kind::Answer => "answers (`\"question=option\"`)".into(),
        other => expected(other),
    }
}

fn type_of(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "text",
        DeValue::Integer(_) | DeValue::Float(_) => "a number",
        DeValue::Boolean(_) => "`true` or `false`",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

fn or_list(words: &[&str]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("`{w}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => quoted.join(""),
    }
}

/// `questions[2].options` -> `questions.options`, as a TOML header names it.
fn header_of(at: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in at.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The field of `shape` nearest to a name it does not have, if near.
fn nearest(shape: &Shape, name: &str) -> Option<&'static str> {
    shape
        .fields
        .iter()
        .map(|f| (distance(f.name, name), f.name))
        .filter(|(d, n)| *d <= 2.min(n.len() / 2).max(1))
        .min()
        .map(|(_, n)| n)
}

fn unknown_field(shape: &Shape, name: &str, near: Option<&str>, missing: bool) -> String {
    let names: Vec<&str> = shape.fields.iter().map(|f| f.name).collect();
    let hint = match (near, missing) {
        (Some(n), true) => format!("did you mean `{n}`, which is missing? "),
        (Some(n), false) => format!("did you mean `{n}`? "),
        (None, _) => String::new(),
    };
    format!(
        "{} has no field `{name}`; {hint}(its fields: {})",
        capital(shape.name),
        names.join(", ")
    )
}

/// The edit distance between two short words.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = (here + 1)
                .min(row[j] + 1)
                .min(previous + usize::from(ca != *cb));
            previous = here;
        }
    }
    row[b.len()]
}

fn capital(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The start of the deepest value along `path` that exists in the file.
fn offset_of(tree: &Spanned<DeTable<'_>>, path: &Path) -> usize {
    let mut offset = tree.span().start;
    let mut here: Option<&DeValue<'_>> = None;
    let mut table: Option<&DeTable<'_>> = Some(tree.get_ref());
    for step in &path.0 {
        let next = match (step, table, here) {
            (Step::Key(key), Some(t), _) => t
                .iter()
                .find(|(k, _)| k.get_ref() == key)
                .map(|(k, v)| (k.span().start, v)),
            (Step::Index(i), _, Some(DeValue::Array(items))) => {
                items.get(*i).map(|v| (v.span().start, v))
            }
            // `values` and `points` are tables keyed by id; the n-th entry.
            (Step::Index(i), _, Some(DeValue::Table(t))) => {
                t.iter().nth(*i).map(|(k, v)| (k.span().start, v))
            }
            _ => None,
        };
        let Some((start, value)) = next else { break };
        offset = start;
        here = Some(value.get_ref());
        table = match value.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => None,
        };
    }
    offset
}

/// Serde adapter: a TOML table `{ node = 3, django = 1 }` as an ordered list
/// of [`crate::model::Keyed`] entries, in file order.
pub(crate) mod keyed {
    use super::*;
    use crate::model::{Keyed, List};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn deserialize<'de, D, T>(deserializer: D) -> Result<List<Keyed<T>>, D::Error>
    where
        D: Deserializer<'de>,
        T: Deserialize<'de> + Clone + 'static,
    {
        // Sorted by key, as toml's own tables are, so the n-th entry here is
        // the n-th entry `offset_of` finds in the file's table.
        let map = BTreeMap::<String, T>::deserialize(deserializer)?;
        Ok(map
            .into_iter()
            .map(|(key, value)| Keyed {
                key: key.into(),
                value,
            })
            .collect::<Vec<_>>()
            .into())
    }

    pub fn serialize<S, T>(list: &List<Keyed<T>>, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: Serializer,
        T: Serialize + Clone + 'static,
    {
        list.as_ref().serialize(serializer)
    }
}
