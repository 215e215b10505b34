//! Scoring: answers in, a ranked and fully explained [`Report`] out.
//!
//! The whole model, one set of numbers for ranking, scores and decisiveness:
//! - An answer invokes arguments of the source, each for one candidate,
//!   with a weight. An argument counts once, at the heaviest answer that
//!   invokes it, however many questions touch it.
//! - A single-candidate verdict scores every argument for its candidate.
//! - A mixed verdict runs its candidates side by side. Each argument about
//!   a part of the system goes to the candidate that serves that part;
//!   each argument about the whole project counts `1/n` for its candidate
//!   (half, for two), since only that share of the system runs on it; and
//!   the verdict pays its stated cost (a second stack). A combined
//!   candidate that no part argument calls for has no job, and the mix is
//!   then the others with an idle stack beside them. So a mix wins exactly
//!   when each of its candidates does a part of the project well enough to
//!   pay for running both.
//! - The verdict is the top score; equal top scores are a tie.
//! - Decisiveness counts the changes of degree (another option of an
//!   answered question, or an answer to a skipped one, adding or removing
//!   no weight as large as the dataset's `decisive`) it takes to overturn
//!   the verdict: one, two, or more.
//! - "What would change this" is searched: for each other verdict, the
//!   fewest answer changes that make it the single leader.

use crate::answers::Answers;
use crate::model::{Dataset, Scope};
use crate::report::{self, Report};

/// The deepest flip searched: beyond three changed answers a reader is
/// describing a different project, not nudging this one.
pub const MAX_FLIP_CHANGES: usize = 3;

/// Scores closer than this are level.
const LEVEL: f64 = 1e-9;

/// One answer changed (or given for the first time).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub question: usize,
    /// The option chosen now, if the question is answered.
    pub from: Option<usize>,
    pub to: usize,
}

/// How firmly the answers point at a verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Decisiveness {
    /// Nothing answered yet.
    Unanswered,
    /// Two or more verdicts share the top score.
    Tie,
    /// One change of degree could overturn it.
    Slight,
    /// It takes two changes of degree.
    Clear,
    /// No one or two changes of degree overturn it.
    Strong,
}

/// An argument as the engine needs it.
#[derive(Clone, Copy, Debug)]
struct Arg {
    candidate: usize,
    part: bool,
}

/// A verdict as the engine needs it.
#[derive(Clone, Debug)]
struct Mix {
    /// Candidate indices it runs.
    runs: Vec<usize>,
    cost: f64,
}

/// What the answers give each argument and each candidate.
#[derive(Clone, Debug, PartialEq)]
pub struct Tally {
    /// Per argument: its counted weight (the heaviest answer invoking it).
    pub values: Vec<f64>,
    /// Per candidate: the weight of its part arguments.
    pub part: Vec<f64>,
    /// Per candidate: the weight of its whole-project arguments.
    pub project: Vec<f64>,
}

/// A dataset prepared for fast, repeated scoring.
#[derive(Clone, Debug)]
pub struct Engine<'d> {
    dataset: &'d Dataset,
    args: Vec<Arg>,
    /// `[question][option]`: the arguments invoked, with their weights.
    effects: Vec<Vec<Vec<(usize, f64)>>>,
    /// `[question][option]`: adds a weight of `decisive` or more.
    decisive: Vec<Vec<bool>>,
    verdicts: Vec<Mix>,
    /// For each con, its `when` answers as `(question, option)` indices.
    con_answers: Vec<Vec<(usize, usize)>>,
}

/// The ranking of one set of answers, without the words.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranking {
    pub scores: Vec<f64>,
    /// Verdicts at the top score, dataset order (empty before any answer).
    pub leaders: Vec<usize>,
}

impl Ranking {
    /// The verdict that leads alone, if one does.
    pub fn verdict(&self) -> Option<usize> {
        match self.leaders[..] {
            [one] => Some(one),
            _ => None,
        }
    }

