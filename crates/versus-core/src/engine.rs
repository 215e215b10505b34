//! Scoring: answers in, a ranked and fully explained [`Report`] out.
//!
//! Every verdict gets a [`Standing`], and standings compare in this order:
//! 1. not ruled out by any answer (a dataset's `rule_outs`);
//! 2. how many of the answers' must-haves the verdict runs a candidate for
//!    (a dataset's `must_haves`);
//! 3. points: the plain sum of the chosen options' points;
//! 4. fewer stacks: with all else level, a verdict that runs one candidate
//!    ranks above one that runs two (a second stack is a cost of its own).
//!
//! So a pile of nice-to-haves never outvotes a must-have, must-haves on two
//! sides call for a verdict that runs both, and nothing depends on answer
//! order. Verdicts sharing the best standing are a tie, reported as one.
//! "What would change this" is searched, not written: for each other
//! verdict, the fewest answer changes that make it the single leader.

use std::cmp::Ordering;

use crate::answers::Answers;
use crate::model::Dataset;
use crate::report::{self, Report};

/// The deepest flip searched: beyond three changed answers a reader is
/// describing a different project, not nudging this one.
pub const MAX_FLIP_CHANGES: usize = 3;

/// How one verdict stands, for one set of answers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Standing {
    /// An answer rules this verdict out.
    pub ruled_out: bool,
    /// How many of the answers' must-haves this verdict runs a candidate for.
    pub must_haves: usize,
    /// The sum of the points the answers give it.
    pub points: f64,
    /// How many candidates the verdict runs (fixed per verdict).
    pub stacks: usize,
}

impl Standing {
    /// `Greater` when `self` ranks above `other`, `Equal` when level.
    pub fn rank(&self, other: &Standing) -> Ordering {
        other
            .ruled_out
            .cmp(&self.ruled_out)
            .then(self.must_haves.cmp(&other.must_haves))
            .then(points_order(self.points, other.points))
            .then(other.stacks.cmp(&self.stacks))
    }
}

/// Points are sums of the dataset's numbers; level within rounding.
fn points_order(a: f64, b: f64) -> Ordering {
    if (a - b).abs() < 1e-9 {
        Ordering::Equal
    } else if a > b {
        Ordering::Greater
    } else {
        Ordering::Less
    }
}

/// One answer changed (or given for the first time).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub question: usize,
    /// The option chosen now, if the question is answered.
    pub from: Option<usize>,
    pub to: usize,
}

/// What choosing one option does to the standings.
#[derive(Clone, Debug, Default)]
struct Effect {
    /// Points per verdict.
    points: Vec<f64>,
    /// The must-have this answer is (index into `Dataset::must_haves`).
    must_have: Option<usize>,
    /// Per verdict: runs the must-have's candidate (all false without one).
    meets: Vec<bool>,
    /// The rule-outs this answer triggers (indices into `Dataset::rule_outs`).
    rule_outs: Vec<usize>,
    /// Per verdict: ruled out by this answer.
    rules_out: Vec<bool>,
}

/// A dataset prepared for fast, repeated scoring.
#[derive(Clone, Debug)]
pub struct Engine<'d> {
    dataset: &'d Dataset,
    /// `[question][option]`.
    effects: Vec<Vec<Effect>>,
    /// Each verdict's standing before any answer (only `stacks` is set).
    unanswered: Vec<Standing>,
    /// For each con, its `when` answers as `(question, option)` indices.
    con_answers: Vec<Vec<(usize, usize)>>,
}

