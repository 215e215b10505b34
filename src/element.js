// Defines <versus-widget>. A custom element needs a JavaScript class; this is
// all of it. Each instance hands itself to Rust (`mount`) and forwards its
// lifecycle: attribute changes and removal. Everything else lives in Rust.
export function defineElement(tag, observed, mount) {
  if (customElements.get(tag)) return;
  customElements.define(tag, class extends HTMLElement {
    static get observedAttributes() { return observed; }
    connectedCallback() {
      if (!this.versusWidget) this.versusWidget = mount(this);
    }
    disconnectedCallback() {
      const widget = this.versusWidget;
      this.versusWidget = undefined;
      if (widget) widget.destroy();
    }
    attributeChangedCallback(name, previous, value) {
      if (this.versusWidget && previous !== value) this.versusWidget.attributeChanged(name, value);
    }
  });
}
