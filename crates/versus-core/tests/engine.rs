//! The engine's semantics on tiny fixture datasets, so rewording the real
//! dataset breaks none of them: how arguments count, how a mix is scored
//! and what it pays, ties, decisiveness, flips, caveats and the report's
//! words. Errors and the short form of answers use the real dataset's ids.

mod common;

use common::{answers, dataset, Fixture};
use versus_core::words::ENGLISH;
use versus_core::{AnswerError, Answers, Dataset, Decisiveness, Engine, Report};

fn report<'d>(engine: &Engine<'d>, pairs: &[&str]) -> Report<'d> {
    engine.evaluate(&answers(engine.dataset(), pairs))
}

fn scores(r: &Report<'_>) -> Vec<f64> {
    r.scores.iter().map(|s| s.points).collect()
}

fn verdict<'d>(r: &Report<'d>) -> Option<&'d str> {
    r.verdict.map(|v| v.id)
}

/// Live updates (a part, for `a`) at two strengths on two questions; a
/// project-wide team argument for each side; data work (a part, for `b`).
fn two_sides(cost: f64) -> Dataset {
    Fixture::new(cost)
        .argument("live", "a", true)
        .argument("team-a", "a", false)
        .argument("team-b", "b", false)
        .argument("data", "b", true)
        .question(
            "team",
            &[
                ("a", &[("team-a", 10.0)]),
                ("b", &[("team-b", 10.0)]),
                ("both", &[]),
            ],
        )
        .question("kind", &[("chat", &[("live", 5.0)]), ("other", &[])])
        .question(
            "live",
            &[
                ("core", &[("live", 8.0)]),
                ("some", &[("live", 2.0)]),
                ("none", &[]),
            ],
        )
        .question("data", &[("heavy", &[("data", 6.0)]), ("light", &[])])
        .anchor("team")
        .build()
}

#[test]
fn nothing_answered_is_its_own_state() {
    let d = two_sides(4.0);
    let engine = Engine::new(&d);
    let r = engine.evaluate(&engine.no_answers());
    assert_eq!(r.decisiveness, Decisiveness::Unanswered);
    assert_eq!(r.verdict, None);
    assert!(r.leaders.is_empty() && r.reasons.is_empty() && r.flips.is_empty());
    assert_eq!(r.title(&ENGLISH), "No recommendation yet");
    // The mix pays for its second stack before any answer.
    assert_eq!(scores(&r), [0.0, 0.0, -4.0]);
    assert!(r.scores.iter().all(|s| !s.leads));
}

#[test]
fn an_argument_counts_once_at_its_heaviest_answer() {
    let d = two_sides(4.0);
    let engine = Engine::new(&d);
    let r = report(&engine, &["kind=chat", "live=core"]);
    // 8, not 5 + 8.
    assert_eq!(r.scores[0].points, 8.0);
    let kind = &r.reasons[0];
    assert!(!kind.arguments[0].counted);
    assert_eq!(kind.arguments[0].counted_with, Some("live?"));
    assert_eq!(kind.points_text(&ENGLISH), "Counted with another answer");
    let live = &r.reasons[1];
    assert!(live.arguments[0].counted);
    // The mix is not on offer (nothing for B to do), so it is not named.
    assert_eq!(live.points_text(&ENGLISH), "A +8");
    // On equal weight the first question counts it.
    let r = report(&engine, &["kind=chat", "live=some"]);
    assert_eq!(r.scores[0].points, 5.0);
    assert!(r.reasons[0].arguments[0].counted);
}

#[test]
fn a_mix_takes_each_part_in_full_and_project_arguments_by_half() {
    let d = two_sides(4.0);
    let engine = Engine::new(&d);
    let r = report(&engine, &["team=a", "live=core", "data=heavy"]);
    // A: 10 + 8. B: 6. Mix: 8 + 6 parts, half of the team's 10, minus 4.
    assert_eq!(scores(&r), [18.0, 6.0, 15.0]);
    assert_eq!(verdict(&r), Some("a"));
    let mix = &r.scores[2];
    assert_eq!(
        mix.notes(&ENGLISH),
        [
            "-4: Two stacks",
            "Half of +10 (team-a): only the A half gains from it"
        ]
    );
    // Every point comes from an answer: the reasons sum to each score,
    // with the mix's cost on top.
    for (v, score) in r.scores.iter().enumerate() {
        let summed: f64 = r.reasons.iter().map(|reason| reason.points[v]).sum();
        let cost = score.cost.as_ref().map_or(0.0, |c| c.points);
        assert!(
            (summed - cost - score.points).abs() < 1e-9,
            "{}",
            score.verdict.id
        );
    }
}

