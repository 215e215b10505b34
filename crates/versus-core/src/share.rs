//! The URL fragment shared by every widget on a page.
//!
//! Each widget owns one `key=answers` entry, entries joined by `;`:
//! `#node-vs-django=team.python,ai.core;sidebar=team.javascript`. A widget
//! reads and writes only its own entry and keeps everything else as it was,
//! so instances never fight over the fragment and a host's own anchor survives.
//!
//! An entry ends with the version of the decision it was made with,
//! `@3f9a2c` (see [`version`]): a reader of another version restores what
//! still exists and can say the comparison has changed. Entries without one
//! (older links) read as before, and older readers skip the part.

use crate::answers::Answers;
use crate::model::Dataset;

/// A short version of what the engine reads of a dataset (questions,
/// options, their arguments and weights, the decision settings, the
/// verdicts and their costs): six hex digits that change when any answer
/// could come out differently, and not when wording changes.
pub fn version(dataset: &Dataset) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    let mut add = |text: &str| {
        for byte in text.bytes().chain([0]) {
            hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
        }
    };
    let number = |n: f64| ((n * 1000.0).round() as i64).to_string();
    add(&number(dataset.decision.decisive));
    add(dataset.decision.anchor.as_deref().unwrap_or(""));
    for v in dataset.verdicts.iter() {
        add(&v.id);
        v.runs().for_each(&mut add);
        add(&number(v.cost.as_ref().map_or(0.0, |c| c.weight)));
    }
    for a in dataset.arguments.iter() {
        add(&a.id);
        add(&a.favours);
        add(if a.scope == crate::model::Scope::Part {
            "part"
        } else {
            "project"
        });
    }
    for q in dataset.questions.iter() {
        add(&q.id);
        for o in q.options.iter() {
            add(&o.id);
            for w in o.argues.iter() {
                add(&w.key);
                add(&number(w.value));
            }
        }
    }
    let mut text = String::new();
    for shift in (0..6).rev() {
        let digit = (hash >> (shift * 4)) & 0xf;
        text.push(char::from_digit(digit, 16).unwrap_or('0'));
    }
    text
}

/// The entry value for these answers: the short form and the version, or
/// nothing when there are no answers.
pub fn value(dataset: &Dataset, answers: &Answers) -> String {
    let mut value = answers.encode(dataset);
    if !value.is_empty() {
        value.push_str(",@");
        value.push_str(&version(dataset));
    }
    value
}

/// The version an entry value was made with, if it says.
pub fn version_in(value: &str) -> Option<&str> {
    value
        .split(',')
        .find_map(|part| part.trim().strip_prefix('@'))
}

/// A link, or a fragment, pasted by a reader, read for this widget's key.
#[derive(Clone, Debug, PartialEq)]
pub enum Linked {
    /// Answers for this widget (possibly none that still exist), and
    /// whether they were made with the current version (`true` too for
    /// links that carry no version).
    Answers { answers: Answers, current: bool },
    /// A Versus link, but for other widgets or datasets.
    Elsewhere,
    /// Not a link this widget can read.
    Unreadable,
}

/// Reads a pasted link (or bare fragment) for `key`.
pub fn read_link(dataset: &Dataset, key: &str, text: &str) -> Linked {
    let text = text.trim();
    let fragment = text.split_once('#').map_or(text, |(_, f)| f);
    let Some(value) = entry(fragment, key) else {
        let others = fragment
            .split(';')
            .any(|part| part.split_once('=').is_some_and(|(k, _)| !k.is_empty()));
        return if others {
            Linked::Elsewhere
        } else {
            Linked::Unreadable
        };
    };
    let answers = Answers::decode(dataset, value);
    if answers.answered() == 0 {
        return Linked::Unreadable;
    }
    let current = version_in(value).is_none_or(|v| v == version(dataset));
    Linked::Answers { answers, current }
}

/// The value stored under `key`, if the fragment has such an entry.
pub fn entry<'f>(fragment: &'f str, key: &str) -> Option<&'f str> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment
        .split(';')
        .filter_map(|part| part.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

/// The fragment with `key`'s entry replaced by `value` (removed when empty),
/// other entries kept in place. Returned without the leading `#`.
pub fn with_entry(fragment: &str, key: &str, value: &str) -> String {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut parts: Vec<String> = Vec::new();
    let mut placed = false;
    for part in fragment.split(';').filter(|p| !p.is_empty()) {
        let is_ours = part.split_once('=').is_some_and(|(k, _)| k == key);
        if !is_ours {
            parts.push(part.to_string());
        } else if !placed && !value.is_empty() {
            parts.push(format!("{key}={value}"));
            placed = true;
        } else {
            placed = true;
        }
    }
    if !placed && !value.is_empty() {
        parts.push(format!("{key}={value}"));
    }
    parts.join(";")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_version_part() {
        assert_eq!(version_in("team.python,ai.core,@3f9a2c"), Some("3f9a2c"));
        assert_eq!(version_in("team.python"), None);
    }

    #[test]
    fn reads_own_entry_among_others() {
        let f = "#a=team.python;b=ai.core";
        assert_eq!(entry(f, "a"), Some("team.python"));
        assert_eq!(entry(f, "b"), Some("ai.core"));
        assert_eq!(entry(f, "c"), None);
        assert_eq!(entry("#intro", "a"), None);
    }

    #[test]
    fn writes_own_entry_and_keeps_the_rest() {
        assert_eq!(with_entry("", "a", "team.python"), "a=team.python");
        assert_eq!(
            with_entry("#a=x;b=y", "a", "team.python"),
            "a=team.python;b=y"
        );
        assert_eq!(with_entry("#a=x;b=y", "b", ""), "a=x");
        assert_eq!(with_entry("#intro", "a", "z.z"), "intro;a=z.z");
        assert_eq!(with_entry("#a=1;a=2", "a", "3"), "a=3");
    }
}