    /// How far the top score is ahead of the next one.
    pub fn margin(&self) -> f64 {
        let Some(&top) = self.leaders.first() else {
            return 0.0;
        };
        let best = self.scores[top];
        let next = (0..self.scores.len())
            .filter(|v| !self.leaders.contains(v))
            .map(|v| self.scores[v])
            .fold(f64::NEG_INFINITY, f64::max);
        if self.leaders.len() > 1 || next == f64::NEG_INFINITY {
            0.0
        } else {
            best - next
        }
    }
}

impl<'d> Engine<'d> {
    /// Prepares a dataset. It should have passed [`crate::validate`]; ids
    /// that do not resolve are ignored here rather than trusted.
    pub fn new(dataset: &'d Dataset) -> Self {
        let args: Vec<Arg> = dataset
            .arguments
            .iter()
            .map(|a| Arg {
                candidate: dataset.candidate_index(&a.favours).unwrap_or(usize::MAX),
                part: a.scope == Scope::Part,
            })
            .collect();
        let decisive_weight = dataset.decision.decisive;
        let effects: Vec<Vec<Vec<(usize, f64)>>> = dataset
            .questions
            .iter()
            .map(|q| {
                q.options
                    .iter()
                    .map(|o| {
                        o.argues
                            .iter()
                            .filter(|w| w.value.is_finite() && w.value > 0.0)
                            .filter_map(|w| {
                                let a = dataset.arguments.iter().position(|a| a.id == w.key)?;
                                (args[a].candidate != usize::MAX).then_some((a, w.value))
                            })
                            .collect()
                    })
                    .collect()
            })
            .collect();
        let decisive = effects
            .iter()
            .map(|options| {
                options
                    .iter()
                    .map(|e| e.iter().any(|&(_, w)| w >= decisive_weight))
                    .collect()
            })
            .collect();
        let verdicts = dataset
            .verdicts
            .iter()
            .map(|v| Mix {
                runs: v
                    .runs()
                    .filter_map(|c| dataset.candidate_index(c))
                    .collect(),
                cost: v.cost.as_ref().map_or(0.0, |c| {
                    if c.weight.is_finite() {
                        c.weight
                    } else {
                        0.0
                    }
                }),
            })
            .collect();
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
        Engine {
            dataset,
            args,
            effects,
            decisive,
            verdicts,
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

    /// The arguments an option invokes, as `(argument, weight)`.
    pub fn effect(&self, question: usize, option: usize) -> &[(usize, f64)] {
        self.effects
            .get(question)
            .and_then(|q| q.get(option))
            .map_or(&[], Vec::as_slice)
    }

    /// The candidate an argument favours, and whether it is about a part.
    pub fn argument_side(&self, argument: usize) -> (usize, bool) {
        let a = self.args[argument];
        (a.candidate, a.part)
    }

    /// The candidate an option argues for, if it argues for exactly one.
    pub fn favoured(&self, question: usize, option: usize) -> Option<usize> {
        let effect = self.effect(question, option);
        let first = self.args[effect.first()?.0].candidate;
        effect
            .iter()
            .all(|&(a, _)| self.args[a].candidate == first)
            .then_some(first)
    }

    /// Whether changing `question` from `from` to `to` adds or removes a
    /// weight the dataset calls decisive (a different project).
    pub fn is_decisive(&self, change: Change) -> bool {
        let heavy = |o: usize| self.decisive[change.question][o];
        heavy(change.to) || change.from.is_some_and(heavy)
    }

    /// What the answers give each argument and candidate.
    pub fn tally(&self, answers: &Answers) -> Tally {
        let mut tally = Trial::empty_tally();
        self.tally_into(answers, &mut tally);
        tally
    }

    /// [`Engine::tally`] into buffers the caller reuses: the searches rank
    /// thousands of trial answers and allocate for none of them.
    fn tally_into(&self, answers: &Answers, tally: &mut Tally) {
        tally.values.clear();
        tally.values.resize(self.args.len(), 0.0);
        for (q, o) in answers.iter() {
            for &(a, w) in self.effect(q, o) {
                if w > tally.values[a] {
                    tally.values[a] = w;
                }
            }
        }
        let candidates = self.dataset.candidates.len();
        tally.part.clear();
        tally.part.resize(candidates, 0.0);
        tally.project.clear();
        tally.project.resize(candidates, 0.0);
        for (arg, &value) in self.args.iter().zip(&tally.values) {
            if arg.part {
                tally.part[arg.candidate] += value;
            } else {
                tally.project[arg.candidate] += value;
            }
        }
    }

    /// How verdict `v` counts candidate `c`: `Some(n)` when `c` is one of
    /// the `n` candidates the system is shared between (its whole-project
    /// arguments count `1/n`), `None` when `v` does not run `c` or `c` has
    /// no part to play in it.
    pub fn share(&self, tally: &Tally, v: usize, c: usize) -> Option<usize> {
        let runs = &self.verdicts[v].runs;
        if !runs.contains(&c) {
            return None;
        }
        let with_part = runs.iter().filter(|&&r| tally.part[r] > 0.0).count();
        if with_part == 0 {
            Some(runs.len())
        } else {
            (tally.part[c] > 0.0).then_some(with_part)
        }
    }

    /// Verdict `v`'s score for a tally.
    fn score(&self, tally: &Tally, v: usize) -> f64 {
        let mix = &self.verdicts[v];
        let mut score = -mix.cost;
        for &c in &mix.runs {
            if let Some(share) = self.share(tally, v, c) {
                score += tally.part[c] + tally.project[c] / share as f64;
            }
        }
        score
    }

    /// The standing cost of verdict `v`.
    pub fn cost(&self, v: usize) -> f64 {
        self.verdicts[v].cost
    }

    /// Whether verdict `v` runs candidate `c`.
    pub fn runs(&self, v: usize, c: usize) -> bool {
        self.verdicts[v].runs.contains(&c)
    }

    /// Buffers for [`Engine::scores_of`], reused across many answer sets.
    pub fn scratch(&self) -> Scratch {
        Scratch {
            tally: Trial::empty_tally(),
            scores: Vec::new(),
        }
    }

    /// Every verdict's score, dataset order, computed in `scratch`.
    pub fn scores_of<'s>(&self, answers: &Answers, scratch: &'s mut Scratch) -> &'s [f64] {
        self.tally_into(answers, &mut scratch.tally);
        self.scores_into(&scratch.tally, &mut scratch.scores);
        &scratch.scores
    }

