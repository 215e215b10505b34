// The script inlined into dist/versus-standalone.html: the loader, the glue
// and the wasm in one file (esbuild's binary loader), so the page works
// opened from disk with no server.
import { define } from "../element.js";
import init, { mount } from "../../target/trunk/versus.js";
import wasm from "../../target/trunk/versus_bg.wasm";

define(async () => {
  await init({ module_or_path: wasm });
  return { mount };
});
