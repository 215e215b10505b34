//! The result of one set of answers, resolved for people: names instead of
//! indices, points and sources in words, what weighed most, what a mixed
//! verdict pays, the caveats, and what would change it.
//!
//! Every view of a result (the widget's panel, `versus recommend`, the
//! events a host page receives) reads a [`Report`]. Its text methods take
//! the reader's [`Words`] and say everything through the catalogue
//! ([`Say`]): no English is written here, only which sentence fits.

use crate::answers::Answers;
use crate::engine::{Assessment, Change, Engine, FlipKind};
use crate::model::{Dataset, Text, Verdict};
use crate::say::Say;
use crate::words::{Arg, Words};

pub use crate::engine::Decisiveness;

impl Decisiveness {
    /// A stable machine name.
    pub fn id(self) -> &'static str {
        match self {
            Decisiveness::Unanswered => "unanswered",
            Decisiveness::Tie => "tie",
            Decisiveness::Slight => "slight",
            Decisiveness::Clear => "clear",
            Decisiveness::Strong => "strong",
        }
    }

    /// What it means, for a reader.
    pub fn sentence(self, words: &Words) -> &str {
        words.template(match self {
            Decisiveness::Unanswered => Say::Unanswered,
            Decisiveness::Tie => Say::TieExplained,
            Decisiveness::Slight => Say::FirmnessSlight,
            Decisiveness::Clear => Say::FirmnessClear,
            Decisiveness::Strong => Say::FirmnessStrong,
        })
    }
}

/// A verdict, named.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Named<'d> {
    pub index: usize,
    pub id: &'d str,
    pub name: &'d str,
}

impl<'d> Named<'d> {
    fn of(dataset: &'d Dataset, index: usize) -> Self {
        let v: &'d Verdict = &dataset.verdicts[index];
        Named {
            index,
            id: &v.id,
            name: &v.name,
        }
    }
}

/// The section of the source a fact rests on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Source<'d> {
    /// The heading as the source prints it.
    pub title: &'d str,
    /// What a reader should look for under it, where the heading alone
    /// does not say.
    pub hint: Option<&'d str>,
    /// The address of the section, where the source is online: its `url`,
    /// and the section's `anchor` after `#`.
    pub url: Option<&'d str>,
    pub anchor: Option<&'d str>,
}

impl<'d> Source<'d> {
    /// The source of a fact citing `section`, in either edition.
    pub fn of(dataset: &'d Dataset, section: &'d str) -> Self {
        let found = dataset.section(section);
        Source {
            title: found.map_or(section, |s| s.title.as_ref()),
            hint: found.and_then(|s| s.hint.as_deref()),
            url: dataset.source.url.as_deref(),
            anchor: found.and_then(|s| s.anchor.as_deref()),
        }
    }

    /// The section's address, where the source is online.
    pub fn href(&self) -> Option<String> {
        let mut href = String::from(self.url?);
        if let Some(anchor) = self.anchor {
            href.push('#');
            href.push_str(anchor);
        }
        Some(href)
    }

    /// "Title" or "Title (hint)".
    pub fn text(&self, words: &Words) -> String {
        match self.hint {
            Some(hint) => words.say(
                Say::SourceHint,
                &[("title", Arg::Text(self.title)), ("hint", Arg::Text(hint))],
            ),
            None => self.title.to_string(),
        }
    }
}

/// A verdict's standing cost, in words.
#[derive(Clone, Debug, PartialEq)]
pub struct CostLine<'d> {
    pub text: &'d str,
    /// Taken off the score (positive).
    pub points: f64,
    pub source: Source<'d>,
}

/// A whole-project argument that a mixed verdict counts only in part.
#[derive(Clone, Debug, PartialEq)]
pub struct Halved<'d> {
    pub claim: &'d str,
    /// The candidate whose share of the system it helps.
    pub candidate: &'d str,
    pub full: f64,
    pub counted: f64,
    /// How many candidates share the system (2: a half).
    pub share: usize,
}

/// One verdict's score and how it was reached.
#[derive(Clone, Debug, PartialEq)]
pub struct Score<'d> {
    pub verdict: Named<'d>,
    pub points: f64,
    /// It shares or holds the top score.
    pub leads: bool,
    /// What it pays whatever the answers (a second stack).
    pub cost: Option<CostLine<'d>>,
    /// Whole-project arguments it counts only in part.
    pub halved: Vec<Halved<'d>>,
    /// It is an alternative: a single stack, or a mix whose every stack has
    /// a part to do. One that is not shows no points and is never the
    /// runner-up.
    pub offered: bool,
}

