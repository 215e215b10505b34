//! Property tests: random sets of answers, given in random order, through
//! the engine, on the real dataset and on random small datasets.
//!
//! Invariants: the verdict is the top score and scores are finite; the
//! order of answers does not matter; every flip really makes its verdict
//! the single leader, with no shorter way of its kind; an answer for a
//! candidate never lowers that candidate against another, nor moves the
//! verdict away from verdicts that run it; a mixed verdict wins only when
//! each of its candidates has a part to play; a mix with an idle stack is
//! not on offer, never the runner-up, and the margin is to the best real
//! alternative; a change of the anchor question (the team) is a condition
//! alone, never combined with another change, and comes after every change
//! to the project; and decisiveness never falls when an answer widens the
//! winner's lead over every other verdict.

mod common;

use proptest::prelude::*;
use versus_core::words::ENGLISH;
use versus_core::{Answers, Dataset, Decisiveness, Engine};

/// For each question, one of its options: a reader who answered everything.
fn complete_answers(d: &Dataset) -> impl Strategy<Value = Vec<Option<usize>>> {
    let per_question: Vec<_> = d
        .questions
        .iter()
        .map(|q| (0..q.options.len()).prop_map(Some))
        .collect();
    per_question
}

/// For each question, no answer or one of its options.
fn any_answers(d: &Dataset) -> impl Strategy<Value = Vec<Option<usize>>> {
    let per_question: Vec<_> = d
        .questions
        .iter()
        .map(|q| proptest::option::of(0..q.options.len()))
        .collect();
    per_question
}

fn to_answers(d: &Dataset, chosen: &[Option<usize>]) -> Answers {
    let mut a = Answers::none(d.questions.len());
    for (q, o) in chosen.iter().enumerate() {
        a.set(q, *o);
    }
    a
}

fn pairs(d: &Dataset, a: &Answers) -> Vec<String> {
    a.iter()
        .map(|(q, o)| format!("{}={}", d.questions[q].id, d.questions[q].options[o].id))
        .collect()
}

/// The verdict that runs exactly this one candidate.
fn single(engine: &Engine<'_>, candidate: usize) -> Option<usize> {
    let d = engine.dataset();
    (0..d.verdicts.len())
        .find(|&v| (0..d.candidates.len()).all(|c| engine.runs(v, c) == (c == candidate)))
}

