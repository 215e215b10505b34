// The reader's path: nothing a reader did is lost (a colleague's link is a
// view, Try it and Start over can be taken back), the verdict stays in view
// while answering, firmness is stated once, and the quiz is quick to reach
// by keyboard with boundaries one can see.
import { test, expect } from "@playwright/test";

const widget = (page) => page.locator("versus-widget#decide");
const stored = (page) => page.evaluate(() => localStorage.getItem("versus:decide"));

for (const width of [1280, 390]) {
  test(`a colleague's link does not replace the reader's own answers (${width} px)`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 844 } });
    const page = await context.newPage();
    // The reader's own answers: a JavaScript team.
    await page.goto("/index.html");
    await widget(page).locator("input[value=javascript]").check();
    await expect(widget(page).locator(".verdict-name")).toHaveText("Node.js");
    const mine = await stored(page);
    expect(mine).toContain("team.javascript");

    // A colleague's link, opened in a new tab: shown as a view, nothing saved.
    const link = await context.newPage();
    await link.goto("/index.html#decide=team.python,product.commerce");
    const w = widget(link);
    await expect(w.locator(".verdict-name")).toHaveText("Django");
    await expect(w.locator(".viewing")).toContainText("answers from the link you opened");
    expect(await stored(link)).toBe(mine);
    await link.close();

    // Back without the link: the reader's own answers.
    await page.goto("/index.html");
    await expect(widget(page).locator(".verdict-name")).toHaveText("Node.js");
    await expect(widget(page).locator(".answered")).toHaveText(/\b1 answered/);

    // A link opened in the same tab: a view too; "Back to my answers".
    await page.evaluate(() => { location.hash = "decide=team.python,product.commerce"; });
    await expect(widget(page).locator(".verdict-name")).toHaveText("Django");
    expect(await stored(page)).toBe(mine);
    await widget(page).getByRole("button", { name: "Back to my answers" }).click();
    await expect(widget(page).locator(".verdict-name")).toHaveText("Node.js");
    await expect(widget(page).locator(".viewing")).toHaveCount(0);
    expect(await stored(page)).toBe(mine);

    // "Compare with mine": mine back, theirs in the comparison.
    await page.evaluate(() => { location.hash = "decide=team.python,product.commerce"; });
    await widget(page).getByRole("button", { name: "Compare with mine" }).click();
    await expect(widget(page).locator(".verdict-name")).toHaveText("Node.js");
    await expect(widget(page).locator(".comparisons > li").first()).toContainText("Colleague 1: Django");

    // "Use these answers": theirs become the reader's, saved.
    await page.evaluate(() => { location.hash = "decide=team.python,product.content"; });
    await widget(page).getByRole("button", { name: "Use these answers" }).click();
    await expect(widget(page).locator(".viewing")).toHaveCount(0);
    expect(await stored(page)).toContain("team.python,product.content");
    await context.close();
  });
}

test("Try it and Start over can each be undone, exactly", async ({ page }) => {
  const answers = "team.python,product.realtime,realtime.core,ai.none";
  await page.goto(`/index.html#decide=${answers}`);
  const w = widget(page);
  const verdict = await w.locator(".verdict-name").textContent();
  // The answers in the fragment, without the version the widget adds.
  const fragment = () => page.evaluate(() => decodeURIComponent(location.hash).replace(/,@[0-9a-f]+$/, ""));
  const before = await fragment();

  await w.locator("button.try").first().click();
  await expect.poll(fragment).not.toBe(before);
  await w.getByRole("button", { name: "Undo" }).click();
  await expect.poll(fragment).toBe(before);
  await expect(w.locator(".verdict-name")).toHaveText(verdict);

  await w.getByRole("button", { name: "Start over" }).click();
  await expect(w.locator(".answered")).toHaveText(/\b0 answered/);
  await w.getByRole("button", { name: "Undo" }).click();
  await expect.poll(fragment).toBe(before);
  await expect(w.locator(".verdict-name")).toHaveText(verdict);

  // On a page that keeps no history state of its own, Back takes a tried
  // suggestion back too.
  await w.locator("button.try").first().click();
  await expect.poll(fragment).not.toBe(before);
  await page.goBack();
  await expect.poll(fragment).toBe(before);
  await expect(w.locator(".verdict-name")).toHaveText(verdict);
});

test("the verdict so far stays in view after each of the first five answers (390 px)", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/index.html");
  const w = widget(page);
  for (let i = 0; i < 5; i++) {
    await w.locator(".question .options input").first().check();
    const live = w.locator(".live");
    await expect(live).toBeVisible();
    await expect(live).toContainText(`after ${i + 1} of 13 answers`);
    await expect(live).toBeInViewport({ ratio: 1 });
    await w.getByRole("button", { name: "Next" }).click();
  }
  await context.close();
});