impl Score<'_> {
    /// What a mixed score pays and why, a line each: its cost and the
    /// arguments it counts in part; or, for a mix not on offer, why not.
    pub fn notes(&self, words: &Words) -> Vec<String> {
        let mut notes = Vec::new();
        if !self.offered {
            notes.push(words.get(Say::NotOnOffer));
            return notes;
        }
        if let Some(cost) = &self.cost {
            notes.push(words.say(
                Say::CostNote,
                &[
                    ("points", Arg::Number(points(cost.points))),
                    ("cost", Arg::Text(cost.text)),
                ],
            ));
        }
        for h in &self.halved {
            notes.push(words.say(
                if h.share == 2 {
                    Say::HalfNote
                } else {
                    Say::ShareNote
                },
                &[
                    ("points", Arg::Number(points(h.full))),
                    ("claim", Arg::Text(h.claim)),
                    ("candidate", Arg::Text(h.candidate)),
                ],
            ));
        }
        notes
    }

    /// The score as shown: its points (`3`, `1.5`, `-2`), or a dash for a
    /// mix not on offer.
    pub fn shown(&self, words: &Words) -> String {
        if self.offered {
            points_text(words, self.points)
        } else {
            words.get(Say::NoScore)
        }
    }
}

/// One answer given, as ids (for links, events and the command line).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Given<'d> {
    pub question: usize,
    pub option: usize,
    pub question_id: &'d str,
    pub option_id: &'d str,
}

/// How one argument an answer invokes counts.
#[derive(Clone, Debug, PartialEq)]
pub struct Argued<'d> {
    pub id: &'d str,
    pub claim: &'d str,
    pub candidate_id: &'d str,
    pub candidate: &'d str,
    pub weight: f64,
    /// Counted with this answer: the heaviest that invokes it (the first
    /// question, on equal weight).
    pub counted: bool,
    /// Otherwise, the question it was counted with.
    pub counted_with: Option<&'d str>,
}

/// What one answer contributes, in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason<'d> {
    pub answer: Given<'d>,
    /// The question as asked.
    pub prompt: &'d str,
    /// The option chosen, as labelled.
    pub label: &'d str,
    pub text: &'d str,
    pub arguments: Vec<Argued<'d>>,
    /// What this answer adds to each verdict's score, dataset order.
    pub points: Vec<f64>,
    /// What it adds to each verdict on offer, by name, dataset order,
    /// zeros left out: what `points_text` puts into words.
    pub gains: Vec<(&'d str, f64)>,
    /// It weighs as much as a different project would (see `decisive`).
    pub decisive: bool,
    /// Comparison rows behind the reason.
    pub rows: &'d [Text],
    pub section: &'d str,
    pub source: Source<'d>,
}

impl Reason<'_> {
    /// "Node.js +10, Hybrid +5" for what this answer adds to the verdicts
    /// on offer; says so when it adds nothing, because it argues for
    /// neither side or was counted elsewhere.
    pub fn points_text(&self, words: &Words) -> String {
        if self.gains.is_empty() {
            return words.get(if self.arguments.is_empty() {
                Say::NoPoints
            } else {
                Say::CountedElsewhere
            });
        }
        let items: Vec<String> = self
            .gains
            .iter()
            .map(|&(name, p)| {
                words.say(
                    Say::VerdictPoints,
                    &[
                        ("verdict", Arg::Text(name)),
                        ("points", Arg::Text(&signed_points_text(words, p))),
                    ],
                )
            })
            .collect();
        let items: Vec<&str> = items.iter().map(String::as_str).collect();
        words.list(&items, Say::Comma, Say::Comma, Say::Comma)
    }

    /// How much this answer moved the scores: its largest number of points
    /// for any verdict (0 for an answer that moved nothing).
    pub fn weight(&self) -> f64 {
        self.points
            .iter()
            .fold(0.0_f64, |most, p| most.max(p.abs()))
    }
}

/// A weakness of a leading verdict that the answers make relevant.
#[derive(Clone, Debug, PartialEq)]
pub struct Caveat<'d> {
    pub id: &'d str,
    pub text: &'d str,
    pub section: &'d str,
    pub source: Source<'d>,
}

