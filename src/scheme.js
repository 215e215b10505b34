// `theme="auto"` follows the host page's own colour scheme where the page
// declares one: the computed `color-scheme` of the element, which a site's
// dark-mode toggle sets on `html` or `body`. Where the page declares none
// (or both), the widget follows the reader's preference, in CSS. This
// watches what a toggle changes (attributes of `html` and `body`, the
// `head`'s meta and style elements) and the reader's preference, and
// marks the widget's root with `data-page="dark"` or `"light"`. It returns
// the function that stops watching.
export function followScheme(host, root) {
  const update = () => {
    const scheme = getComputedStyle(host).colorScheme || "";
    const dark = /\bdark\b/.test(scheme);
    const page = dark === /\blight\b/.test(scheme) ? "" : dark ? "dark" : "light";
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
  update();
  return () => {
    observer.disconnect();
    reader.removeEventListener("change", update);
  };
}
