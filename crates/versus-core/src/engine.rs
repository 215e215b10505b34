//! Scoring: answers in, numbers out. The engine ranks the verdicts, measures
//! how firmly the answers hold the leader and searches what would change
//! it; [`crate::report`] sits above it and puts the numbers into words.
//!
//! The whole model, one set of numbers for ranking, scores and decisiveness:
//! - An answer invokes arguments of the source, each for one candidate,
//!   with a weight. An argument counts once, at the heaviest answer that
//!   invokes it, however many questions touch it.
//! - A single-candidate verdict scores every argument for its candidate.
//! - A mixed verdict runs its candidates side by side ([`Engine::share`],
//!   the one place the rule is written). Each argument about a part of the
//!   system goes to the candidate that serves that part; each argument
//!   about the whole project counts `1/n` for its candidate (half, for
//!   two), since only that share of the system runs on it; and the verdict
//!   pays its stated cost (a second stack). A mix is on offer only when
//!   every candidate it runs has a part to do: a mix with an idle stack is
//!   no alternative, so it is never a leader nor the runner-up a margin is
//!   measured to. So a mix wins exactly when each of its candidates does a
//!   part of the project well enough to pay for running both.
//! - The verdict is the top score among the verdicts on offer; equal top
//!   scores are a tie.
//! - Decisiveness counts the changes of degree to the project (another
//!   option of an answered question, or an answer to a skipped one, adding
//!   or removing no weight as large as the dataset's `decisive`, and never
//!   the anchor question: the team is who you have) it takes to overturn
//!   the verdict: one, two, or more.
//! - "What would change this" is searched: for each other verdict, the
//!   fewest changes to the project that make it the single leader; then,
//!   apart, each other answer to the anchor question that alone would, as
//!   a condition rather than advice.

use crate::answers::Answers;
use crate::model::{Dataset, Scope};

/// The deepest flip searched: beyond three changed answers a reader is
/// describing a different project, not nudging this one.
pub const MAX_FLIP_CHANGES: usize = 3;

/// Scores closer than this are level.
const LEVEL: f64 = 1e-9;

/// The most candidates a dataset may compare (validation holds it): which
/// of them have a part to play is one [`Parts`] mask.
pub const MAX_CANDIDATES: usize = 16;

/// Which candidates have a part of the system to do, one bit each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parts(pub u32);

impl Parts {
    /// Whether candidate `c` has a part.
    pub fn has(self, c: usize) -> bool {
        c < MAX_CANDIDATES && self.0 >> c & 1 == 1
    }
}

/// The score of a verdict that is not on offer: below every real one.
pub const NOT_ON_OFFER: f64 = f64::NEG_INFINITY;

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

/// An argument as the engine needs it: one whose candidate resolved.
/// Arguments that do not resolve have no `Arg` at all (see
/// [`Engine::new`]), so no unresolved candidate can reach an index.
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

impl Tally {
    /// The candidates that have a part of the system to do.
    pub fn parts(&self) -> Parts {
        Parts(
            self.part
                .iter()
                .take(MAX_CANDIDATES)
                .enumerate()
                .filter(|(_, &w)| w > 0.0)
                .fold(0, |mask, (c, _)| mask | 1 << c),
        )
    }
}

/// A dataset prepared for fast, repeated scoring.
#[derive(Clone, Debug)]
pub struct Engine<'d> {
    dataset: &'d Dataset,
    /// Per argument of the dataset; `None` when its candidate is unknown.
    args: Vec<Option<Arg>>,
    /// `[question][option]`: the resolved arguments invoked, with their weights.
    effects: Vec<Vec<Vec<(usize, f64)>>>,
    /// `[question][option]`: adds a weight of `decisive` or more.
    decisive: Vec<Vec<bool>>,
    verdicts: Vec<Mix>,
    /// The anchor question (the team), if the dataset names one.
    anchor: Option<usize>,
    /// For each con, its `when` answers as `(question, option)` indices.
    con_answers: Vec<Vec<(usize, usize)>>,
}

