// The reader's language: the page's `lang` (or the element's) picks the
// widget's words and the dataset's translation where the build has them,
// English otherwise; Arabic mirrors the layout. Expected words come from
// the catalogues themselves (data/words/<lang>.txt).
import { readFileSync } from "node:fs";
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** A message of a catalogue file, with `{name}` arguments put in. */
function message(lang, key, args = {}) {
  const file = readFileSync(new URL(`../data/words/${lang}.txt`, import.meta.url), "utf8");
  const line = file.split("\n").find((l) => l.startsWith(`${key} =`));
  if (!line) throw new Error(`${lang}: no ${key}`);
  return line.slice(line.indexOf("=") + 1).trim().replace(/\{(\w+)\}/g, (_, name) => String(args[name]));
}

const page = (query) => `/hosts/pack.html?${new URLSearchParams(query)}`;

function watch(tab) {
  const seen = { errors: [], requests: [] };
  tab.on("console", (m) => m.type() === "error" && seen.errors.push(m.text()));
  tab.on("pageerror", (e) => seen.errors.push(String(e)));
  tab.on("request", (r) => seen.requests.push(new URL(r.url()).pathname));
  return seen;
}

test("a German page gets German words and the German dataset, with no configuration", async ({ page: tab }) => {
  const seen = watch(tab);
  await tab.goto(page({ "page-lang": "de-AT" }));
  const widget = tab.locator("versus-widget");
  await expect(widget.locator(".versus")).toHaveAttribute("lang", "de");
  await expect(widget.locator(".versus")).toHaveAttribute("dir", "ltr");
  await expect(widget.locator(".versus-title")).toHaveText("Node.js oder Django?");
  await expect(widget.getByText(message("de", "QuestionOfTotal", { n: 1, total: 13 }))).toBeVisible();
  await expect(widget.getByText(message("de", "YourProject"), { exact: true })).toBeVisible();
  // None of the English words the page would otherwise show.
  for (const english of ["Your project", "Question 1 of 13", "Recommendation", "Strengths and weaknesses", "Questions people ask"]) {
    await expect(widget.getByText(english, { exact: true })).toHaveCount(0);
  }
  await widget.locator(".options input").first().check();
  await expect(widget.locator(".verdict-name")).toHaveText("Node.js");
  expect(seen.requests).toContain("/node-vs-django.de.versus");
  expect(seen.errors).toEqual([]);
});

test("Arabic reads right to left: the root, the bars and the step list mirror", async ({ page: tab }) => {
  const seen = watch(tab);
  await tab.goto(page({ lang: "ar" }));
  const widget = tab.locator("versus-widget");
  const root = widget.locator(".versus");
  await expect(root).toHaveAttribute("lang", "ar");
  await expect(root).toHaveAttribute("dir", "rtl");
  expect(await root.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
  // The step list runs from the right.
  const steps = widget.locator(".step");
  const [first, second] = [await steps.nth(0).boundingBox(), await steps.nth(1).boundingBox()];
  expect(first.x).toBeGreaterThan(second.x);
  // A bar grows from the inline start: its fill touches the bar's right edge.
  await widget.locator(".options input").first().check();
  const bar = widget.locator(".bar").first();
  await expect(bar).toBeVisible();
  const [outer, fill] = await bar.evaluate((el) => [el.getBoundingClientRect().toJSON(), el.firstElementChild?.getBoundingClientRect().toJSON()]);
  if (fill && fill.width > 0) expect(Math.abs(outer.right - fill.right)).toBeLessThan(3);
  // The left arrow goes on to the next step.
  await steps.nth(0).focus();
  await tab.keyboard.press("ArrowLeft");
  await expect(steps.nth(1)).toBeFocused();
  expect(seen.errors).toEqual([]);
  for (const scheme of ["light", "dark"]) {
    await tab.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page: tab }).include("versus-widget").analyze();
    expect(results.violations.map((v) => v.id), scheme).toEqual([]);
  }
});

test("a live lang change re-renders; a language the build lacks is English, with no error and no request", async ({ page: tab }) => {
  const seen = watch(tab);
  await tab.goto(page({}));
  const widget = tab.locator("versus-widget");
  await expect(widget.locator(".versus")).toHaveAttribute("lang", "en");
  await widget.evaluate((el) => el.setAttribute("lang", "de"));
  await expect(widget.locator(".versus")).toHaveAttribute("lang", "de");
  await expect(widget.getByText(message("de", "YourProject"), { exact: true })).toBeVisible();
  await widget.evaluate((el) => el.setAttribute("lang", "xx"));
  await expect(widget.locator(".versus")).toHaveAttribute("lang", "en");
  await expect(widget.getByText("Your project", { exact: true })).toBeVisible();
  expect(seen.requests.filter((p) => p.includes(".xx."))).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test("in a pseudo-language 40 % longer, every word is marked and nothing overflows at 320 px", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const tab = await context.newPage();
  const seen = watch(tab);
  const answers = "team.python,product.commerce,realtime.none,ai.none,sensitivity.regulated,deadline.tight,architecture.monolith,admin.needed";
  await tab.goto(page({ src: "/packs/pseudo.versus", answers }));
  const widget = tab.locator("versus-widget");
  await expect(widget.locator(".versus")).toHaveAttribute("lang", "en-XA");
  await expect(widget.locator(".verdict-name")).toBeVisible();
  // Every fold open: the reasons, the scores' notes, the caveats, the FAQ.
  await widget.evaluate((el) => {
    for (const details of el.shadowRoot.querySelectorAll("details")) details.open = true;
  });
  const more = widget.locator(".reasons-more button, button.show-all");
  if (await more.count()) await more.first().click();
  await tab.waitForTimeout(300);
  const widths = await tab.evaluate(() => {
    const root = document.querySelector("versus-widget").shadowRoot.querySelector(".versus");
    return { page: document.documentElement.scrollWidth, root: root.scrollWidth, inside: root.clientWidth };
  });
  expect(widths.page).toBeLessThanOrEqual(320);
  expect(widths.root).toBeLessThanOrEqual(widths.inside);
  // The words the widget says are the pseudo-language's (marked).
  const text = await widget.evaluate((el) => el.shadowRoot.querySelector(".quiz, .result")?.textContent || "");
  expect(text).toContain("⟦");
  expect(seen.errors).toEqual([]);
  await context.close();
});