/// Checks every invariant for one dataset and one set of answers.
fn check_invariants(d: &Dataset, chosen: &[Option<usize>], seed: u64) -> Result<(), TestCaseError> {
    let engine = Engine::new(d);
    let a = to_answers(d, chosen);
    let r = engine.evaluate(&a);

    // A result always exists, and the verdict is the top score.
    prop_assert_eq!(r.scores.len(), d.verdicts.len());
    prop_assert!(r.scores.iter().all(|s| s.points.is_finite()));
    prop_assert_eq!(r.reasons.len(), a.answered());
    if a.answered() == 0 {
        prop_assert_eq!(r.decisiveness, Decisiveness::Unanswered);
    } else {
        // The top of the verdicts on offer: a mix with an idle stack is
        // no alternative.
        let top = r
            .scores
            .iter()
            .filter(|s| s.offered)
            .map(|s| s.points)
            .fold(f64::NEG_INFINITY, f64::max);
        prop_assert!(!r.leaders.is_empty());
        for s in &r.scores {
            prop_assert_eq!(
                s.leads,
                s.offered && (s.points - top).abs() < 1e-9,
                "{:?}",
                r.scores
            );
        }
        prop_assert_eq!(r.verdict.is_some(), r.leaders.len() == 1);
        prop_assert_eq!(r.decisiveness == Decisiveness::Tie, r.leaders.len() > 1);
    }
    // One measure of firmness: the report's is the engine's.
    prop_assert_eq!(r.decisiveness, engine.decisiveness(&a, &engine.rank(&a)));

    // The margin is to the best real alternative: a mix with an idle
    // stack is never the runner-up, and the margin is the lead over the
    // best verdict on offer.
    if let Some(v) = r.verdict {
        let next = r
            .scores
            .iter()
            .filter(|s| s.offered && s.verdict.index != v.index)
            .map(|s| s.points)
            .fold(f64::NEG_INFINITY, f64::max);
        prop_assert_eq!(r.runner_up.is_some(), next > f64::NEG_INFINITY);
        if let Some(runner_up) = r.runner_up {
            prop_assert!(r.scores[runner_up.index].offered);
            prop_assert!((r.margin - (r.scores[v.index].points - next)).abs() < 1e-9);
        }
    }
    for s in r.scores.iter().filter(|s| !s.offered) {
        prop_assert!(s.notes(&ENGLISH) == [ENGLISH.template(versus_core::say::Say::NotOnOffer)]);
        let idle = (0..d.candidates.len())
            .any(|c| engine.runs(s.verdict.index, c) && engine.tally(&a).part[c] <= 0.0);
        prop_assert!(idle, "{} is on offer", s.verdict.id);
    }

    // Every point comes from an answer: the reasons sum to each score,
    // the verdict's stated cost aside.
    for (v, score) in r.scores.iter().enumerate() {
        let summed: f64 = r.reasons.iter().map(|reason| reason.points[v]).sum();
        let cost = score.cost.as_ref().map_or(0.0, |c| c.points);
        prop_assert!((summed - cost - score.points).abs() < 1e-6);
    }

    // Order does not matter; the same input gives the same output.
    let mut shuffled = pairs(d, &a);
    let mut state = seed | 1;
    for i in (1..shuffled.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        shuffled.swap(i, (state % (i as u64 + 1)) as usize);
    }
    let b = Answers::parse(d, shuffled.iter().map(String::as_str)).unwrap();
    prop_assert_eq!(&a, &b);
    prop_assert_eq!(&r, &engine.evaluate(&b));
    prop_assert_eq!(&r, &Engine::new(d).evaluate(&a.clone()));

    // Every flip is real, fewest first, and none of its kind is shorter.
    // Who the team is (the anchor question) is never combined with another
    // change: it stands alone as a condition, after every change to the
    // project.
    let anchor = engine.anchor();
    let mut lengths = Vec::new();
    let mut seen_condition = false;
    for flip in &r.flips {
        let touches_anchor = flip.steps.iter().any(|s| Some(s.change.question) == anchor);
        prop_assert_eq!(flip.condition, touches_anchor);
        if flip.condition {
            prop_assert_eq!(
                flip.steps.len(),
                1,
                "a condition combined with other changes"
            );
            prop_assert!(!flip.different_project);
            seen_condition = true;
        } else {
            prop_assert!(!seen_condition, "a change to the project after a condition");
        }
        prop_assert_ne!(Some(flip.verdict), r.verdict);
        let mut changed = a.clone();
        for s in &flip.steps {
            prop_assert_eq!(s.change.from, a.get(s.change.question));
            prop_assert_ne!(Some(s.change.to), s.change.from);
            changed.set(s.change.question, Some(s.change.to));
        }
        prop_assert_eq!(engine.verdict(&changed), Some(flip.verdict.index));
        if flip.condition {
            continue;
        }
        let degree = !flip.different_project;
        prop_assert_eq!(
            degree,
            flip.steps.iter().all(|s| !engine.is_decisive(s.change))
        );
        lengths.push(flip.steps.len());
        if flip.steps.len() > 1 {
            for c in engine.changes(&a) {
                if (degree && engine.is_decisive(c)) || Some(c.question) == anchor {
                    continue;
                }
                let mut one = a.clone();
                one.set(c.question, Some(c.to));
                prop_assert_ne!(
                    engine.verdict(&one),
                    Some(flip.verdict.index),
                    "one change reaches {} but the flip takes {}",
                    flip.verdict.id,
                    flip.steps.len()
                );
            }
        }
    }
    prop_assert!(
        lengths.windows(2).all(|w| w[0] <= w[1]),
        "flips come fewest first"
    );

    // A mixed verdict wins only when each candidate it runs has a part.
    if let Some(v) = r.verdict {
        let tally = engine.tally(&a);
        for c in (0..d.candidates.len()).filter(|&c| engine.runs(v.index, c)) {
            let runs = (0..d.candidates.len())
                .filter(|&x| engine.runs(v.index, x))
                .count();
            prop_assert!(
                runs == 1 || tally.part[c] > 0.0,
                "{} wins with no part for {}",
                v.id,
                d.candidates[c].id
            );
        }
    }

    // Monotone, and decisiveness never falls as the winner's lead grows:
    // adding an answer to an unanswered question.
    let before = engine.rank(&a);
    for q in (0..d.questions.len()).filter(|&q| a.get(q).is_none()) {
        for o in 0..d.questions[q].options.len() {
            let Some(side) = engine.favoured(q, o) else {
                continue;
            };
            let mut more = a.clone();
            more.set(q, Some(o));
            let after = engine.rank(&more);
            let at = |q: usize, o: usize| {
                format!("{}={}", d.questions[q].id, d.questions[q].options[o].id)
            };
            if let Some(vc) = single(&engine, side) {
                for other in (0..d.candidates.len()).filter(|&c| c != side) {
                    let Some(vo) = single(&engine, other) else {
                        continue;
                    };
                    prop_assert!(
                        after.scores[vc] - after.scores[vo]
                            >= before.scores[vc] - before.scores[vo] - 1e-9,
                        "answering {} lowered {} against {}",
                        at(q, o),
                        d.candidates[side].id,
                        d.candidates[other].id
                    );
                }
            }
            let runs_side = |leaders: &[usize]| leaders.iter().all(|&v| engine.runs(v, side));
            if a.answered() > 0 && runs_side(&before.leaders) {
                prop_assert!(
                    runs_side(&after.leaders),
                    "answering {} moved the verdict away from {}",
                    at(q, o),
                    d.candidates[side].id
                );
            }
            // "The winner's margin grows": its lead over every other verdict.
            let lead_grows = |w: usize| {
                (0..d.verdicts.len()).filter(|&v| v != w).all(|v| {
                    after.scores[w] - after.scores[v] >= before.scores[w] - before.scores[v] - 1e-9
                })
            };
            if let (Some(w), Some(w2)) = (before.verdict(), after.verdict()) {
                if w == w2 && lead_grows(w) && after.margin() > before.margin() + 1e-9 {
                    prop_assert!(
                        engine.decisiveness(&more, &after) >= engine.decisiveness(&a, &before),
                        "answering {} widened the lead of {} but lowered its decisiveness",
                        at(q, o),
                        d.verdicts[w].id
                    );
                }
            }
        }
    }
    Ok(())
}

