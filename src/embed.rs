//! The browser edge: the Rust half of `<versus-widget>`. The element itself
//! is defined in JavaScript (`element.js`, loaded before any wasm); when an
//! instance comes near, it calls [`mount`], which gives it a shadow root
//! (adopting one shared stylesheet) and its own Yew app. This layer only
//! maps: attributes to the app's props (warning once per bad value), and
//! the app's notices to DOM events on the element.

use std::cell::RefCell;

use versus_core::Report;
use wasm_bindgen::prelude::*;
use web_sys::{
    CssStyleSheet, CustomEvent, CustomEventInit, Element, HtmlElement, ShadowRootInit,
    ShadowRootMode,
};
use yew::{AppHandle, Callback};

use crate::components::{App, AppProps, Notice};
use crate::config::{self, Config};
use crate::datasets::{self, Unpacked};
use crate::platform;
use crate::saved::SharedStore;
use crate::ui::{Ui, WordsRef};

#[wasm_bindgen(module = "/src/scheme.js")]
extern "C" {
    /// Marks `root` with the page's own colour scheme and keeps it current;
    /// returns the function that stops watching.
    #[wasm_bindgen(js_name = followScheme)]
    fn follow_scheme(host: &HtmlElement, root: &Element) -> js_sys::Function;
}

thread_local! {
    /// One constructed stylesheet, adopted by every instance's shadow root.
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
    /// The root of every mounted widget, with the language of its words,
    /// to show a message in it if anything panics.
    static ROOTS: RefCell<Vec<(Element, WordsRef)>> = const { RefCell::new(Vec::new()) };
    /// Apps whose elements left the page, idle, each with its root: the
    /// next element to mount takes one over instead of starting an app. A
    /// Yew app keeps its event listeners (and through them its root) for
    /// the life of the page, so starting one per element would leak with
    /// every removal; reusing them keeps it to the most widgets ever on
    /// the page at once.
    static IDLE: RefCell<Vec<(Element, AppHandle<App>)>> = const { RefCell::new(Vec::new()) };
    /// Elements mounted so far: each gets a fresh session, even in a reused app.
    static MOUNTS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Mounts the app into an element (called by `element.js`), with the
/// packed dataset the element gives, if any (see [`Widget::load`]). The
/// first mount also sets the panic hook: a bug shows a message in every
/// widget instead of leaving blank boxes.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, source: Option<String>, text: Option<String>) -> Widget {
    static PANIC_HOOK: std::sync::Once = std::sync::Once::new();
    PANIC_HOOK.call_once(|| {
        yew::set_custom_panic_hook(Box::new(|info| {
            web_sys::console::error_1(&JsValue::from_str(&info.to_string()));
            show_failure();
        }));
    });
    Widget::mount(host, source.map(|source| (source, text)))
}

/// A bug must not leave a blank box: every widget says so in place. Called
/// by the panic hook.
fn show_failure() {
    ROOTS.with(|roots| {
        for (root, words) in roots.borrow().iter() {
            // The message as text, not markup: a language's words are data.
            let Ok(message) = gloo_utils::document().create_element("p") else {
                continue;
            };
            message.set_class_name("versus-failure");
            let _ = message.set_attribute("role", "alert");
            message.set_text_content(Some(words.0.template(Ui::StoppedWorking)));
            root.set_inner_html("");
            let _ = root.append_child(&message);
        }
    });
}

fn stylesheet() -> Option<CssStyleSheet> {
    SHEET.with(|sheet| {
        let mut sheet = sheet.borrow_mut();
        if sheet.is_none() {
            let created = CssStyleSheet::new().ok()?;
            created.replace_sync(crate::STYLESHEET).ok()?;
            *sheet = Some(created);
        }
        sheet.clone()
    })
}

