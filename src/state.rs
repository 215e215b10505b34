//! The widget's state and the only ways it changes. The reducer is pure:
//! storage, the URL, focus and events are effects in the components and
//! `embed`. Whatever actions arrive, in whatever order, the state stays
//! valid: the step is a question that exists, and every answer is an
//! option its question has.

use std::rc::Rc;

use versus_core::Answers;
use yew::Reducible;

/// One widget's answers and the question on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub answers: Answers,
    /// The question on screen (index into the dataset's questions).
    pub step: usize,
    /// How many options each question has, to refuse answers it does not.
    options: Rc<[usize]>,
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
    /// Starts from `answers` for questions with these option counts, at the
    /// first unanswered question. Answers that do not fit are dropped.
    pub fn new(options: Rc<[usize]>, answers: Answers) -> Self {
        let mut state = State {
            answers: Answers::none(options.len()),
            step: 0,
            options,
        };
        if answers.len() == state.options.len() {
            for (question, option) in answers.iter() {
                state.answer(question, option);
            }
        }
        state.step = (0..state.options.len())
            .find(|&q| state.answers.get(q).is_none())
            .unwrap_or(0);
        state
    }

    /// Chooses an option if the question has it.
    fn answer(&mut self, question: usize, option: usize) {
        if self.options.get(question).is_some_and(|&n| option < n) {
            self.answers.set(question, Some(option));
        }
    }

    fn last_step(&self) -> usize {
        self.options.len().saturating_sub(1)
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Answer { question, option } => next.answer(question, option),
            Action::Go(step) => next.step = step.min(self.last_step()),
            Action::Apply(changes) => {
                for (question, option) in changes {
                    next.answer(question, option);
                }
            }
            Action::Restore(answers) => {
                // Answers for another dataset (another size) are not ours.
                if answers.len() == self.options.len() {
                    next = State::new(self.options.clone(), answers);
                }
            }
            Action::Reset => {
                next = State::new(self.options.clone(), Answers::none(self.options.len()))
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

// Native only: proptest does not build for wasm32 (plain tests do not run there).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Three questions with 2, 3 and 4 options.
    fn options() -> Rc<[usize]> {
        Rc::from(vec![2, 3, 4])
    }

    fn state() -> Rc<State> {
        Rc::new(State::new(options(), Answers::none(3)))
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

    #[test]
    fn an_option_the_question_does_not_have_is_refused() {
        let s = state();
        let same = s.clone().reduce(Action::Answer {
            question: 0,
            option: 2,
        });
        assert!(Rc::ptr_eq(&s, &same));
        let s = s.reduce(Action::Apply(vec![(1, 7), (2, 3), (9, 0)]));
        assert_eq!(s.answers.iter().collect::<Vec<_>>(), [(2, 3)]);
        // Nor do restored answers smuggle one in.
        let mut foreign = Answers::none(3);
        foreign.set(0, Some(5));
        foreign.set(1, Some(1));
        let s = s.reduce(Action::Restore(foreign));
        assert_eq!(s.answers.iter().collect::<Vec<_>>(), [(1, 1)]);
    }

    fn any_action() -> impl Strategy<Value = Action> {
        let answers =
            proptest::collection::vec(proptest::option::of(0usize..6), 0..5).prop_map(|chosen| {
                let mut a = Answers::none(chosen.len());
                for (q, o) in chosen.into_iter().enumerate() {
                    a.set(q, o);
                }
                a
            });
        prop_oneof![
            (0usize..5, 0usize..6)
                .prop_map(|(question, option)| Action::Answer { question, option }),
            (0usize..8).prop_map(Action::Go),
            proptest::collection::vec((0usize..5, 0usize..6), 0..4).prop_map(Action::Apply),
            answers.prop_map(Action::Restore),
            Just(Action::Reset),
        ]
    }

    proptest! {
        #[test]
        fn any_sequence_of_actions_keeps_the_state_valid(actions in proptest::collection::vec(any_action(), 0..40)) {
            let mut s = state();
            for action in actions {
                let before = s.clone();
                let foreign = matches!(&action, Action::Restore(a) if a.len() != 3);
                s = s.reduce(action);
                prop_assert!(s.step < 3, "step {} out of range", s.step);
                prop_assert_eq!(s.answers.len(), 3);
                for (q, o) in s.answers.iter() {
                    prop_assert!(o < options()[q], "question {} holds option {}", q, o);
                }
                if foreign {
                    prop_assert!(Rc::ptr_eq(&before, &s), "a foreign restore changed the state");
                }
            }
        }
    }
}
