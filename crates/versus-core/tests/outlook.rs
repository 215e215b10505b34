//! The engine's outlook (whether the unanswered questions can still change
//! the leaders, and which of them can) agrees with brute force over every
//! completion, on random small datasets and on the real one.

mod common;

use proptest::prelude::*;
use versus_core::engine::leaders;
use versus_core::outlook::Outlook;
use versus_core::{Answers, Dataset, Engine};

/// Every completion of the unanswered questions (each skipped or given any
/// option), as the leaders it gives, keyed by the completion.
fn completions(engine: &Engine<'_>, answers: &Answers) -> Vec<(Answers, Vec<usize>)> {
    let d = engine.dataset();
    let mut all = vec![answers.clone()];
    for q in (0..d.questions.len()).filter(|&q| answers.get(q).is_none()) {
        let mut next = Vec::new();
        for a in &all {
            for o in std::iter::once(None).chain((0..d.questions[q].options.len()).map(Some)) {
                let mut b = a.clone();
                b.set(q, o);
                next.push(b);
            }
        }
        all = next;
    }
    let mut scratch = engine.scratch();
    all.into_iter()
        .map(|a| {
            let l = leaders(engine.standings_of(&a, &mut scratch));
            (a, l)
        })
        .collect()
}

fn brute(engine: &Engine<'_>, answers: &Answers) -> Outlook {
    let d = engine.dataset();
    let unanswered: Vec<usize> = (0..d.questions.len())
        .filter(|&q| answers.get(q).is_none())
        .collect();
    if answers.answered() == 0 {
        return Outlook {
            settled: false,
            open: unanswered,
        };
    }
    let all = completions(engine, answers);
    let now = &all[0].1;
    let settled = all.iter().all(|(_, l)| l == now);
    let open = unanswered
        .into_iter()
        .filter(|&q| {
            all.iter().any(|(a, l)| {
                all.iter().any(|(b, m)| {
                    l != m && (0..d.questions.len()).all(|x| x == q || a.get(x) == b.get(x))
                })
            })
        })
        .collect();
    Outlook { settled, open }
}

fn to_answers(d: &Dataset, chosen: &[Option<usize>]) -> Answers {
    let mut a = Answers::none(d.questions.len());
    for (q, o) in chosen.iter().enumerate() {
        a.set(q, *o);
    }
    a
}

#[test]
fn the_real_dataset_agrees_with_brute_force_near_the_end() {
    let d = common::dataset();
    let engine = Engine::new(&d);
    let cases: &[&[&str]] = &[
        &[
            "team=python",
            "product=commerce",
            "realtime=none",
            "ai=none",
            "sensitivity=regulated",
            "deadline=tight",
            "architecture=monolith",
            "compute=light",
            "experience=mixed",
        ],
        &[
            "team=both",
            "product=realtime",
            "realtime=core",
            "ai=core",
            "sensitivity=low",
            "deadline=normal",
            "architecture=undecided",
            "compute=light",
            "experience=senior",
        ],
        &[
            "team=javascript",
            "product=api",
            "realtime=some",
            "ai=later",
            "sensitivity=standard",
            "deadline=relaxed",
            "architecture=microservices",
            "compute=light",
            "admin=needed",
            "growth=steady",
        ],
    ];
    for pairs in cases {
        let a = common::answers(&d, pairs);
        assert_eq!(engine.outlook(&a), brute(&engine, &a), "{pairs:?}");
    }
}

#[test]
fn a_settled_result_says_so_and_an_open_one_names_its_questions() {
    let d = common::dataset();
    let engine = Engine::new(&d);
    // A Python team's regulated shop on a deadline, with an admin: nothing
    // left can move it.
    let settled = common::answers(
        &d,
        &[
            "team=python",
            "product=commerce",
            "realtime=none",
            "ai=none",
            "sensitivity=regulated",
            "deadline=tight",
            "architecture=monolith",
            "admin=needed",
        ],
    );
    let outlook = engine.outlook(&settled);
    assert!(outlook.settled, "{outlook:?}");
    assert!(outlook.open.is_empty());
    // One answer in: everything is still open.
    let early = common::answers(&d, &["team=both"]);
    let outlook = engine.outlook(&early);
    assert!(!outlook.settled);
    assert!(outlook
        .open
        .contains(&d.question_index("realtime").unwrap()));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn random_small_datasets_agree_with_brute_force(
        (d, chosen) in common::any_dataset().prop_flat_map(|d| {
            let per_question: Vec<_> = d
                .questions
                .iter()
                .map(|q| proptest::option::of(0..q.options.len()))
                .collect();
            (Just(d), per_question)
        })
    ) {
        let engine = Engine::new(&d);
        let a = to_answers(&d, &chosen);
        prop_assert_eq!(engine.outlook(&a), brute(&engine, &a));
    }
}
