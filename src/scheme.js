// `theme="auto"` follows what the host page looks like, in this order:
// 1. the colour scheme the page declares: the computed `color-scheme` of
//    the element, which a site's dark-mode toggle may set on `html` or
//    `body` (one of light or dark; "light dark" declares no choice);
// 2. else the page's own background behind the widget: the first
//    ancestor (across shadow roots) that paints a mostly opaque colour,
//    dark when white text would contrast with it better than black, so a
//    toggle that only swaps colours (a class on `html`, `data-theme`)
//    needs no CSS for the widget;
// 3. else, where the page paints nothing of its own, the reader's
//    preference, in CSS.
// It marks the widget's root with `data-page="dark"` or `"light"` (or
// nothing, for 3), and keeps it current: it watches what a toggle changes
// (attributes of `html` and `body`, the `head`'s meta and style elements),
// the end of colour transitions, and the reader's preference. It returns
// the function that stops watching.
export function followScheme(host, root) {
  const update = () => {
    const scheme = getComputedStyle(host).colorScheme || "";
    const dark = /\bdark\b/.test(scheme);
    const page = dark !== /\blight\b/.test(scheme) ? (dark ? "dark" : "light") : backdrop(host);
    if ((root.getAttribute("data-page") || "") === page) return;
    if (page) root.setAttribute("data-page", page);
    else root.removeAttribute("data-page");
  };
  const observer = new MutationObserver(update);
  observer.observe(document.documentElement, { attributes: true });
  if (document.body) observer.observe(document.body, { attributes: true });
  if (document.head) observer.observe(document.head, { attributes: true, childList: true, subtree: true });
  const reader = matchMedia("(prefers-color-scheme: dark)");
  reader.addEventListener("change", update);
  // A toggle's colours often fade: read them again once a background
  // behind the widget has (not on every transition of the page).
  const faded = (event) => {
    if (/background/.test(event.propertyName) && event.target.contains?.(host)) update();
  };
  document.addEventListener("transitionend", faded, true);
  update();
  return () => {
    observer.disconnect();
    reader.removeEventListener("change", update);
    document.removeEventListener("transitionend", faded, true);
  };
}

// "dark" or "light" by the first opaque background at or above `element`,
// or "" when none paints one.
function backdrop(element) {
  for (let node = element; node; node = node.parentElement || node.getRootNode().host) {
    const [r, g, b, a] = rgba(getComputedStyle(node).backgroundColor);
    if (a >= 128) {
      // WCAG relative luminance; below 0.179 white text contrasts better.
      const linear = (c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b) < 0.179 ? "dark" : "light";
    }
  }
  return "";
}

// Any CSS colour (rgb, hex, oklch, color-mix results...) as 0-255 RGBA,
// painted on a one-pixel canvas, the browser's own colour parser.
let pixel;
function rgba(color) {
  if (!color || color === "transparent" || color === "rgba(0, 0, 0, 0)") return [0, 0, 0, 0];
  pixel ||= document.createElement("canvas").getContext("2d", { willReadFrequently: true });
  if (!pixel) return [0, 0, 0, 0];
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = "transparent"; // kept if the browser cannot parse `color`
  pixel.fillStyle = color;
  pixel.fillRect(0, 0, 1, 1);
  return pixel.getImageData(0, 0, 1, 1).data;
}
