// embed.html: one widget filling a page made to live in an iframe.
//
// Query parameters are the element's attributes (the element validates them
// and warns about bad values, as anywhere). The page talks to its parent by
// postMessage:
//   out: { type: "versus:height", height }   on load and whenever its height changes
//        { type: "versus:ready", detail }    the element's versus-ready detail
//        { type: "versus:change", detail }   the element's versus-change detail
//   in:  { type: "versus:parent-url", url }  the parent page's address: the
//        copy-link button then offers it, and its fragment restores answers.
// Messages go to the origin in `parent-origin` when given (and only messages
// from it are heard), else to any origin: they hold only answers and scores.
const ATTRIBUTES = ["dataset", "src", "lang", "sections", "theme", "share", "persist", "id", "answers"];
const query = new URLSearchParams(location.search);
const parentOrigin = query.get("parent-origin") || "*";

const widget = document.createElement("versus-widget");
widget.setAttribute("loading", "eager");
for (const name of ATTRIBUTES) {
  if (query.has(name)) widget.setAttribute(name, query.get(name));
}
document.body.append(widget);

const send = (message) => {
  if (window.parent !== window) window.parent.postMessage(message, parentOrigin);
};
for (const name of ["ready", "change"]) {
  widget.addEventListener(`versus-${name}`, (event) => send({ type: `versus:${name}`, detail: event.detail }));
}
let height = 0;
new ResizeObserver(() => {
  const now = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (now !== height) send({ type: "versus:height", height: (height = now) });
}).observe(document.documentElement);

addEventListener("message", (event) => {
  const data = event.data;
  if (event.source !== window.parent || !data || data.type !== "versus:parent-url") return;
  if (parentOrigin !== "*" && event.origin !== parentOrigin) return;
  let url;
  try { url = new URL(String(data.url)); } catch { return; }
  if (url.protocol !== "https:" && url.protocol !== "http:") return;
  const hash = url.hash;
  url.hash = "";
  widget.setAttribute("share-url", url.href);
  // A shared link to the parent page carries the answers in its fragment:
  // hand it to the widget as this page's own (it restores on hashchange),
  // without adding a history entry.
  if (hash.length > 1 && hash !== location.hash) location.replace(hash);
});
