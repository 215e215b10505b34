// The script inlined into dist/versus-standalone.html: the loader, the glue
// and the wasm in one file (esbuild's binary loader), so the page works
// opened from disk with no server.
import { define } from "../element.js";
import { start } from "./app.js";
import wasm from "../../target/trunk/versus_bg.wasm";

define(() => start(wasm));
