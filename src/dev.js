// `trunk serve` only: Trunk's own loader instantiates the app; this defines
// <versus-widget> with it, as the release loader (dist/versus.js) does.
import { define } from "./element.js";

const go = () => define(() => window.wasmBindings);
if (window.wasmBindings) go();
else addEventListener("TrunkApplicationStarted", go, { once: true });
