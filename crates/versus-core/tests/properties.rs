//! Property tests: random sets of answers, given in random order, through
//! the engine. Invariants: a result always exists, scores are finite, the
//! order of answers does not matter, the same input gives the same output,
//! and every reported flip really changes the verdict, with no shorter one.

mod common;

use proptest::prelude::*;
use versus_core::{Answers, Dataset, Engine};

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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_result_always_exists_with_finite_scores(chosen in any_answers(&common::dataset())) {
        let d = common::dataset();
        let engine = Engine::new(&d);
        let outcome = engine.evaluate(&to_answers(&d, &chosen));
        prop_assert_eq!(outcome.scores.len(), d.verdicts.len());
        prop_assert!(outcome.scores.iter().all(|s| s.is_finite()));
        prop_assert!(outcome.verdict < d.verdicts.len());
        let best = outcome.scores.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        prop_assert_eq!(outcome.scores[outcome.verdict], best);
        prop_assert!(outcome.margin >= 0.0);
    }

    #[test]
    fn answer_order_does_not_matter(
        chosen in any_answers(&common::dataset()),
        seed in any::<u64>(),
    ) {
        let d = common::dataset();
        let engine = Engine::new(&d);
        let a = to_answers(&d, &chosen);
        let mut shuffled = pairs(&d, &a);
        // A deterministic shuffle from the seed.
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let b = Answers::parse(&d, shuffled.iter().map(String::as_str)).unwrap();
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(engine.evaluate(&a), engine.evaluate(&b));
    }

    #[test]
    fn same_input_same_output(chosen in any_answers(&common::dataset())) {
        let d = common::dataset();
        let a = to_answers(&d, &chosen);
        let first = Engine::new(&d).evaluate(&a);
        let second = Engine::new(&d).evaluate(&a.clone());
        prop_assert_eq!(first, second);
    }

    #[test]
    fn every_flip_changes_the_verdict_and_none_is_shorter(chosen in any_answers(&common::dataset())) {
        let d = common::dataset();
        let engine = Engine::new(&d);
        let a = to_answers(&d, &chosen);
        let outcome = engine.evaluate(&a);
        let mut lengths = Vec::new();
        for flip in &outcome.flips {
            prop_assert_ne!(flip.verdict, outcome.verdict);
            let mut changed = a.clone();
            for c in &flip.changes {
                prop_assert_eq!(c.from, a.get(c.question));
                prop_assert_ne!(Some(c.to), c.from);
                changed.set(c.question, Some(c.to));
            }
            prop_assert_eq!(engine.verdict(&changed), flip.verdict);
            lengths.push(flip.changes.len());
            // No single change reaches this verdict when the flip needs more.
            if flip.changes.len() > 1 {
                for q in 0..d.questions.len() {
                    for o in 0..d.questions[q].options.len() {
                        if a.get(q) == Some(o) { continue; }
                        let mut one = a.clone();
                        one.set(q, Some(o));
                        let scores = engine.scores(&one);
                        let top = scores.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
                        let unique = scores.iter().filter(|&&s| s == top).count() == 1;
                        prop_assert!(
                            !(unique && engine.verdict(&one) == flip.verdict),
                            "a single change reaches {} but the flip has {} changes",
                            d.verdicts[flip.verdict].id,
                            flip.changes.len()
                        );
                    }
                }
            }
        }
        prop_assert!(lengths.windows(2).all(|w| w[0] <= w[1]), "flips come fewest first");
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