/// One argument behind the verdict, with what it adds to its score.
#[derive(Clone, Debug, PartialEq)]
pub struct Weighed<'d> {
    pub claim: &'d str,
    pub points: f64,
}

/// One answer a flip changes.
#[derive(Clone, Debug, PartialEq)]
pub struct Step<'d> {
    pub change: Change,
    pub question_id: &'d str,
    pub option_id: &'d str,
    pub from_id: Option<&'d str>,
    pub prompt: &'d str,
    pub label: &'d str,
    /// The option as a condition ("If your team wrote Python"), where the
    /// dataset words one.
    pub condition: Option<&'d str>,
}

/// The fewest answer changes that make another verdict the single leader.
#[derive(Clone, Debug, PartialEq)]
pub struct Flip<'d> {
    pub verdict: Named<'d>,
    pub steps: Vec<Step<'d>>,
    /// A step adds or removes a decisive weight: this describes a
    /// different project, not a change of degree to this one.
    pub different_project: bool,
    /// Another answer about who the team is: a condition, not advice, and
    /// always a single step.
    pub condition: bool,
}

impl Flip<'_> {
    /// A condition in words, with its verdict: "If your team wrote
    /// Python: Django" (the dataset's wording of the option), else "If
    /// “Python”: Django".
    pub fn condition_text(&self, words: &Words) -> Option<String> {
        if !self.condition {
            return None;
        }
        let step = self.steps.first()?;
        let verdict = ("verdict", Arg::Text(self.verdict.name));
        Some(match step.condition {
            Some(condition) => words.say(
                Say::ConditionVerdict,
                &[("condition", Arg::Text(condition)), verdict],
            ),
            None => words.say(Say::IfAnswer, &[("label", Arg::Text(step.label)), verdict]),
        })
    }

    /// `(question, option)` pairs to apply.
    pub fn changes(&self) -> Vec<(usize, usize)> {
        self.steps
            .iter()
            .map(|s| (s.change.question, s.change.to))
            .collect()
    }
}

/// The whole result for one set of answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Report<'d> {
    pub decisiveness: Decisiveness,
    /// How far the verdict's score is ahead of the best real alternative
    /// (0 on a tie).
    pub margin: f64,
    /// That alternative: the best verdict on offer after a sole leader.
    pub runner_up: Option<Named<'d>>,
    /// The recommended verdict: one leads alone.
    pub verdict: Option<Named<'d>>,
    /// Its recommendation in plain words.
    pub headline: Option<&'d str>,
    /// The verdicts sharing the top score (several on a tie, none before
    /// any answer).
    pub leaders: Vec<Named<'d>>,
    /// Every verdict's score, dataset order.
    pub scores: Vec<Score<'d>>,
    /// One per answer, question order.
    pub reasons: Vec<Reason<'d>>,
    /// The arguments that add most to the verdict, heaviest first (at most three).
    pub weighed_most: Vec<Weighed<'d>>,
    pub caveats: Vec<Caveat<'d>>,
    /// Fewest changes first.
    pub flips: Vec<Flip<'d>>,
    /// Ids of the comparison rows the answers touch, table order.
    pub rows: Vec<&'d str>,
    /// No answers to the unanswered questions can change the leaders.
    pub settled: bool,
    /// The unanswered questions that can still change them (indices).
    pub open: Vec<usize>,
    /// Their ids.
    pub open_ids: Vec<&'d str>,
    /// How many questions are unanswered.
    pub unanswered: usize,
}

/// What a script needs of a result, as ids and numbers: the event detail
/// a host page receives and the first keys of `versus recommend --json`.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary<'d> {
    /// `(question id, option id)`, question order.
    pub answers: Vec<(&'d str, &'d str)>,
    /// The verdict that leads alone, if one does.
    pub verdict: Option<&'d str>,
    pub leaders: Vec<&'d str>,
    /// `(verdict id, score)`, dataset order.
    pub scores: Vec<(&'d str, f64)>,
    pub decisiveness: &'static str,
    /// The unanswered questions that could still change the leaders (ids),
    /// and how many are unanswered: with `decisiveness`, how firm it is.
    pub open: Vec<&'d str>,
    pub unanswered: usize,
}

