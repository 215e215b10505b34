// dist/versus-app.js: the wasm-bindgen glue, exporting `start`, which
// initialises it from the wasm the loader is already fetching and hands
// back `mount`.
import init, { mount } from "../../target/trunk/versus.js";

export async function start(wasm) {
  await init({ module_or_path: wasm });
  return { mount };
}
