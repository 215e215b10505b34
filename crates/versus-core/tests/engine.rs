//! The engine's behaviour on hand-picked inputs: explanations, caveats,
//! flips and errors.

mod common;

use common::{answers, dataset};
use versus_core::{AnswerError, Answers, Cause, Decisiveness, Engine};

#[test]
fn no_answers_is_a_tie_with_no_reasons() {
    let d = dataset();
    let engine = Engine::new(&d);
    let outcome = engine.evaluate(&engine.no_answers());
    assert_eq!(outcome.decisiveness, Decisiveness::Tie);
    assert!(outcome.reasons.is_empty());
    assert!(outcome.flips.is_empty());
    assert_eq!(outcome.scores, vec![0.0; 3]);
}

#[test]
fn every_point_carries_its_reason() {
    let d = dataset();
    let engine = Engine::new(&d);
    let a = answers(
        &d,
        &[
            "team=javascript",
            "realtime=core",
            "ai=core",
            "admin=needed",
        ],
    );
    let outcome = engine.evaluate(&a);
    // Summing the reasons' points gives exactly the scores.
    let mut summed = vec![0.0; d.verdicts.len()];
    for reason in &outcome.reasons {
        for p in reason.points {
            summed[d.verdict_index(&p.key).unwrap()] += p.value;
        }
        assert!(!reason.text.is_empty());
        assert!(d.section(reason.section).is_some());
    }
    assert_eq!(summed, outcome.scores);
    // One reason per answer, plus the rules that fired.
    let answered = outcome
        .reasons
        .iter()
        .filter(|r| matches!(r.cause, Cause::Answer { .. }))
        .count();
    assert_eq!(answered, 4);
    let rules: Vec<&str> = outcome
        .reasons
        .iter()
        .filter_map(|r| match r.cause {
            Cause::Rule { rule } => Some(d.rules[rule].id.as_ref()),
            Cause::Answer { .. } => None,
        })
        .collect();
    assert_eq!(rules, ["live-and-ml", "live-and-admin"]);
}

#[test]
fn caveats_are_the_winners_cons_that_the_answers_touch() {
    let d = dataset();
    let engine = Engine::new(&d);
    let outcome = engine.evaluate(&answers(
        &d,
        &["team=javascript", "compute=heavy", "realtime=core"],
    ));
    assert_eq!(d.verdicts[outcome.verdict].id, "node");
    let ids: Vec<&str> = outcome.caveats.iter().map(|c| c.id.as_ref()).collect();
    assert_eq!(ids, ["node-cpu"]);
    for caveat in &outcome.caveats {
        assert_eq!(caveat.about, "node");
    }
}

#[test]
fn highlighted_rows_follow_the_reasons() {
    let d = dataset();
    let engine = Engine::new(&d);
    let outcome = engine.evaluate(&answers(&d, &["team=python"]));
    assert_eq!(outcome.rows, ["language", "team-composition"]);
}

#[test]
fn flips_are_minimal_and_real() {
    let d = dataset();
    let engine = Engine::new(&d);
    let a = answers(
        &d,
        &["team=javascript", "product=realtime", "realtime=core"],
    );
    let outcome = engine.evaluate(&a);
    assert_eq!(d.verdicts[outcome.verdict].id, "node");
    assert!(!outcome.flips.is_empty());
    for flip in &outcome.flips {
        let mut changed = a.clone();
        for change in &flip.changes {
            assert_eq!(change.from, a.get(change.question));
            changed.set(change.question, Some(change.to));
        }
        assert_eq!(engine.verdict(&changed), flip.verdict);
        // Minimal: no single change among them reaches the same verdict alone
        // when the flip needs more than one.
        if flip.changes.len() > 1 {
            for change in &flip.changes {
                let mut one = a.clone();
                one.set(change.question, Some(change.to));
                assert_ne!(engine.verdict(&one), flip.verdict);
            }
        }
    }
    // Nine Node.js points: no single answer can overturn that.
    assert!(outcome.flips.iter().all(|f| f.changes.len() >= 2));
    assert_eq!(outcome.decisiveness, Decisiveness::Clear);
}

#[test]
fn one_answer_is_only_a_slight_lead() {
    let d = dataset();
    let engine = Engine::new(&d);
    let outcome = engine.evaluate(&answers(&d, &["team=python"]));
    assert_eq!(outcome.decisiveness, Decisiveness::Slight);
    assert_eq!(outcome.margin, 3.0);
}

#[test]
fn unknown_ids_are_errors_that_name_them() {
    let d = dataset();
    let err = Answers::parse(&d, ["langauge=python"]).unwrap_err();
    assert!(matches!(err, AnswerError::UnknownQuestion { .. }));
    assert!(err.to_string().contains("no question `langauge`"), "{err}");
    assert!(err.to_string().contains("team, product"), "{err}");

    let err = Answers::parse(&d, ["team=rust"]).unwrap_err();
    assert!(
        err.to_string()
            .contains("question `team` has no option `rust`"),
        "{err}"
    );
    assert!(
        err.to_string().contains("javascript, python, both, other"),
        "{err}"
    );

    let err = Answers::parse(&d, ["team"]).unwrap_err();
    assert_eq!(err, AnswerError::Malformed("team".into()));

    let err = Answers::parse(&d, ["team=python", "team=javascript"]).unwrap_err();
    assert!(err.to_string().contains("answered twice"), "{err}");
    // The same answer twice is harmless.
    assert!(Answers::parse(&d, ["team=python", "team=python"]).is_ok());
}

#[test]
fn short_form_round_trips_and_ignores_junk() {
    let d = dataset();
    let a = answers(&d, &["ai=core", "team=python", "growth=steady"]);
    let text = a.encode(&d);
    assert_eq!(text, "team.python,ai.core,growth.steady");
    assert_eq!(Answers::decode(&d, &text), a);
    let mangled = "team.python,,bogus.x,ai.nope,<script>,growth.steady,ai.core,%%";
    assert_eq!(Answers::decode(&d, mangled), a);
    assert_eq!(Answers::decode(&d, ""), Answers::none(d.questions.len()));
}