test("from the page, two Tab stops reach the first answer; arrows move along the steps", async ({ page }) => {
  await page.goto("/index.html");
  const w = widget(page);
  await expect(w.locator(".quiz")).toBeVisible();
  // The last focusable thing of the page before the widget.
  await page.locator("a.brand").focus();
  const focused = () => page.evaluate(() => {
    const inner = document.activeElement?.shadowRoot?.activeElement;
    return inner ? `${inner.tagName.toLowerCase()}.${inner.className}:${inner.getAttribute("type") || ""}` : document.activeElement.tagName.toLowerCase();
  });
  await page.keyboard.press("Tab");
  expect(await focused()).toBe("button.step:button");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  expect(await page.evaluate(() => document.activeElement.shadowRoot.activeElement.textContent)).toBe("3");
  await page.keyboard.press("Home");
  await page.keyboard.press("Tab");
  expect(await focused()).toBe("input.:radio");
});

// WCAG 2.2 asks 3:1 for the edges of things to click, against what is
// around them.
for (const scheme of ["light", "dark"]) {
  test(`answer and step boundaries have 3:1 contrast (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/index.html");
    const w = widget(page);
    await expect(w.locator(".option").first()).toBeVisible();
    const ratios = await w.evaluate((host) => {
      const root = host.shadowRoot;
      const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
      const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
      const ratio = (a, b) => { const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
      const bg = getComputedStyle(root.querySelector(".versus")).backgroundColor;
      const edge = (selector) => ratio(getComputedStyle(root.querySelector(selector)).borderTopColor, bg);
      return { option: edge(".option"), step: edge(".step:not([aria-current])") };
    });
    expect(ratios.option).toBeGreaterThanOrEqual(3);
    expect(ratios.step).toBeGreaterThanOrEqual(3);
  });
}

test("on a phone the result takes at most two screens until the reader asks for more", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  for (const answers of [
    "team.javascript,product.saas,realtime.core,ai.later,sensitivity.standard",
    "team.both,product.saas,realtime.core,ai.core,admin.needed,compute.heavy",
    "team.python,product.commerce,realtime.none,ai.none,sensitivity.regulated,deadline.tight,architecture.monolith,compute.light,experience.mixed,admin.needed,growth.steady,style.conventions,hiring.easy",
  ]) {
    await page.goto(`/index.html#decide=${answers}`);
    const result = widget(page).locator(".result");
    await expect(result.locator(".verdict-name")).toBeVisible();
    const height = await result.evaluate((el) => el.getBoundingClientRect().height);
    expect(height, answers).toBeLessThanOrEqual(2 * 844);
    // Copy link and the record sit right under the verdict.
    const gap = await result.evaluate((el) => el.querySelector(".share").getBoundingClientRect().top - el.querySelector(".verdict").getBoundingClientRect().bottom);
    expect(gap).toBeLessThan(40);
  }
  await context.close();
});

test("the swap from fallback to widget keeps the reader's place and the short answer", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // The app arrives only once the reader is reading the fallback's table.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route("**/versus-app.js", async (route) => { await held; await route.continue(); });
  await page.goto("/index.html");
  const fallback = page.locator("versus-widget .versus-fallback");
  await expect(fallback.locator(".versus-summary")).toContainText("Pick Node.js for");
  // No sideways scroll, and cells that read apart.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await fallback.locator("tbody th").first().innerText()).toMatch(/^Language\nSource: /);
  await fallback.locator("tbody tr").nth(8).evaluate((row) => window.scrollTo(0, row.getBoundingClientRect().top + window.scrollY - 100));
  const before = await fallback.locator("tbody tr").nth(8).evaluate((row) => ({ top: row.getBoundingClientRect().top, text: row.querySelector("th").firstChild.textContent }));
  release();
  const w = page.locator("versus-widget");
  await expect(w.locator(".quiz")).toBeVisible();
  await expect(w.locator(".versus > .versus-summary")).toContainText("Pick Node.js for");
  // Once it is whole, the same row is where it was.
  await expect.poll(() => w.locator(".versus tbody tr").nth(8).evaluate((row) => Math.round(row.getBoundingClientRect().top))).toBeGreaterThan(before.top - 40);
  const after = await w.locator(".versus tbody tr").nth(8).evaluate((row) => ({ top: row.getBoundingClientRect().top, text: row.querySelector("th").firstChild.textContent }));
  expect(after.text).toBe(before.text);
  expect(Math.abs(after.top - before.top)).toBeLessThan(40);
});

test("colleagues can be named, and the compare form fits a 320 px screen", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  await page.goto("/index.html#decide=team.python,product.commerce");
  const w = widget(page);
  await w.locator(".colleagues summary").click();
  await w.getByLabel("A colleague's link").fill("#decide=team.javascript,product.realtime");
  await w.getByLabel("Their name (optional)").fill("Sam");
  await w.getByRole("button", { name: "Compare", exact: true }).click();
  await expect(w.locator(".comparisons > li").first()).toContainText("Sam: Node.js");
  await expect(w.getByRole("button", { name: "Remove Sam" })).toBeVisible();
  const layout = await w.locator(".add-colleague").evaluate((form) => {
    const boxes = [...form.querySelectorAll("input, button")].map((el) => el.getBoundingClientRect());
    const overlap = boxes.some((a, i) => boxes.some((b, j) => i < j && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom));
    const formBox = form.getBoundingClientRect();
    return { overlap, inside: boxes.every((b) => b.right <= formBox.right + 0.5), page: document.documentElement.scrollWidth };
  });
  expect(layout).toEqual({ overlap: false, inside: true, page: 320 });
  await context.close();
});
