// dist/versus-app.js: the wasm-bindgen glue, initialised (it fetches
// versus_bg.wasm beside itself), exporting `mount` for the loader.
import init, { mount } from "../../target/trunk/versus.js";

await init();
export { mount };