#[test]
fn a_mix_wins_when_both_sides_have_real_work() {
    let d = two_sides(4.0);
    let engine = Engine::new(&d);
    let r = report(&engine, &["team=both", "live=core", "data=heavy"]);
    assert_eq!(scores(&r), [8.0, 6.0, 10.0]);
    assert_eq!(verdict(&r), Some("mix"));
    assert_eq!(r.headline, Some("mix"));
    assert_eq!(
        r.margin_line(&ENGLISH).as_deref(),
        Some("Ahead of A by 2 points.")
    );
    assert_eq!(
        r.weighed_most_line(&ENGLISH).as_deref(),
        Some("What weighed most: live (+8); data (+6).")
    );
}

#[test]
fn a_mix_without_work_for_a_side_is_not_on_offer() {
    let d = two_sides(4.0);
    let engine = Engine::new(&d);
    let r = report(&engine, &["team=a", "data=heavy"]);
    // Nothing needs A's part: the mix would be B with an idle second
    // stack. Its number stays (A's team counts nothing there), but it is
    // no alternative: no points shown, never the runner-up, and its note
    // holds whichever verdict leads.
    assert_eq!(scores(&r), [10.0, 6.0, 2.0]);
    let mix = &r.scores[2];
    assert!(!mix.offered && mix.shown(&ENGLISH) == "–");
    assert_eq!(
        mix.notes(&ENGLISH),
        [ENGLISH.template(versus_core::say::Say::NotOnOffer)]
    );
    assert_eq!(r.runner_up.map(|v| v.id), Some("b"));
    assert_eq!(r.margin, 4.0);
    assert_eq!(
        r.margin_line(&ENGLISH).as_deref(),
        Some("Ahead of B by 4 points.")
    );
    // The reasons name only what is on offer.
    assert_eq!(r.reasons[1].points_text(&ENGLISH), "B +6");
    // With the team's 10 gone, B leads by 6 over A at 0; the idle mix at
    // 6 - 4 = 2 is not what it leads by.
    let r = report(&engine, &["team=both", "data=heavy"]);
    assert_eq!(verdict(&r), Some("b"));
    assert_eq!(r.margin, 6.0);
}

#[test]
fn equal_top_scores_are_a_tie_with_what_separates_them() {
    let d = two_sides(4.0);
    let engine = Engine::new(&d);
    let r = report(&engine, &["team=both"]);
    assert_eq!(r.decisiveness, Decisiveness::Tie);
    assert_eq!(r.verdict, None);
    assert_eq!(r.headline, None);
    assert_eq!(r.margin, 0.0);
    assert_eq!(r.margin_line(&ENGLISH), None);
    let leaders: Vec<&str> = r.leaders.iter().map(|l| l.id).collect();
    assert_eq!(leaders, ["a", "b"]);
    assert_eq!(r.title(&ENGLISH), "A tie: A and B");
    let targets: Vec<&str> = r.flips.iter().map(|f| f.verdict.id).collect();
    assert!(
        targets.contains(&"a") && targets.contains(&"b"),
        "{targets:?}"
    );
}

#[test]
fn decisiveness_counts_changes_of_degree_only() {
    let d = two_sides(4.0);
    let engine = Engine::new(&d);
    // 2 to 0: one change of degree (live=some -> none) makes it level.
    let r = report(&engine, &["live=some"]);
    assert_eq!(r.decisiveness, Decisiveness::Slight);
    // The team's 10: only a different team (a decisive change) or the
    // decisive answers of the other side overturn it; small ones cannot.
    let r = report(&engine, &["team=a"]);
    assert_eq!(r.decisiveness, Decisiveness::Strong);
    assert!(r.flips.iter().all(|f| f.different_project || f.condition));
    // Live at the core against data work: only decisive changes move it.
    let r = report(&engine, &["team=both", "live=core", "data=heavy"]);
    assert_eq!(r.decisiveness, Decisiveness::Strong);
}

