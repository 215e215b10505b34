//! A reader's answers: at most one option per question, in no order.
//!
//! Also the short, readable text form used in shared links and storage:
//! `team.python,ai.core` (question and option ids, dataset order).

use crate::model::Dataset;

/// The answers given so far: for each question (dataset order), the chosen option.
///
/// Stored by position, so two sets of the same answers are equal whatever
/// order they were given in.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Answers {
    chosen: Vec<Option<usize>>,
}

/// An answer naming a question or option the dataset does not have.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("`{0}` is not of the form question=option")]
    Malformed(String),
    #[error("there is no question `{question}`; the questions are: {known}")]
    UnknownQuestion { question: String, known: String },
    #[error("question `{question}` has no option `{option}`; its options are: {known}")]
    UnknownOption {
        question: String,
        option: String,
        known: String,
    },
    #[error("question `{question}` is answered twice (`{first}` and `{second}`)")]
    Conflict {
        question: String,
        first: String,
        second: String,
    },
}

impl Answers {
    /// No answers yet, for a dataset with `questions` questions.
    pub fn none(questions: usize) -> Self {
        Answers {
            chosen: vec![None; questions],
        }
    }

    /// The option chosen for a question, if any.
    pub fn get(&self, question: usize) -> Option<usize> {
        self.chosen.get(question).copied().flatten()
    }

    /// Chooses an option (or clears the answer with `None`).
    pub fn set(&mut self, question: usize, option: Option<usize>) {
        if let Some(slot) = self.chosen.get_mut(question) {
            *slot = option;
        }
    }

    /// How many questions the dataset has.
    pub fn len(&self) -> usize {
        self.chosen.len()
    }

    /// Whether the dataset has no questions.
    pub fn is_empty(&self) -> bool {
        self.chosen.is_empty()
    }

    /// How many questions are answered.
    pub fn answered(&self) -> usize {
        self.chosen.iter().flatten().count()
    }

    /// The answered questions as `(question, option)` indices, dataset order.
    pub fn iter(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.chosen
            .iter()
            .enumerate()
            .filter_map(|(q, o)| o.map(|o| (q, o)))
    }

    /// Whether `question=option` is among the answers.
    pub fn holds(&self, question: usize, option: usize) -> bool {
        self.get(question) == Some(option)
    }

    /// Builds answers from `question=option` pairs; any unknown id or a
    /// question answered twice with different options is an error.
    pub fn parse<'a>(
        dataset: &Dataset,
        pairs: impl IntoIterator<Item = &'a str>,
    ) -> Result<Self, AnswerError> {
        let mut answers = Answers::none(dataset.questions.len());
        for pair in pairs {
            let (q, o) = parse_pair(dataset, pair)?;
            if let Some(previous) = answers.get(q) {
                if previous != o {
                    let question = &dataset.questions[q];
                    return Err(AnswerError::Conflict {
                        question: question.id.to_string(),
                        first: question.options[previous].id.to_string(),
                        second: question.options[o].id.to_string(),
                    });
                }
            }
            answers.set(q, Some(o));
        }
        Ok(answers)
    }

    /// The short form `team.python,ai.core`, in dataset order.
    pub fn encode(&self, dataset: &Dataset) -> String {
        let mut out = String::new();
        for (q, o) in self.iter() {
            let question = &dataset.questions[q];
            if !out.is_empty() {
                out.push(',');
            }
            out.push_str(&question.id);
            out.push('.');
            out.push_str(&question.options[o].id);
        }
        out
    }

    /// Reads the short form leniently: unknown or malformed parts are skipped,
    /// so a mangled link or a stale stored value never fails.
    pub fn decode(dataset: &Dataset, text: &str) -> Self {
        Answers::decode_reporting(dataset, text).0
    }

    /// [`Answers::decode`], also returning the parts it skipped (empty
    /// parts aside), for a host page author to hear about.
    pub fn decode_reporting<'t>(dataset: &Dataset, text: &'t str) -> (Self, Vec<&'t str>) {
        let mut answers = Answers::none(dataset.questions.len());
        let mut skipped = Vec::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let found = part.split_once('.').and_then(|(q, o)| {
                let q = dataset.question_index(q.trim())?;
                Some((q, dataset.questions[q].option_index(o.trim())?))
            });
            match found {
                Some((q, o)) => answers.set(q, Some(o)),
                None => skipped.push(part),
            }
        }
        (answers, skipped)
    }
}

/// Resolves `question=option` to indices, naming what is wrong otherwise.
pub fn parse_pair(dataset: &Dataset, pair: &str) -> Result<(usize, usize), AnswerError> {
    let Some((question, option)) = pair.split_once('=') else {
        return Err(AnswerError::Malformed(pair.to_string()));
    };
    let (question, option) = (question.trim(), option.trim());
    let Some(q) = dataset.question_index(question) else {
        return Err(AnswerError::UnknownQuestion {
            question: question.to_string(),
            known: join(dataset.questions.iter().map(|q| q.id.as_ref())),
        });
    };
    let choices = &dataset.questions[q].options;
    let Some(o) = dataset.questions[q].option_index(option) else {
        return Err(AnswerError::UnknownOption {
            question: question.to_string(),
            option: option.to_string(),
            known: join(choices.iter().map(|o| o.id.as_ref())),
        });
    };
    Ok((q, o))
}

fn join<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    ids.collect::<Vec<_>>().join(", ")
}
