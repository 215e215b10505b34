// The embedding contract: CSP, no-JS fallback, requests, offline, deep
// paths, hostile host CSS and several instances on one page.
import { test, expect } from "@playwright/test";

test("works under the strict CSP with no violation", async ({ page }) => {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.cspViolations.push(e.violatedDirective));
  });
  await page.goto("/index.html");
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toBe("script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
  await expect(page.locator("versus-widget").getByRole("table")).toBeVisible();
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
});

test("readers without JavaScript see the fallback table", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/index.html");
  const fallback = page.locator("versus-widget .versus-fallback");
  await expect(fallback).toBeVisible();
  await expect(fallback.locator("tbody tr")).toHaveCount(29);
  await expect(fallback.locator("caption")).toHaveText("How Node.js and Django compare");
  await expect(fallback.locator(".versus-summary")).toContainText("Pick Node.js for real-time apps");
  await context.close();
});

test("loads only the page, the loader, the app and the wasm; works offline after", async ({ page, context }) => {
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto("/index.html");
  const widget = page.locator("versus-widget");
  await expect(widget.getByText("Question 1 of 13")).toBeVisible();
  // demo.css is the demo article's own stylesheet, not the widget's.
  expect(requests.sort()).toEqual(["/demo.css", "/index.html", "/versus-app.js", "/versus.js", "/versus_bg.wasm"]);
  await context.setOffline(true);
  await widget.locator(".options input").first().check();
  await expect(widget.locator(".verdict-name")).toHaveText("Node.js");
  expect(requests.length).toBe(5);
});

test("the pair works from a deep sub-path", async ({ page }) => {
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto("/blog/assets/versus/index.html");
  // Mounted (the quiz is the app's own; the fallback has only the table).
  await expect(page.locator("versus-widget").getByText(/^Question 1 of/)).toBeVisible();
  expect(requests).toContain("/blog/assets/versus/versus_bg.wasm");
  expect(requests).toContain("/blog/assets/versus/versus-app.js");
});

test("hostile host CSS neither reaches the widget nor loses its own effect", async ({ page }) => {
  await page.goto("/hosts/hostile.html");
  const widget = page.locator("versus-widget");
  const caption = widget.locator("caption");
  await expect(caption).toBeVisible();
  const inside = await widget.locator("tbody th").first().evaluate((el) => {
    const s = getComputedStyle(el);
    return { font: s.fontFamily, color: s.color, padding: s.paddingTop, background: s.backgroundColor };
  });
  expect(inside.font).not.toContain("Comic Sans");
  expect(inside.color).not.toBe("rgb(255, 0, 255)");
  expect(inside.padding).not.toBe("20px");
  expect(inside.background).not.toBe("rgb(0, 0, 255)");
  // Pixel for pixel, the widget looks as it does on a blank page.
  const hostile = await widget.screenshot();
  await page.goto("/hosts/blank.html");
  await expect(page.locator("versus-widget").locator("caption")).toBeVisible();
  const blank = await page.locator("versus-widget").screenshot();
  expect(hostile.equals(blank)).toBe(true);
  await page.goto("/hosts/hostile.html");
  await expect(caption).toBeVisible();
  // The host's own elements keep the host's styles.
  const host = await page.locator(".host-button").evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(host).toBe("rgb(255, 255, 0)");
  await expect(page.locator(".host-table caption")).toBeHidden();
});

test("several instances keep their own answers; added ones mount, removed ones go cleanly", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto("/hosts/many.html");
  const first = page.locator("#first");
  const second = page.locator("#second");
  const third = page.locator("#third");
  await expect(third.getByText("Question 1 of 13")).toBeVisible();
  await first.locator("input[value=python]").check();
  await second.locator("input[value=javascript]").check();
  await expect(first.locator(".verdict-name")).toHaveText("Django");
  await expect(second.locator(".verdict-name")).toHaveText("Node.js");
  // The element keeps its state out of page scripts' reach: no own properties.
  expect(await first.evaluate((el) => Object.getOwnPropertyNames(el))).toEqual([]);
  await expect(third.getByText("Answer a question to see a recommendation.")).toBeVisible();
  // Each entry ends with the version of the decision it was made with.
  expect(new URL(page.url()).hash).toMatch(/^#first=team\.python,@[0-9a-f]{6};second=team\.javascript,@[0-9a-f]{6}$/);

  // One added later mounts; one removed is destroyed without errors.
  await page.evaluate(() => {
    const late = document.createElement("versus-widget");
    late.id = "late";
    late.setAttribute("loading", "eager");
    late.setAttribute("sections", "quiz,result");
    document.querySelector("main").append(late);
    document.getElementById("third").remove();
  });
  const late = page.locator("#late");
  // A team fluent in both languages, and nothing else yet: a tie, said as one.
  await late.locator("input[value=both]").check();
  await expect(late.locator(".verdict-name")).toHaveText("A tie: Node.js and Django");
  await expect(first.locator(".verdict-name")).toHaveText("Django");
  await expect(page.locator("versus-widget")).toHaveCount(3);
  expect(errors).toEqual([]);
});

