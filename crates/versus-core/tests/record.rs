//! The decision record (Markdown) against committed snapshots, for an
//! ordinary result, a tie, a mixed verdict and nothing answered; and the
//! comparison of a reader's answers with colleagues'.
//!
//! Regenerate the snapshots after an intended change with
//! `VERSUS_REGENERATE=1 cargo test -p versus-core --test record`, and read
//! the diff.

mod common;

use std::path::Path;

use common::{answers, dataset};
use versus_core::share::{self, read_link, Linked};
use versus_core::words::ENGLISH;
use versus_core::{record, Engine};

fn snapshot(name: &str, pairs: &[&str], link: &str) {
    let d = dataset();
    let a = answers(&d, pairs);
    let report = Engine::new(&d).evaluate(&a);
    let text = record::markdown(&ENGLISH, &d, &a, &report, link);
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/records")
        .join(format!("{name}.md"));
    if std::env::var_os("VERSUS_REGENERATE").is_some() {
        std::fs::write(&file, &text).unwrap();
    }
    let expected = std::fs::read_to_string(&file).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (regenerate with VERSUS_REGENERATE=1)",
            file.display()
        )
    });
    assert_eq!(
        text, expected,
        "{name}: the record changed; see the diff, regenerate if intended"
    );
}

#[test]
fn an_ordinary_record() {
    snapshot(
        "django",
        &[
            "team=python",
            "product=commerce",
            "sensitivity=regulated",
            "deadline=tight",
        ],
        "https://blog.example/post#node-vs-django=team.python,product.commerce",
    );
}

#[test]
fn a_mixed_verdict_says_what_it_pays() {
    snapshot(
        "hybrid",
        &[
            "team=javascript",
            "product=realtime",
            "realtime=core",
            "ai=core",
            "admin=needed",
        ],
        "",
    );
}

#[test]
fn a_tie_is_recorded_as_one() {
    snapshot("tie", &["team=both"], "");
}

#[test]
fn nothing_answered_yet() {
    snapshot("unanswered", &[], "");
}

#[test]
fn a_hostile_link_cannot_break_out_of_its_brackets() {
    let d = dataset();
    let a = answers(&d, &["team=python"]);
    let report = Engine::new(&d).evaluate(&a);
    let text = record::markdown(
        &ENGLISH,
        &d,
        &a,
        &report,
        "https://x.example/a b>c<d\n# Injected",
    );
    assert!(
        text.contains("- Link: <https://x.example/a%20b%3Ec%3Cd#%20Injected>\n"),
        "{text}"
    );
}

#[test]
fn links_carry_the_version_and_old_ones_still_read() {
    let d = dataset();
    let a = answers(&d, &["team=python", "ai.core".replace('.', "=").as_str()]);
    let value = share::value(&d, &a);
    let version = share::version(&d);
    assert_eq!(version.len(), 6);
    assert_eq!(value, format!("team.python,ai.core,@{version}"));
    let current = read_link(&d, "k", &format!("https://x/#k={value}"));
    assert_eq!(
        current,
        Linked::Answers {
            answers: a.clone(),
            current: true
        }
    );
    // Made with another version: the answers that exist, flagged.
    let older = read_link(&d, "k", "#k=team.python,ai.core,team.nope,@000000");
    assert_eq!(
        older,
        Linked::Answers {
            answers: a.clone(),
            current: false
        }
    );
    // Before versions: read as current.
    assert_eq!(
        read_link(&d, "k", "#k=team.python,ai.core"),
        Linked::Answers {
            answers: a,
            current: true
        }
    );
    assert_eq!(read_link(&d, "k", "#other=team.python"), Linked::Elsewhere);
    assert_eq!(read_link(&d, "k", "not a link"), Linked::Unreadable);
    assert_eq!(read_link(&d, "k", "#k=bogus.x"), Linked::Unreadable);
    assert_eq!(read_link(&d, "k", ""), Linked::Unreadable);
}

#[test]
fn the_version_follows_what_the_engine_reads_and_nothing_else() {
    let d = dataset();
    let mut reworded = d.clone();
    reworded.questions.to_mut()[0].prompt = "Reworded?".into();
    assert_eq!(share::version(&d), share::version(&reworded));
    let mut reweighed = d.clone();
    reweighed.questions.to_mut()[0].options.to_mut()[0]
        .argues
        .to_mut()[0]
        .value = 9.0;
    assert_ne!(share::version(&d), share::version(&reweighed));
}

#[test]
fn comparing_with_colleagues() {
    let d = dataset();
    let engine = Engine::new(&d);
    let mine = answers(&d, &["team=python", "product=content", "deadline=tight"]);
    // Identical answers: no differences, the same verdict.
    let same = engine.compare(&mine, &mine);
    assert!(same.differences.is_empty());
    assert_eq!(same.mine, same.theirs);
    // Disjoint answers: every question either answered differs.
    let theirs = answers(&d, &["realtime=core", "ai=core"]);
    let disjoint = engine.compare(&mine, &theirs);
    let questions: Vec<&str> = disjoint
        .differences
        .iter()
        .map(|x| d.questions[x.question].id.as_ref())
        .collect();
    assert_eq!(questions, ["team", "product", "realtime", "ai", "deadline"]);
    // Taking their team answer alone would change nothing here (skipping it
    // leaves Django ahead); their "live updates at the heart" would not
    // either, against a Python team.
    let colleague = answers(
        &d,
        &["team=javascript", "product=content", "deadline=tight"],
    );
    let one = engine.compare(&mine, &colleague);
    assert_eq!(one.differences.len(), 1);
    let team = &one.differences[0];
    assert!(
        team.changes,
        "a JavaScript team against two Django answers flips it"
    );
    assert_eq!(
        team.sentence(&ENGLISH, &d, "Sam"),
        "Which language does your team already write every day? You: “Python”; Sam: “JavaScript or TypeScript”. Taking Sam's answer here would make it Node.js."
    );
}
