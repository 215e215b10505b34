// dist/versus.js, the loader every page with a widget downloads: defines
// <versus-widget> at once and, only when a widget comes near, fetches the
// app: the glue (versus-app.js) and the wasm side by side, both beside this
// file wherever it is served from.
import { define } from "../element.js";

define(() => {
  const wasm = fetch(new URL("./versus_bg.wasm", import.meta.url));
  return import(new URL("./versus-app.js", import.meta.url).href).then((app) => app.start(wasm));
});