impl<'d> Report<'d> {
    /// The result as ids and numbers.
    pub fn summary(&self) -> Summary<'d> {
        Summary {
            answers: self
                .answers()
                .map(|g| (g.question_id, g.option_id))
                .collect(),
            verdict: self.verdict.map(|v| v.id),
            leaders: self.leaders.iter().map(|l| l.id).collect(),
            scores: self
                .scores
                .iter()
                .map(|s| (s.verdict.id, s.points))
                .collect(),
            decisiveness: self.decisiveness.id(),
            open: self.open_ids.clone(),
            unanswered: self.unanswered,
        }
    }

    /// The answers given, question order.
    pub fn answers(&self) -> impl Iterator<Item = Given<'d>> + '_ {
        self.reasons.iter().map(|r| r.answer)
    }

    /// The result in a few words: the verdict's name, the tied names, or
    /// that there is none yet.
    pub fn title(&self, words: &Words) -> String {
        match (&self.verdict, self.leaders.len()) {
            (Some(v), _) => v.name.to_string(),
            (None, 0) => words.get(Say::NoRecommendationYet),
            (None, _) => {
                let names: Vec<&str> = self.leaders.iter().map(|l| l.name).collect();
                words.say(
                    Say::TieTitle,
                    &[("names", Arg::Text(&names_list(words, &names)))],
                )
            }
        }
    }

    /// "Ahead of Django by 6 points." for a verdict that leads alone.
    pub fn margin_line(&self, words: &Words) -> Option<String> {
        self.verdict?;
        let n = ("n", Arg::Number(points(self.margin)));
        Some(match self.runner_up {
            Some(next) => words.say(Say::AheadOf, &[("name", Arg::Text(next.name)), n]),
            None => words.say(Say::AheadBy, &[n]),
        })
    }

    /// What the unanswered questions can still do, in a line, once there
    /// is a result and questions are left: nothing, or how many of them
    /// (the `open` questions, marked in the quiz) could.
    pub fn outlook_line(&self, words: &Words) -> Option<String> {
        if self.unanswered == 0 || self.reasons.is_empty() {
            return None;
        }
        if self.settled {
            return Some(words.get(Say::Settled));
        }
        Some(words.say(Say::OutlookOpen, &self.left()))
    }

    /// How firm the result is, as one statement: how far the answers are
    /// from another verdict (the decisiveness) and what the questions not
    /// yet answered could still do (the outlook). A lead is never called
    /// strong without saying that open questions could still overturn it.
    pub fn firmness_line(&self, words: &Words) -> String {
        // Each firmness, with every answer given, with the questions left
        // unable to change it, and with some that could.
        let [complete, settled, open] = match self.decisiveness {
            Decisiveness::Unanswered => return words.get(Say::Unanswered),
            Decisiveness::Tie => [
                Say::FirmnessTie,
                Say::FirmnessTieSettled,
                Say::FirmnessTieOpen,
            ],
            Decisiveness::Slight => [
                Say::FirmnessSlight,
                Say::FirmnessSlightSettled,
                Say::FirmnessSlightOpen,
            ],
            Decisiveness::Clear => [
                Say::FirmnessClear,
                Say::FirmnessClearSettled,
                Say::FirmnessClearOpen,
            ],
            Decisiveness::Strong => [
                Say::FirmnessStrong,
                Say::FirmnessStrongSettled,
                Say::FirmnessStrongOpen,
            ],
        };
        if self.unanswered == 0 {
            words.get(complete)
        } else if self.settled {
            words.say(settled, &self.left())
        } else {
            words.say(open, &self.left())
        }
    }

    /// The questions left as arguments: how many (`left`), how many of
    /// them could change the result together (`open`) and how many could
    /// not (`closed`).
    fn left(&self) -> [(&'static str, Arg<'static>); 3] {
        let (open, left) = (self.open.len(), self.unanswered);
        [
            ("left", Arg::from(left)),
            ("open", Arg::from(open)),
            ("closed", Arg::from(left.saturating_sub(open))),
        ]
    }

    /// The verdict in a short line for beside the quiz: "Django: a clear
    /// lead after 3 of 13 answers", or nothing before any answer.
    pub fn live_line(&self, words: &Words) -> Option<String> {
        let message = match self.decisiveness {
            Decisiveness::Unanswered => return None,
            Decisiveness::Slight => Say::LiveSlight,
            Decisiveness::Clear => Say::LiveClear,
            Decisiveness::Strong => Say::LiveStrong,
            Decisiveness::Tie => Say::LiveTie,
        };
        let answered = self.reasons.len();
        Some(words.say(
            message,
            &[
                ("title", Arg::Text(&self.title(words))),
                ("answered", Arg::from(answered)),
                ("total", Arg::from(answered + self.unanswered)),
            ],
        ))
    }

    /// "What weighed most: your team writes Python (+10); ... ."
    pub fn weighed_most_line(&self, words: &Words) -> Option<String> {
        if self.weighed_most.is_empty() {
            return None;
        }
        let claims: Vec<String> = self
            .weighed_most
            .iter()
            .map(|w| {
                words.say(
                    Say::WeighedClaim,
                    &[
                        ("claim", Arg::Text(w.claim)),
                        ("points", Arg::Text(&signed_points_text(words, w.points))),
                    ],
                )
            })
            .collect();
        let claims: Vec<&str> = claims.iter().map(String::as_str).collect();
        let claims = words.list(&claims, Say::Semicolon, Say::Semicolon, Say::Semicolon);
        Some(words.say(Say::WeighedMost, &[("claims", Arg::Text(&claims))]))
    }
}

