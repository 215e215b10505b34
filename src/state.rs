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
    /// The reader's own answers, set aside while a shared link's are on
    /// view: nothing is saved over them until the reader chooses or
    /// changes an answer.
    pub own: Option<Answers>,
    /// The last change the reader may take back in place.
    pub undo: Option<Undo>,
    /// How many options each question has, to refuse answers it does not.
    options: Rc<[usize]>,
}

/// A change that can be taken back, and the answers before it. Any other
/// change of answers clears it, so while it is held the answers are the
/// ones it made.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    pub kind: Undoable,
    pub before: Answers,
}

/// What a reader can take back in place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Undoable {
    /// A "what would change this" suggestion, tried.
    Tried,
    StartedOver,
}

/// Everything a reader (or a restored link) can do to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Choose an option for a question.
    Answer { question: usize, option: usize },
    /// Show a question.
    Go(usize),
    /// Apply several changes at once (a "what would change this"
    /// suggestion); undoable.
    Apply(Vec<(usize, usize)>),
    /// Replace every answer (restored from a link or storage).
    Restore(Answers),
    /// Forget every answer and start again; undoable.
    Reset,
    /// Take back the last undoable change, while its answers stand.
    Undo,
    /// Show a shared link's answers, the reader's own set aside.
    View(Answers),
    /// End a view: back to the reader's own answers.
    KeepMine,
    /// End a view: the link's answers become the reader's.
    UseThese,
}

