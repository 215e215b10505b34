// Free until seen: the loader defines the element at once and fetches the
// app (glue and wasm) only when a widget comes near; `loading="eager"`
// fetches it at once; many instances share one fetch.
import { test, expect } from "@playwright/test";

/** Pathnames of every request the page makes, in order. */
function requests(page) {
  const seen = [];
  page.on("request", (r) => seen.push(new URL(r.url()).pathname));
  return seen;
}
const app = (seen) => seen.filter((p) => p.endsWith(".wasm") || p.endsWith("versus-app.js"));
const mounted = (locator) => locator.evaluate((el) => !!el.shadowRoot);

test("a widget below a long post costs nothing until the reader scrolls near", async ({ page }) => {
  const seen = requests(page);
  await page.goto("/hosts/long.html");
  const widget = page.locator("#bottom");
  // The page has loaded and settled: the loader is here, the app is not.
  await page.waitForLoadState("networkidle");
  expect(seen).toContain("/versus.js");
  expect(app(seen)).toEqual([]);
  expect(await mounted(widget)).toBe(false);
  // The fallback stands in meanwhile, with its own height.
  await expect(widget.locator(".fallback-box")).toHaveCount(1);
  const fallbackHeight = await widget.evaluate((el) => el.getBoundingClientRect().height);
  expect(fallbackHeight).toBeGreaterThanOrEqual(1500);

  // Scrolled to, it loads and mounts; when it is ready it holds at least the
  // room the fallback took, so nothing below it jumps up.
  const ready = page.evaluate(() => new Promise((resolve) => {
    document.addEventListener("versus-ready", (e) => resolve(e.target.getBoundingClientRect().height), { once: true });
  }));
  await widget.scrollIntoViewIfNeeded();
  expect(await ready).toBeGreaterThanOrEqual(fallbackHeight - 1);
  await expect(widget.getByText("Question 1 of 13")).toBeVisible();
  expect(app(seen).sort()).toEqual(["/versus-app.js", "/versus_bg.wasm"]);
});

test("focusing or pointing at a lazy widget loads it", async ({ page }) => {
  const seen = requests(page);
  await page.goto("/hosts/long.html");
  await page.waitForLoadState("networkidle");
  expect(app(seen)).toEqual([]);
  // Pointing at it without scrolling it near: dispatch what a pointer sends.
  await page.locator("#bottom").dispatchEvent("pointerenter");
  await expect.poll(() => mounted(page.locator("#bottom"))).toBe(true);
  expect(app(seen).length).toBe(2);
});

test("loading=\"eager\" loads at once, without scrolling", async ({ page }) => {
  const seen = requests(page);
  await page.goto("/hosts/long-eager.html");
  await expect.poll(() => mounted(page.locator("#bottom"))).toBe(true);
  expect(app(seen).sort()).toEqual(["/versus-app.js", "/versus_bg.wasm"]);
  // The page never scrolled.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test("a widget in view waits for the page's first contentful paint before its app downloads", async ({ page }) => {
  // A page whose content paints at 400 ms, a widget with no fallback in view.
  await page.goto("/hosts/late-paint.html");
  await expect.poll(() => page.locator("#top").evaluate((el) => !!el.shadowRoot)).toBe(true);
  const { paint, app } = await page.evaluate(() => ({
    paint: performance.getEntriesByName("first-contentful-paint")[0].startTime,
    app: performance.getEntriesByType("resource")
      .filter((r) => /versus-app\.js$|versus_bg\.wasm$/.test(r.name))
      .map((r) => r.startTime),
  }));
  expect(paint).toBeGreaterThanOrEqual(400);
  expect(app.length).toBe(2);
  for (const start of app) expect(start).toBeGreaterThanOrEqual(paint);
});

test("three lazy widgets far apart each mount when reached, from one fetch", async ({ page }) => {
  const seen = requests(page);
  await page.goto("/hosts/far.html");
  await page.waitForLoadState("networkidle");
  const state = () => page.evaluate(() => [...document.querySelectorAll("versus-widget")].map((el) => !!el.shadowRoot));
  expect(await state()).toEqual([false, false, false]);
  for (const [i, id] of ["#one", "#two", "#three"].entries()) {
    await page.locator(id).scrollIntoViewIfNeeded();
    await expect.poll(state).toEqual([0, 1, 2].map((j) => j <= i));
    await expect(page.locator(id).getByText("Question 1 of 13")).toBeVisible();
  }
  expect(seen.filter((p) => p.endsWith(".wasm"))).toEqual(["/versus_bg.wasm"]);
  expect(seen.filter((p) => p.endsWith("versus-app.js"))).toEqual(["/versus-app.js"]);
});

test("an invalid loading value warns once and counts as lazy", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  const seen = requests(page);
  await page.goto("/hosts/long.html");
  await page.locator("#bottom").evaluate((el) => {
    el.setAttribute("loading", "soon");
    el.remove();
    document.body.append(el);
    el.setAttribute("theme", "dark");
  });
  // A widget counted as eager would have asked for the app at once.
  await page.waitForLoadState("networkidle");
  expect(app(seen)).toEqual([]);
  // And scrolled near, the lazy widget does load: the check above could fail.
  await page.locator("#bottom").scrollIntoViewIfNeeded();
  await expect.poll(() => app(seen).length).toBeGreaterThan(0);
  expect(warnings).toEqual(['<versus-widget>: invalid loading="soon"; allowed: lazy, eager. Using lazy.']);
});