    fn scores_into(&self, tally: &Tally, scores: &mut Vec<f64>) {
        scores.clear();
        scores.extend((0..self.verdicts.len()).map(|v| self.score(tally, v)));
    }

    /// Every verdict's score and the leaders, for a set of answers.
    pub fn rank(&self, answers: &Answers) -> Ranking {
        let tally = self.tally(answers);
        let mut scores = Vec::new();
        self.scores_into(&tally, &mut scores);
        let leaders = if answers.answered() == 0 {
            Vec::new()
        } else {
            leaders(&scores)
        };
        Ranking { scores, leaders }
    }

    /// The single leading verdict, if one leads alone.
    pub fn verdict(&self, answers: &Answers) -> Option<usize> {
        self.rank(answers).verdict()
    }

    /// Every single change to a set of answers, question order.
    pub fn changes(&self, answers: &Answers) -> Vec<Change> {
        let mut changes = Vec::new();
        for (q, question) in self.dataset.questions.iter().enumerate() {
            let from = answers.get(q);
            for to in (0..question.options.len()).filter(|&to| Some(to) != from) {
                changes.push(Change {
                    question: q,
                    from,
                    to,
                });
            }
        }
        changes
    }

    /// The changes that can move a score, question order. A change to an
    /// option that invokes exactly what the answer it replaces invokes
    /// (leaving an unanswered question at an option that argues nothing,
    /// say) moves nothing; of a question's options that invoke the same,
    /// only the first is tried. Whatever a skipped change reaches, a tried
    /// one reaches with no more changes, found first (enumeration order),
    /// and equally decisive; so the searches give what they would over
    /// every change, in about a third of the time on the bundled dataset.
    fn moving_changes(&self, answers: &Answers) -> Vec<Change> {
        let effect = |q: usize, o: Option<usize>| o.map_or(&[][..], |o| self.effect(q, o));
        self.changes(answers)
            .into_iter()
            .filter(|c| {
                let to = self.effect(c.question, c.to);
                to != effect(c.question, c.from)
                    && (0..c.to)
                        .filter(|&o| Some(o) != c.from)
                        .all(|o| self.effect(c.question, o) != to)
            })
            .collect()
    }

