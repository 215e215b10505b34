//! Reading a dataset from TOML: syntax, shape, then [`validate`], with every
//! error pointing at the file and line a dataset author has to fix.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path as FsPath, PathBuf};

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::model::{Dataset, Whole};
use crate::validate::{validate, Path, Problem, Step};

/// A problem placed in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    pub file: PathBuf,
    pub line: usize,
    /// Where in the dataset, for example `questions[2].options[0].reason`.
    pub at: String,
    pub message: String,
}

impl fmt::Display for Located {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.file.display(), self.line)?;
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

/// Reads, parses and validates a dataset file.
pub fn from_file(file: &FsPath) -> Result<Dataset<Whole>, LoadError> {
    let text = std::fs::read_to_string(file).map_err(|source| LoadError::Read {
        file: file.to_path_buf(),
        source,
    })?;
    from_str(file, &text)
}

/// Parses and validates dataset text; `file` only names it in errors.
pub fn from_str(file: &FsPath, text: &str) -> Result<Dataset<Whole>, LoadError> {
    let place = |offset: usize, at: String, message: String| Located {
        file: file.to_path_buf(),
        line: line_of(text, offset),
        at,
        message,
    };
    let dataset: Dataset<Whole> = toml::from_str(text).map_err(|error| {
        let offset = error.span().map_or(0, |span| span.start);
        let message = error.message().trim_end().to_string();
        LoadError::Invalid(vec![place(offset, String::new(), message)])
    })?;
    let problems = validate(&dataset);
    if problems.is_empty() {
        return Ok(dataset);
    }
    let tree = DeTable::parse(text).ok();
    let located = problems
        .into_iter()
        .map(|Problem { path, message }| {
            let offset = tree.as_ref().map_or(0, |tree| offset_of(tree, &path));
            place(offset, path.to_string(), message)
        })
        .collect();
    Err(LoadError::Invalid(located))
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