/// A random dataset with a random set of its answers.
fn any_dataset_and_answers() -> impl Strategy<Value = (Dataset, Vec<Option<usize>>)> {
    common::any_dataset().prop_flat_map(|d| {
        let answers = any_answers(&d);
        (Just(d), answers)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn invariants_hold_on_the_real_dataset(
        chosen in any_answers(&common::dataset()),
        seed in any::<u64>(),
    ) {
        check_invariants(&common::dataset(), &chosen, seed)?;
    }

    #[test]
    fn invariants_hold_on_complete_answer_sets_of_the_real_dataset(
        chosen in complete_answers(&common::dataset()),
        seed in any::<u64>(),
    ) {
        check_invariants(&common::dataset(), &chosen, seed)?;
    }

    #[test]
    fn invariants_hold_on_random_small_datasets(
        (d, chosen) in any_dataset_and_answers(),
        seed in any::<u64>(),
    ) {
        check_invariants(&d, &chosen, seed)?;
    }

    /// One account of firmness: the statement that says how far the answers
    /// are from another verdict also says what the open questions could do,
    /// from the same report; it never calls a lead strong and stops there
    /// while unanswered questions could still overturn it.
    #[test]
    fn the_firmness_statement_names_what_open_questions_could_do(
        chosen in any_answers(&common::dataset()),
    ) {
        let d = common::dataset();
        let report = Engine::new(&d).evaluate(&to_answers(&d, &chosen));
        let line = report.firmness_line(&ENGLISH);
        prop_assert!(!line.contains("  "), "{}", line);
        let mentions_left = line.contains("question left") || line.contains("questions left");
        if report.decisiveness == Decisiveness::Unanswered || report.unanswered == 0 {
            prop_assert!(!mentions_left, "{}", line);
        } else if report.settled {
            prop_assert!(mentions_left && line.contains(", and no answer"), "{}", line);
        } else {
            prop_assert!(!report.open.is_empty());
            prop_assert!(mentions_left && line.contains("could"), "{}", line);
            if report.open.len() < report.unanswered {
                let count = format!("{} of the {} questions left", report.open.len(), report.unanswered);
                prop_assert!(line.contains(&count), "{} lacks {}", line, count);
            }
            if report.decisiveness == Decisiveness::Strong {
                prop_assert!(line.contains(", but "), "{}", line);
            }
        }
        // The quiz's line says the same of the same questions.
        if let Some(outlook) = report.outlook_line(&ENGLISH) {
            prop_assert_eq!(outlook.contains("can't change"), report.settled);
        }
    }

    #[test]
    fn short_form_round_trips(chosen in any_answers(&common::dataset())) {
        let d = common::dataset();
        let a = to_answers(&d, &chosen);
        prop_assert_eq!(Answers::decode(&d, &a.encode(&d)), a);
    }

    #[test]
    fn decoding_never_fails_on_junk(text in ".{0,200}") {
        let d = common::dataset();
        let a = Answers::decode(&d, &text);
        prop_assert_eq!(a.len(), d.questions.len());
    }
}