    /// How firmly the answers hold their verdict: the fewest changes of
    /// degree (at most two searched) that leave it no longer alone on top.
    pub fn decisiveness(&self, answers: &Answers, ranking: &Ranking) -> Decisiveness {
        let winner = match ranking.leaders[..] {
            [] => return Decisiveness::Unanswered,
            [one] => one,
            _ => return Decisiveness::Tie,
        };
        let nudges: Vec<Change> = self
            .moving_changes(answers)
            .into_iter()
            .filter(|&c| !self.is_decisive(c))
            .collect();
        let mut trial = Trial::new(answers);
        let overturned = |trial: &mut Trial| {
            self.tally_into(&trial.answers, &mut trial.tally);
            self.scores_into(&trial.tally, &mut trial.scores);
            !alone_on_top(&trial.scores, winner)
        };
        for &c in &nudges {
            trial.answers.set(c.question, Some(c.to));
            let flipped = overturned(&mut trial);
            trial.answers.set(c.question, c.from);
            if flipped {
                return Decisiveness::Slight;
            }
        }
        for (i, &a) in nudges.iter().enumerate() {
            trial.answers.set(a.question, Some(a.to));
            for &b in nudges[i + 1..].iter().filter(|b| b.question != a.question) {
                trial.answers.set(b.question, Some(b.to));
                let flipped = overturned(&mut trial);
                trial.answers.set(b.question, b.from);
                if flipped {
                    return Decisiveness::Clear;
                }
            }
            trial.answers.set(a.question, a.from);
        }
        Decisiveness::Strong
    }

