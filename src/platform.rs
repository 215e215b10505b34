//! The few browser services the components use, behind plain functions: the
//! page's fragment and localStorage (as a [`Store`]), fragment changes, the
//! clipboard and focus. Natively (SSR, tests) they do nothing, so components
//! render the same everywhere.
//!
//! Every failure (storage disabled, clipboard refused, odd URLs) is an
//! ordinary `None` or `false`; nothing here panics.

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{Storage, Window};

    use crate::saved::Store;

    fn window() -> Option<Window> {
        web_sys::window()
    }

    fn storage() -> Option<Storage> {
        window()?.local_storage().ok().flatten()
    }

    /// The store of the page the widget runs in.
    pub fn page_store() -> std::rc::Rc<dyn Store> {
        std::rc::Rc::new(BrowserStore)
    }

    /// The page's fragment and localStorage.
    struct BrowserStore;

    impl Store for BrowserStore {
        fn fragment(&self) -> String {
            let hash = window()
                .and_then(|w| w.location().hash().ok())
                .unwrap_or_default();
            hash.strip_prefix('#').unwrap_or(&hash).to_string()
        }

        fn set_fragment(&self, fragment: &str) {
            write_fragment(fragment, false);
        }

        fn push_fragment(&self, fragment: &str) {
            write_fragment(fragment, true);
        }

        fn load(&self, key: &str) -> Option<String> {
            storage()?.get_item(key).ok().flatten()
        }

        fn save(&self, key: &str, value: &str) {
            if let Some(storage) = storage() {
                let _ = if value.is_empty() {
                    storage.remove_item(key)
                } else {
                    storage.set_item(key, value)
                };
            }
        }

        fn page_url(&self) -> String {
            window()
                .and_then(|w| w.location().href().ok())
                .map(|href| href.split('#').next().unwrap_or_default().to_string())
                .unwrap_or_default()
        }
    }

    /// Writes the fragment into the current history entry, or, with
    /// `push` and where the entry holds no state of the page's own (no
    /// router's), into a new one. The entry's state is the page's: kept.
    fn write_fragment(fragment: &str, push: bool) {
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
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = if push && (state.is_null() || state.is_undefined()) {
            history.push_state_with_url(&state, "", Some(&url))
        } else {
            history.replace_state_with_url(&state, "", Some(&url))
        };
    }

    /// Calls `on_change` whenever the reader navigates to another fragment
    /// (a shared link opened in the same tab); stops when dropped.
    pub fn on_fragment_change(
        on_change: impl Fn() + 'static,
    ) -> Option<gloo_events::EventListener> {
        let window = window()?;
        Some(gloo_events::EventListener::new(
            &window,
            "hashchange",
            move |_| on_change(),
        ))
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

    /// Focuses the element behind `node`, if it is on screen.
    pub fn focus(node: &yew::NodeRef) {
        if let Some(element) = node.cast::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }

    /// The text typed into an input, which is then emptied.
    pub fn take_input(node: &yew::NodeRef) -> String {
        node.cast::<web_sys::HtmlInputElement>()
            .map(|input| {
                let value = input.value();
                input.set_value("");
                value
            })
            .unwrap_or_default()
    }

    /// Focuses and selects the text of an input or a textarea.
    pub fn select(node: &yew::NodeRef) {
        if let Some(node) = node.get() {
            // `select` and `focus` are the same methods on a textarea.
            let input: web_sys::HtmlInputElement = node.unchecked_into();
            let _ = input.focus();
            input.select();
        }
    }

    /// Focuses the button of item `index` in the list the event came from
    /// (a list of buttons that is one Tab stop, moved through with keys).
    pub fn focus_item(event: &yew::KeyboardEvent, index: usize) {
        let button = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|target| target.closest("ol").ok().flatten())
            .and_then(|list| list.children().item(index as u32))
            .and_then(|item| item.first_element_child())
            .and_then(|button| button.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(button) = button {
            let _ = button.focus();
        }
    }

    /// Focuses a radio group inside `node`: its checked radio, else its
    /// first one (what Tab would reach).
    pub fn focus_choice(node: &yew::NodeRef) {
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
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    /// No browser: a store that starts empty.
    pub fn page_store() -> std::rc::Rc<dyn crate::saved::Store> {
        std::rc::Rc::new(crate::saved::MemoryStore::default())
    }

    pub fn on_fragment_change(_on_change: impl Fn() + 'static) -> Option<()> {
        None
    }
    pub fn copy(_text: &str, done: yew::Callback<bool>) {
        done.emit(false);
    }
    pub fn focus(_node: &yew::NodeRef) {}
    pub fn focus_item(_event: &yew::KeyboardEvent, _index: usize) {}
    pub fn take_input(_node: &yew::NodeRef) -> String {
        String::new()
    }
    pub fn select(_node: &yew::NodeRef) {}
    pub fn focus_choice(_node: &yew::NodeRef) {}
}

pub use imp::*;
