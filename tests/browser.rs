//! In headless Chromium: the custom element mounts into its shadow root.

#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn add_widget(attributes: &[(&str, &str)]) -> HtmlElement {
    versus::register();
    let document = gloo_utils::document();
    let element = document
        .create_element("versus-widget")
        .expect("create element")
        .dyn_into::<HtmlElement>()
        .expect("an HTML element");
    for (name, value) in attributes {
        element.set_attribute(name, value).expect("set attribute");
    }
    document
        .body()
        .expect("body")
        .append_child(&element)
        .expect("append");
    element
}

#[wasm_bindgen_test]
async fn element_mounts_the_table_in_its_shadow_root() {
    let host = add_widget(&[("dataset", "node-vs-django")]);
    yew::scheduler::flush().await;
    let shadow = host
        .shadow_root()
        .expect("the widget has an open shadow root");
    let rows = shadow.query_selector_all("tbody tr").expect("query");
    assert_eq!(rows.length(), 26);
    // Styles are adopted, not injected as elements.
    assert!(shadow.query_selector("style").unwrap().is_none());
    assert_eq!(shadow.adopted_style_sheets().length(), 1);
    // Nothing leaks into the light DOM.
    assert!(gloo_utils::document()
        .query_selector("table")
        .unwrap()
        .is_none());
    host.remove();
}
