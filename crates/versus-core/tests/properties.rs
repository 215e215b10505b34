//! Property tests: random sets of answers, given in random order, through
//! the engine, on the real dataset and on random small datasets.
//!
//! Invariants: a result always exists with finite scores; the order of
//! answers does not matter; the same input gives the same output; every
//! flip really makes its verdict the single leader, with no shorter one;
//! and the ranking is monotone: an answer that favours a candidate never
//! lowers it against another, and a must-have for a candidate never moves
//! the verdict to one that does not run it.

mod common;

use std::borrow::Cow;
use std::cmp::Ordering;

use proptest::prelude::*;
use versus_core::model::*;
use versus_core::{Answers, Dataset, Decisiveness, Engine};

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
fn single(d: &Dataset, candidate: &str) -> Option<usize> {
    d.verdicts
        .iter()
        .position(|v| v.candidate.as_deref() == Some(candidate))
}

/// What an option does, read from the dataset (not from the engine).
struct Effect {
    points: Vec<f64>,
    must_have: Option<String>,
    rules_out: Vec<usize>,
}

fn effect(d: &Dataset, q: usize, o: usize) -> Effect {
    let answer = format!("{}={}", d.questions[q].id, d.questions[q].options[o].id);
    let mut points = vec![0.0; d.verdicts.len()];
    for p in d.questions[q].options[o].points.iter() {
        points[d.verdict_index(&p.key).unwrap()] += p.value;
    }
    Effect {
        points,
        must_have: d
            .must_haves
            .iter()
            .find(|m| m.answer == answer)
            .map(|m| m.candidate.to_string()),
        rules_out: d
            .rule_outs
            .iter()
            .filter(|r| r.answer == answer)
            .filter_map(|r| d.verdict_index(&r.verdict))
            .collect(),
    }
}

/// Whether an option favours candidate `c` over every other candidate:
/// it adds nothing against `c`'s verdict and nothing for the others'.
fn favours(d: &Dataset, e: &Effect, c: &str) -> bool {
    let Some(vc) = single(d, c) else { return false };
    let others_lose = d
        .candidates
        .iter()
        .filter(|x| x.id != c)
        .filter_map(|x| single(d, &x.id))
        .all(|v| e.points[v] <= 0.0);
    e.points[vc] >= 0.0
        && others_lose
        && e.must_have.as_deref().is_none_or(|m| m == c)
        && !e.rules_out.contains(&vc)
        && (e.points[vc] > 0.0 || e.must_have.is_some())
}

/// How single verdict `a` stands against single verdict `b`.
fn standing_of(engine: &Engine<'_>, answers: &Answers, a: usize, b: usize) -> Ordering {
    let s = engine.standings(answers);
    s[a].rank(&s[b])
}