impl<'d> Engine<'d> {
    /// Prepares a dataset. It should have passed [`crate::validate`]; ids
    /// that do not resolve are ignored here rather than trusted.
    pub fn new(dataset: &'d Dataset) -> Self {
        let verdicts = dataset.verdicts.len();
        let mut effects: Vec<Vec<Effect>> = dataset
            .questions
            .iter()
            .map(|q| {
                q.options
                    .iter()
                    .map(|o| {
                        let mut points = vec![0.0; verdicts];
                        for p in o.points.iter().filter(|p| p.value.is_finite()) {
                            if let Some(v) = dataset.verdict_index(&p.key) {
                                points[v] += p.value;
                            }
                        }
                        Effect {
                            points,
                            meets: vec![false; verdicts],
                            rules_out: vec![false; verdicts],
                            ..Effect::default()
                        }
                    })
                    .collect()
            })
            .collect();
        let resolve = |answer: &str| dataset.answer(answer);
        for (m, must) in dataset.must_haves.iter().enumerate() {
            if let Some((q, o)) = resolve(&must.answer) {
                let effect = &mut effects[q][o];
                effect.must_have = Some(m);
                for (v, verdict) in dataset.verdicts.iter().enumerate() {
                    effect.meets[v] = verdict.runs().any(|c| c == must.candidate);
                }
            }
        }
        for (r, rule_out) in dataset.rule_outs.iter().enumerate() {
            let verdict = dataset.verdict_index(&rule_out.verdict);
            if let (Some((q, o)), Some(v)) = (resolve(&rule_out.answer), verdict) {
                let effect = &mut effects[q][o];
                effect.rule_outs.push(r);
                effect.rules_out[v] = true;
            }
        }
        let con_answers = dataset
            .cons
            .iter()
            .map(|con| {
                con.when
                    .iter()
                    .filter_map(|pair| dataset.answer(pair))
                    .collect()
            })
            .collect();
        let unanswered = dataset
            .verdicts
            .iter()
            .map(|v| Standing {
                ruled_out: false,
                must_haves: 0,
                points: 0.0,
                stacks: v.runs().count(),
            })
            .collect();
        Engine {
            dataset,
            effects,
            unanswered,
            con_answers,
        }
    }

