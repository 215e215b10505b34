// A quiz that knows when it is done, and a widget that follows the page it
// lives in: the settled line and the open questions, theme="auto" following
// the page's own colour scheme, and answers a host page already knows.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const widget = (page, id = "decide") => page.locator(`versus-widget#${id}`);

// A Python team's regulated shop on a deadline with an admin: nothing left
// can move it. One answer in: everything still can.
const settled = "team.python,product.commerce,realtime.none,ai.none,sensitivity.regulated,deadline.tight,architecture.monolith,admin.needed";

test("says when the remaining answers can't change the result, and leads on to it", async ({ page }) => {
  await page.goto(`/index.html#decide=${settled}`);
  const w = widget(page);
  await expect(w.locator(".verdict-name")).toHaveText("Django");
  await expect(w.locator(".outlook")).toContainText("Your remaining answers can't change this.");
  // No unanswered question is outlined: none of them could change it.
  await expect(w.locator(".step[data-open]")).toHaveCount(0);
  await w.locator("button.finish").click();
  const focused = await page.evaluate(() => document.activeElement.shadowRoot.activeElement.className);
  expect(focused).toContain("verdict");
});

test("outlines the questions that could still change it, and says nothing settled when it is not", async ({ page }) => {
  await page.goto("/index.html#decide=team.javascript,realtime.core,ai.core");
  const w = widget(page);
  await expect(w.locator(".verdict-name")).toBeVisible();
  await expect(w.locator(".outlook")).not.toContainText("can't change");
  // Outlined steps are unanswered and say so to screen readers too.
  const open = w.locator(".step[data-open]");
  expect(await open.count()).toBeGreaterThan(0);
  for (const label of await open.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")))) {
    expect(label).toContain("(could change the result)");
  }
  await expect(w.locator(".step[data-open][data-done]")).toHaveCount(0);
});

/** The widget root's background colour, as the reader sees it. */
const background = (page, id) =>
  widget(page, id).evaluate((host) => getComputedStyle(host.shadowRoot.querySelector(".versus")).backgroundColor);
const DARK = "rgb(21, 24, 29)";
const LIGHT = "rgb(255, 255, 255)";

test("theme=auto follows the page's own scheme, live, over the reader's preference", async ({ page }) => {
  // The reader prefers light; the page declares dark on html.
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/hosts/scheme.html");
  await expect(widget(page, "auto").locator(".verdict")).toBeVisible();
  await expect.poll(() => background(page, "auto")).toBe(DARK);
  // theme="light" still forces light.
  expect(await background(page, "forced")).toBe(LIGHT);

  // The reader prefers dark; the page's toggle switches to light.
  await page.emulateMedia({ colorScheme: "dark" });
  await page.evaluate(() => {
    document.documentElement.classList.remove("dark");
    document.documentElement.style.colorScheme = "light";
  });
  await expect.poll(() => background(page, "auto")).toBe(LIGHT);

  // A page that declares nothing paints its default canvas, white: the
  // widget matches it, whatever the reader prefers.
  await page.evaluate(() => { document.documentElement.style.colorScheme = ""; });
  await expect.poll(() => background(page, "auto")).toBe(LIGHT);
  // A page that paints no background of its own: the reader's preference.
  await page.evaluate(() => { document.documentElement.style.background = "none"; });
  await expect.poll(() => background(page, "auto")).toBe(DARK);
  await page.emulateMedia({ colorScheme: "light" });
  await expect.poll(() => background(page, "auto")).toBe(LIGHT);
});

for (const scheme of ["dark", "light"]) {
  test(`axe-core finds no violations with the page in ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme === "dark" ? "light" : "dark" });
    await page.goto("/hosts/scheme.html");
    await page.evaluate((s) => { document.documentElement.className = s; document.documentElement.style.colorScheme = s; }, scheme);
    await expect(widget(page, "auto").locator(".verdict")).toBeVisible();
    await expect.poll(() => background(page, "auto")).toBe(scheme === "dark" ? DARK : LIGHT);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("answers a host page knows pre-fill the quiz; bad parts warn once each", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => { if (m.type() === "warning") warnings.push(m.text()); });
  await page.goto("/hosts/scheme.html");
  const w = widget(page, "prefilled");
  await expect(w.locator(".verdict-name")).toHaveText("Django");
  await expect(w.getByText("2 answered")).toBeVisible();
  const mine = warnings.filter((t) => t.includes("answers="));
  expect(mine).toEqual([
    '<versus-widget>: invalid answers="team.rust"; allowed: question.option pairs of this dataset, separated by commas, as in a shared link. Using the valid ones.',
    '<versus-widget>: invalid answers="bogus"; allowed: question.option pairs of this dataset, separated by commas, as in a shared link. Using the valid ones.',
  ]);
  // Changing the attribute while the reader has none of their own answers applies it.
  await page.evaluate(() => document.querySelector("#prefilled").setAttribute("answers", "team.javascript"));
  await expect(w.locator(".verdict-name")).toHaveText("Node.js");
  await expect(w.getByText("1 answered")).toBeVisible();
});

test("a shared link wins over the host's answers", async ({ page }) => {
  await page.goto("/hosts/scheme.html#prefilled=team.javascript,realtime.core");
  const w = widget(page, "prefilled");
  await expect(w.locator(".verdict-name")).toHaveText("Node.js");
  await expect(w.getByText("2 answered")).toBeVisible();
  // And the reader's own answer is not overwritten by a later attribute change.
  await w.locator("input[value=api]").check();
  await page.evaluate(() => document.querySelector("#prefilled").setAttribute("answers", "team.python"));
  await expect(w.getByText("3 answered")).toBeVisible();
});

test("embed.html takes the answers as a query parameter", async ({ page }) => {
  await page.goto("/embed.html?answers=team.python,ai.core");
  const w = page.locator("versus-widget");
  await expect(w.locator(".verdict-name")).toHaveText("Django");
  await expect(w.getByText("2 answered")).toBeVisible();
});
