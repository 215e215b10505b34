// <versus-widget>: the custom element, defined at once, before any wasm.
//
// Each instance keeps its fallback content until the app mounts into its
// shadow root. The app (the wasm-bindgen glue and the wasm) is loaded once
// per page, by `loadApp`, when the first instance comes within about one
// viewport of being seen, or is focused or pointed at (`loading="lazy"`, the
// default), or at once (`loading="eager"`). Each later instance mounts when
// it in turn comes near. Everything else lives in Rust: `app.mount(element)`
// returns the widget, which takes attribute changes and is destroyed on
// removal.

const OBSERVED = ["dataset", "sections", "theme", "share", "persist", "id", "share-url", "answers", "loading"];
const LOADING = ["lazy", "eager"];

// Each instance's state, out of reach of page scripts: its mounted widget,
// or, while it waits to come near, the controller whose abort removes its
// listeners.
const instances = new WeakMap();
// The invalid `loading` values each element has warned about, kept when it
// is moved (removed and added again).
const warned = new WeakMap();

// Resolves once the page has painted its first content (or after a second,
// on a page that paints nothing before its widgets). A lazy widget that
// comes near waits for it, so a widget at the top of a page lets the page
// and its own fallback show first, the wasm competing with neither the
// network nor the main thread. `loading="eager"` does not wait: for a page
// whose content is the widget (embed.html).
let painted;
const afterFirstPaint = () => (painted ||= new Promise((resolve) => {
  if (performance.getEntriesByName("first-contentful-paint").length) return resolve();
  if (!PerformanceObserver.supportedEntryTypes?.includes("paint")) {
    return requestAnimationFrame(() => setTimeout(resolve, 0));
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName("first-contentful-paint").length) done();
  });
  const done = () => { observer.disconnect(); clearTimeout(timer); resolve(); };
  const timer = setTimeout(done, 1000);
  observer.observe({ type: "paint", buffered: true });
}));

export function define(loadApp, tag = "versus-widget") {
  if (customElements.get(tag)) return;
  let app;
  const start = () => (app ||= Promise.resolve().then(loadApp));
  // "About one viewport": the margin is the viewport's own height.
  const near = typeof IntersectionObserver === "function"
    ? new IntersectionObserver((entries) => {
      for (const entry of entries) if (entry.isIntersecting) come(entry.target);
    }, { rootMargin: "100% 0px" })
    : null;

  // An element came near (or was focused, or pointed at, or is eager):
  // stop waiting, load the app once, mount if still on the page.
  const come = (element) => {
    const state = instances.get(element);
    if (!state || !state.waiting) return;
    stopWaiting(element, state);
    const ready = loading(element) === "eager" ? start() : afterFirstPaint().then(start);
    ready.then((loaded) => {
      const now = instances.get(element);
      if (element.isConnected && now && !now.widget && !now.waiting) now.widget = loaded.mount(element);
    }, (error) => console.error("<versus-widget>: the app could not load", error));
  };
  const stopWaiting = (element, state) => {
    if (near) near.unobserve(element);
    state.waiting.abort();
    state.waiting = null;
  };

  customElements.define(tag, class extends HTMLElement {
    static get observedAttributes() { return OBSERVED; }

    connectedCallback() {
      if (instances.has(this)) return;
      const state = { widget: null, waiting: new AbortController() };
      instances.set(this, state);
      if (!near || loading(this) === "eager") return come(this);
      near.observe(this);
      const signal = state.waiting.signal;
      this.addEventListener("focusin", () => come(this), { signal });
      this.addEventListener("pointerenter", () => come(this), { signal });
    }

    disconnectedCallback() {
      const state = instances.get(this);
      if (!state) return;
      instances.delete(this);
      if (state.waiting) stopWaiting(this, state);
      if (state.widget) state.widget.destroy();
    }

    attributeChangedCallback(name, previous, value) {
      const state = instances.get(this);
      if (previous === value || !state) return;
      if (name === "loading") {
        if (state.waiting && loading(this) === "eager") come(this);
      } else if (state.widget) {
        state.widget.attributeChanged(name, value);
      }
    }
  });
}

// `lazy` unless it says `eager`; anything else warns once and counts as lazy.
function loading(element) {
  const value = (element.getAttribute("loading") || "lazy").trim();
  if (LOADING.includes(value)) return value;
  if (!warned.has(element)) warned.set(element, new Set());
  if (!warned.get(element).has(value)) {
    warned.get(element).add(value);
    console.warn(`<versus-widget>: invalid loading="${value}"; allowed: lazy, eager. Using lazy.`);
  }
  return "lazy";
}