impl State {
    /// Starts from `answers` for questions with these option counts, at the
    /// first unanswered question. Answers that do not fit are dropped.
    pub fn new(options: Rc<[usize]>, answers: Answers) -> Self {
        let mut state = State {
            answers: Answers::none(options.len()),
            step: 0,
            own: None,
            undo: None,
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
        // Answers that replace every answer (a restore, a link, an undo)
        // start over at the first unanswered question; a view keeps the
        // reader's own answers aside, an undo keeps nothing.
        let replaced = |answers: Answers, own: Option<Answers>| {
            let mut next = State::new(self.options.clone(), answers);
            next.own = own;
            next
        };
        let foreign = |answers: &Answers| answers.len() != self.options.len();
        match action {
            Action::Answer { question, option } => {
                next.answer(question, option);
                // Changed by the reader: these are now the reader's answers.
                if next.answers != self.answers {
                    next.own = None;
                    next.undo = None;
                }
            }
            Action::Go(step) => next.step = step.min(self.last_step()),
            Action::Apply(changes) => {
                for (question, option) in changes {
                    next.answer(question, option);
                }
                next.own = None;
                next.undo = Some(Undo {
                    kind: Undoable::Tried,
                    before: self.answers.clone(),
                });
            }
            Action::Restore(answers) if !foreign(&answers) => {
                // The reader's own answers restored (Back past a view) end it.
                let own = self.own.clone().filter(|own| *own != answers);
                next = replaced(answers, own);
            }
            Action::Reset => {
                next = replaced(Answers::none(self.options.len()), None);
                next.undo = Some(Undo {
                    kind: Undoable::StartedOver,
                    before: self.answers.clone(),
                });
            }
            Action::Undo => {
                if let Some(undo) = &self.undo {
                    next = replaced(undo.before.clone(), None);
                }
            }
            Action::View(answers) if !foreign(&answers) && answers != self.answers => {
                // Viewing one link after another keeps the reader's own; a
                // link to the reader's own answers, or over none, is no view.
                let own = self.own.clone().unwrap_or_else(|| self.answers.clone());
                let own = (own != answers && own.answered() > 0).then_some(own);
                next = replaced(answers, own);
            }
            Action::KeepMine => {
                if let Some(own) = &self.own {
                    next = replaced(own.clone(), None);
                }
            }
            Action::UseThese => next.own = None,
            Action::Restore(_) | Action::View(_) => {}
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

    fn answered(pairs: &[(usize, usize)]) -> Answers {
        let mut a = Answers::none(3);
        for &(q, o) in pairs {
            a.set(q, Some(o));
        }
        a
    }

    #[test]
    fn a_view_sets_the_readers_answers_aside_until_they_choose() {
        let mine = answered(&[(0, 1)]);
        let theirs = answered(&[(0, 0), (2, 3)]);
        let s = Rc::new(State::new(options(), mine.clone()));
        let viewing = s.reduce(Action::View(theirs.clone()));
        assert_eq!(
            (&viewing.answers, viewing.own.as_ref()),
            (&theirs, Some(&mine))
        );
        // Another link viewed after it: still the reader's own aside.
        let other = answered(&[(1, 2)]);
        let again = viewing.clone().reduce(Action::View(other.clone()));
        assert_eq!((&again.answers, again.own.as_ref()), (&other, Some(&mine)));
        // Back to mine; or these become mine; or changing one makes them mine.
        // Back to the reader's own answers by the fragment ends the view too.
        let back = viewing.clone().reduce(Action::Restore(mine.clone()));
        assert_eq!((&back.answers, back.own.as_ref()), (&mine, None));
        let kept = viewing.clone().reduce(Action::KeepMine);
        assert_eq!((&kept.answers, kept.own.as_ref()), (&mine, None));
        let used = viewing.clone().reduce(Action::UseThese);
        assert_eq!((&used.answers, used.own.as_ref()), (&theirs, None));
        let changed = viewing.reduce(Action::Answer {
            question: 1,
            option: 0,
        });
        assert_eq!(changed.own, None);
        assert_eq!(changed.answers.get(0), Some(0));
    }

    #[test]
    fn trying_a_suggestion_and_starting_over_can_be_taken_back() {
        let mine = answered(&[(0, 1), (1, 2)]);
        let s = Rc::new(State::new(options(), mine.clone()));
        let tried = s.reduce(Action::Apply(vec![(2, 3)]));
        assert_eq!(tried.undo.as_ref().map(|u| u.kind), Some(Undoable::Tried));
        let undone = tried.clone().reduce(Action::Undo);
        assert_eq!((&undone.answers, &undone.undo), (&mine, &None));
        let cleared = undone.reduce(Action::Reset);
        assert_eq!(cleared.answers.answered(), 0);
        assert_eq!(cleared.clone().reduce(Action::Undo).answers, mine);
        // Once the reader answers again, there is nothing to take back.
        let moved_on = cleared.reduce(Action::Answer {
            question: 0,
            option: 0,
        });
        assert_eq!(moved_on.undo, None);
        let same = moved_on.clone().reduce(Action::Undo);
        assert!(Rc::ptr_eq(&moved_on, &same));
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
            answers.clone().prop_map(Action::Restore),
            Just(Action::Reset),
            Just(Action::Undo),
            answers.prop_map(Action::View),
            Just(Action::KeepMine),
            Just(Action::UseThese),
        ]
    }

    proptest! {
        #[test]
        fn any_sequence_of_actions_keeps_the_state_valid(actions in proptest::collection::vec(any_action(), 0..40)) {
            let mut s = state();
            for action in actions {
                let before = s.clone();
                let foreign = matches!(&action, Action::Restore(a) | Action::View(a) if a.len() != 3);
                s = s.reduce(action.clone());
                prop_assert!(s.step < 3, "step {} out of range", s.step);
                prop_assert_eq!(s.answers.len(), 3);
                for (q, o) in s.answers.iter() {
                    prop_assert!(o < options()[q], "question {} holds option {}", q, o);
                }
                if foreign {
                    prop_assert!(Rc::ptr_eq(&before, &s), "a foreign restore changed the state");
                }
                // Nothing of the reader's is lost: their own answers are
                // either shown or set aside, and an undo offered matches
                // what is shown.
                if let Some(own) = &s.own {
                    let back = s.clone().reduce(Action::KeepMine);
                    prop_assert_eq!(&back.answers, own);
                    prop_assert_eq!(&back.own, &None);
                }
                // A view ends only by the reader's choice or change, or
                // with their own answers back.
                if let (Some(own), Action::Go(_) | Action::Restore(_) | Action::View(_)) = (&before.own, &action) {
                    if s.answers != *own {
                        prop_assert_eq!(s.own.as_ref(), Some(own));
                    }
                }
                if let Some(undo) = &s.undo {
                    prop_assert_eq!(undo.before.len(), 3);
                }
            }
        }
    }
}
