// dist/versus.js, the loader every page with a widget downloads: defines
// <versus-widget> at once, and imports the app (versus-app.js, beside this
// file wherever it is served from) only when a widget comes near.
import { define } from "../element.js";

define(() => import(new URL("./versus-app.js", import.meta.url).href));
