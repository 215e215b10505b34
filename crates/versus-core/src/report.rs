//! The result of one set of answers, resolved for people: names instead of
//! indices, points and sources in words, what weighed most, what a mixed
//! verdict pays, the caveats, and what would change it.
//!
//! Every view of a result (the widget's panel, `versus recommend`, the
//! events a host page receives) reads a [`Report`]; no text about a result
//! is written anywhere else.

use crate::answers::Answers;
use crate::engine::{Assessment, Change, Engine, FlipKind};
use crate::model::{Dataset, Text, Verdict};

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
    pub fn sentence(self) -> &'static str {
        match self {
            Decisiveness::Unanswered => "Answer a question to see a recommendation.",
            Decisiveness::Tie => {
                "Too close to call: your answers give them the same score. Below is what would separate them."
            }
            Decisiveness::Slight => {
                "A slight lead: one small change to your answers could overturn it."
            }
            Decisiveness::Clear => {
                "A clear lead: it would take two small changes to your answers to overturn it."
            }
            Decisiveness::Strong => {
                "A strong lead: no one or two small changes to your answers would overturn it."
            }
        }
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
    pub fn text(&self) -> String {
        let mut text = String::from(self.title);
        if let Some(hint) = self.hint {
            text.push_str(" (");
            text.push_str(hint);
            text.push(')');
        }
        text
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
    /// `3`, `1.5`, `-2`.
    pub points_text: String,
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
    pub fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        if !self.offered {
            notes.push(NOT_ON_OFFER.to_string());
            return notes;
        }
        if let Some(cost) = &self.cost {
            let mut note = String::from("-");
            note.push_str(&points_text(cost.points));
            note.push_str(": ");
            note.push_str(cost.text);
            notes.push(note);
        }
        for h in &self.halved {
            let mut note = String::from(if h.share == 2 {
                "Half of +"
            } else {
                "A share of +"
            });
            note.push_str(&points_text(h.full));
            note.push_str(" (");
            note.push_str(h.claim);
            note.push_str("): only the ");
            note.push_str(h.candidate);
            note.push_str(if h.share == 2 { " half" } else { " share" });
            note.push_str(" gains from it");
            notes.push(note);
        }
        notes
    }

    /// The score as shown: its points, or a dash for a mix not on offer.
    pub fn shown(&self) -> &str {
        if self.offered {
            &self.points_text
        } else {
            "–"
        }
    }
}

/// Why a mix with an idle stack is not shown as an alternative, in words
/// that hold whichever verdict leads.
pub const NOT_ON_OFFER: &str = "Not on offer: nothing in your answers calls for two stacks.";

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
    /// "Node.js +10, Hybrid +5", "No points either way" or "Counted with
    /// another answer".
    pub points_text: String,
    /// It weighs as much as a different project would (see `decisive`).
    pub decisive: bool,
    /// Comparison rows behind the reason.
    pub rows: &'d [Text],
    pub section: &'d str,
    pub source: Source<'d>,
}

