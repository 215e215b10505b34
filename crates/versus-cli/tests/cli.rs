//! The `versus` command as a person uses it: output, messages, exit status.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use versus_core::words::ENGLISH;

fn versus(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_versus"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("the versus binary runs")
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn validate_accepts_the_dataset() {
    let out = versus(&["validate", "data/node-vs-django.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "data/node-vs-django.toml: ok: 13 questions, 29 rows, 3 verdicts\n"
    );
}

#[test]
fn validate_rejects_a_broken_dataset_with_file_and_line() {
    let dir = std::env::temp_dir().join(format!("versus-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("broken.toml");
    let good = std::fs::read_to_string(repo().join("data/node-vs-django.toml")).unwrap();
    let bad = good.replacen("section = \"what-node\"", "section = \"nowhere\"", 1);
    let line = bad[..bad.find("\"nowhere\"").unwrap()].lines().count();
    std::fs::write(&file, bad).unwrap();
    let out = versus(&["validate", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains(&format!(
            "broken.toml:{line}: candidates[0].section: section `nowhere` is not defined"
        )),
        "{err}"
    );
    // The section no fact cites any more is a warning, which does not fail.
    assert!(err.contains("1 error(s), 1 warning(s)"), "{err}");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn validate_reports_a_missing_file() {
    let out = versus(&["validate", "nope.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).starts_with("nope.toml: cannot read"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn recommend_prints_verdict_scores_and_reasons() {
    let out = versus(&[
        "recommend",
        "--dataset",
        "node-vs-django",
        "--answer",
        "team=python",
        "--answer",
        "product=content",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with(
            "Verdict: Django (strong, 2 of 13 questions answered)\nBuild it on Django.\n"
        ),
        "{stdout}"
    );
    // The margin is to the best real alternative, named.
    assert!(
        stdout.contains("Ahead of Node.js by 16 points."),
        "{stdout}"
    );
    assert!(stdout.contains("What weighed most: "), "{stdout}");
    // The scores line; the hybrid, with nothing for Node.js to do, is not
    // on offer: no points, and a note that holds whatever leads.
    assert!(
        stdout.contains("Scores: Node.js 0, Django 16, Hybrid –\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("  Hybrid: Not on offer: nothing in your answers calls for two stacks.\n"),
        "{stdout}"
    );
    assert!(stdout.contains("  team=python (Django +10)\n"), "{stdout}");
    assert!(
        stdout.contains("Source: Who Should Use Django?"),
        "{stdout}"
    );
    assert!(stdout.contains("What would change this:"), "{stdout}");
    assert!(stdout.contains("(a different project)"), "{stdout}");
    // Another team is a condition, last, never combined with other changes.
    assert!(
        stdout.ends_with("  If your team wrote JavaScript: Node.js (team=javascript)\n"),
        "{stdout}"
    );
}

#[test]
fn recommend_json_has_the_documented_shape() {
    let out = versus(&[
        "recommend",
        "--dataset",
        "data/node-vs-django.toml",
        "--answer",
        "realtime=core",
        "--answer",
        "ai=core",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // The documented keys come first, in this order.
    assert!(text(&out.stdout).starts_with(
        r#"{"verdict":"hybrid","scores":{"node":8.0,"django":8.0,"hybrid":12.0},"reasons":["#
    ));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(value["leaders"], serde_json::json!(["hybrid"]));
    assert_eq!(value["decisiveness"], "strong");
    assert_eq!(value["margin"], 4.0);
    let reasons = value["reasons"].as_array().unwrap();
    assert_eq!(reasons.len(), 2);
    assert_eq!(reasons[0]["question"], "realtime");
    assert_eq!(reasons[0]["option"], "core");
    assert_eq!(
        reasons[0]["points"],
        serde_json::json!({ "node": 8.0, "hybrid": 8.0 })
    );
    assert_eq!(reasons[1]["arguments"][0]["favours"], "django");
    assert!(reasons
        .iter()
        .all(|r| r["section"].is_string() && r["text"].is_string()));
    assert_eq!(
        value["costs"]["hybrid"][0],
        "-4: A second stack to deploy, monitor and keep running"
    );
    assert_eq!(value["weighed_most"].as_array().unwrap().len(), 2);
    assert!(value["flips"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["different_project"].is_boolean()));
}

#[test]
fn recommend_without_answers_says_so() {
    let out = versus(&["recommend", "--dataset", "node-vs-django", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["decisiveness"], "unanswered");
    assert_eq!(value["verdict"], serde_json::Value::Null);
    assert_eq!(value["reasons"].as_array().unwrap().len(), 0);
    let out = versus(&["recommend", "--dataset", "node-vs-django"]);
    assert!(text(&out.stdout).starts_with("Verdict: No recommendation yet (unanswered, 0 of 13"));
}

#[test]
fn recommend_reports_a_tie_as_a_tie() {
    let out = versus(&[
        "recommend",
        "--dataset",
        "node-vs-django",
        "--answer",
        "team=both",
        "--json",
    ]);
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["verdict"], serde_json::Value::Null);
    assert_eq!(value["decisiveness"], "tie");
    assert_eq!(value["leaders"], serde_json::json!(["node", "django"]));
    let out = versus(&[
        "recommend",
        "--dataset",
        "node-vs-django",
        "--answer",
        "team=both",
    ]);
    assert!(
        text(&out.stdout).starts_with("Verdict: A tie: Node.js and Django (tie, 1 of 13"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn bad_arguments_exit_2_with_a_message() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["recommend", "--dataset", "node-vs-django", "--answer", "team=rust"],
            "--answer: question `team` has no option `rust`; its options are: javascript, python, both, other, new",
        ),
        (
            &["recommend", "--dataset", "node-vs-django", "--answer", "colour=blue"],
            "--answer: there is no question `colour`",
        ),
        (
            &["recommend", "--dataset", "node-vs-django", "--answer", "team"],
            "--answer: `team` is not of the form question=option",
        ),
        (
            &["recommend", "--dataset", "rails-vs-laravel"],
            "--dataset `rails-vs-laravel` is neither a bundled dataset (node-vs-django) nor a file",
        ),
        (&["recommend"], "--dataset <DATASET>"),
        (&["frobnicate"], "unrecognized subcommand"),
    ];
    for (args, message) in cases {
        let out = versus(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = text(&out.stderr);
        assert!(
            err.contains(message),
            "{args:?}: expected `{message}` in:\n{err}"
        );
    }
}

#[test]
fn recommend_on_an_invalid_dataset_file_exits_1() {
    let dir = std::env::temp_dir().join(format!("versus-cli-rec-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bad.toml");
    std::fs::write(&file, "id = \"x\"\n").unwrap();
    let out = versus(&["recommend", "--dataset", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("bad.toml:1: title: `title` is missing from the dataset"),
        "{}",
        text(&out.stderr)
    );
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn render_prints_the_static_fallback() {
    let out = versus(&["render", "--dataset", "node-vs-django"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let html = text(&out.stdout);
    assert!(
        html.starts_with(
            "<div class=\"versus-fallback\"><p class=\"versus-summary\">Pick Node.js for"
        ),
        "{html}"
    );
    assert!(html.contains("<caption>How Node.js and Django compare</caption>"));
    assert_eq!(html.matches("<tr data-row=").count(), 29);
    assert!(html
        .contains(r#"<th scope="row">Community size<br><span class="row-source">Source: <cite>"#));
}

#[test]
fn render_rejects_an_unknown_dataset() {
    let out = versus(&["render", "--dataset", "nope"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--dataset `nope` is neither a bundled dataset"));
}

fn fixture(name: &str) -> String {
    repo()
        .join("crates/versus-cli/tests/fixtures")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

#[test]
fn audit_covers_every_answer_set_and_passes_a_sound_dataset() {
    let out = versus(&["audit", "--dataset", &fixture("tiny.toml")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with("tiny: 12 complete answer sets in "),
        "{stdout}"
    );
    for heading in [
        "Verdicts:",
        "Decisiveness:",
        "How often one question alone can change the verdict:",
        "Most lopsided:",
        "Closest:",
        "Breaches: 0",
    ] {
        assert!(stdout.contains(heading), "{heading} in:\n{stdout}");
    }
    let out = versus(&["audit", "--dataset", &fixture("tiny.toml"), "--json"]);
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(value["sets"], 12);
    let verdicts = value["verdicts"].as_object().unwrap();
    let total: u64 = verdicts.values().map(|v| v.as_u64().unwrap()).sum();
    assert_eq!(total, 12, "every set has a verdict or a tie");
    assert_eq!(value["breach_count"], 0);
}

#[test]
fn a_planted_anchor_breach_fails_validation_with_its_line() {
    // A habit that weighs 5 is outweighed by one early start (6). The
    // audit's anchor rule runs in validation, so the file is refused with
    // the line to fix before any audit runs.
    let dir = std::env::temp_dir().join(format!("versus-cli-audit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("weak-anchor.toml");
    let good = std::fs::read_to_string(fixture("tiny.toml")).unwrap();
    let bad = good.replacen("habit-tea = 10", "habit-tea = 5", 1);
    let line = bad[..bad.find("argues = { early = 6 }").unwrap()]
        .lines()
        .count()
        + 1;
    std::fs::write(&file, bad).unwrap();
    for command in ["audit", "validate"] {
        let args = if command == "audit" {
            vec!["audit", "--dataset", file.to_str().unwrap()]
        } else {
            vec!["validate", file.to_str().unwrap()]
        };
        let out = versus(&args);
        assert_eq!(out.status.code(), Some(1));
        let stderr = text(&out.stderr);
        assert!(
            stderr.contains(&format!(
                "weak-anchor.toml:{line}: questions[1].options[0].argues: this one answer outweighs the anchor question: with `habit=tea`, `morning=yes` alone gives `coffee`"
            )),
            "{command}: {stderr}"
        );
    }
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn recommend_markdown_is_the_widgets_decision_record() {
    let pairs = [
        "team=python",
        "product=commerce",
        "sensitivity=regulated",
        "deadline=tight",
    ];
    let link = "https://blog.example/post#node-vs-django=team.python,product.commerce";
    let mut args = vec![
        "recommend",
        "--dataset",
        "node-vs-django",
        "--format",
        "markdown",
        "--link",
        link,
    ];
    for pair in &pairs {
        args.push("--answer");
        args.push(pair);
    }
    let out = versus(&args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // The same text the formatter in versus-core writes (its snapshot).
    let snapshot =
        std::fs::read_to_string(repo().join("crates/versus-core/tests/records/django.md")).unwrap();
    assert_eq!(text(&out.stdout), snapshot);
    // And the same as the formatter called directly on the loaded dataset.
    let d = versus_core::load::from_file(&repo().join("data/node-vs-django.toml")).unwrap();
    let a = versus_core::Answers::parse(&d, pairs).unwrap();
    let report = versus_core::Engine::new(&d).evaluate(&a);
    assert_eq!(
        text(&out.stdout),
        versus_core::record::markdown(&ENGLISH, &d, &a, &report, link)
    );
}

#[test]
fn compare_shows_each_colleagues_verdict_and_what_would_change_yours() {
    let mine =
        "https://blog.example/post#intro;node-vs-django=team.python,product.content,deadline.tight";
    let mut links = vec![
        mine.to_string(),
        // Identical.
        "#node-vs-django=team.python,product.content,deadline.tight".to_string(),
        // A different team: changes the verdict.
        "#node-vs-django=team.javascript,product.content,deadline.tight".to_string(),
        // Another version: its answers that still exist.
        "#node-vs-django=team.python,realtime.core,gone.option,@000000".to_string(),
        // Another widget's key, and something that is no link at all.
        "#sidebar=team.python".to_string(),
        "hello".to_string(),
    ];
    // Ten colleagues in all.
    while links.len() < 11 {
        links.push("#node-vs-django=ai.core".to_string());
    }
    let mut args = vec!["compare", "--dataset", "node-vs-django"];
    args.extend(links.iter().map(String::as_str));
    let out = versus(&args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("You: Django\n"), "{stdout}");
    assert!(
        stdout.contains("Colleague 1: Django\n  The same answers as yours."),
        "{stdout}"
    );
    assert!(
        stdout.contains("Colleague 2: Node.js\n  - Which language does your team already write every day? You: “Python”; Colleague 2: “JavaScript or TypeScript”. Taking Colleague 2's answer here would make it Node.js."),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "Colleague 3: Django (made with another version: the answers that still exist)"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("Colleague 4: a link for another widget or dataset, with no entry for `node-vs-django`; nothing to compare."), "{stdout}");
    assert!(
        stdout.contains(
            "Colleague 5: not a link with answers for this comparison; nothing to compare."
        ),
        "{stdout}"
    );
    assert!(stdout.contains("Colleague 10: "), "{stdout}");
    // Your own link must be readable.
    let out = versus(&[
        "compare",
        "--dataset",
        "node-vs-django",
        "nonsense",
        "#node-vs-django=ai.core",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("your link: not a link with answers"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_reader_that_stops_reading_ends_the_output_quietly() {
    // `versus render | head` and the like: the pipe closes before the
    // output is written. The command ends with success and says nothing.
    for args in [
        &["render", "--dataset", "node-vs-django"][..],
        &[
            "recommend",
            "--dataset",
            "node-vs-django",
            "--answer",
            "team=python",
        ],
    ] {
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        let out = Command::new(env!("CARGO_BIN_EXE_versus"))
            .args(args)
            .current_dir(repo())
            .stdout(writer)
            .output()
            .expect("the versus binary runs");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert_eq!(text(&out.stderr), "", "{args:?}");
    }
}

#[test]
fn schema_prints_a_json_schema_of_the_format() {
    let out = versus(&["schema"]);
    assert_eq!(out.status.code(), Some(0));
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    assert_eq!(
        schema["properties"]["id"]["pattern"],
        "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
    );
    let question = &schema["definitions"]["question"];
    assert_eq!(
        question["required"],
        serde_json::json!(["id", "prompt", "options"])
    );
    assert!(question["properties"]["prompt"]["description"].is_string());
}

#[test]
fn pack_writes_a_file_that_reads_back_as_the_dataset() {
    let dir = std::env::temp_dir().join(format!("versus-cli-pack-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out_file = dir.join("tiny.versus");
    let out = versus(&[
        "pack",
        &fixture("tiny.toml"),
        "-o",
        out_file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("packed tiny"),
        "{}",
        text(&out.stderr)
    );
    let packed = std::fs::read_to_string(&out_file).unwrap();
    assert!(packed.starts_with("versus-pack 2\n"));
    let file = versus_core::load::from_file(std::path::Path::new(&fixture("tiny.toml"))).unwrap();
    assert_eq!(versus_core::packed::decode(&packed), Ok(file));

    // To standard output, the same bytes.
    let out = versus(&["pack", &fixture("tiny.toml"), "-o", "-"]);
    assert_eq!(text(&out.stdout), packed);

    // A broken dataset is refused with its problems, and nothing is written.
    let broken = dir.join("broken.toml");
    let good = std::fs::read_to_string(fixture("tiny.toml")).unwrap();
    std::fs::write(
        &broken,
        good.replacen("decisive = 5", "decisive = \"5\"", 1),
    )
    .unwrap();
    let refused = dir.join("refused.versus");
    let out = versus(&[
        "pack",
        broken.to_str().unwrap(),
        "-o",
        refused.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr)
            .contains("decision.decisive: a number is expected here; remove the quotes"),
        "{}",
        text(&out.stderr)
    );
    assert!(!refused.exists());
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn validate_says_an_empty_file_is_empty_once() {
    let dir = std::env::temp_dir().join(format!("versus-cli-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("empty.toml");
    std::fs::write(&file, "# nothing yet\n").unwrap();
    let out = versus(&["validate", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(err.contains("empty.toml:1: the file is empty"), "{err}");
    assert!(err.contains("1 error(s), 0 warning(s)"), "{err}");
    std::fs::remove_dir_all(dir).ok();
}

/// `recommend` in each shipped language, against its snapshot in
/// `tests/snapshots/` (regenerate with VERSUS_REGENERATE=1): the same
/// sentences the widget shows in that language (`tests/ssr.rs` checks the
/// widget's against the same report functions).
#[test]
fn recommend_speaks_each_shipped_language() {
    let dir = repo().join("data/words");
    let mut langs: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|e| Some(e.path().file_stem()?.to_str()?.to_string()))
                .collect()
        })
        .unwrap_or_default();
    langs.sort();
    for lang in &langs {
        for format in ["text", "markdown"] {
            let out = versus(&[
                "recommend",
                "--dataset",
                "node-vs-django",
                "--lang",
                lang,
                "--format",
                format,
                "--answer",
                "team=python",
                "--answer",
                "ai=core",
                "--answer",
                "realtime=core",
            ]);
            assert!(out.status.success(), "{}", text(&out.stderr));
            let said = text(&out.stdout);
            let snapshot = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(format!("tests/snapshots/recommend.{lang}.{format}"));
            if std::env::var_os("VERSUS_REGENERATE").is_some() {
                std::fs::create_dir_all(snapshot.parent().unwrap()).unwrap();
                std::fs::write(&snapshot, &said).unwrap();
                continue;
            }
            let expected = std::fs::read_to_string(&snapshot).unwrap_or_else(|e| {
                panic!(
                    "{}: {e} (VERSUS_REGENERATE=1 writes it)",
                    snapshot.display()
                )
            });
            assert_eq!(said, expected, "{lang} {format}");
        }
    }
    // A language with no catalogue is English, with no error.
    let out = versus(&[
        "recommend",
        "--dataset",
        "node-vs-django",
        "--lang",
        "xx",
        "--answer",
        "team=python",
    ]);
    assert!(out.status.success());
    assert!(
        text(&out.stdout).starts_with("Verdict: Django"),
        "{}",
        text(&out.stdout)
    );
}
