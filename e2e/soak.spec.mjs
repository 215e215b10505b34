// Long sessions and long pages: a widget answered hundreds of times, and
// removed and added dozens of times, holds no more than it did at the
// start (DOM nodes, event listeners, wasm memory, after a real garbage
// collection); and a page of widgets keeps its height while a reader
// scrolls through it. Each test prints its figures.
import { test, expect } from "@playwright/test";
import { keepWasmInstance } from "./wasm-instance.mjs";

/** Retained DOM nodes and JS event listeners after garbage collection, and the wasm's memory. */
async function measure(page, cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const counters = await cdp.send("Memory.getDOMCounters");
  const wasm = await page.evaluate(() => window.versusInstance.exports.memory.buffer.byteLength);
  return { nodes: counters.nodes, listeners: counters.jsEventListeners, wasm };
}

test("hundreds of answers and dozens of remounts leave nothing behind", async ({ page }) => {
  test.setTimeout(240_000);
  await keepWasmInstance(page);
  await page.goto("/index.html");
  const widget = page.locator("versus-widget");
  await expect(widget.locator(".options input").first()).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  const answer = async (count) => {
    for (let i = 0; i < count; i++) {
      const inputs = widget.locator(".options input");
      await inputs.nth(i % (await inputs.count())).click();
      const next = widget.locator(".quiz-nav button.next");
      if ((await next.textContent()).includes("recommendation")) await widget.locator(".step").first().click();
      else await next.click();
    }
  };
  // One round through the quiz first: the result's sections fill in.
  await answer(30);
  const start = await measure(page, cdp);
  await answer(300);
  const answered = await measure(page, cdp);
  for (let i = 0; i < 40; i++) {
    await page.evaluate(() => {
      // Eager: after hundreds of answers the page may be scrolled far
      // below where the fresh, still empty element stands.
      const old = document.querySelector("versus-widget");
      const fresh = old.cloneNode(false);
      fresh.setAttribute("loading", "eager");
      old.replaceWith(fresh);
    });
    await expect(widget.locator(".verdict")).toBeVisible();
  }
  await answer(13);
  const remounted = await measure(page, cdp);
  console.log(`retained after gc: start ${JSON.stringify(start)}, after 300 answers ${JSON.stringify(answered)}, after 40 remounts ${JSON.stringify(remounted)}`);
  // A little slack for what the browser itself caches (style sharing, a
  // node cache per tag); a leak of one question per answer would be
  // thousands of nodes, and of one listener per remount forty.
  expect(answered.nodes).toBeLessThan(start.nodes * 1.1);
  expect(remounted.nodes).toBeLessThan(start.nodes * 1.1);
  expect(answered.listeners).toBeLessThanOrEqual(start.listeners);
  expect(remounted.listeners).toBeLessThanOrEqual(start.listeners);
  expect(remounted.wasm).toBeLessThanOrEqual(answered.wasm);
});

for (const width of [1280, 375]) {
  test(`a page of three widgets keeps its height while a reader scrolls through it (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/hosts/three.html");
    for (const id of ["one", "two", "three"]) await expect(page.locator(`#${id} .verdict`)).toBeVisible();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const readings = await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const below = document.getElementById("below");
      const out = [];
      for (let y = 0; ; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await frame();
        out.push({ height: document.documentElement.scrollHeight, below: below.getBoundingClientRect().top + window.scrollY });
        if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1) break;
        if (out.length > 400) break;
      }
      return out;
    });
    const heights = readings.map((r) => r.height);
    const belows = readings.map((r) => r.below);
    const spread = (xs) => (Math.max(...xs) - Math.min(...xs)) / Math.max(...xs);
    console.log(`${width} px: document height ${Math.min(...heights)}..${Math.max(...heights)} (${(spread(heights) * 100).toFixed(1)}%), #below ${Math.min(...belows).toFixed(0)}..${Math.max(...belows).toFixed(0)} over ${readings.length} steps`);
    expect(spread(heights)).toBeLessThan(0.03);
    expect(spread(belows)).toBeLessThan(0.03);
  });
}