#[test]
fn two_changes_of_degree_make_a_clear_lead() {
    let d = Fixture::new(4.0)
        .argument("x", "a", false)
        .argument("w", "a", false)
        .argument("y", "b", false)
        .argument("z", "b", false)
        .question("p", &[("yes", &[("x", 2.0)]), ("no", &[])])
        .question("s", &[("yes", &[("w", 2.0)]), ("no", &[])])
        .question("q", &[("yes", &[("y", 2.0)]), ("no", &[])])
        .question("r", &[("yes", &[("z", 2.0)]), ("no", &[])])
        .build();
    let engine = Engine::new(&d);
    let r = report(&engine, &["p=yes", "s=yes"]);
    assert_eq!(verdict(&r), Some("a"));
    // No one change levels 4 to 0; dropping one and adding one of B's does.
    assert_eq!(r.decisiveness, Decisiveness::Clear);
    // B alone on top takes three changes, all of degree.
    let to_b = r.flips.iter().find(|f| f.verdict.id == "b").unwrap();
    assert_eq!(to_b.steps.len(), 3);
    assert!(!to_b.different_project);
}

#[test]
fn flips_are_minimal_and_real_and_say_when_they_are_a_different_project() {
    let d = two_sides(4.0);
    let engine = Engine::new(&d);
    let a = answers(&d, &["team=a", "live=some", "data=light"]);
    let r = engine.evaluate(&a);
    assert_eq!(verdict(&r), Some("a"));
    assert!(!r.flips.is_empty());
    for flip in &r.flips {
        let mut changed = a.clone();
        for step in &flip.steps {
            assert_eq!(step.change.from, a.get(step.change.question));
            changed.set(step.change.question, Some(step.change.to));
        }
        assert_eq!(engine.verdict(&changed), Some(flip.verdict.index));
    }
    // Another team is a condition, alone, after the changes to the project.
    let to_b = r.flips.iter().find(|f| f.verdict.id == "b").unwrap();
    assert_eq!(to_b.steps.len(), 1);
    assert_eq!(to_b.steps[0].question_id, "team");
    assert!(to_b.condition && !to_b.different_project);
    assert_eq!(to_b.condition_text(&ENGLISH).as_deref(), Some("If “b”: B"));
    let first_condition = r.flips.iter().position(|f| f.condition).unwrap();
    assert!(r.flips[first_condition..].iter().all(|f| f.condition));
    assert!(r.flips[..first_condition]
        .iter()
        .all(|f| f.steps.iter().all(|s| s.question_id != "team")));
}

#[test]
fn caveats_are_the_leaders_cons_that_the_answers_touch() {
    let d = Fixture::new(4.0)
        .argument("x", "a", true)
        .question("p", &[("yes", &[("x", 3.0)]), ("no", &[])])
        .question("q", &[("one", &[]), ("two", &[])])
        .con("a-slow", "a", &["q=two"])
        .con("a-always", "a", &[])
        .con("b-weak", "b", &["q=two"])
        .build();
    let engine = Engine::new(&d);
    let ids = |pairs: &[&str]| -> Vec<String> {
        report(&engine, pairs)
            .caveats
            .iter()
            .map(|c| c.id.to_string())
            .collect()
    };
    assert_eq!(ids(&["p=yes", "q=one"]), ["a-always"]);
    assert_eq!(ids(&["p=yes", "q=two"]), ["a-slow", "a-always"]);
}

#[test]
fn a_dataset_without_a_mix_cost_still_needs_work_for_both_sides() {
    let d = two_sides(0.0);
    let engine = Engine::new(&d);
    // Free to run, the mix still gains nothing from a side with no part.
    let r = report(&engine, &["team=a"]);
    assert_eq!(verdict(&r), Some("a"));
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