/// One mounted widget; the element holds it and calls back on changes.
#[wasm_bindgen]
pub struct Widget {
    host: HtmlElement,
    root: Option<Element>,
    app: Option<AppHandle<App>>,
    /// The configuration the running app was given.
    config: Option<Config>,
    /// Where its answers are kept: the page's fragment and localStorage.
    store: SharedStore,
    /// The packed dataset the element gives (inline or by `src`), named
    /// for messages, with its text, or none where it could not be read
    /// (`element.js` has said why). None: the `dataset` attribute decides.
    given: Option<(String, Option<String>)>,
    /// Warnings and errors already shown, so each is reported once.
    warned: Vec<String>,
    /// Stops following the page's colour scheme.
    unfollow: Option<js_sys::Function>,
    /// Which mount this is (see `MOUNTS`).
    mount: u32,
    /// The fallback's row a reader was reading when the app replaced it
    /// (its id and where it stood on screen): the app's row is put back there.
    place: std::rc::Rc<std::cell::Cell<Option<(String, f64)>>>,
}

#[wasm_bindgen]
impl Widget {
    fn mount(host: HtmlElement, given: Option<(String, Option<String>)>) -> Widget {
        let mut widget = Widget {
            host,
            given,
            root: None,
            app: None,
            config: None,
            store: crate::shared::Shared(platform::page_store()),
            warned: Vec::new(),
            unfollow: None,
            place: Default::default(),
            mount: MOUNTS.with(|m| {
                m.set(m.get().wrapping_add(1));
                m.get()
            }),
        };
        widget.apply_attributes();
        widget
    }

    /// The dataset to show: the one the element gives, else the bundled
    /// one its attributes name. None where there is none to show, said
    /// once on the console.
    fn dataset(&mut self) -> Option<Unpacked> {
        let found = match &self.given {
            Some((_, None)) => return None,
            Some((source, Some(text))) => datasets::unpack(text).map_err(|error| {
                let mut message = String::from("<versus-widget>: ");
                for part in [
                    source,
                    ": ",
                    &error.to_string(),
                    ". Keeping the fallback content.",
                ] {
                    message.push_str(part);
                }
                message
            }),
            None => config::bundled(|name| self.host.get_attribute(name)),
        };
        found.map_err(|message| self.say(message, true)).ok()
    }

    /// One console message per problem: an error, or a warning.
    fn say(&mut self, message: String, error: bool) {
        if !self.warned.contains(&message) {
            let text = JsValue::from_str(&message);
            if error {
                web_sys::console::error_1(&text);
            } else {
                web_sys::console::warn_1(&text);
            }
            self.warned.push(message);
        }
    }

    /// Hands the attributes to the app: mounts it the first time, updates
    /// it after (the app itself decides what a change means). Without a
    /// dataset to show, the element shows its fallback content.
    fn apply_attributes(&mut self) {
        let Some(dataset) = self.dataset() else {
            self.show_fallback();
            return;
        };
        let (config, warnings) = config::read(|name| self.host.get_attribute(name), dataset);
        for warning in warnings {
            self.say(warning.message(), false);
        }
        if self.config.as_ref() == Some(&config) && self.shown() {
            return;
        }
        self.config = Some(config.clone());
        let (host, place) = (self.host.clone(), self.place.clone());
        let props = AppProps {
            config,
            store: self.store.clone(),
            on_notice: Callback::from(move |notice| {
                if let Notice::Ready(_) = notice {
                    release_reserved_height(&host);
                    if let Some(place) = place.take() {
                        keep_place(&host, place);
                    }
                }
                dispatch_notice(&host, notice)
            }),
            mount: self.mount,
            idle: false,
        };
        let Some(root) = self.root() else { return };
        if !root.is_connected() {
            // Back from the fallback.
            if let Some(shadow) = self.host.shadow_root() {
                shadow.set_inner_html("");
                let _ = shadow.append_child(&root);
            }
        }
        match &mut self.app {
            Some(app) => app.update(props),
            None => {
                self.app = Some(yew::Renderer::<App>::with_root_and_props(root, props).render())
            }
        }
    }

    /// Whether the app is on show (not the fallback).
    fn shown(&self) -> bool {
        self.root.as_ref().is_some_and(|root| root.is_connected())
    }