/// The ranking of one set of answers, without the words.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranking {
    /// Every verdict's score, dataset order, on offer or not.
    pub scores: Vec<f64>,
    /// Per verdict: whether it is on offer (a mix with an idle stack is not).
    pub offered: Vec<bool>,
    /// Verdicts on offer at the top score, dataset order (empty before any answer).
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

    /// The best verdict on offer after the leader, if any.
    pub fn runner_up(&self) -> Option<usize> {
        let leader = self.verdict()?;
        let mut best: Option<usize> = None;
        for v in 0..self.scores.len() {
            if v != leader
                && self.offered[v]
                && best.is_none_or(|b| self.scores[v] > self.scores[b])
            {
                best = Some(v);
            }
        }
        best
    }

    /// How far a sole leader is ahead of the best real alternative (0 on
    /// a tie or before any answer).
    pub fn margin(&self) -> f64 {
        match (self.verdict(), self.runner_up()) {
            (Some(w), Some(r)) => self.scores[w] - self.scores[r],
            _ => 0.0,
        }
    }
}

/// What the answers give, in numbers, for the report to put into words.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub ranking: Ranking,
    pub decisiveness: Decisiveness,
    /// `ranking.margin()`.
    pub margin: f64,
    /// Per argument: the question it is counted with (the first, in
    /// dataset order, whose answer gives it its full weight).
    pub counted_at: Vec<Option<usize>>,
    /// Per answer, question order: `(question, option, [verdict] points)`,
    /// the points of the arguments counted with it.
    pub answers: Vec<(usize, usize, Vec<f64>)>,
    /// The arguments adding most to a sole verdict: `(argument, points)`,
    /// heaviest first, at most three.
    pub weighed_most: Vec<(usize, f64)>,
    /// Per verdict on offer that runs several candidates: the
    /// whole-project arguments it counts only in part, as
    /// `(argument, full, counted, share)`.
    pub halved: Vec<Vec<(usize, f64, f64, usize)>>,
    /// The cons (indices) of a leader that the answers make relevant.
    pub caveats: Vec<usize>,
    /// What would change it, project changes first, fewest first.
    pub flips: Vec<Flip>,
}

/// Why a flip is offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlipKind {
    /// Changes of degree to this project.
    Degree,
    /// A change that adds or removes a decisive weight: a different project.
    DifferentProject,
    /// Another answer to the anchor question (who the team is): a
    /// condition, never advice, and never combined with other changes.
    Condition,
}

/// The fewest answer changes that make another verdict the single leader.
#[derive(Clone, Debug, PartialEq)]
pub struct Flip {
    pub verdict: usize,
    pub changes: Vec<Change>,
    pub kind: FlipKind,
}

impl<'d> Engine<'d> {
    /// Prepares a dataset. It should have passed [`crate::validate`]; an
    /// argument whose candidate does not resolve gets no `Arg`, and the
    /// answers invoking it give it nothing.
    pub fn new(dataset: &'d Dataset) -> Self {
        let args: Vec<Option<Arg>> = dataset
            .arguments
            .iter()
            .map(|a| {
                Some(Arg {
                    candidate: dataset.candidate_index(&a.favours)?,
                    part: a.scope == Scope::Part,
                })
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
                                args[a].map(|_| (a, w.value))
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
            anchor: dataset
                .decision
                .anchor
                .as_deref()
                .and_then(|a| dataset.question_index(a)),
            con_answers,
        }
    }

    /// The dataset this engine scores.
    pub fn dataset(&self) -> &'d Dataset {
        self.dataset
    }

    /// The anchor question (who the team is), if the dataset names one.
    pub fn anchor(&self) -> Option<usize> {
        self.anchor
    }

    /// No answers, sized for this dataset.
    pub fn no_answers(&self) -> Answers {
        Answers::none(self.dataset.questions.len())
    }

    /// The arguments an option invokes, as `(argument, weight)`; each of
    /// them has a side ([`Engine::argument_side`] is `Some`).
    pub fn effect(&self, question: usize, option: usize) -> &[(usize, f64)] {
        self.effects
            .get(question)
            .and_then(|q| q.get(option))
            .map_or(&[], Vec::as_slice)
    }

    /// The candidate an argument favours, and whether it is about a part;
    /// `None` for an argument whose candidate did not resolve.
    pub fn argument_side(&self, argument: usize) -> Option<(usize, bool)> {
        self.args
            .get(argument)
            .copied()
            .flatten()
            .map(|a| (a.candidate, a.part))
    }

