//! The widget's state and the only ways it changes. The reducer is pure:
//! storage, the URL and events are effects in the components and `embed`.

use std::rc::Rc;

use versus_core::Answers;
use yew::Reducible;

/// How the comparison table is ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    /// The dataset's own order.
    Dataset,
    /// By feature name, ascending or descending.
    Feature { descending: bool },
    /// By category name, then dataset order.
    Category { descending: bool },
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub answers: Answers,
    /// The question on screen (index into the dataset's questions).
    pub step: usize,
    /// Number of questions, to keep `step` in range.
    pub questions: usize,
    /// Category shown in the table, or all.
    pub category: Option<usize>,
    pub sort: Sort,
}

pub enum Action {
    /// Choose an option for a question.
    Answer {
        question: usize,
        option: usize,
    },
    /// Show a question.
    Go(usize),
    Back,
    /// Move on (answered or not).
    Next,
    /// Apply several changes at once (a "what would change this" suggestion).
    Apply(Vec<(usize, usize)>),
    /// Replace every answer (restored from a link or storage).
    Restore(Answers),
    /// Forget every answer and start again.
    Reset,
    Filter(Option<usize>),
    SortBy(Sort),
}

impl State {
    pub fn new(answers: Answers) -> Self {
        let questions = answers.len();
        // Resume at the first unanswered question.
        let step = (0..questions)
            .find(|&q| answers.get(q).is_none())
            .unwrap_or(0);
        State {
            answers,
            step,
            questions,
            category: None,
            sort: Sort::Dataset,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let last = self.questions.saturating_sub(1);
        match action {
            Action::Answer { question, option } => next.answers.set(question, Some(option)),
            Action::Go(step) => next.step = step.min(last),
            Action::Back => next.step = self.step.saturating_sub(1),
            Action::Next => next.step = (self.step + 1).min(last),
            Action::Apply(changes) => {
                for (question, option) in changes {
                    next.answers.set(question, Some(option));
                }
            }
            Action::Restore(answers) => {
                if answers.len() == self.questions {
                    next = State {
                        category: self.category,
                        sort: self.sort,
                        ..State::new(answers)
                    };
                }
            }
            Action::Reset => {
                next.answers = Answers::none(self.questions);
                next.step = 0;
            }
            Action::Filter(category) => next.category = category,
            Action::SortBy(sort) => next.sort = sort,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> Rc<State> {
        Rc::new(State::new(Answers::none(3)))
    }

    #[test]
    fn steps_stay_in_range() {
        let s = state().reduce(Action::Back);
        assert_eq!(s.step, 0);
        let s = s
            .reduce(Action::Next)
            .reduce(Action::Next)
            .reduce(Action::Next);
        assert_eq!(s.step, 2);
        assert_eq!(s.reduce(Action::Go(99)).step, 2);
    }

    #[test]
    fn answers_apply_and_reset() {
        let s = state()
            .reduce(Action::Answer {
                question: 1,
                option: 2,
            })
            .reduce(Action::Apply(vec![(0, 1), (2, 0)]));
        assert_eq!(s.answers.get(0), Some(1));
        assert_eq!(s.answers.get(1), Some(2));
        assert_eq!(s.answers.answered(), 3);
        let s = s.reduce(Action::Reset);
        assert_eq!(s.answers.answered(), 0);
        assert_eq!(s.step, 0);
    }

    #[test]
    fn restore_resumes_at_first_unanswered_and_ignores_foreign_sizes() {
        let mut answers = Answers::none(3);
        answers.set(0, Some(0));
        let s = state().reduce(Action::Restore(answers));
        assert_eq!(s.step, 1);
        let unchanged = s.clone().reduce(Action::Restore(Answers::none(7)));
        assert!(Rc::ptr_eq(&s, &unchanged));
    }
}
