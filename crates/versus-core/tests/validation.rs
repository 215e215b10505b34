//! Broken datasets fail with the file, the line and what to fix.

mod common;

use std::path::Path;

use versus_core::load::{self, LoadError};

/// Loads the real dataset with one edit applied.
fn broken(find: &str, replace: &str) -> LoadError {
    let text = common::dataset_text();
    assert!(
        text.contains(find),
        "the fixture edit `{find}` no longer applies"
    );
    let edited = text.replacen(find, replace, 1);
    match load::from_str(Path::new("data/broken.toml"), &edited) {
        Ok(_) => panic!("`{find}` -> `{replace}` still validates"),
        Err(error) => error,
    }
}

/// The 1-based line of the first occurrence of `needle` in the edited file.
fn line_of(find: &str, replace: &str, needle: &str) -> usize {
    let text = common::dataset_text().replacen(find, replace, 1);
    let offset = text.find(needle).expect("needle is in the edited text");
    text[..offset].lines().count() + usize::from(text[..offset].ends_with('\n'))
}

/// Applies the edit, and expects a problem reported at the line where
/// `needle` sits in the edited file, with every fragment in the message.
fn expect_problem(find: &str, replace: &str, needle: &str, fragments: &[&str]) {
    let error = broken(find, replace);
    assert_reports(&error, line_of(find, replace, needle), fragments);
}

fn assert_reports(error: &LoadError, line: usize, fragments: &[&str]) {
    let message = error.to_string();
    let expected = format!("data/broken.toml:{line}:");
    assert!(
        message.contains(&expected),
        "expected a problem at {expected} in:\n{message}"
    );
    for fragment in fragments {
        assert!(
            message.contains(fragment),
            "expected `{fragment}` in:\n{message}"
        );
    }
}

#[test]
fn duplicate_row_id() {
    let (find, replace) = ("id = \"type\"\nfeature", "id = \"language\"\nfeature");
    expect_problem(
        find,
        replace,
        "id = \"language\"\nfeature = \"What it is\"",
        &["rows[1].id", "`language` is used twice"],
    );
}

#[test]
fn duplicate_option_id() {
    let (find, replace) = ("id = \"python\"", "id = \"javascript\"");
    expect_problem(
        find,
        replace,
        "id = \"javascript\"\nlabel = \"Python\"",
        &["questions[0].options[1].id", "used twice"],
    );
}

#[test]
fn unknown_section() {
    let (find, replace) = ("section = \"what-node\"", "section = \"what-nod\"");
    expect_problem(
        find,
        replace,
        "section = \"what-nod\"",
        &["candidates[0].section", "section `what-nod` is not defined"],
    );
}

#[test]
fn unknown_row_reference() {
    let (find, replace) = (
        "rows = [\"team-composition\", \"full-stack-parity\"]",
        "rows = [\"team-composition\", \"full-stack\"]",
    );
    expect_problem(
        find,
        replace,
        "\"full-stack\"]",
        &["row `full-stack` is not defined"],
    );
}

#[test]
fn points_for_an_unknown_verdict() {
    let (find, replace) = ("points = { node = 3 }", "points = { nodejs = 3 }");
    expect_problem(
        find,
        replace,
        "points = { nodejs = 3 }",
        &["`nodejs` is not a verdict", "`node`, `django`, `hybrid`"],
    );
}

#[test]
fn points_that_are_not_finite() {
    let (find, replace) = ("points = { node = 3 }", "points = { node = inf }");
    expect_problem(
        find,
        replace,
        "points = { node = inf }",
        &["must be a finite number"],
    );
}

#[test]
fn option_without_a_reason() {
    let find = "reason = \"A team that writes Python builds faster in Django, and changing languages partway through would be costly.\"";
    let blank = "reason = \"  \"";
    expect_problem(find, blank, blank, &["option `team=python` has no reason"]);
}

#[test]
fn missing_reason_field() {
    let find = "reason = \"A team that writes Python builds faster in Django, and changing languages partway through would be costly.\"\n";
    let error = broken(find, "");
    // serde names the table that lacks the field.
    assert!(
        error.to_string().contains("missing field `reason`"),
        "{error}"
    );
    assert!(
        error.to_string().starts_with("data/broken.toml:"),
        "{error}"
    );
}

