//! What the questions still unanswered can do: whether any combination of
//! their answers (skipping any of them included) could change the leaders,
//! and which of them could, alone or with others.
//!
//! Exact, by depth-first search over each unanswered question's distinct
//! answers (options with the same effect, and skipping, count once),
//! pruned by a bound: a subtree is left out when no completion in it can
//! bring a verdict level with the one it must stay below. A search that
//! would run past [`BUDGET`] leaves gives the cautious answer (not settled;
//! the question can still change it), so the widget never claims too much.

use crate::answers::Answers;
use crate::engine::{self, Engine, Parts, Scratch};

/// The most complete answer sets one search evaluates.
pub const BUDGET: usize = 200_000;

/// Scores closer than this are level (as in the engine).
const LEVEL: f64 = 1e-9;

/// What the unanswered questions can still do to the result.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outlook {
    /// No answers to the unanswered questions can change the leaders.
    pub settled: bool,
    /// The unanswered questions whose answer can change the leaders, given
    /// some answers to the others, dataset order.
    pub open: Vec<usize>,
}

/// What a search looks for.
#[derive(Clone, Copy, PartialEq)]
enum Goal {
    /// A completion where `score(x) - score(y)` exceeds `threshold`.
    Reach { x: usize, y: usize, threshold: f64 },
    /// A completion of the others where two answers to `free[pivot]`
    /// give different leaders.
    Pivot(usize),
}

/// The search's fixed inputs.
struct Space<'e, 'd> {
    engine: &'e Engine<'d>,
    /// Per unanswered question: its distinct answers (`None` is skipping,
    /// which stands for every option that argues nothing).
    free: Vec<(usize, Vec<Option<usize>>)>,
}

impl Engine<'_> {
    /// Whether the unanswered questions can still change the leaders, and
    /// which of them can.
    pub fn outlook(&self, answers: &Answers) -> Outlook {
        let d = self.dataset();
        let unanswered: Vec<usize> = (0..d.questions.len())
            .filter(|&q| answers.get(q).is_none())
            .collect();
        if answers.answered() == 0 {
            // Any first answer gives a recommendation where there is none.
            return Outlook {
                settled: false,
                open: unanswered,
            };
        }
        let space = Space::new(self, answers);
        let mut scratch = self.scratch();
        let leaders = engine::leaders(self.standings_of(answers, &mut scratch));
        let settled = space.settled(answers, &leaders, &mut scratch);
        let open = if settled {
            Vec::new()
        } else {
            unanswered
                .into_iter()
                .filter(|&q| space.can_change(answers, q, &mut scratch))
                .collect()
        };
        Outlook { settled, open }
    }
}

impl<'e, 'd> Space<'e, 'd> {
    fn new(engine: &'e Engine<'d>, answers: &Answers) -> Self {
        let d = engine.dataset();
        let free = (0..d.questions.len())
            .filter(|&q| answers.get(q).is_none())
            .map(|q| {
                let mut classes: Vec<Option<usize>> = vec![None];
                for o in 0..d.questions[q].options.len() {
                    let effect = engine.effect(q, o);
                    let seen = effect.is_empty()
                        || classes
                            .iter()
                            .flatten()
                            .any(|&p| engine.effect(q, p) == effect);
                    if !seen {
                        classes.push(Some(o));
                    }
                }
                (q, classes)
            })
            .collect();
        Space { engine, free }
    }

    /// No completion changes the leaders: every verdict stays below each
    /// leader, and the leaders stay level.
    fn settled(&self, answers: &Answers, leaders: &[usize], scratch: &mut Scratch) -> bool {
        let verdicts = self.engine.dataset().verdicts.len();
        leaders.iter().all(|&y| {
            (0..verdicts).filter(|&x| x != y).all(|x| {
                // A leader must not pull ahead of another; the rest must
                // not reach a leader.
                let threshold = if leaders.contains(&x) { LEVEL } else { -LEVEL };
                let goal = Goal::Reach { x, y, threshold };
                self.walk(&goal, &mut answers.clone(), 0, scratch, &mut BUDGET.clone())
                    == Some(false)
            })
        })
    }

    /// Whether some answers to the other unanswered questions make the
    /// answer to `q` change the leaders.
    fn can_change(&self, answers: &Answers, q: usize, scratch: &mut Scratch) -> bool {
        let Some(pivot) = self.free.iter().position(|(f, _)| *f == q) else {
            return false;
        };
        let goal = Goal::Pivot(pivot);
        self.walk(&goal, &mut answers.clone(), 0, scratch, &mut BUDGET.clone()) != Some(false)
    }

    /// Depth-first over the free questions from `depth` on: whether some
    /// completion meets the goal (`Some(true)`), none can (`Some(false)`),
    /// or the budget ran out first (`None`).
    fn walk(
        &self,
        goal: &Goal,
        trial: &mut Answers,
        depth: usize,
        scratch: &mut Scratch,
        budget: &mut usize,
    ) -> Option<bool> {
        let pruned = match *goal {
            Goal::Reach { x, y, threshold } => {
                self.bound_with(trial, depth, None, scratch, x, y) <= threshold
            }
            Goal::Pivot(pivot) => self.stable(trial, depth, pivot, scratch),
        };
        if pruned {
            return Some(false);
        }
        if *goal == Goal::Pivot(depth) {
            // The pivot stays open until the leaves.
            return self.walk(goal, trial, depth + 1, scratch, budget);
        }
        let Some((q, classes)) = self.free.get(depth) else {
            return self.leaf(goal, trial, scratch, budget);
        };
        let mut unknown = false;
        for &o in classes {
            trial.set(*q, o);
            let found = self.walk(goal, trial, depth + 1, scratch, budget);
            trial.set(*q, None);
            match found {
                Some(true) => return Some(true),
                Some(false) => {}
                None => unknown = true,
            }
            if *budget == 0 {
                return None;
            }
        }
        (!unknown).then_some(false)
    }