/// Checks every invariant for one dataset and one set of answers.
fn check_invariants(d: &Dataset, chosen: &[Option<usize>], seed: u64) -> Result<(), TestCaseError> {
    let engine = Engine::new(d);
    let a = to_answers(d, chosen);
    let r = engine.evaluate(&a);

    // A result always exists.
    prop_assert_eq!(r.scores.len(), d.verdicts.len());
    prop_assert!(r.scores.iter().all(|s| s.points.is_finite()));
    if a.answered() == 0 {
        prop_assert_eq!(r.decisiveness, Decisiveness::Unanswered);
    } else {
        prop_assert!(!r.leaders.is_empty());
        prop_assert_eq!(r.verdict.is_some(), r.leaders.len() == 1);
        prop_assert_eq!(r.decisiveness == Decisiveness::Tie, r.leaders.len() > 1);
    }
    // Every answer carries a reason; every must-have among them is listed.
    prop_assert_eq!(r.reasons.len(), a.answered());

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

    // Every flip is real, fewest first, and none has a shorter way.
    let mut lengths = Vec::new();
    for flip in &r.flips {
        prop_assert_ne!(Some(flip.verdict), r.verdict);
        let mut changed = a.clone();
        for s in &flip.steps {
            prop_assert_eq!(s.change.from, a.get(s.change.question));
            prop_assert_ne!(Some(s.change.to), s.change.from);
            changed.set(s.change.question, Some(s.change.to));
        }
        prop_assert_eq!(engine.verdict(&changed), Some(flip.verdict.index));
        lengths.push(flip.steps.len());
        if flip.steps.len() > 1 {
            for q in 0..d.questions.len() {
                for o in 0..d.questions[q].options.len() {
                    if a.get(q) == Some(o) {
                        continue;
                    }
                    let mut one = a.clone();
                    one.set(q, Some(o));
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
    }
    prop_assert!(
        lengths.windows(2).all(|w| w[0] <= w[1]),
        "flips come fewest first"
    );

    // Monotone: adding an answer to an unanswered question.
    for q in (0..d.questions.len()).filter(|&q| a.get(q).is_none()) {
        for o in 0..d.questions[q].options.len() {
            let mut more = a.clone();
            more.set(q, Some(o));
            let e = effect(d, q, o);
            for c in d.candidates.iter() {
                let Some(vc) = single(d, &c.id) else { continue };
                if favours(d, &e, &c.id) {
                    for other in d.candidates.iter().filter(|x| x.id != c.id) {
                        let Some(vo) = single(d, &other.id) else {
                            continue;
                        };
                        prop_assert!(
                            standing_of(&engine, &more, vc, vo) >= standing_of(&engine, &a, vc, vo),
                            "answering {}={} lowered {} against {}",
                            d.questions[q].id,
                            d.questions[q].options[o].id,
                            c.id,
                            other.id
                        );
                    }
                }
            }
            // A must-have for c never moves the verdict to one without c.
            if let Some(c) = &e.must_have {
                let before = engine.evaluate(&a);
                if let Some(after) = engine.verdict(&more) {
                    let kept = before.leaders.iter().any(|l| l.index == after);
                    let runs_c = d.verdicts[after].runs().any(|x| x == c.as_str());
                    prop_assert!(
                        kept || runs_c,
                        "must-have {}={} for {c} moved the verdict to {}",
                        d.questions[q].id,
                        d.questions[q].options[o].id,
                        d.verdicts[after].id
                    );
                }
            }
        }
    }
    Ok(())
}

fn text(s: impl Into<String>) -> Text {
    Cow::Owned(s.into())
}

/// A small random comparison: two candidates, their verdicts and a mix,
/// two to four questions of two or three options with random points,
/// must-haves and rule-outs.
fn any_dataset() -> impl Strategy<Value = Dataset> {
    let option = (
        proptest::collection::vec((0usize..3, -1i8..4), 0..3),
        proptest::option::weighted(0.3, 0usize..2),
        proptest::option::weighted(0.2, 0usize..3),
    );
    let question = proptest::collection::vec(option, 2..4);
    proptest::collection::vec(question, 2..5).prop_map(|questions| {
        let verdict_ids = ["a", "b", "mix"];
        let candidate_ids = ["a", "b"];
        let mut must_haves = Vec::new();
        let mut rule_outs = Vec::new();
        let questions: Vec<Question> = questions
            .into_iter()
            .enumerate()
            .map(|(q, options)| Question {
                id: text(format!("q{q}")),
                prompt: text("?"),
                help: None,
                options: options
                    .into_iter()
                    .enumerate()
                    .map(|(o, (points, must, out))| {
                        let answer = format!("q{q}=o{o}");
                        // A must-have gives no points against its candidate.
                        let points: Vec<(usize, i8)> = points
                            .into_iter()
                            .filter(|&(v, p)| must.is_none_or(|c| p <= 0 || v == c || v == 2))
                            .collect();
                        if let Some(c) = must {
                            must_haves.push(MustHave {
                                answer: text(answer.clone()),
                                candidate: text(candidate_ids[c]),
                                need: text("need"),
                                section: text("s"),
                            });
                        }
                        // A must-have never rules out a verdict that runs its
                        // candidate (the validator refuses that).
                        let out = out.filter(|&v| must.is_none_or(|c| v != c && v != 2));
                        if let Some(v) = out {
                            rule_outs.push(RuleOut {
                                answer: text(answer.clone()),
                                verdict: text(verdict_ids[v]),
                                reason: text("out"),
                                section: text("s"),
                            });
                        }
                        let mut keyed: Vec<Keyed<f64>> = Vec::new();
                        for (v, p) in points {
                            match keyed.iter_mut().find(|k| k.key == verdict_ids[v]) {
                                Some(k) => k.value += f64::from(p),
                                None => keyed.push(Keyed {
                                    key: text(verdict_ids[v]),
                                    value: f64::from(p),
                                }),
                            }
                        }
                        Choice {
                            id: text(format!("o{o}")),
                            label: text("o"),
                            reason: text("because"),
                            points: Cow::Owned(keyed),
                            rows: Cow::Owned(Vec::new()),
                            section: text("s"),
                        }
                    })
                    .collect(),
            })
            .collect();
        let verdict = |id: &str, candidate: Option<&str>, combines: &[&str]| Verdict {
            id: text(id),
            name: text(id),
            headline: text(id),
            candidate: candidate.map(text),
            combines: Cow::Owned(combines.iter().map(|c| text(*c)).collect()),
            section: text("s"),
        };
        let candidate = |id: &str| Candidate {
            id: text(id),
            name: text(id),
            tagline: text(id),
            section: text("s"),
        };
        Dataset {
            id: text("random"),
            title: text("t"),
            summary: text("s"),
            source: Source {
                title: text("t"),
                note: text("n"),
            },
            sections: Cow::Owned(vec![Section {
                id: text("s"),
                title: text("S"),
            }]),
            candidates: Cow::Owned(vec![candidate("a"), candidate("b")]),
            verdicts: Cow::Owned(vec![
                verdict("a", Some("a"), &[]),
                verdict("b", Some("b"), &[]),
                verdict("mix", None, &["a", "b"]),
            ]),
            categories: Cow::Owned(Vec::new()),
            rows: Cow::Owned(Vec::new()),
            questions: Cow::Owned(questions),
            must_haves: Cow::Owned(must_haves),
            rule_outs: Cow::Owned(rule_outs),
            pros: Cow::Owned(Vec::new()),
            cons: Cow::Owned(Vec::new()),
            use_cases: Cow::Owned(Vec::new()),
            users: Cow::Owned(Vec::new()),
            faq: Cow::Owned(Vec::new()),
        }
    })
}

/// A random dataset with a random set of its answers.
fn any_dataset_and_answers() -> impl Strategy<Value = (Dataset, Vec<Option<usize>>)> {
    any_dataset().prop_flat_map(|d| {
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
    fn invariants_hold_on_random_small_datasets(
        (d, chosen) in any_dataset_and_answers(),
        seed in any::<u64>(),
    ) {
        prop_assert!(versus_core::validate(&d).is_empty(), "{:?}", versus_core::validate(&d));
        check_invariants(&d, &chosen, seed)?;
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