    /// The dataset this engine scores.
    pub fn dataset(&self) -> &'d Dataset {
        self.dataset
    }

    /// No answers, sized for this dataset.
    pub fn no_answers(&self) -> Answers {
        Answers::none(self.dataset.questions.len())
    }

    fn effect(&self, question: usize, option: usize) -> Option<&Effect> {
        self.effects.get(question)?.get(option)
    }

    /// Each verdict's standing, dataset order.
    pub fn standings(&self, answers: &Answers) -> Vec<Standing> {
        let mut standings = Vec::with_capacity(self.dataset.verdicts.len());
        self.standings_into(answers, &mut standings);
        standings
    }

    /// [`Engine::standings`] into a buffer the caller reuses: the flip
    /// search ranks thousands of trial answers and allocates none of them.
    fn standings_into(&self, answers: &Answers, standings: &mut Vec<Standing>) {
        standings.clear();
        standings.extend_from_slice(&self.unanswered);
        for (q, o) in answers.iter() {
            let Some(effect) = self.effect(q, o) else {
                continue;
            };
            for (v, standing) in standings.iter_mut().enumerate() {
                standing.points += effect.points[v];
                standing.must_haves += usize::from(effect.meets[v]);
                standing.ruled_out |= effect.rules_out[v];
            }
        }
    }

    /// The verdict that leads alone, if one does (no allocation).
    fn single_leader(standings: &[Standing]) -> Option<usize> {
        let mut best = 0;
        let mut shared = false;
        for v in 1..standings.len() {
            match standings[v].rank(&standings[best]) {
                Ordering::Greater => {
                    best = v;
                    shared = false;
                }
                Ordering::Equal => shared = true,
                Ordering::Less => {}
            }
        }
        (!standings.is_empty() && !shared).then_some(best)
    }

    /// The verdicts sharing the best standing, dataset order.
    pub fn leaders(standings: &[Standing]) -> Vec<usize> {
        let Some(best) = standings.iter().copied().reduce(|best, s| {
            if s.rank(&best) == Ordering::Greater {
                s
            } else {
                best
            }
        }) else {
            return Vec::new();
        };
        (0..standings.len())
            .filter(|&v| standings[v].rank(&best) == Ordering::Equal)
            .collect()
    }

    /// The single leading verdict, if one leads alone.
    pub fn verdict(&self, answers: &Answers) -> Option<usize> {
        Self::single_leader(&self.standings(answers))
    }

    /// Ranks, explains and searches the flips for a set of answers.
    #[inline(never)]
    pub fn evaluate(&self, answers: &Answers) -> Report<'d> {
        let standings = self.standings(answers);
        let leaders = if answers.answered() == 0 {
            Vec::new()
        } else {
            Self::leaders(&standings)
        };
        let flips = if answers.answered() == 0 {
            Vec::new()
        } else {
            self.flips(answers, &leaders)
        };
        let d = self.dataset;
        let caveats = d
            .cons
            .iter()
            .zip(&self.con_answers)
            .filter(|(con, _)| {
                leaders.iter().any(|&v| {
                    let verdict = &d.verdicts[v];
                    con.about == verdict.id || verdict.candidate.as_ref() == Some(&con.about)
                })
            })
            .filter(|(_, when)| when.iter().any(|&(q, o)| answers.holds(q, o)))
            .map(|(con, _)| con)
            .collect();
        let effects = answers
            .iter()
            .map(|(q, o)| {
                let effect = &self.effects[q][o];
                (q, o, effect.must_have, &effect.rule_outs[..])
            })
            .collect::<Vec<_>>();
        report::build(report::Inputs {
            dataset: d,
            standings: &standings,
            leaders,
            effects: &effects,
            caveats,
            flips,
        })
    }

    /// Breadth-first over the number of changed answers: for each verdict
    /// other than the sole leader (on a tie: every verdict), the first depth
    /// that makes it the single leader, and at that depth the changes that
    /// put it furthest ahead (ties: first in enumeration order).
    fn flips(&self, answers: &Answers, leaders: &[usize]) -> Vec<(usize, Vec<Change>)> {
        let verdicts = self.dataset.verdicts.len();
        let current = match leaders {
            [one] => Some(*one),
            _ => None,
        };
        let is_target = |v: usize| Some(v) != current;
        let mut found: Vec<Option<Vec<Change>>> = vec![None; verdicts];
        let mut trial = Trial {
            answers: answers.clone(),
            changes: Vec::with_capacity(MAX_FLIP_CHANGES),
            standings: Vec::with_capacity(verdicts),
        };
        for depth in 1..=MAX_FLIP_CHANGES.min(self.dataset.questions.len()) {
            let mut best_here: Vec<Option<(f64, Vec<Change>)>> = vec![None; verdicts];
            self.search(
                answers,
                &mut trial,
                0,
                depth,
                &mut |standings: &[Standing], changes: &[Change]| {
                    let Some(leader) = Self::single_leader(standings) else {
                        return;
                    };
                    if !is_target(leader) || found[leader].is_some() {
                        return;
                    }
                    let lead = lead_of(standings, leader);
                    let slot = &mut best_here[leader];
                    if slot.as_ref().is_none_or(|(l, _)| lead > *l) {
                        *slot = Some((lead, changes.to_vec()));
                    }
                },
            );
            for (v, best) in best_here.into_iter().enumerate() {
                if let Some((_, changes)) = best {
                    found[v] = Some(changes);
                }
            }
            if (0..verdicts).all(|v| !is_target(v) || found[v].is_some()) {
                break;
            }
        }
        // Fewest changes first, dataset order within a depth; grouping by
        // depth instead of sorting keeps the standard sort out of the wasm.
        let mut flips = Vec::new();
        for depth in 1..=MAX_FLIP_CHANGES {
            for (verdict, changes) in found.iter().enumerate() {
                if let Some(changes) = changes.as_ref().filter(|c| c.len() == depth) {
                    flips.push((verdict, changes.clone()));
                }
            }
        }
        flips
    }

    /// Tries every way to change `depth` more questions, from `start` on.
    fn search(
        &self,
        answers: &Answers,
        trial: &mut Trial,
        start: usize,
        depth: usize,
        visit: &mut impl FnMut(&[Standing], &[Change]),
    ) {
        if depth == 0 {
            self.standings_into(&trial.answers, &mut trial.standings);
            visit(&trial.standings, &trial.changes);
            return;
        }
        for q in start..self.dataset.questions.len() {
            let from = answers.get(q);
            for to in 0..self.dataset.questions[q].options.len() {
                if from == Some(to) {
                    continue;
                }
                trial.answers.set(q, Some(to));
                trial.changes.push(Change {
                    question: q,
                    from,
                    to,
                });
                self.search(answers, trial, q + 1, depth - 1, visit);
                trial.changes.pop();
            }
            trial.answers.set(q, from);
        }
    }
}

/// The flip search's working state, reused by every trial it ranks.
struct Trial {
    answers: Answers,
    changes: Vec<Change>,
    standings: Vec<Standing>,
}

/// How far `leader` is ahead of the best of the rest, as one number:
/// must-haves count far more than points.
fn lead_of(standings: &[Standing], leader: usize) -> f64 {
    let value = |s: &Standing| {
        let allowed = if s.ruled_out { 0.0 } else { 1e6 };
        allowed + s.must_haves as f64 * 1e3 + s.points
    };
    let runner_up = standings
        .iter()
        .enumerate()
        .filter(|&(v, _)| v != leader)
        .map(|(_, s)| value(s))
        .fold(f64::NEG_INFINITY, f64::max);
    value(&standings[leader]) - runner_up
}