    /// Ranks, explains and searches the flips for a set of answers.
    #[inline(never)]
    pub fn evaluate(&self, answers: &Answers) -> Report<'d> {
        let ranking = self.rank(answers);
        let (decisiveness, flips) = match ranking.leaders[..] {
            [] => (Decisiveness::Unanswered, Vec::new()),
            [_] => self.flips(answers, &ranking.leaders),
            _ => (Decisiveness::Tie, self.flips(answers, &ranking.leaders).1),
        };
        let d = self.dataset;
        let leaders = &ranking.leaders;
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
            .filter(|(_, when)| when.is_empty() || when.iter().any(|&(q, o)| answers.holds(q, o)))
            .map(|(con, _)| con)
            .collect();
        report::build(report::Inputs {
            engine: self,
            answers,
            tally: self.tally(answers),
            ranking,
            decisiveness,
            caveats,
            flips,
            outlook: self.outlook(answers),
        })
    }

    /// Breadth-first over the number of changed answers, for each verdict
    /// other than the sole leader (on a tie: every verdict): the fewest
    /// changes that make it the single leader, and, when those change what
    /// the project is, also the fewest changes of degree that do. At each
    /// depth the changes that put it furthest ahead win (ties: first in
    /// enumeration order).
    ///
    /// The same search gives the decisiveness of a sole leader: it tries
    /// every one and two changes before it stops, so the fewest changes of
    /// degree that leave the leader no longer alone on top are seen on the
    /// way ([`Engine::decisiveness`] is the same rule, searched alone).
    fn flips(
        &self,
        answers: &Answers,
        leaders: &[usize],
    ) -> (Decisiveness, Vec<(usize, Vec<Change>)>) {
        self.flips_among(answers, leaders, &self.moving_changes(answers))
    }

    /// [`Engine::flips`], trying only `changes`.
    fn flips_among(
        &self,
        answers: &Answers,
        leaders: &[usize],
        changes: &[Change],
    ) -> (Decisiveness, Vec<(usize, Vec<Change>)>) {
        let verdicts = self.dataset.verdicts.len();
        let current = match leaders {
            [one] => Some(*one),
            _ => None,
        };
        let is_target = |v: usize| Some(v) != current;
        // Per verdict: the fewest changes of any kind, and of degree only.
        let mut any: Vec<Option<Vec<Change>>> = vec![None; verdicts];
        let mut nudge: Vec<Option<Vec<Change>>> = vec![None; verdicts];
        let mut trial = Trial::new(answers);
        let mut path = Vec::with_capacity(MAX_FLIP_CHANGES);
        // The fewest changes of degree that overturn the sole leader.
        let mut overturned: Option<usize> = None;
        for depth in 1..=MAX_FLIP_CHANGES.min(self.dataset.questions.len()) {
            type Best = Option<(bool, f64, Vec<Change>)>;
            let mut any_here: Vec<Best> = vec![None; verdicts];
            let mut nudge_here: Vec<Best> = vec![None; verdicts];
            self.search(
                changes,
                &mut trial,
                &mut path,
                0,
                depth,
                &mut |scores: &[f64], path: &[Change]| {
                    let degree = path.iter().all(|&c| !self.is_decisive(c));
                    if let Some(current) = current {
                        if degree && overturned.is_none() && !alone_on_top(scores, current) {
                            overturned = Some(path.len());
                        }
                    }
                    let Some(leader) = leaders_single(scores) else {
                        return;
                    };
                    if !is_target(leader) || nudge[leader].is_some() {
                        return;
                    }
                    let lead = lead_of(scores, leader);
                    let offer = |slot: &mut Best| {
                        let better = slot
                            .as_ref()
                            .is_none_or(|(d, l, _)| (degree && !d) || (degree == *d && lead > *l));
                        if better {
                            *slot = Some((degree, lead, path.to_vec()));
                        }
                    };
                    if any[leader].is_none() {
                        offer(&mut any_here[leader]);
                    }
                    if degree {
                        offer(&mut nudge_here[leader]);
                    }
                },
            );
            for v in 0..verdicts {
                if let Some((_, _, changes)) = any_here[v].take() {
                    any[v] = Some(changes);
                }
                if let Some((_, _, changes)) = nudge_here[v].take() {
                    nudge[v] = Some(changes);
                }
            }
            let searched_pairs = depth >= 2 || overturned.is_some();
            if searched_pairs && (0..verdicts).all(|v| !is_target(v) || nudge[v].is_some()) {
                break;
            }
        }
        let decisiveness = match overturned {
            Some(1) => Decisiveness::Slight,
            Some(2) => Decisiveness::Clear,
            _ => Decisiveness::Strong,
        };
        // Fewest changes first, dataset order within a depth; grouping by
        // depth instead of sorting keeps the standard sort out of the wasm.
        let mut flips = Vec::new();
        for depth in 1..=MAX_FLIP_CHANGES {
            for v in 0..verdicts {
                let first = any[v].as_ref();
                let by_degree = nudge[v].as_ref().filter(|n| Some(*n) != first);
                for changes in first.into_iter().chain(by_degree) {
                    if changes.len() == depth {
                        flips.push((v, changes.clone()));
                    }
                }
            }
        }
        (decisiveness, flips)
    }

    /// Tries every way to make `depth` more changes, each on a later
    /// question than the last, from `changes[start..]`.
    fn search(
        &self,
        changes: &[Change],
        trial: &mut Trial,
        path: &mut Vec<Change>,
        start: usize,
        depth: usize,
        visit: &mut impl FnMut(&[f64], &[Change]),
    ) {
        if depth == 0 {
            self.tally_into(&trial.answers, &mut trial.tally);
            self.scores_into(&trial.tally, &mut trial.scores);
            visit(&trial.scores, path);
            return;
        }
        for (i, &c) in changes.iter().enumerate().skip(start) {
            if path.last().is_some_and(|p| p.question >= c.question) {
                continue;
            }
            trial.answers.set(c.question, Some(c.to));
            path.push(c);
            self.search(changes, trial, path, i + 1, depth - 1, visit);
            path.pop();
            trial.answers.set(c.question, c.from);
        }
    }
}

