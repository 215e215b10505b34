//! Scoring: answers in, a fully explained outcome out.
//!
//! Every point comes from one chosen option or one rule that all its answers
//! satisfy, and each carries its reason. The score of a verdict is the plain
//! sum of its points, so the result cannot depend on answer order. The
//! "what would change this" list is searched, not written: the fewest answer
//! changes that make another verdict win.

use crate::answers::{parse_pair, Answers};
use crate::model::{Claim, Dataset, Keyed, Text};

/// The deepest flip searched: beyond three changed answers a reader is
/// describing a different project, not nudging this one.
pub const MAX_FLIP_CHANGES: usize = 3;

/// What produced a reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cause {
    /// One chosen option (question and option index).
    Answer { question: usize, option: usize },
    /// A rule (index into `Dataset::rules`) whose answers all hold.
    Rule { rule: usize },
}

/// One explained contribution to the scores.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason<'d> {
    pub cause: Cause,
    pub text: &'d str,
    /// Points per verdict id, as written in the dataset.
    pub points: &'d [Keyed<f64>],
    /// Comparison rows behind the reason.
    pub rows: &'d [Text],
    /// The source section the reason rests on.
    pub section: &'d str,
}

/// How firmly the answers point at the verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Decisiveness {
    /// Two or more verdicts share the top score.
    Tie,
    /// One changed answer would change the verdict.
    Slight,
    /// It takes two changed answers.
    Clear,
    /// It takes three or more.
    Strong,
}

impl Decisiveness {
    /// A stable machine name.
    pub fn id(self) -> &'static str {
        match self {
            Decisiveness::Tie => "tie",
            Decisiveness::Slight => "slight",
            Decisiveness::Clear => "clear",
            Decisiveness::Strong => "strong",
        }
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

/// The fewest answer changes that make another verdict win.
#[derive(Clone, Debug, PartialEq)]
pub struct Flip {
    /// The verdict that would win.
    pub verdict: usize,
    pub changes: Vec<Change>,
}

/// The full result for one set of answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome<'d> {
    /// Index of the winning verdict; on a tie, the first in dataset order.
    pub verdict: usize,
    /// Score of each verdict, dataset order.
    pub scores: Vec<f64>,
    /// Winner's score minus the runner-up's.
    pub margin: f64,
    pub decisiveness: Decisiveness,
    /// Every contribution, answers in question order, then rules.
    pub reasons: Vec<Reason<'d>>,
    /// Weaknesses of the winner that the answers make relevant.
    pub caveats: Vec<&'d Claim>,
    /// For each other verdict reachable within `MAX_FLIP_CHANGES`, the
    /// fewest changes that reach it, fewest first.
    pub flips: Vec<Flip>,
    /// Ids of the comparison rows the answers touch, table order.
    pub rows: Vec<&'d str>,
}

/// A dataset prepared for fast, repeated scoring.
#[derive(Clone, Debug)]
pub struct Engine<'d> {
    dataset: &'d Dataset,
    /// Points per verdict for each question's options: `[q][o][v]`.
    option_points: Vec<Vec<Vec<f64>>>,
    /// The rules, resolved to indices.
    rules: Vec<PreparedRule>,
    /// For each con, its `when` answers as `(question, option)` indices.
    con_answers: Vec<Vec<(usize, usize)>>,
}

/// A rule with its answers as `(question, option)` indices and points per verdict.
#[derive(Clone, Debug)]
struct PreparedRule {
    when: Vec<(usize, usize)>,
    points: Vec<f64>,
}

impl<'d> Engine<'d> {
    /// Prepares a dataset. It should have passed [`crate::validate`]; ids
    /// that do not resolve are ignored here rather than trusted.
    pub fn new(dataset: &'d Dataset) -> Self {
        let verdicts = dataset.verdicts.len();
        let per_verdict = |points: &[Keyed<f64>]| {
            let mut out = vec![0.0; verdicts];
            for p in points {
                if let Some(v) = dataset.verdict_index(&p.key) {
                    if p.value.is_finite() {
                        out[v] += p.value;
                    }
                }
            }
            out
        };
        let option_points = dataset
            .questions
            .iter()
            .map(|q| q.options.iter().map(|o| per_verdict(&o.points)).collect())
            .collect();
        let resolve = |pairs: &[Text]| -> Vec<(usize, usize)> {
            pairs
                .iter()
                .filter_map(|pair| parse_pair(dataset, pair).ok())
                .collect()
        };
        let rules = dataset
            .rules
            .iter()
            .map(|rule| PreparedRule {
                when: resolve(&rule.when),
                points: per_verdict(&rule.points),
            })
            .collect();
        let con_answers = dataset.cons.iter().map(|con| resolve(&con.when)).collect();
        Engine {
            dataset,
            option_points,
            rules,
            con_answers,
        }
    }