/// "A", "A and B", "A, B and C".
pub(crate) fn names_list(words: &Words, names: &[&str]) -> String {
    words.list(names, Say::ListPair, Say::ListMiddle, Say::ListLast)
}

impl<'d> Engine<'d> {
    /// Ranks, explains and searches the flips for a set of answers: the
    /// engine's numbers ([`Engine::assess`]) and what the unanswered
    /// questions can still do ([`Engine::outlook`]), put into words.
    #[inline(never)]
    pub fn evaluate(&self, answers: &Answers) -> Report<'d> {
        build(self, answers, self.assess(answers))
    }
}

/// Puts an assessment into words: names for indices, text for ids. No
/// arithmetic: every number comes from the engine.
#[inline(never)]
fn build<'d>(engine: &Engine<'d>, answers: &Answers, a: Assessment) -> Report<'d> {
    // Plain loops and pushes rather than iterator chains: each chain is
    // its own generic code in the wasm.
    let d = engine.dataset();
    let offered = &a.ranking.offered;
    let candidate_name = |c: usize| d.candidates[c].name.as_ref();
    let side = |arg: usize| engine.argument_side(arg).map_or(0, |(c, _)| c);

    let mut reasons: Vec<Reason<'d>> = Vec::with_capacity(a.answers.len());
    for (q, o, points) in &a.answers {
        let (q, o) = (*q, *o);
        let question = &d.questions[q];
        let choice = &question.options[o];
        let mut arguments = Vec::new();
        for &(arg, weight) in engine.effect(q, o) {
            let argument = &d.arguments[arg];
            let c = side(arg);
            let counted = a.counted_at[arg] == Some(q);
            arguments.push(Argued {
                id: &argument.id,
                claim: &argument.claim,
                candidate_id: &d.candidates[c].id,
                candidate: candidate_name(c),
                weight,
                counted,
                counted_with: match a.counted_at[arg] {
                    Some(at) if !counted => Some(d.questions[at].prompt.as_ref()),
                    _ => None,
                },
            });
        }
        let mut gains = Vec::new();
        for (v, &p) in points.iter().enumerate() {
            if p.abs() >= 1e-9 && offered[v] {
                gains.push((d.verdicts[v].name.as_ref(), p));
            }
        }
        reasons.push(Reason {
            answer: Given {
                question: q,
                option: o,
                question_id: &question.id,
                option_id: &choice.id,
            },
            prompt: &question.prompt,
            label: &choice.label,
            text: &choice.reason,
            arguments,
            points: points.clone(),
            gains,
            decisive: engine.is_decisive(Change {
                question: q,
                from: None,
                to: o,
            }),
            rows: &choice.rows,
            section: &choice.section,
            source: Source::of(d, &choice.section),
        });
    }

    let mut leaders: Vec<Named<'d>> = Vec::new();
    for &v in &a.ranking.leaders {
        leaders.push(Named::of(d, v));
    }
    let mut scores = Vec::with_capacity(d.verdicts.len());
    for (v, list) in a.halved.iter().enumerate() {
        let verdict = &d.verdicts[v];
        let points = a.ranking.scores[v];
        let mut halved = Vec::new();
        for &(arg, full, counted, share) in list {
            halved.push(Halved {
                claim: &d.arguments[arg].claim,
                candidate: candidate_name(side(arg)),
                full,
                counted,
                share,
            });
        }
        scores.push(Score {
            verdict: Named::of(d, v),
            points,
            leads: a.ranking.leaders.contains(&v),
            cost: verdict.cost.as_ref().map(|c| CostLine {
                text: &c.text,
                points: engine.cost(v),
                source: Source::of(d, &c.section),
            }),
            halved,
            offered: offered[v],
        });
    }

    let mut weighed_most = Vec::new();
    for &(arg, points) in &a.weighed_most {
        weighed_most.push(Weighed {
            claim: &d.arguments[arg].claim,
            points,
        });
    }

    let mut rows = Vec::new();
    for row in d.rows.iter() {
        if reasons.iter().any(|r| r.rows.contains(&row.id)) {
            rows.push(row.id.as_ref());
        }
    }

    let mut flips: Vec<Flip<'d>> = Vec::with_capacity(a.flips.len());
    for flip in &a.flips {
        let mut steps = Vec::with_capacity(flip.changes.len());
        for &change in &flip.changes {
            let question = &d.questions[change.question];
            let option = &question.options[change.to];
            steps.push(Step {
                change,
                question_id: &question.id,
                option_id: &option.id,
                from_id: change.from.map(|o| question.options[o].id.as_ref()),
                prompt: &question.prompt,
                label: &option.label,
                condition: option.condition.as_deref(),
            });
        }
        flips.push(Flip {
            verdict: Named::of(d, flip.verdict),
            steps,
            different_project: flip.kind == FlipKind::DifferentProject,
            condition: flip.kind == FlipKind::Condition,
        });
    }

    let mut caveats = Vec::with_capacity(a.caveats.len());
    for &i in &a.caveats {
        let c = &d.cons[i];
        caveats.push(Caveat {
            id: &c.id,
            text: &c.text,
            section: &c.section,
            source: Source::of(d, &c.section),
        });
    }

    let verdict = match leaders[..] {
        [one] => Some(one),
        _ => None,
    };
    let outlook = engine.outlook(answers);
    Report {
        decisiveness: a.decisiveness,
        margin: a.margin,
        runner_up: a.ranking.runner_up().map(|v| Named::of(d, v)),
        headline: verdict.map(|v| d.verdicts[v.index].headline.as_ref()),
        verdict,
        leaders,
        scores,
        reasons,
        weighed_most,
        caveats,
        flips,
        rows,
        settled: outlook.settled,
        open_ids: outlook
            .open
            .iter()
            .map(|&q| d.questions[q].id.as_ref())
            .collect(),
        open: outlook.open,
        unanswered: answers.len() - answers.answered(),
    }
}