/// Reusable buffers for scoring many answer sets.
pub struct Scratch {
    tally: Tally,
    scores: Vec<f64>,
}

impl Scratch {
    /// The tally of the last answers scored.
    pub fn tally(&self) -> &Tally {
        &self.tally
    }
}

/// The searches' working state, reused by every trial they rank.
struct Trial {
    answers: Answers,
    tally: Tally,
    scores: Vec<f64>,
}

impl Trial {
    fn new(answers: &Answers) -> Self {
        Trial {
            answers: answers.clone(),
            tally: Trial::empty_tally(),
            scores: Vec::new(),
        }
    }

    fn empty_tally() -> Tally {
        Tally {
            values: Vec::new(),
            part: Vec::new(),
            project: Vec::new(),
        }
    }
}

/// The verdicts at the top score, dataset order.
pub fn leaders(scores: &[f64]) -> Vec<usize> {
    let best = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    (0..scores.len())
        .filter(|&v| scores[v] > best - LEVEL)
        .collect()
}

/// The verdict alone at the top, if one is (no allocation).
pub fn leaders_single(scores: &[f64]) -> Option<usize> {
    let mut best = 0;
    let mut shared = false;
    for v in 1..scores.len() {
        if scores[v] > scores[best] + LEVEL {
            best = v;
            shared = false;
        } else if scores[v] > scores[best] - LEVEL {
            shared = true;
        }
    }
    (!scores.is_empty() && !shared).then_some(best)
}

/// Whether `v` is alone at the top.
pub fn alone_on_top(scores: &[f64], v: usize) -> bool {
    scores
        .iter()
        .enumerate()
        .all(|(u, &s)| u == v || s < scores[v] - LEVEL)
}

/// How far `leader` is ahead of the best of the rest.
fn lead_of(scores: &[f64], leader: usize) -> f64 {
    let runner_up = scores
        .iter()
        .enumerate()
        .filter(|&(v, _)| v != leader)
        .map(|(_, &s)| s)
        .fold(f64::NEG_INFINITY, f64::max);
    scores[leader] - runner_up
}

#[cfg(all(test, feature = "load"))]
mod tests {
    use super::*;

    /// Skipping the changes that move nothing changes no result: the flip
    /// search over every change and over the moving ones agree, flips and
    /// decisiveness, on random partial answer sets of the bundled dataset.
    #[test]
    fn the_searches_lose_nothing_by_skipping_changes_that_move_nothing() {
        let file =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/node-vs-django.toml");
        let dataset = crate::load::from_file(&file)
            .unwrap_or_else(|e| panic!("{e}"))
            .for_widget();
        let engine = Engine::new(&dataset);
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let mut skipped = 0;
        for _ in 0..300 {
            let mut answers = engine.no_answers();
            for (q, question) in dataset.questions.iter().enumerate() {
                // About half the questions answered, as a reader midway.
                let pick = next(2 * question.options.len());
                answers.set(q, (pick < question.options.len()).then_some(pick));
            }
            let leaders = engine.rank(&answers).leaders;
            if leaders.is_empty() {
                continue;
            }
            let all = engine.changes(&answers);
            let moving = engine.moving_changes(&answers);
            skipped += all.len() - moving.len();
            assert_eq!(
                engine.flips_among(&answers, &leaders, &all),
                engine.flips(&answers, &leaders),
                "{answers:?}"
            );
        }
        // The bundled dataset has options that argue nothing, so the
        // comparison above compared different searches.
        assert!(skipped > 0);
    }
}
