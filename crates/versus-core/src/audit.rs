//! The whole decision space of a dataset at once: every complete answer
//! set evaluated, the distribution of verdicts and decisiveness, how often
//! each question alone can change the verdict, the most lopsided and the
//! closest cases, and every breach of the model's invariants:
//!
//! - **top score**: the verdict is the top score, and scores are finite;
//! - **anchor**: an answer to the anchor question with a decisive weight
//!   for one candidate (a team's own language) is never outweighed by one
//!   answer for another: the other candidate's single stack wins only with
//!   two or more answers for it;
//! - **monotone**: an answer that argues for a candidate never lowers its
//!   single stack against another, and never moves the verdict from
//!   verdicts that run it to one that does not;
//! - **mix needs parts**: a mixed verdict wins only when every candidate
//!   it runs has a part of the project to do.
//!
//! Pure: the caller splits the sets into ranges (for threads) and merges.

use crate::answers::Answers;
use crate::engine::{self, Change, Decisiveness, Engine};
use crate::model::Dataset;

/// How many of each kind of breach are kept with their details.
const KEPT: usize = 20;
/// How many extreme cases are kept at each end.
const EXTREMES: usize = 3;

/// An invariant of the decision model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rule {
    TopScore,
    Anchor,
    Monotone,
    MixNeedsParts,
}

impl Rule {
    pub fn id(self) -> &'static str {
        match self {
            Rule::TopScore => "top-score",
            Rule::Anchor => "anchor",
            Rule::Monotone => "monotone",
            Rule::MixNeedsParts => "mix-needs-parts",
        }
    }
}

/// One breach: the rule, the answer set (by index) and what happened.
#[derive(Clone, Debug, PartialEq)]
pub struct Breach {
    pub rule: Rule,
    /// The answer set, as an index (see [`answers_of`]); `None` for the
    /// pairwise anchor check, whose answers are in `detail`.
    pub set: Option<u64>,
    pub detail: String,
}

/// The audit of a range of complete answer sets; merge ranges with [`Audit::merge`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Audit {
    pub sets: u64,
    /// Per verdict: the sets it wins alone.
    pub verdicts: Vec<u64>,
    /// Sets with two or more verdicts level on top.
    pub ties: u64,
    /// Per decisiveness (`Tie`, `Slight`, `Clear`, `Strong`), in that order.
    pub decisiveness: [u64; 4],
    /// Per question: the sets where another answer to it alone changes the leaders.
    pub swings: Vec<u64>,
    /// The largest margins, largest first: `(margin, set)`.
    pub lopsided: Vec<(f64, u64)>,
    /// The smallest margins of a sole verdict, smallest first.
    pub closest: Vec<(f64, u64)>,
    /// The first breaches of each rule.
    pub breaches: Vec<Breach>,
    /// Every breach, counted.
    pub breach_count: u64,
}

/// `part` as a percentage of `whole` (0 of nothing).
pub fn percent(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 * 100.0 / whole as f64
    }
}

/// How many complete answer sets a dataset has (`None` past `u64`).
pub fn count(dataset: &Dataset) -> Option<u64> {
    dataset
        .questions
        .iter()
        .try_fold(1u64, |n, q| n.checked_mul(q.options.len() as u64))
}

/// The complete answer set with this index (mixed radix, last question fastest).
pub fn answers_of(dataset: &Dataset, mut index: u64) -> Answers {
    let mut answers = Answers::none(dataset.questions.len());
    for (q, question) in dataset.questions.iter().enumerate().rev() {
        let n = question.options.len() as u64;
        answers.set(q, Some((index % n) as usize));
        index /= n;
    }
    answers
}

/// The anchor check on pairs: each anchor answer with a decisive weight
/// for one candidate, with each single other answer, never gives another
/// candidate's single stack.
pub fn anchor_pairs(engine: &Engine<'_>) -> Vec<Breach> {
    let d = engine.dataset();
    anchor_outweighed(engine)
        .into_iter()
        .map(|o| {
            let mut answers = Answers::none(d.questions.len());
            answers.set(o.anchor.0, Some(o.anchor.1));
            answers.set(o.other.0, Some(o.other.1));
            Breach {
                rule: Rule::Anchor,
                set: None,
                detail: format!(
                    "{} with only {} gives {}",
                    answers_text(d, &answers, o.anchor.0),
                    answers_text(d, &answers, o.other.0),
                    d.verdicts[o.verdict].id
                ),
            }
        })
        .collect()
}

/// An anchor answer outweighed by one other answer: both as `(question,
/// option)` indices, and the verdict the pair gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outweighed {
    pub anchor: (usize, usize),
    pub other: (usize, usize),
    pub verdict: usize,
}