    /// Shows the element's own content (its fallback) in place of the
    /// app, which idles until there is a dataset to show again.
    fn show_fallback(&mut self) {
        let (Some(root), Some(shadow)) = (&self.root, self.host.shadow_root()) else {
            // Never mounted: the element still shows its content.
            return;
        };
        if let Ok(slot) = gloo_utils::document().create_element("slot") {
            root.remove();
            let _ = shadow.append_child(&slot);
        }
        self.idle();
    }

    /// Puts the app to idle: it renders nothing and keeps nothing of this
    /// element's session (not even its host).
    fn idle(&mut self) {
        if let (Some(app), Some(config)) = (&mut self.app, self.config.take()) {
            app.update(AppProps {
                config,
                store: self.store.clone(),
                on_notice: Callback::default(),
                mount: self.mount,
                idle: true,
            });
        }
    }

    /// The element inside the shadow root that Yew renders into.
    fn root(&mut self) -> Option<Element> {
        if let Some(root) = &self.root {
            return Some(root.clone());
        }
        // The fallback's height, before the shadow root hides it: the app
        // keeps at least that much room until its first full render, so the
        // page below does not jump.
        let rect = self.host.get_bounding_client_rect();
        let fallback_height = rect.height();
        // A reader inside the fallback (its top above the screen): remember
        // the first row that starts on screen, to keep them there once the
        // app is in.
        if rect.top() < 0.0 && rect.bottom() > 0.0 {
            if let Ok(rows) = self.host.query_selector_all("tr[data-row]") {
                let place = (0..rows.length())
                    .filter_map(|i| rows.item(i)?.dyn_into::<Element>().ok())
                    .map(|row| (row.get_bounding_client_rect().top(), row))
                    .find(|(top, _)| *top >= 0.0)
                    .and_then(|(top, row)| Some((row.get_attribute("data-row")?, top)));
                self.place.set(place);
            }
        }
        let shadow = match self.host.shadow_root() {
            Some(shadow) => shadow,
            None => self
                .host
                .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
                .ok()?,
        };
        let adopts = js_sys::Reflect::has(&shadow, &JsValue::from_str("adoptedStyleSheets"))
            .unwrap_or(false);
        let sheet = stylesheet().filter(|_| adopts);
        if let Some(sheet) = &sheet {
            shadow.set_adopted_style_sheets(&js_sys::Array::of1(sheet));
        }
        let root = match IDLE.with(|idle| idle.borrow_mut().pop()) {
            Some((root, app)) => {
                self.app = Some(app);
                root
            }
            None => {
                let root = gloo_utils::document().create_element("div").ok()?;
                root.set_class_name("versus-root");
                root
            }
        };
        if fallback_height >= 1.0 {
            // CSSOM, not a style attribute: allowed under the strict CSP.
            let mut px = (fallback_height.ceil() as u32).to_string();
            px.push_str("px");
            if let Some(root) = root.dyn_ref::<HtmlElement>() {
                let _ = root.style().set_property("min-height", &px);
            }
        }
        shadow.set_inner_html("");
        if sheet.is_none() {
            // Engines without constructable stylesheets (Safari before 16.4,
            // Firefox before 101): a style element, which works where the
            // page's CSP allows inline styles.
            let style = gloo_utils::document().create_element("style").ok()?;
            style.set_text_content(Some(crate::STYLESHEET));
            shadow.append_child(&style).ok()?;
        }
        shadow.append_child(&root).ok()?;
        self.unfollow = Some(follow_scheme(&self.host, &root));
        let words = self
            .config
            .as_ref()
            .map_or_else(WordsRef::english, |c| c.words);
        ROOTS.with(|roots| roots.borrow_mut().push((root.clone(), words)));
        self.root = Some(root.clone());
        Some(root)
    }

