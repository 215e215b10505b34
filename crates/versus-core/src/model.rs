//! The dataset: everything a comparison knows, as plain data.
//!
//! Strings and lists are `Cow<'static, _>`: a dataset read from TOML or a
//! packed file owns its text, while one written out in code (tests) can
//! borrow `'static` data.

use std::borrow::Cow;

/// Text in a dataset: owned when read, borrowed when written in code.
pub type Text = Cow<'static, str>;
/// A list in a dataset: owned when read, borrowed when written in code.
pub type List<T> = Cow<'static, [T]>;

/// One comparison: its candidates, possible verdicts, quiz, table and facts.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(feature = "load", serde(deny_unknown_fields))]
pub struct Dataset {
    /// Stable id, used in storage keys, shared links and `--dataset`.
    pub id: Text,
    /// Heading shown above the widget.
    pub title: Text,
    /// The source's own bottom line, in one sentence: the short answer the
    /// static fallback and the widget show under the title.
    pub summary: Text,
    /// Where the facts come from (the widget links sources to it).
    pub source: Source,
    /// The sections of the source; every fact names one.
    pub sections: List<Section>,
    /// The things compared (for example two frameworks).
    pub candidates: List<Candidate>,
    /// The possible recommendations: usually one per candidate plus mixes.
    pub verdicts: List<Verdict>,
    /// Categories that group the comparison rows.
    pub categories: List<Category>,
    /// The comparison table.
    pub rows: List<Row>,
    /// How the decision weighs answers (see `engine`).
    pub decision: Decision,
    /// The source's arguments for one candidate or the other; answers
    /// invoke them with a weight, and each counts once.
    pub arguments: List<Argument>,
    /// The quiz, in the order it is asked.
    pub questions: List<Question>,
    /// Strengths of a candidate or verdict.
    pub pros: List<Claim>,
    /// Weaknesses of a candidate or verdict; the relevant ones become caveats.
    pub cons: List<Claim>,
    /// Projects each candidate or verdict fits well.
    pub use_cases: List<Claim>,
    /// Organisations the source names as running a candidate in production.
    pub users: List<ProductionUser>,
    /// Frequently asked questions with short answers.
    pub faq: List<Faq>,
}

/// The document the facts come from.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(feature = "load", serde(deny_unknown_fields))]
pub struct Source {
    pub title: Text,
    /// What the dataset takes from the source, in a line.
    pub note: Text,
    /// Its address (http or https), where it is online: each "Source" then
    /// links to the section it names.
    #[cfg_attr(feature = "load", serde(default))]
    pub url: Option<Text>,
}

/// A section (heading) of the source document.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(feature = "load", serde(deny_unknown_fields))]
pub struct Section {
    pub id: Text,
    /// The heading exactly as the source prints it.
    pub title: Text,
    /// Where a heading alone does not say what the section holds, a few
    /// words that help a reader find it ("on AI, npm and teams").
    #[cfg_attr(feature = "load", serde(default))]
    pub hint: Option<Text>,
    /// The id of the heading on the source's page (the part after `#` in a
    /// link to it), where the source has a `url`.
    #[cfg_attr(feature = "load", serde(default))]
    pub anchor: Option<Text>,
}

/// How a dataset's decision weighs answers.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(feature = "load", serde(deny_unknown_fields))]
pub struct Decision {
    /// The question the source ranks first (a team's language, say): one
    /// other answer alone never outweighs it. `versus audit` holds every
    /// answer set to that.
    #[cfg_attr(feature = "load", serde(default))]
    pub anchor: Option<Text>,
    /// An answer that adds or removes a weight this large describes a
    /// different project, not a change of degree: decisiveness counts only
    /// the smaller changes, and "what would change this" says which is which.
    pub decisive: f64,
}