/// Every anchor answer with a decisive weight for one candidate, paired
/// with a single other answer that gives another candidate's single stack
/// (what [`anchor_pairs`] reports, and `validate` places in the file).
pub fn anchor_outweighed(engine: &Engine<'_>) -> Vec<Outweighed> {
    let d = engine.dataset();
    let Some(anchor) = d
        .decision
        .anchor
        .as_deref()
        .and_then(|a| d.question_index(a))
    else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for a in 0..d.questions[anchor].options.len() {
        let Some(side) = anchored(engine, anchor, a) else {
            continue;
        };
        for (q, question) in d.questions.iter().enumerate() {
            if q == anchor {
                continue;
            }
            for o in 0..question.options.len() {
                let mut answers = Answers::none(d.questions.len());
                answers.set(anchor, Some(a));
                answers.set(q, Some(o));
                if let Some(v) = engine.verdict(&answers) {
                    if sends_elsewhere(engine, v, side) {
                        found.push(Outweighed {
                            anchor: (anchor, a),
                            other: (q, o),
                            verdict: v,
                        });
                    }
                }
            }
        }
    }
    found
}

/// The candidate an anchor answer holds to: it argues for one candidate
/// with a decisive weight.
fn anchored(engine: &Engine<'_>, anchor: usize, option: usize) -> Option<usize> {
    let heavy = engine.is_decisive(Change {
        question: anchor,
        from: None,
        to: option,
    });
    engine.favoured(anchor, option).filter(|_| heavy)
}

/// Whether verdict `v` is a single stack of a candidate other than `side`.
fn sends_elsewhere(engine: &Engine<'_>, v: usize, side: usize) -> bool {
    let d = engine.dataset();
    let runs: Vec<usize> = (0..d.candidates.len())
        .filter(|&c| engine.runs(v, c))
        .collect();
    runs.len() == 1 && runs[0] != side
}

fn answers_text(d: &Dataset, answers: &Answers, q: usize) -> String {
    let o = answers.get(q).unwrap_or(0);
    format!("{}={}", d.questions[q].id, d.questions[q].options[o].id)
}

