// Taking the decision to the team: the decision record on the clipboard
// (and in a box when the clipboard is refused), the printed page, a
// colleague's link compared, and a link made with another version.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const widget = (page) => page.locator("versus-widget");
const answers = "team.python,product.commerce,sensitivity.regulated,deadline.tight";

test("Copy as Markdown puts the decision record on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/index.html#decide=${answers}`);
  const w = widget(page);
  await expect(w.locator(".verdict-name")).toHaveText("Django");
  await w.getByRole("button", { name: "Copy as Markdown" }).click();
  await expect(w.locator(".copy-status")).toHaveText("The decision record is on the clipboard, in Markdown.");
  const record = await page.evaluate(() => navigator.clipboard.readText());
  expect(record).toMatch(/^# Decision: Django\n/);
  expect(record).toContain("| Which language does your team already write every day? | Python |");
  expect(record).toContain("## Reasons");
  expect(record).toContain("## What would change this");
  // It carries the link that restores these answers.
  const link = await w.locator(".share input").inputValue();
  expect(record).toContain(`- Link: <${link}>`);
});

test("where the clipboard is refused, the record is shown selected in a box", async ({ page }) => {
  // No clipboard permission, and a clipboard that refuses.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } });
  });
  await page.goto(`/index.html#decide=${answers}`);
  const w = widget(page);
  await w.getByRole("button", { name: "Copy as Markdown" }).click();
  const box = w.locator(".record-box textarea");
  await expect(box).toBeVisible();
  expect(await box.inputValue()).toMatch(/^# Decision: Django\n/);
  await expect(w.locator(".copy-status")).toContainText("press Ctrl+C");
  // The box has focus with its text selected, ready to copy.
  const selected = await page.evaluate(() => {
    const area = document.activeElement.shadowRoot.activeElement;
    return area.tagName === "TEXTAREA" && area.selectionStart === 0 && area.selectionEnd === area.value.length;
  });
  expect(selected).toBe(true);
});

test("printed, the page shows the recommendation, reasons and table without the controls, black on white", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`/index.html#decide=${answers}`);
  const w = widget(page);
  await expect(w.locator(".verdict-name")).toHaveText("Django");
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  await expect(w.locator(".quiz")).toBeHidden();
  await expect(w.locator(".share")).toBeHidden();
  await expect(w.locator("button.try").first()).toBeHidden();
  await expect(w.locator(".verdict-name")).toBeVisible();
  await expect(w.locator(".reasons li").first()).toBeVisible();
  await expect(w.getByRole("table")).toBeVisible();
  const colours = await w.evaluate((host) => {
    const root = host.shadowRoot.querySelector(".versus");
    const style = getComputedStyle(root);
    return [style.backgroundColor, style.color];
  });
  expect(colours).toEqual(["rgb(255, 255, 255)", "rgb(0, 0, 0)"]);
  // Rows and reasons are not cut across pages.
  const breaks = await w.evaluate((host) => getComputedStyle(host.shadowRoot.querySelector("tbody tr")).breakInside);
  expect(breaks).toBe("avoid");
});

test("a colleague's link shows where the answers differ and which difference would change the verdict", async ({ page }) => {
  await page.goto("/index.html#decide=team.python,product.commerce");
  const w = widget(page);
  await expect(w.locator(".verdict-name")).toHaveText("Django");
  // By keyboard: open the disclosure, type the link, press Enter.
  await w.locator(".colleagues summary").focus();
  await page.keyboard.press("Enter");
  await w.getByLabel("A colleague's link").fill("https://elsewhere.example/post#decide=team.javascript,product.commerce,sensitivity.regulated");
  await page.keyboard.press("Enter");
  const first = w.locator(".comparisons > li").first();
  await expect(first).toContainText("Colleague 1: Node.js");
  await expect(first.locator("li[data-changes]")).toHaveCount(1);
  await expect(first.locator("li[data-changes]")).toContainText("Taking Colleague 1's answer here would make it Node.js.");
  await expect(first.locator("li")).toHaveCount(2); // the team, and the data they answered and you skipped
  // Another widget's link, and junk: said so, nothing changes.
  await w.getByLabel("A colleague's link").fill("#sidebar=team.python");
  await page.keyboard.press("Enter");
  await expect(w.locator(".comparisons > li").nth(1)).toContainText("this link is for another widget or comparison");
  await w.getByLabel("A colleague's link").fill("not a link");
  await page.keyboard.press("Enter");
  await expect(w.locator(".comparisons > li").nth(2)).toContainText("not a share link of this comparison");
  await expect(w.locator(".verdict-name")).toHaveText("Django");
  // Each can be removed.
  await w.getByRole("button", { name: "Remove Colleague 3" }).click();
  await expect(w.locator(".comparisons > li")).toHaveCount(2);
  for (const scheme of ["light", "dark"]) {
    // No colour transitions midway: axe reads the colours as they settle.
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});

test("a link made with another version restores its answers and says the comparison changed", async ({ page }) => {
  await page.goto("/index.html#decide=team.python,ai.core,gone.away,@000000");
  const w = widget(page);
  await expect(w.locator(".verdict-name")).toHaveText("Django");
  await expect(w.getByText("2 answered")).toBeVisible();
  await expect(w.locator(".notice")).toHaveText("This link was made with another version of this comparison: the answers that still exist are restored.");
  // A link with no version (made before versions) opens as it always did.
  await page.goto("/index.html#decide=team.javascript");
  await page.reload();
  await expect(w.locator(".verdict-name")).toHaveText("Node.js");
  await expect(w.locator(".notice")).toHaveCount(0);
});
