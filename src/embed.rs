//! The browser edge: the `<versus-widget>` custom element, its shadow root
//! and the shared stylesheet. Each element gets its own Yew app.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, HtmlElement, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use crate::components::{App, AppProps};
use crate::datasets::{self, DatasetRef};

/// The element's tag name.
const TAG: &str = "versus-widget";
/// The attributes the element reacts to.
const OBSERVED: &[&str] = &["dataset"];

#[wasm_bindgen(module = "/src/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineElement)]
    fn define_element(
        tag: &str,
        observed: js_sys::Array,
        mount: &Closure<dyn FnMut(HtmlElement) -> JsValue>,
    );
}

thread_local! {
    /// One constructed stylesheet, adopted by every instance's shadow root.
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// Registers `<versus-widget>` when the module is loaded.
#[wasm_bindgen(start)]
pub fn start() {
    register();
}

/// Defines the `<versus-widget>` element; does nothing if it already exists.
pub fn register() {
    let observed = OBSERVED
        .iter()
        .map(|name| JsValue::from_str(name))
        .collect();
    let mount = Closure::<dyn FnMut(HtmlElement) -> JsValue>::new(|host: HtmlElement| {
        JsValue::from(Widget::mount(host))
    });
    define_element(TAG, observed, &mount);
    // The element class keeps calling it for every instance, for the page's lifetime.
    mount.forget();
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
    app: Option<AppHandle<App>>,
}

#[wasm_bindgen]
impl Widget {
    fn mount(host: HtmlElement) -> Widget {
        let mut widget = Widget { host, app: None };
        widget.render();
        widget
    }

    fn props(&self) -> AppProps {
        let requested = self.host.get_attribute("dataset");
        let dataset = requested
            .as_deref()
            .and_then(datasets::find)
            .unwrap_or(datasets::ALL[0]);
        AppProps {
            dataset: DatasetRef(dataset),
        }
    }

    fn render(&mut self) {
        let props = self.props();
        if let Some(app) = &mut self.app {
            app.update(props);
            return;
        }
        let shadow = match self.host.shadow_root() {
            Some(shadow) => shadow,
            None => match self
                .host
                .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            {
                Ok(shadow) => shadow,
                Err(_) => return,
            },
        };
        if let Some(sheet) = stylesheet() {
            shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
        }
        shadow.set_inner_html("");
        let Some(root) = gloo_utils::document().create_element("div").ok() else {
            return;
        };
        root.set_class_name("versus-root");
        if shadow.append_child(&root).is_err() {
            return;
        }
        self.app = Some(yew::Renderer::<App>::with_root_and_props(root, props).render());
    }

    /// Called by the element when an observed attribute changes.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&mut self, _name: String, _value: Option<String>) {
        self.render();
    }

    /// Called by the element when it leaves the page.
    pub fn destroy(mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}