impl Audit {
    /// Audits the complete answer sets with indices in `range`.
    pub fn of_range(engine: &Engine<'_>, range: std::ops::Range<u64>) -> Audit {
        let d = engine.dataset();
        let verdicts = d.verdicts.len();
        let anchor = d
            .decision
            .anchor
            .as_deref()
            .and_then(|a| d.question_index(a));
        let mut audit = Audit {
            verdicts: vec![0; verdicts],
            swings: vec![0; d.questions.len()],
            ..Audit::default()
        };
        let mut scratch = engine.scratch();
        let mut other = engine.scratch();
        for set in range {
            audit.sets += 1;
            let answers = answers_of(d, set);
            let scores = engine.standings_of(&answers, &mut scratch).to_vec();
            let leaders = engine::leaders(&scores);
            let mut breach = |rule: Rule, detail: String| {
                audit.breach_count += 1;
                if audit.breaches.iter().filter(|b| b.rule == rule).count() < KEPT {
                    audit.breaches.push(Breach {
                        rule,
                        set: Some(set),
                        detail,
                    });
                }
            };

            // The verdict is the top score of the verdicts on offer.
            let top = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            if !scores
                .iter()
                .all(|&s| s.is_finite() || s == engine::NOT_ON_OFFER)
                || leaders.is_empty()
                || leaders.iter().any(|&v| scores[v] < top - 1e-9)
            {
                breach(
                    Rule::TopScore,
                    format!("scores {scores:?}, leaders {leaders:?}"),
                );
            }
            let verdict = match leaders[..] {
                [one] => Some(one),
                _ => None,
            };

            // The anchor is never outweighed by one answer.
            if let (Some(anchor), Some(v)) = (anchor, verdict) {
                if let Some(side) = answers
                    .get(anchor)
                    .and_then(|a| anchored(engine, anchor, a))
                {
                    if sends_elsewhere(engine, v, side) {
                        let target = (0..d.candidates.len())
                            .find(|&c| engine.runs(v, c))
                            .unwrap_or(0);
                        let for_it = answers
                            .iter()
                            .filter(|&(q, o)| engine.favoured(q, o) == Some(target))
                            .count();
                        if for_it < 2 {
                            breach(Rule::Anchor, format!("{} by one answer", d.verdicts[v].id));
                        }
                    }
                }
            }

            // A mixed verdict wins only with a part for each candidate.
            if let Some(v) = verdict {
                let tally = scratch.tally();
                let idle = (0..d.candidates.len())
                    .filter(|&c| engine.runs(v, c))
                    .filter(|&c| tally.part[c] <= 0.0)
                    .count();
                let runs = (0..d.candidates.len())
                    .filter(|&c| engine.runs(v, c))
                    .count();
                if runs > 1 && idle > 0 {
                    breach(
                        Rule::MixNeedsParts,
                        format!(
                            "{} wins with a candidate that has no part",
                            d.verdicts[v].id
                        ),
                    );
                }
            }

            // Monotone: each answer against the same set without it.
            for (q, o) in answers.iter() {
                let Some(side) = engine.favoured(q, o) else {
                    continue;
                };
                let mut without = answers.clone();
                without.set(q, None);
                let before = engine.standings_of(&without, &mut other).to_vec();
                let single = |c: usize| {
                    (0..verdicts)
                        .find(|&v| (0..d.candidates.len()).all(|x| engine.runs(v, x) == (x == c)))
                };
                if let Some(vc) = single(side) {
                    for other_side in (0..d.candidates.len()).filter(|&c| c != side) {
                        if let Some(vo) = single(other_side) {
                            if scores[vc] - scores[vo] < before[vc] - before[vo] - 1e-9 {
                                breach(
                                    Rule::Monotone,
                                    format!(
                                        "{}={} lowers {} against {}",
                                        d.questions[q].id,
                                        d.questions[q].options[o].id,
                                        d.verdicts[vc].id,
                                        d.verdicts[vo].id
                                    ),
                                );
                            }
                        }
                    }
                }
                let runs_side = |ls: &[usize]| ls.iter().all(|&v| engine.runs(v, side));
                if without.answered() > 0
                    && runs_side(&engine::leaders(&before))
                    && !runs_side(&leaders)
                {
                    breach(
                        Rule::Monotone,
                        format!(
                            "{}={} moves the verdict away from {}",
                            d.questions[q].id, d.questions[q].options[o].id, d.candidates[side].id
                        ),
                    );
                }
            }

            // How often each question alone can change the verdict.
            let mut trial = answers.clone();
            for (q, question) in d.questions.iter().enumerate() {
                let from = answers.get(q);
                let swings = (0..question.options.len())
                    .filter(|&o| Some(o) != from)
                    .any(|o| {
                        trial.set(q, Some(o));
                        engine::leaders(engine.standings_of(&trial, &mut other)) != leaders
                    });
                trial.set(q, from);
                audit.swings[q] += u64::from(swings);
            }

            let ranking = engine.rank(&answers);
            let decisiveness = engine.decisiveness(&answers, &ranking);
            let slot = match decisiveness {
                Decisiveness::Unanswered | Decisiveness::Tie => 0,
                Decisiveness::Slight => 1,
                Decisiveness::Clear => 2,
                Decisiveness::Strong => 3,
            };
            audit.decisiveness[slot] += 1;
            match verdict {
                Some(v) => {
                    audit.verdicts[v] += 1;
                    let margin = ranking.margin();
                    keep(&mut audit.lopsided, (margin, set), |a, b| a > b);
                    keep(&mut audit.closest, (margin, set), |a, b| a < b);
                }
                None => audit.ties += 1,
            }
        }
        audit
    }

    /// Adds another range's audit to this one.
    pub fn merge(&mut self, other: Audit) {
        self.sets += other.sets;
        if self.verdicts.is_empty() {
            self.verdicts = vec![0; other.verdicts.len()];
            self.swings = vec![0; other.swings.len()];
        }
        for (a, b) in self.verdicts.iter_mut().zip(&other.verdicts) {
            *a += b;
        }
        for (a, b) in self.swings.iter_mut().zip(&other.swings) {
            *a += b;
        }
        self.ties += other.ties;
        for (a, b) in self.decisiveness.iter_mut().zip(other.decisiveness) {
            *a += b;
        }
        for case in other.lopsided {
            keep(&mut self.lopsided, case, |a, b| a > b);
        }
        for case in other.closest {
            keep(&mut self.closest, case, |a, b| a < b);
        }
        for b in other.breaches {
            if self.breaches.iter().filter(|x| x.rule == b.rule).count() < KEPT {
                self.breaches.push(b);
            }
        }
        self.breach_count += other.breach_count;
    }
}

/// Keeps the `EXTREMES` cases that come first by `before` (margin, then
/// set index), in that order.
fn keep(list: &mut Vec<(f64, u64)>, case: (f64, u64), before: fn(f64, f64) -> bool) {
    let earlier = |a: &(f64, u64), b: &(f64, u64)| {
        if (a.0 - b.0).abs() > 1e-9 {
            before(a.0, b.0)
        } else {
            a.1 < b.1
        }
    };
    let at = list
        .iter()
        .position(|x| earlier(&case, x))
        .unwrap_or(list.len());
    if at < EXTREMES {
        list.insert(at, case);
        list.truncate(EXTREMES);
    }
}
