// versus-standalone.html: one file that works opened from disk, offline.
import { test, expect } from "@playwright/test";
import { resolve } from "node:path";

const root = resolve(new URL("..", import.meta.url).pathname);

async function openOffline(context, page, file) {
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await context.setOffline(true);
  await page.goto(`file://${file}`);
  return requests;
}

test("the single file runs the quiz and shows the table from file:// with the network off", async ({ page, context }) => {
  const requests = await openOffline(context, page, `${root}/dist/versus-standalone.html`);
  const widget = page.locator("versus-widget");
  // The rendered table (the fallback copy in the light DOM is hidden once the shadow root exists).
  await expect(widget.getByRole("table").locator("tbody tr")).toHaveCount(29);
  await widget.locator("input[value=python]").check();
  await expect(widget.locator(".verdict-name")).toHaveText("Django");
  await widget.locator("button.next").click();
  await widget.locator("input[value=realtime]").check();
  await expect(widget.getByText("2 answered")).toBeVisible();
  expect(requests.filter((url) => !url.startsWith("file:") && !url.startsWith("data:"))).toEqual([]);
});
