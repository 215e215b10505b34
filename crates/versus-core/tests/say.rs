//! The catalogue's English, rendered: every report of many answer sets
//! fills each template completely, and the variants the real dataset
//! rarely reaches read as the report always wrote them.

mod common;

use common::{dataset, Fixture};
use versus_core::compare::leaders_name;
use versus_core::report::Halved;
use versus_core::words::ENGLISH;
use versus_core::{record, Answers, Decisiveness, Engine, Report};

/// Every text a report, its record and a comparison give, in English.
fn texts(d: &versus_core::Dataset, answers: &Answers, other: &Answers) -> Vec<String> {
    let engine = Engine::new(d);
    let r = engine.evaluate(answers);
    let w = &ENGLISH;
    let mut out = vec![
        r.title(w),
        r.firmness_line(w),
        r.decisiveness.sentence(w).to_string(),
        record::markdown(w, d, answers, &r, "https://x.example/#a"),
    ];
    out.extend(r.margin_line(w));
    out.extend(r.outlook_line(w));
    out.extend(r.live_line(w));
    out.extend(r.weighed_most_line(w));
    for s in &r.scores {
        out.push(s.shown(w));
        out.extend(s.notes(w));
    }
    for reason in &r.reasons {
        out.push(reason.points_text(w));
        out.push(reason.source.text(w));
    }
    out.extend(r.flips.iter().filter_map(|f| f.condition_text(w)));
    let comparison = engine.compare(answers, other);
    out.push(leaders_name(w, d, &comparison.theirs));
    for difference in &comparison.differences {
        out.push(difference.sentence(w, d, "Sam"));
    }
    out
}

#[test]
fn every_rendered_text_is_filled_in() {
    let d = dataset();
    // A spread of answer sets, some complete, some half answered, one
    // empty: a small generator keeps the test free of a random source.
    let mut seed: u64 = 7;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n
    };
    let mut sets = vec![Answers::none(d.questions.len())];
    for k in 0..60 {
        let mut a = Answers::none(d.questions.len());
        for (q, question) in d.questions.iter().enumerate() {
            if k % 2 == 0 || next(3) > 0 {
                a.set(q, Some(next(question.options.len())));
            }
        }
        sets.push(a);
    }
    for (i, answers) in sets.iter().enumerate() {
        let other = &sets[(i * 7 + 3) % sets.len()];
        for text in texts(&d, answers, other) {
            assert!(
                !text.contains(['{', '}']) && !text.is_empty(),
                "a template left unfilled: {text:?}"
            );
        }
    }
}

/// A fixture whose answers give `a` a lead.
fn lead() -> versus_core::Dataset {
    Fixture::new(2.0)
        .argument("x", "a", false)
        .argument("y", "b", true)
        .question("p", &[("yes", &[("x", 4.0)]), ("no", &[])])
        .question("q", &[("yes", &[("y", 1.0)]), ("no", &[])])
        .build()
}

fn report<'d>(engine: &Engine<'d>, pairs: &[&str]) -> Report<'d> {
    engine.evaluate(&common::answers(engine.dataset(), pairs))
}

#[test]
fn rare_variants_read_as_before() {
    let d = lead();
    let engine = Engine::new(&d);
    let w = &ENGLISH;
    let mut r = report(&engine, &["p=yes"]);
    let (a, b, mix) = (
        r.scores[0].verdict,
        r.scores[1].verdict,
        r.scores[2].verdict,
    );

    // Ties, with the questions left unable or able to separate them.
    r.verdict = None;
    r.leaders = vec![a, b, mix];
    r.decisiveness = Decisiveness::Tie;
    assert_eq!(r.title(w), "A tie: A, B and MIX");
    (r.unanswered, r.settled, r.open) = (1, true, vec![]);
    assert_eq!(
        r.firmness_line(w),
        "Too close to call: your answers give them the same score, and no answer to the one question left could separate them."
    );
    (r.unanswered, r.settled, r.open) = (5, false, vec![0, 1]);
    assert_eq!(
        r.firmness_line(w),
        "Too close to call: your answers give them the same score, but your answers to 2 of the 5 questions left could separate them."
    );
    assert_eq!(
        r.live_line(w).as_deref(),
        Some("A tie: A, B and MIX after 1 of 6 answers")
    );

    // Leads, with every question left open, or one of several.
    r.verdict = Some(a);
    r.leaders = vec![a];
    r.decisiveness = Decisiveness::Strong;
    (r.unanswered, r.settled, r.open) = (3, false, vec![0, 1, 2]);
    assert_eq!(
        r.firmness_line(w),
        "A strong lead: no one or two small changes to your answers would overturn it, but your answers to the 3 questions left could still change it."
    );
    (r.unanswered, r.open) = (4, vec![1]);
    assert_eq!(
        r.outlook_line(w).as_deref(),
        Some("Your answers to 1 of the 4 questions left could still change it: that question is marked with a dot.")
    );
    (r.unanswered, r.open) = (1, vec![1]);
    assert_eq!(
        r.outlook_line(w).as_deref(),
        Some("Your answer to the one question left could still change it: that question is marked with a dot.")
    );
    r.decisiveness = Decisiveness::Clear;
    (r.unanswered, r.settled, r.open) = (2, true, vec![]);
    assert_eq!(
        r.firmness_line(w),
        "A clear lead: it would take two small changes to your answers to overturn it, and no answers to the questions left could change it."
    );
    (r.unanswered, r.reasons) = (0, r.reasons[..1].to_vec());
    assert_eq!(
        r.live_line(w).as_deref(),
        Some("A: a clear lead after 1 of 1 answer")
    );

    // The margin with no alternative on offer, and of exactly one point.
    (r.runner_up, r.margin) = (None, 2.5);
    assert_eq!(r.margin_line(w).as_deref(), Some("Ahead by 2.5 points."));
    (r.runner_up, r.margin) = (Some(b), 1.0);
    assert_eq!(r.margin_line(w).as_deref(), Some("Ahead of B by 1 point."));

    // A whole-project argument shared three ways.
    let score = &mut r.scores[2];
    score.offered = true;
    score.cost = None;
    score.halved = vec![Halved {
        claim: "x",
        candidate: "A",
        full: 4.0,
        counted: 4.0 / 3.0,
        share: 3,
    }];
    assert_eq!(
        score.notes(w),
        ["A share of +4 (x): only the A share gains from it"]
    );
    assert_eq!(leaders_name(w, &d, &[]), "no recommendation");
    assert_eq!(leaders_name(w, &d, &[0, 1]), "a tie of A and B");
}
