//! The few browser services the components use, behind plain functions:
//! the URL fragment, localStorage, the clipboard and focus. Natively (SSR,
//! tests) they do nothing, so components render the same everywhere.
//!
//! Nothing read here is trusted: values are decoded leniently by
//! `Answers::decode`, and every failure (storage disabled, clipboard
//! refused, odd URLs) is an ordinary `None` or `false`.

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::JsValue;
    use web_sys::{Storage, Window};

    fn window() -> Option<Window> {
        web_sys::window()
    }

    fn storage() -> Option<Storage> {
        window()?.local_storage().ok().flatten()
    }

    fn storage_key(key: &str) -> String {
        let mut full = String::from("versus:");
        full.push_str(key);
        full
    }

    pub fn load(key: &str) -> Option<String> {
        storage()?.get_item(&storage_key(key)).ok().flatten()
    }

    pub fn save(key: &str, value: &str) {
        if let Some(storage) = storage() {
            let _ = if value.is_empty() {
                storage.remove_item(&storage_key(key))
            } else {
                storage.set_item(&storage_key(key), value)
            };
        }
    }

    pub fn fragment() -> String {
        window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default()
    }

    /// Replaces the fragment without a history entry or a scroll jump.
    pub fn set_fragment(fragment: &str) {
        let Some(window) = window() else { return };
        let Ok(history) = window.history() else {
            return;
        };
        let mut url = String::from("#");
        url.push_str(fragment);
        if fragment.is_empty() {
            // Drop the `#` too: the page URL without a fragment.
            let location = window.location();
            url = location.pathname().unwrap_or_default();
            url.push_str(&location.search().unwrap_or_default());
        }
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }

    pub fn page_url() -> String {
        window()
            .and_then(|w| w.location().href().ok())
            .map(|href| href.split('#').next().unwrap_or_default().to_string())
            .unwrap_or_default()
    }

    /// Calls `on_change` whenever the reader navigates to another fragment
    /// (a shared link opened in the same tab); stops when dropped.
    pub struct FragmentWatch {
        listener: wasm_bindgen::closure::Closure<dyn FnMut()>,
    }

    pub fn watch_fragment(on_change: impl Fn() + 'static) -> Option<FragmentWatch> {
        use wasm_bindgen::JsCast;
        let listener = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(on_change);
        window()?
            .add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref())
            .ok()?;
        Some(FragmentWatch { listener })
    }

    impl Drop for FragmentWatch {
        fn drop(&mut self) {
            use wasm_bindgen::JsCast;
            if let Some(window) = window() {
                let _ = window.remove_event_listener_with_callback(
                    "hashchange",
                    self.listener.as_ref().unchecked_ref(),
                );
            }
        }
    }

    /// Focuses the element behind `node`, if it is on screen.
    pub fn focus(node: &yew::NodeRef) {
        if let Some(element) = node.cast::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }

    /// Focuses a radio group inside `node`: its checked radio, else its
    /// first one (what Tab would reach).
    pub fn focus_choice(node: &yew::NodeRef) {
        use wasm_bindgen::JsCast;
        let Some(container) = node.cast::<web_sys::Element>() else {
            return;
        };
        let radio = container
            .query_selector("input:checked")
            .ok()
            .flatten()
            .or_else(|| container.query_selector("input").ok().flatten());
        if let Some(radio) = radio.and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = radio.focus();
        }
    }

    /// Copies through the Clipboard API and reports the outcome. Where
    /// there is no clipboard (insecure pages), reports failure at once.
    pub fn copy(text: &str, done: yew::Callback<bool>) {
        use wasm_bindgen::closure::Closure;
        let Some(window) = window() else {
            return done.emit(false);
        };
        let clipboard = window.navigator().clipboard();
        if AsRef::<JsValue>::as_ref(&clipboard).is_undefined() {
            return done.emit(false);
        }
        let failed = done.clone();
        let on_ok = Closure::<dyn FnMut(JsValue)>::new(move |_| done.emit(true));
        let on_err = Closure::<dyn FnMut(JsValue)>::new(move |_| failed.emit(false));
        let _ = clipboard.write_text(text).then2(&on_ok, &on_err);
        // Each runs at most once; letting JS own them costs a few bytes per click.
        on_ok.forget();
        on_err.forget();
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn load(_key: &str) -> Option<String> {
        None
    }
    pub fn save(_key: &str, _value: &str) {}
    pub fn fragment() -> String {
        String::new()
    }
    pub fn set_fragment(_fragment: &str) {}
    pub fn page_url() -> String {
        String::new()
    }
    pub fn copy(_text: &str, done: yew::Callback<bool>) {
        done.emit(false);
    }
    pub fn focus(_node: &yew::NodeRef) {}
    pub fn focus_choice(_node: &yew::NodeRef) {}
    pub struct FragmentWatch;
    pub fn watch_fragment(_on_change: impl Fn() + 'static) -> Option<FragmentWatch> {
        None
    }
}

pub use imp::*;

use versus_core::{share, Answers};

use crate::config::Config;

/// The answers to start with: a shared link first, then what this browser
/// stored, else none. Either source is ignored when its attribute is off.
pub fn initial_answers(config: &Config) -> Answers {
    let dataset = config.dataset.0;
    if let Some(answers) = linked_answers(config) {
        return answers;
    }
    if config.persist {
        if let Some(stored) = load(&config.key) {
            return Answers::decode(dataset, &stored);
        }
    }
    Answers::none(dataset.questions.len())
}

/// The answers this widget's entry in the URL fragment holds, if sharing is
/// on and the entry names at least one valid answer.
pub fn linked_answers(config: &Config) -> Option<Answers> {
    if !config.share {
        return None;
    }
    let fragment = fragment();
    let entry = share::entry(&fragment, &config.key)?;
    let answers = Answers::decode(config.dataset.0, entry);
    (answers.answered() > 0).then_some(answers)
}

/// Writes the answers wherever the configuration keeps them.
pub fn keep_answers(config: &Config, answers: &Answers) {
    let encoded = answers.encode(config.dataset.0);
    if config.persist {
        save(&config.key, &encoded);
    }
    if config.share {
        let current = fragment();
        let updated = share::with_entry(&current, &config.key, &encoded);
        if updated != current.trim_start_matches('#') {
            set_fragment(&updated);
        }
    }
}

/// A link to this page that restores these answers in this widget.
pub fn share_link(config: &Config, answers: &Answers) -> String {
    let mut url = page_url();
    let fragment = share::with_entry(&fragment(), &config.key, &answers.encode(config.dataset.0));
    if !fragment.is_empty() {
        url.push('#');
        url.push_str(&fragment);
    }
    url
}