/// What an argument is about, which decides how a mixed verdict counts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(feature = "load", serde(rename_all(deserialize = "lowercase")))]
pub enum Scope {
    /// A job one part of the system does (live updates, an admin panel):
    /// a mixed verdict gives it to the candidate that serves it.
    Part,
    /// A fact about the whole project (the team, the deadline): a mixed
    /// verdict runs half the system on each candidate, so it counts half.
    Project,
}

/// One argument of the source for a candidate.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(feature = "load", serde(deny_unknown_fields))]
pub struct Argument {
    pub id: Text,
    /// The candidate it argues for.
    pub favours: Text,
    pub scope: Scope,
    /// The argument in a few words, as in "What weighed most: {claim}".
    pub claim: Text,
    pub section: Text,
}

/// One of the things compared.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(feature = "load", serde(deny_unknown_fields))]
pub struct Candidate {
    pub id: Text,
    pub name: Text,
    /// What it is, in a line.
    pub tagline: Text,
    pub section: Text,
}

/// A possible recommendation.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(feature = "load", serde(deny_unknown_fields))]
pub struct Verdict {
    pub id: Text,
    pub name: Text,
    /// The recommendation in plain words, shown as the headline of a result.
    pub headline: Text,
    /// The candidate this verdict recommends, if it recommends exactly one.
    #[cfg_attr(feature = "load", serde(default))]
    pub candidate: Option<Text>,
    /// The candidates a mixed verdict runs side by side (for example both,
    /// for a hybrid); empty for a single-candidate verdict.
    #[cfg_attr(feature = "load", serde(default))]
    pub combines: List<Text>,
    /// What running this verdict costs whatever the answers (a second
    /// stack, say), taken off its score.
    #[cfg_attr(feature = "load", serde(default))]
    pub cost: Option<Cost>,
    pub section: Text,
}

/// A verdict's standing cost.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(feature = "load", serde(deny_unknown_fields))]
pub struct Cost {
    /// Points taken off.
    pub weight: f64,
    /// What it is, in a few words.
    pub text: Text,
    pub section: Text,
}

/// A group of comparison rows.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(feature = "load", serde(deny_unknown_fields))]
pub struct Category {
    pub id: Text,
    pub name: Text,
}

/// A value keyed by an id (a candidate or a verdict).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Serialize))]
pub struct Keyed<T: 'static> {
    pub key: Text,
    pub value: T,
}

/// One row of the comparison table.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(feature = "load", serde(deny_unknown_fields))]
pub struct Row {
    pub id: Text,
    /// The feature compared, for example "Language".
    pub feature: Text,
    pub category: Text,
    /// What each candidate offers on this feature, keyed by candidate id.
    #[cfg_attr(feature = "load", serde(with = "crate::load::keyed"))]
    pub values: List<Keyed<Text>>,
    /// The candidate the source favours on this row, if either.
    #[cfg_attr(feature = "load", serde(default))]
    pub favours: Option<Text>,
    /// A line shown under the row, for what a reader must know to read it
    /// (for example where the source contradicts itself).
    #[cfg_attr(feature = "load", serde(default))]
    pub note: Option<Text>,
    /// Whether the row belongs to the source's own at-a-glance table.
    #[cfg_attr(feature = "load", serde(default))]
    pub core: bool,
    pub section: Text,
}

/// One quiz question: a single choice among its options.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(feature = "load", serde(deny_unknown_fields))]
pub struct Question {
    pub id: Text,
    /// The question as the reader sees it.
    pub prompt: Text,
    /// A line of help under the prompt.
    #[cfg_attr(feature = "load", serde(default))]
    pub help: Option<Text>,
    pub options: List<Choice>,
}