    /// The candidate an option argues for, if it argues for exactly one.
    pub fn favoured(&self, question: usize, option: usize) -> Option<usize> {
        let effect = self.effect(question, option);
        let side = |a: usize| self.argument_side(a).map(|(c, _)| c);
        let first = side(effect.first()?.0)?;
        effect
            .iter()
            .all(|&(a, _)| side(a) == Some(first))
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
    #[inline(never)]
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
            match arg {
                Some(Arg {
                    candidate,
                    part: true,
                }) => tally.part[*candidate] += value,
                Some(Arg {
                    candidate,
                    part: false,
                }) => tally.project[*candidate] += value,
                None => {}
            }
        }
    }

    /// The mix rule, the one place it is written: how verdict `v` counts
    /// candidate `c`, given which candidates have a part to play.
    /// `Some(n)` when `c` is one of the `n` candidates the system is shared
    /// between (its part arguments count in full, its whole-project ones
    /// `1/n`); `None` when `v` does not run `c` or `c` has no part in it.
    pub fn share(&self, v: usize, c: usize, parts: Parts) -> Option<usize> {
        let runs = &self.verdicts[v].runs;
        if !runs.contains(&c) {
            return None;
        }
        let with_part = runs.iter().filter(|&&r| parts.has(r)).count();
        if with_part == 0 {
            Some(runs.len())
        } else {
            parts.has(c).then_some(with_part)
        }
    }

    /// Whether verdict `v` is on offer: a single stack always is; a mix
    /// only when each candidate it runs has a part of the system to do.
    pub fn offered(&self, v: usize, parts: Parts) -> bool {
        let runs = &self.verdicts[v].runs;
        runs.len() <= 1 || runs.iter().all(|&r| parts.has(r))
    }

    /// What argument `a`'s counted weight adds to verdict `v`.
    fn adds(&self, tally: &Tally, a: usize, v: usize) -> f64 {
        let Some(arg) = self.args[a] else {
            return 0.0;
        };
        match self.share(v, arg.candidate, tally.parts()) {
            Some(share) if !arg.part => tally.values[a] / share as f64,
            Some(_) => tally.values[a],
            None => 0.0,
        }
    }

    /// Verdict `v`'s score for a tally, on offer or not.
    #[inline(never)]
    fn score(&self, tally: &Tally, parts: Parts, v: usize) -> f64 {
        let mix = &self.verdicts[v];
        let mut score = -mix.cost;
        for &c in &mix.runs {
            if let Some(share) = self.share(v, c, parts) {
                score += tally.part[c] + tally.project[c] / share as f64;
            }
        }
        score
    }

    /// Verdict `v`'s standing: its score when on offer, else [`NOT_ON_OFFER`].
    fn standing(&self, tally: &Tally, parts: Parts, v: usize) -> f64 {
        if self.offered(v, parts) {
            self.score(tally, parts, v)
        } else {
            NOT_ON_OFFER
        }
    }

    /// The standing cost of verdict `v`.
    pub fn cost(&self, v: usize) -> f64 {
        self.verdicts[v].cost
    }

    /// Whether verdict `v` runs candidate `c`.
    pub fn runs(&self, v: usize, c: usize) -> bool {
        self.verdicts[v].runs.contains(&c)
    }

    /// Buffers for [`Engine::standings_of`], reused across many answer sets.
    pub fn scratch(&self) -> Scratch {
        Scratch {
            tally: Trial::empty_tally(),
            scores: Vec::new(),
        }
    }

    /// Every verdict's standing, dataset order, computed in `scratch`: its
    /// score, or [`NOT_ON_OFFER`] for a mix with an idle stack.
    pub fn standings_of<'s>(&self, answers: &Answers, scratch: &'s mut Scratch) -> &'s [f64] {
        self.tally_into(answers, &mut scratch.tally);
        self.standings_into(&scratch.tally, &mut scratch.scores);
        &scratch.scores
    }

    /// Shared by every search (not inlined into each: the wasm is smaller).
    #[inline(never)]
    fn standings_into(&self, tally: &Tally, scores: &mut Vec<f64>) {
        let parts = tally.parts();
        scores.clear();
        scores.extend((0..self.verdicts.len()).map(|v| self.standing(tally, parts, v)));
    }

    /// Every verdict's score and the leaders, for a set of answers.
    pub fn rank(&self, answers: &Answers) -> Ranking {
        self.rank_tally(&self.tally(answers), answers.answered() == 0)
    }

    fn rank_tally(&self, tally: &Tally, unanswered: bool) -> Ranking {
        let parts = tally.parts();
        let verdicts = self.verdicts.len();
        let mut scores = Vec::with_capacity(verdicts);
        let mut offered = Vec::with_capacity(verdicts);
        let mut standings = Vec::with_capacity(verdicts);
        for v in 0..verdicts {
            let score = self.score(tally, parts, v);
            let on_offer = self.offered(v, parts);
            scores.push(score);
            offered.push(on_offer);
            standings.push(if on_offer { score } else { NOT_ON_OFFER });
        }
        Ranking {
            scores,
            offered,
            leaders: if unanswered {
                Vec::new()
            } else {
                leaders(&standings)
            },
        }
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

    /// The changes that can move a score, question order. A change to an option that invokes
    /// exactly what the answer it replaces invokes (leaving an unanswered
    /// question at an option that argues nothing, say) moves nothing; of a
    /// question's options that invoke the same, only the first is tried.
    /// Whatever a skipped change reaches, a tried one reaches with no more
    /// changes, found first (enumeration order), and equally decisive; so
    /// the searches give what they would over every change, in about a
    /// third of the time on the bundled dataset.
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
    /// degree to the project (at most two searched) that leave it no
    /// longer alone on top. The one measure of firmness, for readers and
    /// the audit alike.
    #[inline(never)]
    pub fn decisiveness(&self, answers: &Answers, ranking: &Ranking) -> Decisiveness {
        let winner = match ranking.leaders[..] {
            [] => return Decisiveness::Unanswered,
            [one] => one,
            _ => return Decisiveness::Tie,
        };
        let nudges: Vec<Change> = self
            .moving_changes(answers)
            .into_iter()
            .filter(|&c| !self.is_decisive(c) && Some(c.question) != self.anchor)
            .collect();
        let mut trial = Trial::new(answers);
        let mut path = Vec::with_capacity(2);
        for (depth, firmness) in [(1, Decisiveness::Slight), (2, Decisiveness::Clear)] {
            let mut overturned = |scores: &[f64], _: &[Change]| !alone_on_top(scores, winner);
            if self.search(&nudges, &mut trial, &mut path, 0, depth, &mut overturned) {
                return firmness;
            }
        }
        Decisiveness::Strong
    }

    /// Everything about a set of answers, in numbers: ranking, firmness,
    /// what each argument and answer adds to each verdict, what weighed
    /// most, what a mix counts in part, the caveats and the flips.
    #[inline(never)]
    pub fn assess(&self, answers: &Answers) -> Assessment {
        // Plain loops and pushes rather than iterator chains: each chain
        // is its own generic code in the wasm.
        let d = self.dataset;
        let tally = self.tally(answers);
        let ranking = self.rank_tally(&tally, answers.answered() == 0);
        let decisiveness = self.decisiveness(answers, &ranking);
        let mut flips = Vec::new();
        if !ranking.leaders.is_empty() {
            flips = self.flips(answers, &ranking.leaders);
        }
        let verdicts = d.verdicts.len();
        let arguments = d.arguments.len();

        let mut counted_at: Vec<Option<usize>> = vec![None; arguments];
        for (q, o) in answers.iter() {
            for &(a, w) in self.effect(q, o) {
                if counted_at[a].is_none() && w >= tally.values[a] {
                    counted_at[a] = Some(q);
                }
            }
        }
        let mut per_answer = Vec::new();
        for (q, o) in answers.iter() {
            let mut points = vec![0.0; verdicts];
            for &(a, _) in self.effect(q, o) {
                if counted_at[a] == Some(q) {
                    for (v, p) in points.iter_mut().enumerate() {
                        *p += self.adds(&tally, a, v);
                    }
                }
            }
            per_answer.push((q, o, points));
        }

        let mut weighed_most: Vec<(usize, f64)> = Vec::new();
        if let Some(v) = ranking.verdict() {
            for a in 0..arguments {
                let points = self.adds(&tally, a, v);
                if points > 0.0 {
                    weighed_most.push((a, points));
                }
            }
            // Heaviest first, dataset order on equal weight.
            crate::sort_few(&mut weighed_most, |a, b| a.1 < b.1);
            weighed_most.truncate(3);
        }

        let parts = tally.parts();
        let mut halved = Vec::with_capacity(verdicts);
        for v in 0..verdicts {
            let mut list = Vec::new();
            if self.verdicts[v].runs.len() > 1 && ranking.offered[v] {
                for (a, arg) in self.args.iter().enumerate() {
                    let Some(arg) = arg else { continue };
                    if arg.part || tally.values[a] <= 0.0 {
                        continue;
                    }
                    if let Some(share) = self.share(v, arg.candidate, parts).filter(|&n| n > 1) {
                        list.push((a, tally.values[a], self.adds(&tally, a, v), share));
                    }
                }
            }
            halved.push(list);
        }

        let mut caveats = Vec::new();
        for (i, con) in d.cons.iter().enumerate() {
            let about_leader = ranking.leaders.iter().any(|&v| {
                let verdict = &d.verdicts[v];
                con.about == verdict.id || verdict.candidate.as_ref() == Some(&con.about)
            });
            let when = &self.con_answers[i];
            if about_leader && (when.is_empty() || when.iter().any(|&(q, o)| answers.holds(q, o))) {
                caveats.push(i);
            }
        }

        Assessment {
            margin: ranking.margin(),
            ranking,
            decisiveness,
            counted_at,
            answers: per_answer,
            weighed_most,
            halved,
            caveats,
            flips,
        }
    }

    /// What would change the result: [`Engine::flips_among`] the changes
    /// to the project; then, of the answers to the anchor question alone,
    /// the one that puts each other verdict furthest ahead, as a condition
    /// on who the team is.
    fn flips(&self, answers: &Answers, leaders: &[usize]) -> Vec<Flip> {
        let mut project = Vec::new();
        let mut team = Vec::new();
        for c in self.moving_changes(answers) {
            if Some(c.question) == self.anchor {
                team.push(c);
            } else {
                project.push(c);
            }
        }
        let mut flips = self.flips_among(answers, leaders, &project, true);
        // Another team, alone: one condition per verdict it would give.
        let mut named = vec![false; self.verdicts.len()];
        for mut flip in self.flips_among(answers, leaders, &team, false) {
            if !named[flip.verdict] {
                named[flip.verdict] = true;
                flip.kind = FlipKind::Condition;
                flips.push(flip);
            }
        }
        flips
    }

    /// Breadth-first over the number of changed answers, trying only
    /// `changes`, for each verdict other than the sole leader (on a tie:
    /// every verdict): the fewest changes that make it the single leader,
    /// and, when those change what the project is, also the fewest changes
    /// of degree that do. At each depth the changes of degree (where
    /// `degree_first`), then those that put it furthest ahead, win (ties:
    /// first in enumeration order).
    #[inline(never)]
    fn flips_among(
        &self,
        answers: &Answers,
        leaders: &[usize],
        changes: &[Change],
        degree_first: bool,
    ) -> Vec<Flip> {
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
                    let Some(leader) = leaders_single(scores) else {
                        return false;
                    };
                    if !is_target(leader) || nudge[leader].is_some() {
                        return false;
                    }
                    let degree = path.iter().all(|&c| !self.is_decisive(c));
                    let lead = lead_of(scores, leader);
                    let offer = |slot: &mut Best| {
                        let better = slot.as_ref().is_none_or(|(d, l, _)| {
                            if degree_first && degree != *d {
                                degree
                            } else {
                                lead > *l
                            }
                        });
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
                    false
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
            if (0..verdicts).all(|v| !is_target(v) || nudge[v].is_some()) {
                break;
            }
        }
        // Fewest changes first, dataset order within a depth; grouping by
        // depth instead of sorting keeps the standard sort out of the wasm.
        let mut flips = Vec::new();
        for depth in 1..=MAX_FLIP_CHANGES {
            for v in 0..verdicts {
                let first = any[v].as_ref();
                let by_degree = nudge[v].as_ref().filter(|n| Some(*n) != first);
                for changes in first.into_iter().chain(by_degree) {
                    if changes.len() == depth {
                        let different = changes.iter().any(|&c| self.is_decisive(c));
                        flips.push(Flip {
                            verdict: v,
                            changes: changes.clone(),
                            kind: if different {
                                FlipKind::DifferentProject
                            } else {
                                FlipKind::Degree
                            },
                        });
                    }
                }
            }
        }
        flips
    }

    /// Tries every way to make `depth` more changes, each on a later
    /// question than the last, from `changes[start..]`, until `visit`
    /// says it has found what it looks for (then `true`). One copy serves
    /// every search (a `dyn` visitor keeps the wasm small).
    fn search(
        &self,
        changes: &[Change],
        trial: &mut Trial,
        path: &mut Vec<Change>,
        start: usize,
        depth: usize,
        visit: &mut dyn FnMut(&[f64], &[Change]) -> bool,
    ) -> bool {
        if depth == 0 {
            self.tally_into(&trial.answers, &mut trial.tally);
            self.standings_into(&trial.tally, &mut trial.scores);
            return visit(&trial.scores, path);
        }
        for (i, &c) in changes.iter().enumerate().skip(start) {
            if path.last().is_some_and(|p| p.question >= c.question) {
                continue;
            }
            trial.answers.set(c.question, Some(c.to));
            path.push(c);
            let found = self.search(changes, trial, path, i + 1, depth - 1, visit);
            path.pop();
            trial.answers.set(c.question, c.from);
            if found {
                return true;
            }
        }
        false
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

/// The verdicts at the top standing, dataset order (none on offer: none).
pub fn leaders(standings: &[f64]) -> Vec<usize> {
    let best = standings.iter().copied().fold(NOT_ON_OFFER, f64::max);
    (0..standings.len())
        .filter(|&v| standings[v] > NOT_ON_OFFER && standings[v] > best - LEVEL)
        .collect()
}

/// The verdict alone at the top, if one is (no allocation).
pub fn leaders_single(standings: &[f64]) -> Option<usize> {
    let mut best = 0;
    let mut shared = false;
    for v in 1..standings.len() {
        if standings[v] > standings[best] + LEVEL {
            best = v;
            shared = false;
        } else if standings[v] > standings[best] - LEVEL {
            shared = true;
        }
    }
    (!standings.is_empty() && !shared && standings[best] > NOT_ON_OFFER).then_some(best)
}

/// Whether `v` is alone at the top.
pub fn alone_on_top(standings: &[f64], v: usize) -> bool {
    standings
        .iter()
        .enumerate()
        .all(|(u, &s)| u == v || s < standings[v] - LEVEL)
}

/// How far `leader` is ahead of the best of the rest.
fn lead_of(standings: &[f64], leader: usize) -> f64 {
    let runner_up = standings
        .iter()
        .enumerate()
        .filter(|&(v, _)| v != leader)
        .map(|(_, &s)| s)
        .fold(NOT_ON_OFFER, f64::max);
    standings[leader] - runner_up
}

#[cfg(all(test, feature = "load"))]
mod tests {
    use super::*;

    /// Skipping the changes that move nothing changes no result: the flip
    /// search over every change to the project and over the moving ones
    /// agree, on random partial answer sets of the bundled dataset.
    #[test]
    fn the_searches_lose_nothing_by_skipping_changes_that_move_nothing() {
        let file =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/node-vs-django.toml");
        let dataset = crate::load::from_file(&file).unwrap_or_else(|e| panic!("{e}"));
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
            let all: Vec<Change> = engine
                .changes(&answers)
                .into_iter()
                .filter(|c| Some(c.question) != engine.anchor())
                .collect();
            let moving: Vec<Change> = engine
                .moving_changes(&answers)
                .into_iter()
                .filter(|c| Some(c.question) != engine.anchor())
                .collect();
            skipped += all.len() - moving.len();
            assert_eq!(
                engine.flips_among(&answers, &leaders, &all, true),
                engine.flips_among(&answers, &leaders, &moving, true),
                "{answers:?}"
            );
        }
        // The bundled dataset has options that argue nothing, so the
        // comparison above compared different searches.
        assert!(skipped > 0);
    }
}
