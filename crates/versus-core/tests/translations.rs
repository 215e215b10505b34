//! A translation of a dataset is a sibling file in `data/translations/`
//! (`<id>.<lang>.toml`) that shares every id, reference, number and
//! address with its source in `data/` and differs only in the text a
//! reader sees; so links, the decision version and the audit are the same
//! in every language, and it decides exactly as its source.

use std::path::{Path, PathBuf};

use versus_core::{audit, load, share, translation, Dataset, Engine};

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

#[test]
fn every_translation_shares_everything_but_its_text_with_its_source() {
    for file in translations() {
        let translation = load::from_file(&file).unwrap_or_else(|e| panic!("{e}"));
        let (source, _) = source_of(&file);
        let problems: Vec<String> = translation::compare(&source, &translation)
            .iter()
            .filter(|d| d.breaks())
            .map(|d| d.to_string())
            .collect();
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

#[test]
fn a_broken_translation_is_told_where() {
    let source = load::from_file(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../versus-cli/tests/fixtures/tiny.toml"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut translated = source.clone();
    translated.title = "Tee oder Kaffee?".into();
    translated.questions.to_mut()[0].id = "gewohnheit".into();
    translated.questions.to_mut()[0].prompt = "".into();
    let differences = translation::compare(&source, &translated);
    let said: Vec<String> = differences.iter().map(|d| d.to_string()).collect();
    assert!(
        said.iter()
            .any(|d| d.starts_with("questions[0].id: `gewohnheit`, but the source has `habit`")),
        "{said:?}"
    );
    assert!(
        said.iter()
            .any(|d| d.starts_with("questions[0].prompt: empty")),
        "{said:?}"
    );
    // What is not translated yet is named too, and does not break it.
    assert!(differences.iter().any(|d| !d.breaks()
        && d.to_string()
            .starts_with("summary: still the source's text")));
    assert!(!differences
        .iter()
        .any(|d| d.to_string().starts_with("title")));
}