/// One answer a reader can give to a question, and what it implies.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(feature = "load", serde(deny_unknown_fields))]
pub struct Choice {
    pub id: Text,
    pub label: Text,
    /// Why this answer moves the result the way it does (or why it does not).
    pub reason: Text,
    /// The arguments this answer invokes, by id, with their weight here.
    #[cfg_attr(feature = "load", serde(default, with = "crate::load::keyed"))]
    pub argues: List<Keyed<f64>>,
    /// Comparison rows behind the reason; they are highlighted when chosen.
    #[cfg_attr(feature = "load", serde(default))]
    pub rows: List<Text>,
    pub section: Text,
    /// For an option of the anchor question: the answer as a condition
    /// ("If your team wrote Python"), for "what would change this". The
    /// team is who you have, so another team is a condition, not advice.
    #[cfg_attr(feature = "load", serde(default))]
    pub condition: Option<Text>,
}

/// A pro, con or use case about a candidate or verdict.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(feature = "load", serde(deny_unknown_fields))]
pub struct Claim {
    pub id: Text,
    /// A candidate id or a verdict id.
    pub about: Text,
    pub text: Text,
    /// Answers (`question=option`) that make this claim matter to a reader;
    /// a con with any of them given, or with none listed, becomes a caveat
    /// of its verdict when that verdict leads.
    #[cfg_attr(feature = "load", serde(default))]
    pub when: List<Text>,
    pub section: Text,
}

/// An organisation running a candidate in production.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(feature = "load", serde(deny_unknown_fields))]
pub struct ProductionUser {
    pub name: Text,
    /// A candidate id.
    pub about: Text,
    /// What they use it for.
    pub usage: Text,
    pub section: Text,
}

/// A frequently asked question.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(feature = "load", serde(deny_unknown_fields))]
pub struct Faq {
    pub id: Text,
    pub question: Text,
    pub answer: Text,
    pub section: Text,
}

impl Dataset {
    /// The candidate with this id.
    pub fn candidate(&self, id: &str) -> Option<&Candidate> {
        self.candidates.iter().find(|c| c.id == id)
    }

    /// The index of the verdict with this id.
    pub fn verdict_index(&self, id: &str) -> Option<usize> {
        self.verdicts.iter().position(|v| v.id == id)
    }

    /// The section with this id.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The title of the section with this id, or the id itself if there is
    /// no such section (for "Source: ..." lines).
    pub fn section_title<'a>(&'a self, id: &'a str) -> &'a str {
        self.section(id).map_or(id, |s| s.title.as_ref())
    }

    /// The argument with this id.
    pub fn argument(&self, id: &str) -> Option<&Argument> {
        self.arguments.iter().find(|a| a.id == id)
    }

    /// The index of the candidate with this id.
    pub fn candidate_index(&self, id: &str) -> Option<usize> {
        self.candidates.iter().position(|c| c.id == id)
    }

    /// The category with this id.
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// The comparison row with this id.
    pub fn row(&self, id: &str) -> Option<&Row> {
        self.rows.iter().find(|r| r.id == id)
    }

    /// Resolves `question=option` to indices, if both exist. (The command
    /// line and the validator use `answers::parse_pair`, which says what is
    /// wrong; the engine needs only this, and no error text in the wasm.)
    pub fn answer(&self, pair: &str) -> Option<(usize, usize)> {
        let (question, option) = pair.split_once('=')?;
        let q = self.question_index(question.trim())?;
        let o = self.questions[q].option_index(option.trim())?;
        Some((q, o))
    }

    /// The index of the question with this id.
    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }
}

impl Verdict {
    /// The candidates this verdict runs: its one candidate, or those it combines.
    pub fn runs(&self) -> impl Iterator<Item = &str> {
        let combined = if self.candidate.is_none() {
            &self.combines[..]
        } else {
            &[]
        };
        self.candidate
            .as_deref()
            .into_iter()
            .chain(combined.iter().map(|c| c.as_ref()))
    }
}

impl Question {
    /// The index of the option with this id.
    pub fn option_index(&self, id: &str) -> Option<usize> {
        self.options.iter().position(|o| o.id == id)
    }
}

impl Row {
    /// This row's value for a candidate.
    pub fn value(&self, candidate: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|v| v.key == candidate)
            .map(|v| v.value.as_ref())
    }
}
