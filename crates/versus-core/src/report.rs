//! The result of one set of answers, resolved for people: names instead of
//! indices, points and sources in words, the must-haves that decided it,
//! the caveats, and what would change it.
//!
//! Every view of a result (the widget's panel, `versus recommend`, the
//! events a host page receives) reads a [`Report`]; no text about a result
//! is written anywhere else.

use crate::engine::{Change, Standing};
use crate::model::{Claim, Dataset, Keyed, Text, Verdict};

/// How firmly the answers point at a verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Decisiveness {
    /// Nothing answered yet.
    Unanswered,
    /// Two or more verdicts share the best standing.
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
                "Too close to call: your answers leave them level. Below is what would separate them."
            }
            Decisiveness::Slight => "A slight lead: one changed answer would change it.",
            Decisiveness::Clear => "A clear lead: it takes two changed answers to change it.",
            Decisiveness::Strong => "A strong lead: three or more answers would have to change.",
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

/// One verdict's score and what holds it back.
#[derive(Clone, Debug, PartialEq)]
pub struct Score<'d> {
    pub verdict: Named<'d>,
    pub points: f64,
    /// `3`, `1.5`, `-2`.
    pub points_text: String,
    /// It shares or holds the best standing.
    pub leads: bool,
    /// Why an answer rules it out, if one does.
    pub ruled_out: Option<&'d str>,
    /// How many of the answers' must-haves it covers.
    pub must_haves_met: usize,
    /// The answers' needs it does not run a candidate for.
    pub misses: Vec<&'d str>,
}

impl Score<'_> {
    /// How many of the answers' must-haves it covers, of how many, when the
    /// answers carry any.
    pub fn coverage(&self) -> Option<(usize, usize)> {
        let total = self.must_haves_met + self.misses.len();
        (total > 0).then_some((self.must_haves_met, total))
    }

    /// What holds the score up or back, in words: "Ruled out: ...",
    /// "Covers 1 of 3 must-haves; not: ..." or nothing.
    pub fn note(&self) -> Option<String> {
        if let Some(reason) = self.ruled_out {
            let mut note = String::from("Ruled out: ");
            note.push_str(reason);
            return Some(note);
        }
        let (met, total) = self.coverage()?;
        let mut note = String::from("Covers ");
        note.push_str(&met.to_string());
        note.push_str(" of ");
        note.push_str(&total.to_string());
        note.push_str(if total == 1 {
            " must-have"
        } else {
            " must-haves"
        });
        if !self.misses.is_empty() {
            note.push_str("; not: ");
            note.push_str(&self.misses.join("; "));
        }
        Some(note)
    }
}

/// A must-have among the answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Requirement<'d> {
    pub need: &'d str,
    /// The candidate that serves it, by id and by name.
    pub candidate_id: &'d str,
    pub candidate: &'d str,
    /// "Real-time at the core needs Node.js".
    pub text: String,
    pub section: &'d str,
    /// The source section's title.
    pub source: &'d str,
}

/// One answer given, as ids (for links, events and the command line).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Given<'d> {
    pub question: usize,
    pub option: usize,
    pub question_id: &'d str,
    pub option_id: &'d str,
}

/// A verdict an answer rules out, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct RuledOut<'d> {
    pub verdict: Named<'d>,
    pub reason: &'d str,
    pub source: &'d str,
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
    /// Points per verdict id, as written in the dataset.
    pub points: &'d [Keyed<f64>],
    /// "+3 Node.js", "+2 Django, +1 Hybrid" or "No points either way".
    pub points_text: String,
    /// The requirement this answer is, if it is a must-have.
    pub must_have: Option<Requirement<'d>>,
    /// Verdicts this answer rules out.
    pub rules_out: Vec<RuledOut<'d>>,
    /// Comparison rows behind the reason.
    pub rows: &'d [Text],
    pub section: &'d str,
    pub source: &'d str,
}

/// A weakness of a leading verdict that the answers make relevant.
#[derive(Clone, Debug, PartialEq)]
pub struct Caveat<'d> {
    pub id: &'d str,
    pub text: &'d str,
    pub section: &'d str,
    pub source: &'d str,
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
}

/// The fewest answer changes that make another verdict the single leader.
#[derive(Clone, Debug, PartialEq)]
pub struct Flip<'d> {
    pub verdict: Named<'d>,
    pub steps: Vec<Step<'d>>,
}

impl Flip<'_> {
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
    /// The recommended verdict: one leads alone.
    pub verdict: Option<Named<'d>>,
    /// Its recommendation in plain words.
    pub headline: Option<&'d str>,
    /// The verdicts sharing the best standing (several on a tie, none
    /// before any answer).
    pub leaders: Vec<Named<'d>>,
    /// Every verdict's score, dataset order.
    pub scores: Vec<Score<'d>>,
    /// One per answer, question order.
    pub reasons: Vec<Reason<'d>>,
    pub caveats: Vec<Caveat<'d>>,
    /// Fewest changes first.
    pub flips: Vec<Flip<'d>>,
    /// Ids of the comparison rows the answers touch, table order.
    pub rows: Vec<&'d str>,
}

impl<'d> Report<'d> {
    /// The answers given, question order.
    pub fn answers(&self) -> impl Iterator<Item = Given<'d>> + '_ {
        self.reasons.iter().map(|r| r.answer)
    }

    /// The must-haves among the answers, question order.
    pub fn must_haves(&self) -> impl Iterator<Item = &Requirement<'d>> {
        self.reasons.iter().filter_map(|r| r.must_have.as_ref())
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

