//! Hooks the widget's components share.

use std::rc::Rc;

use versus_core::words::Words;
use yew::prelude::*;

use crate::ui::WordsRef;

/// Runs `effect` after each render in which `deps` changed, but not after
/// the first one: for work that answers a change (keeping the answers,
/// telling the host they changed), not the initial state.
#[hook]
pub fn use_effect_on_change<T, F>(deps: T, effect: F)
where
    T: PartialEq + 'static,
    F: FnOnce(&T) + 'static,
{
    let first = use_mut_ref(|| true);
    use_effect_with(deps, move |deps| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            effect(deps);
        }
    });
}

/// A value kept from one render to the next without re-rendering: the
/// previous value, replaced by `value`.
#[hook]
pub fn use_previous<T: Clone + 'static>(value: T) -> T {
    let kept: Rc<std::cell::RefCell<T>> = use_mut_ref(|| value.clone());
    let previous = std::mem::replace(&mut *kept.borrow_mut(), value);
    previous
}

/// The words of the widget's language, as the `App` provides them; English
/// where no `App` is above (the static fallback, the sections rendered on
/// their own).
#[hook]
pub fn use_words() -> &'static Words {
    use_context::<WordsRef>().unwrap_or_default().0
}
