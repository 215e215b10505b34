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
//
// Every attribute is also a property that reflects it (`shareUrl` for
// `share-url`), the web-components convention: React 19, Vue 3, Svelte,
// Angular and Lit set a custom element's attributes as properties whenever
// the element has a property of that name, and every element already has
// `id` (which reflects on its own) and `dataset`. `dataset` is an accessor
// that does both: writing a dataset id selects the comparison, reading it
// still gives the page's `data-*` map, so a framework's binding and the host's
// own scripts both keep working with the attribute every embed already uses.
// Before this script has defined the element, though, the built-in
// `dataset` cannot be written (React throws, Vue drops it): `dataset-id`
// names the same thing under a name no element has, for frameworks.

const OBSERVED = ["dataset", "dataset-id", "src", "lang", "sections", "theme", "share", "persist", "id", "share-url", "answers", "loading"];
const LOADING = ["lazy", "eager"];
const SWITCHES = ["share", "persist"];
const property = (name) => name.replace(/-(.)/g, (_, letter) => letter.toUpperCase());
const dataMap = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "dataset").get;

// A property's value as attribute text: null removes the attribute;
// `share` and `persist` take booleans, `sections` a list, `answers` an
// object of question to option.
function attributeText(name, value) {
  if (value == null) return null;
  if (typeof value === "boolean") return SWITCHES.includes(name) ? (value ? "on" : "off") : value ? "" : null;
  if (Array.isArray(value)) return value.join(" ");
  if (typeof value === "object") return Object.entries(value).map(([question, option]) => `${question}.${option}`).join(",");
  return String(value);
}

// A packed dataset (`versus pack`), inline: the text of a child
// `<script type="application/x-versus-pack">`, which the browser never runs.
const PACK = "application/x-versus-pack";
// The largest packed file read; the wasm refuses more than this anyway.
const MAX_PACK = 1 << 20;

// The reader's language: the element's own `lang`, else the nearest
// ancestor's, else the page's, else English; a region counts as its
// language (`de-AT` is `de`).
function language(element) {
  const tagged = element.closest("[lang]");
  return ((tagged && tagged.getAttribute("lang")) || "").trim().toLowerCase().split(/[-_]/)[0] || "en";
}

// What the release build bundles (esbuild's define): the default dataset
// and the translations of the bundled datasets, each a packed file beside
// this script (`node-vs-django.de` is `node-vs-django.de.versus`). Unbuilt
// (the browser tests), English only.
const DEFAULT_DATASET = typeof VERSUS_DEFAULT_DATASET === "string" ? VERSUS_DEFAULT_DATASET : "";
const TRANSLATIONS = typeof VERSUS_TRANSLATIONS === "string" ? VERSUS_TRANSLATIONS.split(",") : [];

// Fetches a packed file; resolves to its text, or rejects with the problem
// in words.
function fetchPack(url) {
  return Promise.resolve().then(() => fetch(url, { credentials: "same-origin" })).then((response) => {
    if (!response.ok) throw `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
    const type = (response.headers.get("content-type") || "").split(";")[0].trim().toLowerCase();
    if (type === "text/html") throw "served as text/html: the address gives a web page, not a packed dataset (is the path right?)";
    if (Number(response.headers.get("content-length")) > MAX_PACK) throw `larger than the ${MAX_PACK} bytes a packed dataset may hold`;
    return response.text();
  }, (problem) => {
    throw `could not be fetched (${problem && problem.message}): a wrong address, offline, a server that does not let this page read it (CORS), or a CSP without it in connect-src`;
  });
}

// The packed dataset an element gives: its inline data, else its `src`
// fetched, else its translation (below). Resolves to null where the
// element gives nothing (the `dataset` attribute decides), to
// { source, text }, or to { source, text: null } once the console has said
// why it could not be read. Never rejects.
function given(element) {
  const inline = [...element.children].find((child) => child.localName === "script" && child.type === PACK);
  if (inline) return Promise.resolve({ source: `the inline <script type="${PACK}">`, text: inline.textContent });
  const src = element.getAttribute("src");
  if (src === null) return translation(element);
  const source = `src="${src}"`;
  let url = null;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    // Said below, as a file that cannot be read.
  }
  return (url ? fetchPack(url) : Promise.reject("not an address")).then((text) => ({ source, text }), (why) => {
    console.error(`<versus-widget>: ${source}: ${why}. Keeping the fallback content.`);
    return { source, text: null };
  });
}

// In a language the build has a translation of the bundled dataset for,
// that translation, beside this script; null otherwise (a language it has
// none for is English, with no error and no request).
function translation(element) {
  const lang = language(element);
  const id = (element.getAttribute("dataset-id") || element.getAttribute("dataset") || DEFAULT_DATASET).trim();
  if (!TRANSLATIONS.includes(`${id}.${lang}`)) return Promise.resolve(null);
  const url = new URL(`./${id}.${lang}.versus`, import.meta.url);
  // Not uploaded beside the script, or unreadable: English, said once.
  return fetchPack(url).then((text) => ({ source: `${url}`, text }), (why) => {
    console.warn(`<versus-widget>: the ${lang} translation ${url}: ${why}. Showing English.`);
    return null;
  });
}

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
    // The dataset it gives is fetched beside the app.
    state.data = given(element);
    ready.then((loaded) => {
      state.app = loaded;
      show(element, state);
    }, (error) => console.error("<versus-widget>: the app could not load", error));
  };
  // Mounts the app with the dataset the element gives, or hands the app
  // a new one: the latest asked for, once it and the app are both in.
  const show = (element, state) => {
    const asked = state.data;
    asked.then((data) => {
      if (state.data !== asked || !state.app || instances.get(element) !== state || !element.isConnected) return;
      const [source, text] = data ? [data.source, data.text] : [];
      if (state.widget) state.widget.load(source, text);
      else state.widget = state.app.mount(element, source, text);
    });
  };
  const stopWaiting = (element, state) => {
    if (near) near.unobserve(element);
    state.waiting.abort();
    state.waiting = null;
  };

  class VersusWidget extends HTMLElement {
    static get observedAttributes() { return OBSERVED; }

    connectedCallback() {
      // A framework may have set properties before this element was
      // upgraded: they sit on the instance, hiding the accessors; pass
      // them through.
      for (const name of OBSERVED) {
        const key = property(name);
        if (key !== "id" && Object.prototype.hasOwnProperty.call(this, key)) {
          const value = this[key];
          delete this[key];
          this[key] = value;
        }
      }
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
      } else if (name === "src" || name === "lang" || ((name === "dataset" || name === "dataset-id") && language(this) !== "en")) {
        // The latest `src` wins, however the fetches finish; an element
        // still waiting to come near reads it then.
        if (state.waiting) return;
        state.data = given(this);
        show(this, state);
      } else if (state.widget) {
        state.widget.attributeChanged(name, value);
      }
    }
  }
  for (const name of OBSERVED) {
    if (name === "id") continue;
    Object.defineProperty(VersusWidget.prototype, property(name), {
      configurable: true,
      get() { return name === "dataset" ? dataMap.call(this) : this.getAttribute(name); },
      set(value) {
        const text = attributeText(name, value);
        if (text === null) this.removeAttribute(name);
        else this.setAttribute(name, text);
      },
    });
  }
  customElements.define(tag, VersusWidget);
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
