// The demo page from the release build shows the comparison table.
import { test, expect } from "@playwright/test";

test("the demo page renders the comparison table inside the widget", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto("/index.html");
  const table = page.locator("versus-widget").getByRole("table");
  await expect(table).toBeVisible();
  await expect(table.locator("caption")).toHaveText("How Node.js and Django compare");
  await expect(table.locator("tbody tr")).toHaveCount(26);
  await expect(table.getByRole("rowheader", { name: "Community size" })).toBeVisible();
  const community = table.locator("tr[data-row=community] td");
  await expect(community).toHaveText(["More than 23 million developers", "More than 5 million developers"]);
  expect(errors).toEqual([]);
});