test("events bubble out of the shadow root with answers, verdict and scores", async ({ page }) => {
  await page.addInitScript(() => {
    window.versusEvents = [];
    for (const name of ["versus-ready", "versus-change"]) {
      document.addEventListener(name, (e) => window.versusEvents.push({ name, id: e.target.id, detail: e.detail }));
    }
  });
  await page.goto("/index.html");
  const widget = page.locator("versus-widget");
  await widget.locator("input[value=python]").check();
  await expect.poll(() => page.evaluate(() => window.versusEvents.length)).toBe(2);
  const events = await page.evaluate(() => window.versusEvents);
  // `open` names the unanswered questions that could still change it.
  const [ready, change] = events.map(({ detail: { open, ...detail }, ...event }) => ({ ...event, detail, open }));
  expect(ready).toMatchObject({ name: "versus-ready", id: "decide", detail: { answers: {}, verdict: null, leaders: [], scores: { node: 0, django: 0, hybrid: -4 }, decisiveness: "unanswered", unanswered: 13 } });
  expect(ready.open).toHaveLength(13);
  expect(change).toMatchObject({ name: "versus-change", id: "decide", detail: { answers: { team: "python" }, verdict: "django", leaders: ["django"], scores: { node: 0, django: 10, hybrid: 1 }, decisiveness: "strong", unanswered: 12 } });
  expect(change.open.length).toBeGreaterThan(0);
  expect(change.open).not.toContain("team");
});

test("an invalid attribute falls back with exactly one warning naming it", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto("/index.html");
  const widget = page.locator("versus-widget");
  await expect(widget.getByRole("table")).toBeVisible();
  await widget.evaluate((el) => el.setAttribute("theme", "neon"));
  await expect(widget.locator(".versus")).toHaveAttribute("data-theme", "auto");
  // Another change re-reads every attribute; the same bad value is not reported again.
  await widget.evaluate((el) => el.setAttribute("persist", "off"));
  await widget.evaluate((el) => el.setAttribute("theme", "dark"));
  await expect(widget.locator(".versus")).toHaveAttribute("data-theme", "dark");
  const about = warnings.filter((w) => w.includes("versus-widget"));
  expect(about).toEqual(['<versus-widget>: invalid theme="neon"; allowed: auto, light, dark. Using auto.']);
});

test("every instance adopts the one shared stylesheet", async ({ page }) => {
  await page.goto("/hosts/many.html");
  await expect(page.locator("#third").getByText("Question 1 of 13")).toBeVisible();
  const shared = await page.evaluate(() => {
    const sheets = [...document.querySelectorAll("versus-widget")].map((el) => el.shadowRoot.adoptedStyleSheets);
    return sheets.every((s) => s.length === 1 && s[0] === sheets[0][0]) && sheets.length === 3;
  });
  expect(shared).toBe(true);
});

test("an engine without adopted stylesheets gets a style element instead", async ({ page }) => {
  // As Safari before 16.4 or Firefox before 101: no adoptedStyleSheets.
  await page.addInitScript(() => { delete ShadowRoot.prototype.adoptedStyleSheets; });
  await page.goto("/hosts/blank.html");
  const widget = page.locator("versus-widget");
  await expect(widget.locator("caption")).toBeVisible();
  const styled = await widget.evaluate((el) => ({
    styles: el.shadowRoot.querySelectorAll("style").length,
    weight: getComputedStyle(el.shadowRoot.querySelector("caption")).fontWeight,
  }));
  // Styled by the widget's own sheet (captions are 600 there).
  expect(styled).toEqual({ styles: 1, weight: "600" });
});