#[test]
fn must_have_on_an_option_that_does_not_exist() {
    let (find, replace) = ("answer = \"ai=core\"", "answer = \"ai=central\"");
    expect_problem(
        find,
        replace,
        "answer = \"ai=central\"",
        &[
            "must_haves[1].answer",
            "question `ai` has no option `central`",
            "core, later, none",
        ],
    );
}

#[test]
fn must_have_for_an_unknown_candidate() {
    let (find, replace) = (
        "answer = \"realtime=core\"\ncandidate = \"node\"",
        "answer = \"realtime=core\"\ncandidate = \"deno\"",
    );
    expect_problem(
        find,
        replace,
        "candidate = \"deno\"",
        &[
            "must_haves[0].candidate",
            "`deno` is not a candidate",
            "`node`, `django`",
        ],
    );
}

#[test]
fn must_have_whose_points_argue_for_the_other_side() {
    let (find, replace) = (
        "answer = \"realtime=core\"\ncandidate = \"node\"",
        "answer = \"realtime=core\"\ncandidate = \"django\"",
    );
    expect_problem(
        find,
        replace,
        "answer = \"realtime=core\"\ncandidate = \"django\"",
        &[
            "must_haves[0].answer",
            "must-have for `django`, but the option gives points to `node`",
        ],
    );
}

#[test]
fn must_have_that_rules_out_its_own_candidate() {
    let (find, replace) = (
        "answer = \"team=javascript\"\nverdict = \"hybrid\"",
        "answer = \"realtime=core\"\nverdict = \"hybrid\"",
    );
    expect_problem(
        find,
        replace,
        "answer = \"realtime=core\"\ncandidate",
        &[
            "must_haves[0].answer",
            "must-have for `node` but also rules out `hybrid`, which runs it",
        ],
    );
}

#[test]
fn rule_out_of_an_unknown_verdict() {
    let (find, replace) = (
        "answer = \"team=javascript\"\nverdict = \"hybrid\"",
        "answer = \"team=javascript\"\nverdict = \"both\"",
    );
    expect_problem(
        find,
        replace,
        "verdict = \"both\"",
        &["rule_outs[0].verdict", "`both` is not a verdict"],
    );
}

#[test]
fn mixed_verdict_of_an_unknown_candidate() {
    let (find, replace) = (
        "combines = [\"node\", \"django\"]",
        "combines = [\"node\", \"rails\"]",
    );
    expect_problem(
        find,
        replace,
        "combines = [\"node\", \"rails\"]",
        &["verdicts[2].combines[1]", "`rails` is not a candidate"],
    );
}

#[test]
fn claim_about_unknown_candidate() {
    let (find, replace) = (
        "about = \"hybrid\"\ntext = \"Each half",
        "about = \"both\"\ntext = \"Each half",
    );
    expect_problem(
        find,
        replace,
        "about = \"both\"",
        &["`both` is neither a candidate nor a verdict"],
    );
}

#[test]
fn row_missing_a_candidate_value() {
    let (find, replace) = (
        "values = { node = \"JavaScript\", django = \"Python\" }",
        "values = { node = \"JavaScript\" }",
    );
    expect_problem(
        find,
        replace,
        "values = { node = \"JavaScript\" }",
        &["row `language` has no value for candidate `django`"],
    );
}

#[test]
fn syntax_error() {
    let (find, replace) = (
        "title = \"Node.js or Django?\"",
        "title = \"Node.js or Django?",
    );
    expect_problem(
        find,
        replace,
        "title = \"Node.js or Django?\n",
        &["invalid basic string"],
    );
}

#[test]
fn unknown_field_is_named() {
    let (find, replace) = (
        "favours = \"django\"\ncore = true",
        "favors = \"django\"\ncore = true",
    );
    let error = broken(find, replace);
    let message = error.to_string();
    assert!(message.contains("unknown field `favors`"), "{message}");
}

#[test]
fn reports_every_problem_at_once() {
    let text = common::dataset_text()
        .replacen("section = \"what-node\"", "section = \"nowhere\"", 1)
        .replacen("points = { node = 3 }", "points = { nobody = 3 }", 1);
    let error = load::from_str(Path::new("x.toml"), &text).expect_err("two problems");
    assert_eq!(error.problems().len(), 2, "{error}");
}

#[test]
fn unreadable_file() {
    let error = load::from_file(Path::new("does/not/exist.toml")).expect_err("no such file");
    assert!(
        error
            .to_string()
            .starts_with("does/not/exist.toml: cannot read"),
        "{error}"
    );
}
