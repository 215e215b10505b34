//! In headless Chromium: what only a browser shows. The custom element and
//! its shadow root, live updates, storage and the URL fragment.

#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/element.js")]
extern "C" {
    /// The loader's element definition, with the app given directly.
    fn define(load_app: &js_sys::Function);
}

/// Defines `<versus-widget>` as the loader does, handing it this module's
/// `mount` as the app.
fn define_element() {
    let app = js_sys::Object::new();
    let mount = wasm_bindgen::closure::Closure::<
        dyn FnMut(HtmlElement, Option<String>, Option<String>) -> wasm_bindgen::JsValue,
    >::new(
        |host: HtmlElement, source: Option<String>, text: Option<String>| {
            wasm_bindgen::JsValue::from(versus::mount(host, source, text))
        },
    );
    js_sys::Reflect::set(&app, &"mount".into(), mount.as_ref()).unwrap();
    mount.forget();
    let load_app = js_sys::Function::new_with_args("", "return this");
    define(&load_app.bind0(&app));
}

/// Adds a widget (loaded at once) and waits until it has mounted.
async fn add_widget(attributes: &[(&str, &str)]) -> HtmlElement {
    define_element();
    let document = gloo_utils::document();
    let element = document
        .create_element("versus-widget")
        .expect("create element")
        .dyn_into::<HtmlElement>()
        .expect("an HTML element");
    element.set_attribute("loading", "eager").unwrap();
    for (name, value) in attributes {
        element.set_attribute(name, value).expect("set attribute");
    }
    document
        .body()
        .expect("body")
        .append_child(&element)
        .expect("append");
    for _ in 0..100 {
        if element.shadow_root().is_some() {
            break;
        }
        sleep(10).await;
    }
    yew::scheduler::flush().await;
    element
}

fn shadow(host: &HtmlElement) -> ShadowRoot {
    host.shadow_root()
        .expect("the widget has an open shadow root")
}

fn text(root: &ShadowRoot, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn element_mounts_the_table_in_its_shadow_root() {
    let host = add_widget(&[("dataset", "node-vs-django"), ("id", "mount-test")]).await;
    yew::scheduler::flush().await;
    let shadow = shadow(&host);
    let rows = shadow.query_selector_all("tbody tr").expect("query");
    let dataset = versus::datasets::find("node-vs-django").unwrap();
    assert_eq!(rows.length() as usize, dataset.rows.len());
    // Styles are adopted, not injected as elements.
    assert!(shadow.query_selector("style").unwrap().is_none());
    assert_eq!(shadow.adopted_style_sheets().length(), 1);
    // Everything renders inside the shadow root: the table's root is it,
    // and the host's own (light) children are untouched.
    let table = shadow.query_selector("table").unwrap().expect("a table");
    assert!(table.get_root_node() == **shadow);
    assert_eq!(host.child_element_count(), 0);
    host.remove();
}

/// Waits `ms` milliseconds (a timer, so other tasks run meanwhile).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn a_panic_leaves_a_message_in_place_of_the_widget() {
    let host = add_widget(&[("id", "failing")]).await;
    yew::scheduler::flush().await;
    // A real panic, as a bug would raise one, in a task of its own: the
    // panic hook the element installed runs, then the task aborts (wasm
    // has no unwinding) and the test itself carries on.
    let bug = wasm_bindgen::closure::Closure::once_into_js(|| {
        let widgets: Vec<u32> = Vec::new();
        let _ = widgets[3];
    });
    web_sys::window()
        .unwrap()
        .set_timeout_with_callback_and_timeout_and_arguments_0(bug.unchecked_ref(), 0)
        .unwrap();
    sleep(50).await;
    let root = shadow(&host);
    let alert = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("a message in place of the widget");
    assert!(alert.text_content().unwrap().contains("stopped working"));
    assert!(root.query_selector("table").unwrap().is_none());
    host.remove();
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Replaces the page's URL fragment without navigating.
fn set_fragment(fragment: &str) {
    let history = web_sys::window().unwrap().history().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment))
        .unwrap();
}

fn radio(root: &ShadowRoot, value: &str) -> HtmlInputElement {
    root.query_selector(&format!("input[type=radio][value={value}]"))
        .unwrap()
        .expect("the option is on screen")
        .dyn_into()
        .unwrap()
}

#[wasm_bindgen_test]
async fn answering_updates_the_result_and_storage() {
    storage().clear().unwrap();
    let host = add_widget(&[("id", "answering"), ("share", "off")]).await;
    yew::scheduler::flush().await;
    let root = shadow(&host);
    assert!(text(&root, ".result").contains("Answer a question"));

    radio(&root, "python").click();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, ".verdict-name"), "Django");
    assert!(text(&root, ".reasons").contains("Python"));
    // Stored in the link's form, with the decision's version.
    let version =
        versus_core::share::version(versus::datasets::find("node-vs-django").unwrap().get());
    assert_eq!(
        storage().get_item("versus:answering").unwrap(),
        Some(format!("team.python,@{version}"))
    );

    // The radio group is one tab stop; checking another option by
    // keyboard (Space on the focused radio) is a click on it.
    let javascript = radio(&root, "javascript");
    javascript.focus().unwrap();
    assert_eq!(
        root.active_element().map(|e| e.get_attribute("value")),
        Some(Some("javascript".into()))
    );
    javascript.click();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, ".verdict-name"), "Node.js");
    host.remove();
}