    /// One complete answer set: does it meet the goal?
    fn leaf(
        &self,
        goal: &Goal,
        trial: &mut Answers,
        scratch: &mut Scratch,
        budget: &mut usize,
    ) -> Option<bool> {
        match *goal {
            Goal::Reach { x, y, threshold } => {
                *budget = budget.checked_sub(1)?;
                let scores = self.engine.standings_of(trial, scratch);
                Some(scores[x] - scores[y] > threshold)
            }
            Goal::Pivot(pivot) => {
                // Two answers to the pivot that give different leaders.
                let (p, answers) = &self.free[pivot];
                let mut first: Option<Vec<usize>> = None;
                for &a in answers {
                    *budget = budget.checked_sub(1)?;
                    trial.set(*p, a);
                    let leaders = engine::leaders(self.engine.standings_of(trial, scratch));
                    trial.set(*p, None);
                    match &first {
                        Some(f) if *f != leaders => return Some(true),
                        Some(_) => {}
                        None => first = Some(leaders),
                    }
                }
                Some(false)
            }
        }
    }

    /// Whether one verdict leads alone in every completion of the subtree
    /// (free questions from `depth` on, and the pivot, still open).
    fn stable(&self, trial: &Answers, depth: usize, pivot: usize, scratch: &mut Scratch) -> bool {
        let verdicts = self.engine.dataset().verdicts.len();
        let scores = self.engine.standings_of(trial, scratch).to_vec();
        let Some(w) = engine::leaders_single(&scores) else {
            return false;
        };
        (0..verdicts)
            .filter(|&v| v != w)
            .all(|v| self.bound_with(trial, depth, Some(pivot), scratch, v, w) < -LEVEL)
    }

    /// An upper bound of `score(x) - score(y)` over every completion of the
    /// free questions from `depth` on, and of `also` (a free question left
    /// unset in `trial`) when it comes before `depth`.
    fn bound_with(
        &self,
        trial: &Answers,
        depth: usize,
        also: Option<usize>,
        scratch: &mut Scratch,
        x: usize,
        y: usize,
    ) -> f64 {
        let engine = self.engine;
        engine.standings_of(trial, scratch);
        let tally = scratch.tally();
        let k = tally.part.len();
        // The most each candidate's part and project weight can still grow
        // (an argument counts once, so it grows no more than this).
        let mut grow_part = vec![0.0; k];
        let mut grow_project = vec![0.0; k];
        let rest = self.free[depth.min(self.free.len())..]
            .iter()
            .chain(also.filter(|&p| p < depth).map(|p| &self.free[p]));
        for (q, answers) in rest {
            for c in 0..k {
                let (mut part, mut project) = (0.0f64, 0.0f64);
                for &o in answers.iter().flatten() {
                    let (mut p, mut j) = (0.0, 0.0);
                    for &(a, weight) in engine.effect(*q, o) {
                        match engine.argument_side(a) {
                            Some((side, true)) if side == c => p += weight,
                            Some((side, false)) if side == c => j += weight,
                            _ => {}
                        }
                    }
                    part = part.max(p);
                    project = project.max(j);
                }
                grow_part[c] += part;
                grow_project[c] += project;
            }
        }
        // Each way the candidates can be active (having a part) or not;
        // within one, each score is linear in the weights, so the bound
        // takes each weight at whichever end favours `x`.
        let mut best = f64::NEG_INFINITY;
        for pattern in 0..1u32 << k {
            let active = |c: usize| pattern >> c & 1 == 1;
            let possible = (0..k).all(|c| {
                if active(c) {
                    tally.part[c] + grow_part[c] > 0.0
                } else {
                    tally.part[c] <= 0.0
                }
            });
            // A mix with an idle stack is not on offer: it reaches nothing,
            // and any verdict on offer passes one.
            let parts = Parts(pattern);
            if !possible || !engine.offered(x, parts) {
                continue;
            }
            if !engine.offered(y, parts) {
                return f64::INFINITY;
            }
            // The engine's mix rule: what each verdict counts of each
            // candidate's part and whole-project weight.
            let counts = |v: usize, c: usize| {
                engine
                    .share(v, c, parts)
                    .map_or((0.0, 0.0), |n| (1.0, 1.0 / n as f64))
            };
            let mut value = engine.cost(y) - engine.cost(x);
            for c in 0..k {
                let ((px, jx), (py, jy)) = (counts(x, c), counts(y, c));
                let (part, project) = (px - py, jx - jy);
                if active(c) {
                    value += f64::max(part * tally.part[c], part * (tally.part[c] + grow_part[c]));
                }
                let j = tally.project[c];
                value += f64::max(project * j, project * (j + grow_project[c]));
            }
            best = best.max(value);
        }
        best
    }
}
