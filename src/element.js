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

export function define(loadApp, tag = "versus-widget") {
  if (customElements.get(tag)) return;
  let app;
  const start = () => (app ||= Promise.resolve().then(loadApp));
  // "About one viewport": the margin is the viewport's own height.
  const near = typeof IntersectionObserver === "function"
    ? new IntersectionObserver((entries) => {
      for (const entry of entries) if (entry.isIntersecting) entry.target.versusNear();
    }, { rootMargin: "100% 0px" })
    : null;

  customElements.define(tag, class extends HTMLElement {
    static get observedAttributes() { return OBSERVED; }

    connectedCallback() {
      if (this.versusWidget || this.versusWaiting) return;
      this.versusWaiting = () => this.versusNear();
      if (!near || this.versusLoading() === "eager") return this.versusNear();
      near.observe(this);
      this.addEventListener("focusin", this.versusWaiting);
      this.addEventListener("pointerenter", this.versusWaiting);
    }

    disconnectedCallback() {
      this.versusStopWaiting();
      const widget = this.versusWidget;
      this.versusWidget = undefined;
      if (widget) widget.destroy();
    }

    attributeChangedCallback(name, previous, value) {
      if (previous === value) return;
      if (name === "loading") {
        if (this.versusLoading() === "eager" && this.versusWaiting) this.versusNear();
      } else if (this.versusWidget) {
        this.versusWidget.attributeChanged(name, value);
      }
    }

    // `lazy` unless it says `eager`; anything else warns once and counts as lazy.
    versusLoading() {
      const value = (this.getAttribute("loading") || "lazy").trim();
      if (LOADING.includes(value)) return value;
      this.versusWarned ||= new Set();
      if (!this.versusWarned.has(value)) {
        this.versusWarned.add(value);
        console.warn(`<versus-widget>: invalid loading="${value}"; allowed: lazy, eager. Using lazy.`);
      }
      return "lazy";
    }

    versusStopWaiting() {
      if (!this.versusWaiting) return;
      if (near) near.unobserve(this);
      this.removeEventListener("focusin", this.versusWaiting);
      this.removeEventListener("pointerenter", this.versusWaiting);
      this.versusWaiting = undefined;
    }

    versusNear() {
      if (!this.versusWaiting) return;
      this.versusStopWaiting();
      start().then((loaded) => {
        if (this.isConnected && !this.versusWidget) this.versusWidget = loaded.mount(this);
      }, (error) => console.error("<versus-widget>: the app could not load", error));
    }
  });
}
