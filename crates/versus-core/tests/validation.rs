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
fn weight_for_an_unknown_argument() {
    let (find, replace) = (
        "argues = { team-javascript = 10 }",
        "argues = { team-js = 10 }",
    );
    expect_problem(
        find,
        replace,
        "argues = { team-js = 10 }",
        &[
            "questions[0].options[0].argues[0]",
            "`team-js` is not an argument",
            "`team-javascript`, `live-updates`",
        ],
    );
}

#[test]
fn weights_that_are_not_positive_numbers() {
    for bad in ["inf", "0", "-2"] {
        let replace = format!("argues = {{ team-javascript = {bad} }}");
        expect_problem(
            "argues = { team-javascript = 10 }",
            &replace,
            &replace,
            &["the weight of `team-javascript` must be a positive number"],
        );
    }
}

#[test]
fn argument_for_an_unknown_candidate() {
    let (find, replace) = (
        "id = \"team-javascript\"\nfavours = \"node\"",
        "id = \"team-javascript\"\nfavours = \"deno\"",
    );
    expect_problem(
        find,
        replace,
        "favours = \"deno\"",
        &[
            "arguments[0].favours",
            "`deno` is not a candidate",
            "`node`, `django`",
        ],
    );
}

#[test]
fn argument_that_no_option_invokes() {
    let (find, replace) = ("argues = { talent-pool = 2 }\n", "");
    expect_problem(
        find,
        replace,
        "id = \"talent-pool\"",
        &["argument `talent-pool` is invoked by no option"],
    );
}

#[test]
fn argument_scope_must_be_part_or_project() {
    let error = broken(
        "scope = \"project\"\nclaim = \"your team already writes JavaScript\"",
        "scope = \"whole\"\nclaim = \"your team already writes JavaScript\"",
    );
    let message = error.to_string();
    assert!(message.contains("`whole` is not one of"), "{message}");
    assert!(message.contains("arguments[0].scope"), "{message}");
    assert!(message.contains("`part` or `project`"), "{message}");
}

#[test]
fn anchor_that_is_not_a_question() {
    expect_problem(
        "anchor = \"team\"",
        "anchor = \"teams\"",
        "anchor = \"teams\"",
        &["decision.anchor", "`teams` is not a question"],
    );
}

#[test]
fn decisive_weight_must_be_positive() {
    expect_problem(
        "decisive = 5",
        "decisive = 0",
        "decisive = 0",
        &["decision.decisive", "must be a positive number"],
    );
}

#[test]
fn negative_cost() {
    expect_problem(
        "[verdicts.cost]\nweight = 4",
        "[verdicts.cost]\nweight = -4",
        "weight = -4",
        &["verdicts[2].cost.weight", "zero or more"],
    );
}

#[test]
fn option_without_a_reason() {
    let find = "reason = \"A Python team gets going faster in Django, and learning a new language in the middle of the work would cost a lot.\"";
    let blank = "reason = \"  \"";
    expect_problem(find, blank, blank, &["option `team=python` has no reason"]);
}

#[test]
fn missing_reason_field() {
    let find = "reason = \"A Python team gets going faster in Django, and learning a new language in the middle of the work would cost a lot.\"\n";
    let error = broken(find, "");
    // The option that lacks the field, and what the field is for.
    assert!(
        error.to_string().contains(
            "questions[0].options[1].reason: `reason` is missing from an option; add it: why this answer"
        ),
        "{error}"
    );
    assert!(
        error.to_string().starts_with("data/broken.toml:"),
        "{error}"
    );
}

#[test]
fn caveat_for_an_option_that_does_not_exist() {
    let (find, replace) = (
        "when = [\"compute=heavy\", \"product=data\", \"ai=core\", \"ai=later\"]",
        "when = [\"compute=heavy\", \"product=data\", \"ai=central\", \"ai=later\"]",
    );
    expect_problem(
        find,
        replace,
        "\"ai=central\"",
        &[
            "cons[3].when",
            "question `ai` has no option `central`",
            "core, later, none",
        ],
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
        "about = \"hybrid\"\ntext = \"Each side does",
        "about = \"both\"\ntext = \"Each side does",
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
    assert!(
        message.contains("has no field `favors`; did you mean `favours`"),
        "{message}"
    );
}

#[test]
fn reports_every_problem_at_once() {
    let text = common::dataset_text()
        .replacen("section = \"what-node\"", "section = \"nowhere\"", 1)
        .replacen(
            "argues = { team-javascript = 10 }",
            "argues = { nobody = 10 }",
            1,
        );
    // Three: the bad section, the unknown argument, and the argument that
    // option no longer invokes.
    let error = load::from_str(Path::new("x.toml"), &text).expect_err("three problems");
    let errors = error
        .problems()
        .iter()
        .filter(|p| p.severity == load::Severity::Error);
    assert_eq!(errors.count(), 3, "{error}");
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

#[test]
fn a_source_address_must_be_a_web_address_and_anchors_plain_ids() {
    expect_problem(
        "note = \"Facts, figures and verdicts from the article; every sentence is ours.\"",
        "note = \"Facts, figures and verdicts from the article; every sentence is ours.\"\nurl = \"javascript:alert(1)\"",
        "url = ",
        &["source.url", "is not a web address a reader can open"],
    );
    expect_problem(
        "title = \"What is Node.js?\"",
        "title = \"What is Node.js?\"\nanchor = \"#what is\"",
        "anchor = \"#what",
        &["sections[0].anchor", "letters, digits"],
    );
}
