// Untouchable once there: the inside of the widget computes the same styles
// on a blank page, on pages built with real CSS frameworks (one scales the
// root font size with the viewport) and under a hostile sheet that sets
// inherited properties with !important on `*`, `html` and the element; and
// the host's own styles stay the host's.
import { test, expect } from "@playwright/test";

const HOSTS = ["/hosts/blank.html", "/hosts/pico.html", "/hosts/bulma.html", "/hosts/hostile.html"];
const PROPS = [
  "font-family", "font-size", "font-weight", "font-style", "font-variant-caps", "line-height",
  "letter-spacing", "word-spacing", "text-transform", "text-align", "text-indent", "white-space",
  "color", "background-color", "padding-top", "padding-left", "margin-top", "margin-bottom",
  "border-top-width", "border-top-style", "box-sizing", "cursor", "width", "height",
];

/** Computed styles of every heading, button, label, input, cell and paragraph inside the widget. */
async function insideStyles(page, host) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(host);
  const widget = page.locator("versus-widget");
  // The whole widget, long sections included, is on screen.
  await expect(widget.locator(".faq")).toHaveCount(1);
  await expect(widget.locator("caption")).toBeVisible();
  return widget.evaluate((el, props) => {
    const out = {};
    const kinds = ["h2", "h3", "h4", "h5", "button", "label", "input", "th", "td", "p", "legend", "summary", "li", "cite"];
    for (const kind of kinds) {
      el.shadowRoot.querySelectorAll(kind).forEach((node, i) => {
        if (i > 3) return;
        const s = getComputedStyle(node);
        out[`${kind}[${i}]`] = Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)]));
      });
    }
    return out;
  }, PROPS);
}

test("the inside of the widget is the same on every host page", async ({ page }) => {
  const blank = await insideStyles(page, HOSTS[0]);
  expect(Object.keys(blank).length).toBeGreaterThan(30);
  // Sizes come from the reader's default (16px here), not the page's root.
  expect(await page.locator("versus-widget").evaluate((el) => getComputedStyle(el.shadowRoot.querySelector(".versus")).fontSize)).toBe("16px");
  for (const host of HOSTS.slice(1)) {
    const styles = await insideStyles(page, host);
    const differences = [];
    for (const [node, props] of Object.entries(blank)) {
      for (const [prop, value] of Object.entries(props)) {
        const other = styles[node]?.[prop];
        if (other !== value) differences.push(`${node} ${prop}: ${value} on a blank page, ${other} on ${host}`);
      }
    }
    expect(differences, host).toEqual([]);
  }
});

test("the root font size of the page does not scale the widget; --versus-font-size does", async ({ page }) => {
  await page.goto("/hosts/pico.html");
  const widget = page.locator("versus-widget");
  await expect(widget.locator(".verdict")).toBeVisible();
  const sizes = await page.evaluate(() => ({
    root: getComputedStyle(document.documentElement).fontSize,
    inside: getComputedStyle(document.querySelector("versus-widget").shadowRoot.querySelector(".versus")).fontSize,
  }));
  // Pico scales the page's root (18px at this width); the widget keeps 16px.
  expect(sizes.root).not.toBe("16px");
  expect(sizes.inside).toBe("16px");
  await widget.evaluate((el) => el.style.setProperty("--versus-font-size", "20px"));
  const scaled = await widget.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector(".versus")).fontSize);
  expect(scaled).toBe("20px");
});

/** Computed styles of the host page's own elements (outside the widget). */
const hostStyles = (page) =>
  page.locator("main").evaluate((main) => [...main.querySelectorAll("*")].map((node) => {
    const s = getComputedStyle(node);
    // Standard properties only: the order of custom ones is not stable.
    return `${node.tagName} ${[...s].filter((p) => !p.startsWith("--")).map((p) => `${p}:${s.getPropertyValue(p)}`).join(";")}`;
  }));

test("the host's own styles are untouched by the widget", async ({ page, browser }) => {
  for (const host of ["/hosts/pico.html", "/hosts/bulma.html", "/hosts/hostile.html"]) {
    // The same page with the widget's script blocked: the host alone.
    const alone = await browser.newContext();
    const bare = await alone.newPage();
    await bare.route("**/versus.js", (route) => route.abort());
    await bare.goto(host);
    await expect(bare.locator("main h1")).toBeVisible();
    const without = await hostStyles(bare);
    await alone.close();

    await page.goto(host);
    await expect(page.locator("versus-widget").locator(".faq")).toHaveCount(1);
    expect(await hostStyles(page), host).toEqual(without);
  }
  // And the hostile sheet still has its way with the host's own elements.
  expect(await page.locator(".host-button").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(255, 255, 0)");
  await expect(page.locator(".host-table caption")).toBeHidden();
});