    /// No answers, sized for this dataset.
    pub fn no_answers(&self) -> Answers {
        Answers::none(self.dataset.questions.len())
    }

    fn rule_holds(when: &[(usize, usize)], answers: &Answers) -> bool {
        !when.is_empty() && when.iter().all(|&(q, o)| answers.holds(q, o))
    }

    /// The score of each verdict, dataset order.
    pub fn scores(&self, answers: &Answers) -> Vec<f64> {
        let mut scores = vec![0.0; self.dataset.verdicts.len()];
        for (q, o) in answers.iter() {
            if let Some(points) = self.option_points.get(q).and_then(|p| p.get(o)) {
                add(&mut scores, points);
            }
        }
        for rule in &self.rules {
            if Self::rule_holds(&rule.when, answers) {
                add(&mut scores, &rule.points);
            }
        }
        scores
    }

    /// The winning verdict and its margin over the runner-up.
    fn winner(scores: &[f64]) -> (usize, f64) {
        let mut best = 0;
        for (v, &s) in scores.iter().enumerate() {
            if s > scores[best] {
                best = v;
            }
        }
        let runner_up = scores
            .iter()
            .enumerate()
            .filter(|&(v, _)| v != best)
            .map(|(_, &s)| s)
            .fold(f64::NEG_INFINITY, f64::max);
        let margin = if runner_up.is_finite() {
            scores[best] - runner_up
        } else {
            0.0
        };
        (best, margin)
    }

    /// Just the winning verdict, for callers that need nothing else.
    pub fn verdict(&self, answers: &Answers) -> usize {
        Self::winner(&self.scores(answers)).0
    }

    /// Scores, explains and searches the flips for a set of answers.
    pub fn evaluate(&self, answers: &Answers) -> Outcome<'d> {
        let d = self.dataset;
        let scores = self.scores(answers);
        let (verdict, margin) = Self::winner(&scores);

        let mut reasons = Vec::new();
        for (q, o) in answers.iter() {
            let choice = &d.questions[q].options[o];
            reasons.push(Reason {
                cause: Cause::Answer {
                    question: q,
                    option: o,
                },
                text: &choice.reason,
                points: &choice.points,
                rows: &choice.rows,
                section: &choice.section,
            });
        }
        for (r, prepared) in self.rules.iter().enumerate() {
            if Self::rule_holds(&prepared.when, answers) {
                let rule = &d.rules[r];
                reasons.push(Reason {
                    cause: Cause::Rule { rule: r },
                    text: &rule.reason,
                    points: &rule.points,
                    rows: &rule.rows,
                    section: &rule.section,
                });
            }
        }

        let winner = &d.verdicts[verdict];
        let caveats = d
            .cons
            .iter()
            .zip(&self.con_answers)
            .filter(|(con, _)| {
                con.about == winner.id || winner.candidate.as_ref() == Some(&con.about)
            })
            .filter(|(_, when)| when.iter().any(|&(q, o)| answers.holds(q, o)))
            .map(|(con, _)| con)
            .collect();

        let rows = d
            .rows
            .iter()
            .map(|row| row.id.as_ref())
            .filter(|id| reasons.iter().any(|r| r.rows.iter().any(|x| x == id)))
            .collect();

        let flips = if answers.answered() == 0 {
            Vec::new()
        } else {
            self.flips(answers, verdict)
        };
        let decisiveness = if margin <= 0.0 {
            Decisiveness::Tie
        } else {
            match flips.first().map(|f| f.changes.len()) {
                Some(1) => Decisiveness::Slight,
                Some(2) => Decisiveness::Clear,
                _ => Decisiveness::Strong,
            }
        };

