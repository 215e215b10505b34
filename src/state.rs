//! The widget's state and the only ways it changes. The reducer is pure:
//! storage, the URL, focus and events are effects in the components and
//! `embed`.

use std::rc::Rc;

use versus_core::Answers;
use yew::Reducible;

/// One widget's answers and the question on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub answers: Answers,
    /// The question on screen (index into the dataset's questions).
    pub step: usize,
}

/// Everything a reader (or a restored link) can do to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Choose an option for a question.
    Answer { question: usize, option: usize },
    /// Show a question.
    Go(usize),
    /// Apply several changes at once (a "what would change this" suggestion).
    Apply(Vec<(usize, usize)>),
    /// Replace every answer (restored from a link or storage).
    Restore(Answers),
    /// Forget every answer and start again.
    Reset,
}

impl State {
    /// Starts from `answers`, at the first unanswered question.
    pub fn new(answers: Answers) -> Self {
        let step = (0..answers.len())
            .find(|&q| answers.get(q).is_none())
            .unwrap_or(0);
        State { answers, step }
    }

    fn last_step(&self) -> usize {
        self.answers.len().saturating_sub(1)
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Answer { question, option } => next.answers.set(question, Some(option)),
            Action::Go(step) => next.step = step.min(self.last_step()),
            Action::Apply(changes) => {
                for (question, option) in changes {
                    next.answers.set(question, Some(option));
                }
            }
            Action::Restore(answers) => {
                // Answers for another dataset (another size) are not ours.
                if answers.len() == self.answers.len() {
                    next = State::new(answers);
                }
            }
            Action::Reset => next = State::new(Answers::none(self.answers.len())),
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
        let s = state().reduce(Action::Go(1));
        assert_eq!(s.step, 1);
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
