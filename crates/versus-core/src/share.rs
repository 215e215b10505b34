//! The URL fragment shared by every widget on a page.
//!
//! Each widget owns one `key=answers` entry, entries joined by `;`:
//! `#node-vs-django=team.python,ai.core;sidebar=team.javascript`. A widget
//! reads and writes only its own entry and keeps everything else as it was,
//! so instances never fight over the fragment and a host's own anchor survives.

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