        Outcome {
            verdict,
            scores,
            margin,
            decisiveness,
            reasons,
            caveats,
            flips,
            rows,
        }
    }

    /// Breadth-first over the number of changed answers: for each other
    /// verdict, the first depth that reaches it, and at that depth the
    /// changes that win by the most (ties: first in enumeration order).
    fn flips(&self, answers: &Answers, current: usize) -> Vec<Flip> {
        let verdicts = self.dataset.verdicts.len();
        let questions = self.dataset.questions.len();
        let mut found: Vec<Option<(f64, Vec<Change>)>> = vec![None; verdicts];
        let mut trial = answers.clone();
        for depth in 1..=MAX_FLIP_CHANGES.min(questions) {
            let mut best_here: Vec<Option<(f64, Vec<Change>)>> = vec![None; verdicts];
            let mut chosen = Vec::with_capacity(depth);
            self.search(
                answers,
                &mut trial,
                0,
                depth,
                &mut chosen,
                &mut |target, margin, changes| {
                    if target == current || found[target].is_some() {
                        return;
                    }
                    let slot = &mut best_here[target];
                    if slot.as_ref().is_none_or(|(m, _)| margin > *m) {
                        *slot = Some((margin, changes.to_vec()));
                    }
                },
            );
            for (v, best) in best_here.into_iter().enumerate() {
                if best.is_some() {
                    found[v] = best;
                }
            }
            if (0..verdicts).all(|v| v == current || found[v].is_some()) {
                break;
            }
        }
        // Fewest changes first, dataset order within a depth; grouping by
        // depth instead of sorting keeps the standard sort out of the wasm.
        let mut flips = Vec::new();
        for depth in 1..=MAX_FLIP_CHANGES {
            for (verdict, f) in found.iter().enumerate() {
                if let Some((_, changes)) = f.as_ref().filter(|(_, c)| c.len() == depth) {
                    flips.push(Flip {
                        verdict,
                        changes: changes.clone(),
                    });
                }
            }
        }
        flips
    }

    /// Tries every way to change `depth` more questions, from `start` on.
    fn search(
        &self,
        answers: &Answers,
        trial: &mut Answers,
        start: usize,
        depth: usize,
        chosen: &mut Vec<Change>,
        visit: &mut impl FnMut(usize, f64, &[Change]),
    ) {
        if depth == 0 {
            let (winner, margin) = Self::winner(&self.scores(trial));
            if margin > 0.0 {
                visit(winner, margin, chosen);
            }
            return;
        }
        for q in start..self.dataset.questions.len() {
            let from = answers.get(q);
            for to in 0..self.dataset.questions[q].options.len() {
                if from == Some(to) {
                    continue;
                }
                trial.set(q, Some(to));
                chosen.push(Change {
                    question: q,
                    from,
                    to,
                });
                self.search(answers, trial, q + 1, depth - 1, chosen, visit);
                chosen.pop();
            }
            trial.set(q, from);
        }
    }
}

fn add(scores: &mut [f64], points: &[f64]) {
    for (s, p) in scores.iter_mut().zip(points) {
        *s += p;
    }
}

/// Points as a person writes them, to one decimal: `3`, `1.5`, `-2`.
///
/// Written by hand rather than through `f64`'s `Display`, which would pull
/// float formatting (some 15 KB) into the WebAssembly build.
pub fn points_text(points: f64) -> String {
    let tenths = (points * 10.0).round();
    let negative = tenths < 0.0;
    let tenths = tenths.abs().min(1e15) as u64;
    let mut text = String::new();
    if negative && tenths != 0 {
        text.push('-');
    }
    text.push_str(&(tenths / 10).to_string());
    if !tenths.is_multiple_of(10) {
        text.push('.');
        text.push(char::from(b'0' + (tenths % 10) as u8));
    }
    text
}

/// Points with their sign: `+3`, `-1.5`, `0`.
pub fn signed_points_text(points: f64) -> String {
    if points > 0.0 {
        let mut text = String::from("+");
        text.push_str(&points_text(points));
        text
    } else {
        points_text(points)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_read_like_a_person_wrote_them() {
        assert_eq!(points_text(3.0), "3");
        assert_eq!(points_text(1.5), "1.5");
        assert_eq!(points_text(-2.0), "-2");
        assert_eq!(points_text(-0.04), "0");
        assert_eq!(points_text(0.25), "0.3");
        assert_eq!(signed_points_text(4.0), "+4");
        assert_eq!(signed_points_text(-1.5), "-1.5");
        assert_eq!(signed_points_text(0.0), "0");
    }
}
