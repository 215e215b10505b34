// The comparison table of the release build: rows, controls (sort,
// filter), highlighting, accessibility.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

function collectErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return errors;
}

test("the demo page renders the comparison table inside the widget", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/index.html");
  const table = page.locator("versus-widget").getByRole("table");
  await expect(table).toBeVisible();
  await expect(table.locator("caption")).toHaveText("How Node.js and Django compare");
  await expect(table.locator("tbody tr")).toHaveCount(29);
  await expect(table.getByRole("rowheader", { name: "Community size" })).toBeVisible();
  await expect(table.locator("tr[data-row=community] td")).toHaveText([
    "✓ Favoured: More than 23 million developers",
    "More than 5 million developers",
    "Ecosystem and people",
  ]);
  expect(errors).toEqual([]);
});

test("the table sorts and filters", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/index.html#decide=team.python");
  const widget = page.locator("versus-widget");
  const table = widget.getByRole("table");
  await expect(table.locator("tbody tr")).toHaveCount(29);
  // Sortable columns say how they are sorted.
  await expect(table.locator("th[aria-sort]")).toHaveCount(2);
  await expect(table.locator("th[aria-sort=none]")).toHaveCount(2);
  await table.getByRole("button", { name: /Feature/ }).click();
  await expect(table.locator("th[aria-sort=ascending]")).toHaveText(/Feature/);
  await expect(table.locator("tbody th").first()).toHaveText(/^AI\/ML integration/);
  await table.getByRole("button", { name: /Feature/ }).click();
  await expect(table.locator("th[aria-sort=descending]")).toHaveText(/Feature/);
  await expect(table.locator("tbody th").first()).toHaveText(/^What it is/);
  // Filtering by category keeps only that category's rows.
  await widget.getByRole("button", { name: "Security", exact: true }).click();
  await expect(widget.getByRole("button", { name: "Security", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(table.locator("tbody tr")).toHaveCount(2);
  await widget.getByRole("button", { name: "All", exact: true }).click();
  await expect(table.locator("tbody tr")).toHaveCount(29);
  expect(errors).toEqual([]);
});

test("the table highlights the rows the answers touched", async ({ page }) => {
  await page.goto("/index.html#decide=team.python");
  const table = page.locator("versus-widget").getByRole("table");
  await expect(table.locator("tr[data-touched]")).toHaveCount(2);
  await expect(table.locator("tr[data-touched] th")).toHaveText([/Language/, /Fastest for/]);
});

for (const theme of ["light", "dark"]) {
  test(`axe-core finds no violations on the release demo page (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto("/index.html");
    await expect(page.locator("versus-widget").getByRole("table")).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
