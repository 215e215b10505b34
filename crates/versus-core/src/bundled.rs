//! Which datasets a build bakes into the widget, and which one a widget
//! without a `dataset` attribute shows: named once, in the widget crate's
//! `Cargo.toml`, never by the order of files in `data/`.
//!
//! ```toml
//! [package.metadata.versus]
//! datasets = ["node-vs-django"]
//! default-dataset = "node-vs-django"
//! ```
//!
//! `VERSUS_DATASETS="a,b"` overrides both for one build (the first id is
//! the default), so a release can bundle any set. Each id is a file,
//! `data/<id>.toml`, whose own `id` is the same.

use crate::format::is_dataset_id;

/// The datasets a build bakes, the default first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bundled {
    /// The ids, the default first, then the others in the order named.
    pub ids: Vec<String>,
}

impl Bundled {
    /// The dataset a widget shows when its element names none.
    pub fn default_id(&self) -> &str {
        &self.ids[0]
    }
}

/// Reads the bundled set from the widget crate's manifest text, or from
/// an override (`VERSUS_DATASETS`), and checks it: ids that follow the
/// rules, each once, and a default among them. The error says what to fix.
pub fn from_manifest(manifest: &str, override_list: Option<&str>) -> Result<Bundled, String> {
    let (ids, default) = match override_list {
        Some(list) => {
            let ids: Vec<String> = list
                .split(',')
                .map(|id| id.trim().to_string())
                .filter(|id| !id.is_empty())
                .collect();
            let default = ids.first().cloned().unwrap_or_default();
            (ids, default)
        }
        None => {
            let value: toml::Table = manifest.parse().map_err(|e| format!("Cargo.toml: {e}"))?;
            let versus = value
                .get("package")
                .and_then(|p| p.get("metadata"))
                .and_then(|m| m.get("versus"))
                .ok_or("Cargo.toml: add [package.metadata.versus] with `datasets` (the ids to bundle) and `default-dataset`")?;
            let ids = versus
                .get("datasets")
                .and_then(|d| d.as_array())
                .ok_or("Cargo.toml: [package.metadata.versus] needs `datasets = [\"...\"]`, the ids of the files in data/ to bundle")?
                .iter()
                .map(|id| id.as_str().map(str::to_string).ok_or("Cargo.toml: `datasets` holds ids, in quotes"))
                .collect::<Result<Vec<_>, _>>()?;
            let default = versus
                .get("default-dataset")
                .and_then(|d| d.as_str())
                .ok_or("Cargo.toml: [package.metadata.versus] needs `default-dataset = \"...\"`, one of `datasets`")?
                .to_string();
            (ids, default)
        }
    };
    if ids.is_empty() {
        return Err("bundle at least one dataset".into());
    }
    for (i, id) in ids.iter().enumerate() {
        if !is_dataset_id(id) {
            return Err(format!("`{id}` is not a dataset id (a lowercase letter first, then lowercase letters and digits in words joined by single hyphens)"));
        }
        if ids[..i].contains(id) {
            return Err(format!("`{id}` is bundled twice"));
        }
    }
    let Some(at) = ids.iter().position(|id| *id == default) else {
        return Err(format!(
            "the default dataset `{default}` is not bundled; add it to `datasets` or name one of: {}",
            ids.join(", ")
        ));
    };
    let mut ids = ids;
    let default = ids.remove(at);
    ids.insert(0, default);
    Ok(Bundled { ids })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MANIFEST: &str = r#"
[package]
name = "versus"

[package.metadata.versus]
datasets = ["mongodb-vs-postgres", "node-vs-django"]
default-dataset = "node-vs-django"
"#;

    #[test]
    fn the_default_is_named_not_the_first_file() {
        // A second dataset that sorts first by name does not become the default.
        let bundled = from_manifest(MANIFEST, None).expect("valid");
        assert_eq!(bundled.default_id(), "node-vs-django");
        assert_eq!(bundled.ids, ["node-vs-django", "mongodb-vs-postgres"]);
    }

    #[test]
    fn an_override_names_the_set_and_its_first_is_the_default() {
        let bundled =
            from_manifest(MANIFEST, Some("tea-vs-coffee, node-vs-django")).expect("valid");
        assert_eq!(bundled.ids, ["tea-vs-coffee", "node-vs-django"]);
    }

    #[test]
    fn mistakes_are_said() {
        let missing = MANIFEST.replace(
            "default-dataset = \"node-vs-django\"",
            "default-dataset = \"deno-vs-bun\"",
        );
        let error = from_manifest(&missing, None).expect_err("not bundled");
        assert!(error.contains("`deno-vs-bun` is not bundled"), "{error}");
        let error = from_manifest("[package]\nname = \"x\"\n", None).expect_err("no metadata");
        assert!(error.contains("[package.metadata.versus]"), "{error}");
        let error = from_manifest("", Some("3-way-db")).expect_err("bad id");
        assert!(error.contains("not a dataset id"), "{error}");
        let error = from_manifest("", Some("a,a")).expect_err("twice");
        assert!(error.contains("bundled twice"), "{error}");
        let error = from_manifest("", Some(" ")).expect_err("none");
        assert!(error.contains("at least one"), "{error}");
    }
}
