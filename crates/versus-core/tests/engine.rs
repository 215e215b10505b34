//! The engine's behaviour on hand-picked inputs: the report's words,
//! must-haves, rule-outs, ties, caveats, flips and errors.

mod common;

use common::{answers, dataset};
use versus_core::{AnswerError, Answers, Decisiveness, Engine, Report};

fn report<'d>(engine: &Engine<'d>, pairs: &[&str]) -> Report<'d> {
    engine.evaluate(&answers(engine.dataset(), pairs))
}

#[test]
fn nothing_answered_is_its_own_state() {
    let d = dataset();
    let engine = Engine::new(&d);
    let r = engine.evaluate(&engine.no_answers());
    assert_eq!(r.decisiveness, Decisiveness::Unanswered);
    assert_eq!(r.verdict, None);
    assert!(r.leaders.is_empty() && r.reasons.is_empty() && r.flips.is_empty());
    assert_eq!(r.title(), "No recommendation yet");
    assert_eq!(
        r.decisiveness.sentence(),
        "Answer a question to see a recommendation."
    );
    assert!(r.scores.iter().all(|s| s.points == 0.0 && !s.leads));
}

#[test]
fn every_point_carries_its_reason_in_words() {
    let d = dataset();
    let engine = Engine::new(&d);
    let r = report(
        &engine,
        &[
            "team=javascript",
            "realtime=core",
            "admin=needed",
            "growth=steady",
        ],
    );
    // Summing the reasons' points gives exactly the scores.
    let mut summed = vec![0.0; d.verdicts.len()];
    for reason in &r.reasons {
        for p in reason.points {
            summed[d.verdict_index(&p.key).unwrap()] += p.value;
        }
        assert!(!reason.text.is_empty());
        assert_eq!(reason.source, d.section_title(reason.section));
    }
    let scores: Vec<f64> = r.scores.iter().map(|s| s.points).collect();
    assert_eq!(summed, scores);
    assert_eq!(r.reasons.len(), 4);
    let first = &r.reasons[0];
    assert_eq!(
        (first.answer.question_id, first.answer.option_id),
        ("team", "javascript")
    );
    assert_eq!(
        first.prompt,
        "Which language does your team already write every day?"
    );
    assert_eq!(first.label, "JavaScript or TypeScript");
    assert_eq!(first.points_text, "+3 Node.js");
    assert_eq!(first.rules_out[0].verdict.id, "hybrid");
    assert_eq!(r.reasons[3].points_text, "No points either way");
    assert_eq!(
        r.reasons[1].must_have.as_ref().map(|m| m.text.as_str()),
        Some("Real-time at the heart of the product needs Node.js")
    );
}

#[test]
fn must_haves_on_both_sides_call_for_the_hybrid() {
    // The case from the issue: a bilingual team, a SaaS product with
    // real-time at its heart and machine learning at its core, admin,
    // regulated data and heavy computation. Django has far more points;
    // only the hybrid covers every must-have.
    let d = dataset();
    let engine = Engine::new(&d);
    let r = report(
        &engine,
        &[
            "team=both",
            "product=saas",
            "realtime=core",
            "ai=core",
            "admin=needed",
            "sensitivity=regulated",
            "compute=heavy",
        ],
    );
    assert_eq!(r.verdict.map(|v| v.id), Some("hybrid"));
    let django = &r.scores[1];
    assert!(
        django.points > r.scores[2].points,
        "Django leads on points alone"
    );
    assert_eq!(django.misses, ["Real-time at the heart of the product"]);
    assert_eq!(
        r.must_have_line().as_deref(),
        Some("Real-time at the heart of the product needs Node.js; Machine learning at the core needs Django; Heavy computation on the server needs Django.")
    );
    assert_eq!(
        r.scores[2].note().as_deref(),
        Some("Covers 3 of 3 must-haves")
    );
    assert_eq!(
        django.note().as_deref(),
        Some("Covers 2 of 3 must-haves; not: Real-time at the heart of the product")
    );
    for m in r.must_haves() {
        assert!(d.section(m.section).is_some() && !m.source.is_empty());
    }
}

#[test]
fn a_pile_of_nice_to_haves_does_not_outvote_a_must_have() {
    let d = dataset();
    let engine = Engine::new(&d);
    let r = report(
        &engine,
        &[
            "team=javascript",
            "realtime=core",
            "admin=needed",
            "sensitivity=regulated",
            "deadline=tight",
            "experience=mixed",
            "architecture=monolith",
        ],
    );
    assert!(
        r.scores[1].points > r.scores[0].points,
        "Django has more points"
    );
    assert_eq!(r.verdict.map(|v| v.id), Some("node"));
}