impl Reason<'_> {
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
    pub fn condition_text(&self) -> Option<String> {
        if !self.condition {
            return None;
        }
        let step = self.steps.first()?;
        let mut text = String::new();
        match step.condition {
            Some(condition) => text.push_str(condition),
            None => {
                text.push_str("If “");
                text.push_str(step.label);
                text.push('”');
            }
        }
        text.push_str(": ");
        text.push_str(self.verdict.name);
        Some(text)
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
    pub fn title(&self) -> String {
        match (&self.verdict, self.leaders.len()) {
            (Some(v), _) => v.name.to_string(),
            (None, 0) => "No recommendation yet".into(),
            (None, _) => {
                let mut title = String::from("A tie: ");
                title.push_str(&names(self.leaders.iter().map(|l| l.name)));
                title
            }
        }
    }

    /// "Ahead of Django by 6 points." for a verdict that leads alone.
    pub fn margin_line(&self) -> Option<String> {
        self.verdict?;
        let mut line = String::from("Ahead ");
        if let Some(next) = self.runner_up {
            line.push_str("of ");
            line.push_str(next.name);
            line.push(' ');
        }
        line.push_str("by ");
        line.push_str(&points_text(self.margin));
        line.push_str(if (self.margin - 1.0).abs() < 1e-9 {
            " point."
        } else {
            " points."
        });
        Some(line)
    }

    /// What the unanswered questions can still do, in a line, once there
    /// is a result and questions are left: nothing, or how many of them
    /// (the `open` questions, marked in the quiz) could.
    pub fn outlook_line(&self) -> Option<String> {
        if self.unanswered == 0 || self.reasons.is_empty() {
            return None;
        }
        if self.settled {
            return Some("Your remaining answers can't change this.".into());
        }
        let mut line = self.questions_left();
        line.push_str(if self.open.len() == 1 {
            " could still change it: that question is marked with a dot."
        } else {
            " could still change it: those questions are marked with a dot."
        });
        Some(capitalised(line))
    }

    /// How firm the result is, as one statement: how far the answers are
    /// from another verdict (the decisiveness) and what the questions not
    /// yet answered could still do (the outlook). A lead is never called
    /// strong without saying that open questions could still overturn it.
    pub fn firmness_line(&self) -> String {
        let mut line = String::from(match self.decisiveness {
            Decisiveness::Unanswered => return self.decisiveness.sentence().into(),
            Decisiveness::Tie => "Too close to call: your answers give them the same score",
            Decisiveness::Slight => {
                "A slight lead: one small change to your answers could overturn it"
            }
            Decisiveness::Clear => {
                "A clear lead: it would take two small changes to your answers to overturn it"
            }
            Decisiveness::Strong => {
                "A strong lead: no one or two small changes to your answers would overturn it"
            }
        });
        let tie = self.decisiveness == Decisiveness::Tie;
        if self.unanswered == 0 {
        } else if self.settled {
            line.push_str(if self.unanswered == 1 {
                ", and no answer to the one question left could "
            } else {
                ", and no answers to the questions left could "
            });
            line.push_str(if tie { "separate them" } else { "change it" });
        } else {
            line.push_str(match self.decisiveness {
                Decisiveness::Slight | Decisiveness::Clear => ", and ",
                _ => ", but ",
            });
            line.push_str(&self.questions_left());
            line.push_str(if tie {
                " could separate them"
            } else {
                " could still change it"
            });
        }
        line.push('.');
        line
    }

    /// "your answers to 4 of the 10 questions left", "your answers to the
    /// 3 questions left", "your answer to the one question left": the open
    /// ones among the unanswered, which may change it together.
    fn questions_left(&self) -> String {
        let (open, left) = (self.open.len(), self.unanswered);
        if left == 1 {
            return "your answer to the one question left".into();
        }
        let mut text = String::from("your answers to");
        if open < left {
            text.push(' ');
            text.push_str(&open.to_string());
            text.push_str(" of");
        }
        text.push_str(" the ");
        text.push_str(&left.to_string());
        text.push_str(" questions left");
        text
    }

    /// The verdict in a short line for beside the quiz: "Django: a clear
    /// lead after 3 of 13 answers", or nothing before any answer.
    pub fn live_line(&self) -> Option<String> {
        if self.decisiveness == Decisiveness::Unanswered {
            return None;
        }
        let mut line = self.title();
        line.push_str(match self.decisiveness {
            Decisiveness::Slight => ": a slight lead",
            Decisiveness::Clear => ": a clear lead",
            Decisiveness::Strong => ": a strong lead",
            _ => "",
        });
        line.push_str(" after ");
        let answered = self.reasons.len();
        line.push_str(&answered.to_string());
        line.push_str(" of ");
        line.push_str(&(answered + self.unanswered).to_string());
        line.push_str(if answered + self.unanswered == 1 {
            " answer"
        } else {
            " answers"
        });
        Some(line)
    }

    /// "What weighed most: your team writes Python (+10); ... ."
    pub fn weighed_most_line(&self) -> Option<String> {
        if self.weighed_most.is_empty() {
            return None;
        }
        let mut line = String::from("What weighed most: ");
        for (i, w) in self.weighed_most.iter().enumerate() {
            if i > 0 {
                line.push_str("; ");
            }
            line.push_str(w.claim);
            line.push_str(" (");
            line.push_str(&signed_points_text(w.points));
            line.push(')');
        }
        line.push('.');
        Some(line)
    }
}

/// The text with its first letter in capitals.
fn capitalised(mut text: String) -> String {
    if let Some(first) = text.get(..1) {
        let upper = first.to_ascii_uppercase();
        text.replace_range(..1, &upper);
    }
    text
}

/// "A", "A and B", "A, B and C".
pub(crate) fn names<'a>(list: impl ExactSizeIterator<Item = &'a str>) -> String {
    let count = list.len();
    let mut out = String::new();
    for (i, name) in list.enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == count { " and " } else { ", " });
        }
        out.push_str(name);
    }
    out
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
        let points_text = points_line(d, points, offered, !arguments.is_empty());
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
            points_text,
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
            points_text: points_text(points),
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

/// `Node.js +10, Hybrid +5` for what one answer adds to the verdicts on
/// offer; says so when it adds nothing, because it argues for neither side
/// or was counted elsewhere.
fn points_line(d: &Dataset, points: &[f64], offered: &[bool], argues: bool) -> String {
    let mut out = String::new();
    for (v, &p) in points.iter().enumerate() {
        if p.abs() < 1e-9 || !offered[v] {
            continue;
        }
        if !out.is_empty() {
            out.push_str(", ");
        }
        out.push_str(&d.verdicts[v].name);
        out.push(' ');
        out.push_str(&signed_points_text(p));
    }
    if out.is_empty() {
        out.push_str(if argues {
            "Counted with another answer"
        } else {
            "No points either way"
        });
    }
    out
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

    #[test]
    fn names_join_like_a_sentence() {
        assert_eq!(names(["A"].into_iter()), "A");
        assert_eq!(names(["A", "B"].into_iter()), "A and B");
        assert_eq!(names(["A", "B", "C"].into_iter()), "A, B and C");
    }
}