#[wasm_bindgen_test]
async fn starting_over_forgets_storage_and_the_link() {
    storage()
        .set_item("versus:reset", "team.python,ai.core")
        .unwrap();
    set_fragment("#keep=team.both;reset=team.python,ai.core");
    let host = add_widget(&[("id", "reset")]).await;
    yew::scheduler::flush().await;
    let root = shadow(&host);
    assert!(text(&root, ".progress").contains("2 answered"));
    let reset: HtmlElement = root
        .query_selector("button.reset")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    reset.click();
    yew::scheduler::flush().await;
    assert!(text(&root, ".result").contains("Answer a question"));
    assert!(text(&root, ".progress").contains("Question 1 of 13"));
    assert_eq!(storage().get_item("versus:reset").unwrap(), None);
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert_eq!(hash, "#keep=team.both");
    host.remove();
}

#[wasm_bindgen_test]
async fn stored_answers_come_back() {
    storage()
        .set_item("versus:round-trip", "team.python,ai.core")
        .unwrap();
    let host = add_widget(&[("id", "round-trip"), ("share", "off")]).await;
    yew::scheduler::flush().await;
    let root = shadow(&host);
    assert_eq!(text(&root, ".verdict-name"), "Django");
    assert!(text(&root, ".progress").contains("2 answered"));
    host.remove();
}

#[wasm_bindgen_test]
async fn corrupt_storage_is_ignored() {
    storage()
        .set_item(
            "versus:corrupt",
            "<img src=x onerror=alert(1)>,team.,..,\u{0}",
        )
        .unwrap();
    let host = add_widget(&[("id", "corrupt"), ("share", "off")]).await;
    yew::scheduler::flush().await;
    let root = shadow(&host);
    // Nothing of it counts as an answer, and the next answer replaces it.
    assert!(text(&root, ".result").contains("Answer a question"));
    assert!(text(&root, ".progress").contains("0 answered"));
    radio(&root, "python").click();
    yew::scheduler::flush().await;
    let stored = storage().get_item("versus:corrupt").unwrap().unwrap();
    assert!(stored.starts_with("team.python,@"), "{stored}");
    host.remove();
}

#[wasm_bindgen_test]
async fn fragment_restores_and_malformed_parts_are_ignored() {
    set_fragment("#other=team.python;linked=ai.core,bogus,team.nope,%3Cb%3E;tail");
    let host = add_widget(&[("id", "linked"), ("persist", "off")]).await;
    yew::scheduler::flush().await;
    let root = shadow(&host);
    assert_eq!(text(&root, ".verdict-name"), "Django");
    assert!(text(&root, ".progress").contains("1 answered"));

    // Answering rewrites only this widget's entry, in the short form.
    radio(&root, "javascript").click();
    yew::scheduler::flush().await;
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert_eq!(
        hash,
        format!(
            "#other=team.python;linked=team.javascript,ai.core,@{};tail",
            versus_core::share::version(versus::datasets::find("node-vs-django").unwrap().get())
        )
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn invalid_attributes_fall_back() {
    let host = add_widget(&[
        ("id", "fallback"),
        ("theme", "neon"),
        ("sections", "nothing"),
    ])
    .await;
    yew::scheduler::flush().await;
    let root = shadow(&host);
    let widget = root.query_selector(".versus").unwrap().unwrap();
    assert_eq!(widget.get_attribute("data-theme").as_deref(), Some("auto"));
    assert!(root.query_selector(".quiz").unwrap().is_some());
    // Changing an attribute after mount takes effect.
    host.set_attribute("theme", "dark").unwrap();
    yew::scheduler::flush().await;
    let widget = root.query_selector(".versus").unwrap().unwrap();
    assert_eq!(widget.get_attribute("data-theme").as_deref(), Some("dark"));
    host.remove();
}

fn button(root: &ShadowRoot, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .expect("the button is on screen")
        .dyn_into()
        .unwrap()
}

/// What has focus inside the widget: `tag[name]` or `tag.class`.
fn focused(root: &ShadowRoot) -> String {
    root.active_element().map_or(String::new(), |e| {
        let tag = e.tag_name().to_lowercase();
        match e.get_attribute("name") {
            Some(name) => format!("{tag}[{name}]"),
            None => format!("{tag}.{}", e.class_name()),
        }
    })
}

#[wasm_bindgen_test]
async fn focus_follows_the_reader_between_questions() {
    let host = add_widget(&[("id", "focus"), ("share", "off"), ("persist", "off")]).await;
    yew::scheduler::flush().await;
    let root = shadow(&host);
    // Mounting takes no focus from the host page.
    assert_eq!(focused(&root), "");

    button(&root, "button.next").click();
    yew::scheduler::flush().await;
    assert_eq!(focused(&root), "input[product]");

    radio(&root, "api").click();
    button(&root, "button.back").click();
    yew::scheduler::flush().await;
    assert_eq!(focused(&root), "input[team]");

    // A step button: focus goes to that question, on its checked option if any.
    let steps = root.query_selector_all(".step").unwrap();
    steps
        .item(1)
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
    assert_eq!(
        root.active_element().and_then(|e| e.get_attribute("value")),
        Some("api".into())
    );

    // The last question leads on to the verdict.
    steps
        .item(steps.length() - 1)
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
    assert_eq!(focused(&root), "input[hiring]");
    let finish = button(&root, "button.next");
    assert_eq!(finish.text_content().unwrap(), "See the recommendation");
    finish.click();
    yew::scheduler::flush().await;
    assert_eq!(focused(&root), "div.verdict");

    // Start over returns to the first question.
    button(&root, "button.reset").click();
    yew::scheduler::flush().await;
    assert_eq!(focused(&root), "input[team]");
    assert!(text(&root, ".progress").contains("Question 1 of 13"));
    host.remove();
}