    /// Called by the element when an observed attribute changes.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&mut self, _name: String, _value: Option<String>) {
        self.apply_attributes();
    }

    /// Called by the element when the packed dataset it gives changes (a
    /// new `src`): its name for messages and its text, or no text where
    /// it could not be read; no name where the element gives none.
    pub fn load(&mut self, source: Option<String>, text: Option<String>) {
        self.given = source.map(|source| (source, text));
        self.apply_attributes();
    }

    /// Called by the element when it leaves the page.
    pub fn destroy(mut self) {
        if let Some(unfollow) = self.unfollow.take() {
            let _ = unfollow.call0(&JsValue::NULL);
        }
        self.idle();
        if let Some(root) = self.root.take() {
            ROOTS.with(|roots| roots.borrow_mut().retain(|(r, _)| r != &root));
            root.remove();
            // Idle until another element takes it.
            if let Some(app) = self.app.take() {
                IDLE.with(|idle| idle.borrow_mut().push((root, app)));
            }
        }
    }
}

/// Lets the widget take its own height once the long sections have had
/// their render (they follow the first view in the next one).
fn release_reserved_height(host: &HtmlElement) {
    let Some(root) = host
        .shadow_root()
        .and_then(|shadow| shadow.first_element_child())
        .and_then(|root| root.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let _ = root.style().remove_property("min-height");
}

/// Scrolls the page so the app's row `id` stands where the fallback's
/// stood (`top`, from the top of the screen): the reader keeps their place.
/// The table, not yet drawn (`content-visibility`), is laid out for the
/// measure.
fn keep_place(host: &HtmlElement, (id, top): (String, f64)) {
    let Some(shadow) = host.shadow_root() else {
        return;
    };
    let section = shadow.query_selector(".compare").ok().flatten();
    let section = section.and_then(|s| s.dyn_into::<HtmlElement>().ok());
    if let Some(section) = &section {
        let _ = section
            .style()
            .set_property("content-visibility", "visible");
    }
    // Row ids are dataset ids: letters, digits and hyphens.
    let mut selector = String::from("tr[data-row=\"");
    selector.push_str(&id);
    selector.push_str("\"]");
    let row = shadow.query_selector(&selector).ok().flatten();
    if let (Some(row), Some(window)) = (row, web_sys::window()) {
        window.scroll_by_with_x_and_y(0.0, row.get_bounding_client_rect().top() - top);
    }
    if let Some(section) = &section {
        let _ = section.style().remove_property("content-visibility");
    }
}

/// `versus-ready` / `versus-change` on the element, bubbling and composed,
/// with the detail of [`detail`].
fn dispatch_notice(host: &HtmlElement, notice: Notice) {
    let (name, report) = match &notice {
        Notice::Ready(report) => ("versus-ready", report),
        Notice::Changed(report) => ("versus-change", report),
    };
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail(report));
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// `{ answers: {question: option}, verdict: id | null, leaders: [id],
/// scores: {verdict: points}, decisiveness: id }`: ids and numbers only,
/// from the report.
fn detail(report: &Report<'_>) -> JsValue {
    let set = |target: &js_sys::Object, key: &str, value: &JsValue| {
        let _ = js_sys::Reflect::set(target, &JsValue::from_str(key), value);
    };
    let summary = report.summary();
    let answers = js_sys::Object::new();
    for (question, option) in summary.answers {
        set(&answers, question, &JsValue::from_str(option));
    }
    let scores = js_sys::Object::new();
    for (verdict, points) in summary.scores {
        set(&scores, verdict, &JsValue::from_f64(points));
    }
    let leaders: js_sys::Array = summary.leaders.into_iter().map(JsValue::from_str).collect();
    let detail = js_sys::Object::new();
    set(&detail, "answers", &answers);
    set(
        &detail,
        "verdict",
        &summary.verdict.map_or(JsValue::NULL, JsValue::from_str),
    );
    set(&detail, "leaders", &leaders);
    set(&detail, "scores", &scores);
    set(
        &detail,
        "decisiveness",
        &JsValue::from_str(summary.decisiveness),
    );
    let open: js_sys::Array = summary.open.into_iter().map(JsValue::from_str).collect();
    set(&detail, "open", &open);
    set(
        &detail,
        "unanswered",
        &JsValue::from_f64(summary.unanswered as f64),
    );
    detail.into()
}