/// Points as a person writes them: to one decimal, so `1.25` reads
/// `1.3` whatever the language's numbers allow.
pub fn points(points: f64) -> f64 {
    (points.clamp(-1e15, 1e15) * 10.0).round() / 10.0
}

/// Points in words: `3`, `1.5`, `-2`.
pub fn points_text(words: &Words, p: f64) -> String {
    words.number(points(p))
}

/// Points with their sign: `+3`, `-1.5`, `0`.
pub fn signed_points_text(words: &Words, p: f64) -> String {
    if p > 0.0 {
        words.say(Say::Gain, &[("n", Arg::Number(points(p)))])
    } else {
        points_text(words, p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::ENGLISH;

    #[test]
    fn points_read_like_a_person_wrote_them() {
        let text = |p| points_text(&ENGLISH, p);
        let signed = |p| signed_points_text(&ENGLISH, p);
        assert_eq!(text(3.0), "3");
        assert_eq!(text(1.5), "1.5");
        assert_eq!(text(-2.0), "-2");
        assert_eq!(text(-0.04), "0");
        assert_eq!(text(0.25), "0.3");
        assert_eq!(signed(4.0), "+4");
        assert_eq!(signed(-1.5), "-1.5");
        assert_eq!(signed(0.0), "0");
    }

    #[test]
    fn names_join_like_a_sentence() {
        assert_eq!(names_list(&ENGLISH, &["A"]), "A");
        assert_eq!(names_list(&ENGLISH, &["A", "B"]), "A and B");
        assert_eq!(names_list(&ENGLISH, &["A", "B", "C"]), "A, B and C");
    }
}
