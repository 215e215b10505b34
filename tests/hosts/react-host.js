// React 19 (from npm, made one ES module by the test server) renders the
// element as a router would: with every attribute, again with changed
// ones, and gone and back on navigation. `window.host` drives it.
import { createElement as h, createRoot, flushSync } from "/hosts/vendor/react.js";

let props = {
  id: "framework",
  dataset: "node-vs-django",
  sections: "quiz result",
  theme: "dark",
  share: "off",
  persist: "off",
  "share-url": "https://example.org/post",
  answers: "team.python",
  loading: "eager",
  "data-analytics": "quiz-1",
};
let route = "quiz";
let changes = 0;
const counted = () => { changes += 1; };
const root = createRoot(document.getElementById("app"));
const render = () => flushSync(() => root.render(route === "quiz"
  ? h("versus-widget", { ...props, "onversus-change": counted })
  : h("p", { id: "elsewhere" }, "Another page of the site")));
render();

window.host = {
  set(next) { props = { ...props, ...next }; render(); },
  go(next) { route = next; render(); },
  changes: () => changes,
};