    /// "Real-time at the core needs Node.js; machine learning at the core
    /// needs Django." when the answers carry must-haves.
    pub fn must_have_line(&self) -> Option<String> {
        let mut line = String::new();
        for m in self.must_haves() {
            if !line.is_empty() {
                line.push_str("; ");
            }
            line.push_str(&m.text);
        }
        if line.is_empty() {
            return None;
        }
        line.push('.');
        Some(line)
    }
}

/// "A", "A and B", "A, B and C".
fn names<'a>(list: impl ExactSizeIterator<Item = &'a str>) -> String {
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

/// What the engine hands over to be put into words.
pub(crate) struct Inputs<'a, 'd> {
    pub dataset: &'d Dataset,
    pub standings: &'a [Standing],
    pub leaders: Vec<usize>,
    /// Per answer: question, option, its must-have, its rule-outs.
    pub effects: &'a [(usize, usize, Option<usize>, &'a [usize])],
    pub caveats: Vec<&'d Claim>,
    pub flips: Vec<(usize, Vec<Change>)>,
}

#[inline(never)]
pub(crate) fn build<'d>(inputs: Inputs<'_, 'd>) -> Report<'d> {
    let d = inputs.dataset;
    let given = |question: usize, option: usize| Given {
        question,
        option,
        question_id: &d.questions[question].id,
        option_id: &d.questions[question].options[option].id,
    };
    let requirement = |m: usize| {
        let must = &d.must_haves[m];
        let candidate = d
            .candidate(&must.candidate)
            .map_or(must.candidate.as_ref(), |c| c.name.as_ref());
        let mut text = String::from(must.need.as_ref());
        text.push_str(" needs ");
        text.push_str(candidate);
        Requirement {
            need: &must.need,
            candidate_id: &must.candidate,
            candidate,
            text,
            section: &must.section,
            source: d.section_title(&must.section),
        }
    };

    let reasons: Vec<Reason<'d>> = inputs
        .effects
        .iter()
        .map(|&(q, o, must_have, rule_outs)| {
            let question = &d.questions[q];
            let choice = &question.options[o];
            Reason {
                answer: given(q, o),
                prompt: &question.prompt,
                label: &choice.label,
                text: &choice.reason,
                points: &choice.points,
                points_text: points_line(d, &choice.points),
                must_have: must_have.map(requirement),
                rules_out: rule_outs
                    .iter()
                    .filter_map(|&r| {
                        let rule_out = &d.rule_outs[r];
                        Some(RuledOut {
                            verdict: Named::of(d, d.verdict_index(&rule_out.verdict)?),
                            reason: &rule_out.reason,
                            source: d.section_title(&rule_out.section),
                        })
                    })
                    .collect(),
                rows: &choice.rows,
                section: &choice.section,
                source: d.section_title(&choice.section),
            }
        })
        .collect();
    let scores = d
        .verdicts
        .iter()
        .enumerate()
        .map(|(v, verdict)| {
            let standing = inputs.standings[v];
            Score {
                verdict: Named::of(d, v),
                points: standing.points,
                points_text: points_text(standing.points),
                leads: inputs.leaders.contains(&v),
                must_haves_met: standing.must_haves,
                ruled_out: reasons
                    .iter()
                    .flat_map(|r| &r.rules_out)
                    .find(|r| r.verdict.index == v)
                    .map(|r| r.reason),
                misses: reasons
                    .iter()
                    .filter_map(|r| r.must_have.as_ref())
                    .filter(|m| !verdict.runs().any(|c| c == m.candidate_id))
                    .map(|m| m.need)
                    .collect(),
            }
        })
        .collect();

    let rows = d
        .rows
        .iter()
        .map(|row| row.id.as_ref())
        .filter(|id| reasons.iter().any(|r| r.rows.iter().any(|x| x == id)))
        .collect();

    let flips: Vec<Flip<'d>> = inputs
        .flips
        .into_iter()
        .map(|(v, changes)| Flip {
            verdict: Named::of(d, v),
            steps: changes
                .into_iter()
                .map(|change| {
                    let question = &d.questions[change.question];
                    Step {
                        change,
                        question_id: &question.id,
                        option_id: &question.options[change.to].id,
                        from_id: change.from.map(|o| question.options[o].id.as_ref()),
                        prompt: &question.prompt,
                        label: &question.options[change.to].label,
                    }
                })
                .collect(),
        })
        .collect();

    let leaders: Vec<Named<'d>> = inputs.leaders.iter().map(|&v| Named::of(d, v)).collect();
    let verdict = match leaders[..] {
        [one] => Some(one),
        _ => None,
    };
    let decisiveness = match (verdict, leaders.len()) {
        (None, 0) => Decisiveness::Unanswered,
        (None, _) => Decisiveness::Tie,
        (Some(_), _) => match flips.first().map(|f| f.steps.len()) {
            Some(1) => Decisiveness::Slight,
            Some(2) => Decisiveness::Clear,
            _ => Decisiveness::Strong,
        },
    };

    Report {
        decisiveness,
        headline: verdict.map(|v| d.verdicts[v.index].headline.as_ref()),
        verdict,
        leaders,
        scores,
        reasons,
        caveats: inputs
            .caveats
            .into_iter()
            .map(|c| Caveat {
                id: &c.id,
                text: &c.text,
                section: &c.section,
                source: d.section_title(&c.section),
            })
            .collect(),
        flips,
        rows,
    }
}

/// `Node.js +3, Hybrid -1` for a reason's points.
fn points_line(d: &Dataset, points: &[Keyed<f64>]) -> String {
    let mut out = String::new();
    for p in points {
        if !out.is_empty() {
            out.push_str(", ");
        }
        out.push_str(&signed_points_text(p.value));
        out.push(' ');
        out.push_str(
            d.verdict_index(&p.key)
                .map_or(p.key.as_ref(), |v| &d.verdicts[v].name),
        );
    }
    if out.is_empty() {
        out.push_str("No points either way");
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