#[test]
fn a_single_language_team_rules_the_hybrid_out() {
    let d = dataset();
    let engine = Engine::new(&d);
    let r = report(&engine, &["team=python", "realtime=core", "ai=core"]);
    assert_eq!(r.verdict.map(|v| v.id), Some("django"));
    let hybrid = &r.scores[2];
    assert!(hybrid.ruled_out.is_some_and(|why| why.contains("Python")));
    assert!(hybrid.note().unwrap().starts_with("Ruled out: "));
    // Django does not serve real-time well: that caveat comes with it.
    assert!(r.caveats.iter().any(|c| c.id == "django-sync"));
    // Changing the team would bring the hybrid back.
    assert!(r
        .flips
        .iter()
        .any(|f| f.verdict.id == "hybrid" && f.steps.iter().any(|s| s.question_id == "team")));
}

#[test]
fn a_tie_is_reported_as_one_with_what_separates_it() {
    let d = dataset();
    let engine = Engine::new(&d);
    let r = report(&engine, &["team=both"]);
    assert_eq!(r.decisiveness, Decisiveness::Tie);
    assert_eq!(r.verdict, None);
    assert_eq!(r.headline, None);
    let leaders: Vec<&str> = r.leaders.iter().map(|l| l.id).collect();
    // A second stack is a cost of its own: level on everything else, the
    // single stacks lead.
    assert_eq!(leaders, ["node", "django"]);
    assert_eq!(r.title(), "A tie: Node.js and Django");
    let targets: Vec<&str> = r.flips.iter().map(|f| f.verdict.id).collect();
    assert!(
        targets.contains(&"node") && targets.contains(&"django"),
        "{targets:?}"
    );
    for flip in &r.flips {
        let mut changed = answers(&d, &["team=both"]);
        for (q, o) in flip.changes() {
            changed.set(q, Some(o));
        }
        assert_eq!(engine.verdict(&changed), Some(flip.verdict.index));
    }
}

#[test]
fn caveats_are_the_leaders_cons_that_the_answers_touch() {
    let d = dataset();
    let engine = Engine::new(&d);
    let r = report(
        &engine,
        &["team=javascript", "product=data", "realtime=core"],
    );
    assert_eq!(r.verdict.map(|v| v.id), Some("node"));
    let ids: Vec<&str> = r.caveats.iter().map(|c| c.id).collect();
    assert_eq!(ids, ["node-cpu"]);
}

#[test]
fn highlighted_rows_follow_the_reasons() {
    let d = dataset();
    let engine = Engine::new(&d);
    assert_eq!(
        report(&engine, &["team=python"]).rows,
        ["language", "team-composition"]
    );
}

#[test]
fn flips_are_minimal_and_real() {
    let d = dataset();
    let engine = Engine::new(&d);
    let a = answers(
        &d,
        &["team=javascript", "product=realtime", "realtime=core"],
    );
    let r = engine.evaluate(&a);
    assert_eq!(r.verdict.map(|v| v.id), Some("node"));
    assert!(!r.flips.is_empty());
    for flip in &r.flips {
        let mut changed = a.clone();
        for step in &flip.steps {
            assert_eq!(step.change.from, a.get(step.change.question));
            changed.set(step.change.question, Some(step.change.to));
        }
        assert_eq!(engine.verdict(&changed), Some(flip.verdict.index));
        if flip.steps.len() > 1 {
            for step in &flip.steps {
                let mut one = a.clone();
                one.set(step.change.question, Some(step.change.to));
                assert_ne!(engine.verdict(&one), Some(flip.verdict.index));
            }
        }
    }
    // The real-time must-have and seven points: no single answer overturns them.
    assert!(r.flips.iter().all(|f| f.steps.len() >= 2));
    assert_eq!(r.decisiveness, Decisiveness::Clear);
}

#[test]
fn one_answer_is_only_a_slight_lead() {
    let d = dataset();
    let engine = Engine::new(&d);
    let r = report(&engine, &["team=python"]);
    assert_eq!(r.decisiveness, Decisiveness::Slight);
    assert_eq!(r.scores[1].points_text, "3");
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
