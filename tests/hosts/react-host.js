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
// Loaded with `?late`: React renders before the element is defined, as a
// page whose framework runs before the widget's script does; the README
// says to write `dataset-id` there.
const late = new URL(import.meta.url).searchParams.has("late");
if (late) {
  delete props.dataset;
  props["dataset-id"] = "node-vs-django";
}
let route = "quiz";
let changes = 0;
const counted = () => { changes += 1; };
const root = createRoot(document.getElementById("app"));
const render = () => flushSync(() => root.render(route === "quiz"
  ? h("versus-widget", { ...props, "onversus-change": counted })
  : h("p", { id: "elsewhere" }, "Another page of the site")));
render();
if (late) await import("/versus.js");

window.host = {
  set(next) { props = { ...props, ...next }; render(); },
  go(next) { route = next; render(); },
  changes: () => changes,
};
