// Datasets at run time: a comparison the build does not bundle (the
// command line's tea-or-coffee fixture, packed by `cargo xtask test` into
// /packs/tiny.versus), loaded by `src` and inline; and everything that can
// go wrong with one, which must keep the element's fallback and say what
// on the console, once, never showing another comparison.
import { test, expect } from "@playwright/test";

/** Console errors of the page, as text. */
const errorsOf = (page) => {
  const errors = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  return errors;
};

const pack = (query) => `/hosts/pack.html?${new URLSearchParams(query)}`;

async function showsTeaOrCoffee(widget) {
  await expect(widget.locator(".versus-title")).toHaveText("Tea or coffee?");
  await expect(widget.getByText("What do you drink now?")).toBeVisible();
  await expect(widget.locator(".compare tbody tr")).toHaveCount(1);
  await expect(widget.locator(".faq details")).toHaveCount(1);
  await widget.getByRole("radio", { name: "Coffee" }).check();
  await expect(widget.locator(".verdict-name")).toHaveText("Coffee");
}

test("a packed dataset by src: its questions, verdicts, table and FAQ", async ({ page }) => {
  const errors = errorsOf(page);
  await page.goto(pack({ src: "/packs/tiny.versus" }));
  await showsTeaOrCoffee(page.locator("versus-widget"));
  await expect(page.getByText("The fallback content stays.")).toBeHidden();
  expect(errors).toEqual([]);
});

test("a packed dataset inline needs no request of its own", async ({ page }) => {
  const errors = errorsOf(page);
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(pack({ inline: "1" }));
  await showsTeaOrCoffee(page.locator("versus-widget"));
  expect(requests.filter((path) => path.startsWith("/packs/"))).toEqual([]);
  expect(errors).toEqual([]);
});

test("a shared link restores a run-time dataset's answers, with its decision version", async ({ page, context }) => {
  await page.goto(pack({ src: "/packs/tiny.versus" }));
  const widget = page.locator("versus-widget");
  await widget.getByRole("radio", { name: "Coffee" }).check();
  await expect(widget.locator(".verdict-name")).toHaveText("Coffee");
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#tiny=habit\.coffee,@[0-9a-f]{6}$/);
  const link = page.url();
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.locator("versus-widget .verdict-name")).toHaveText("Coffee");
  await expect(other.locator("versus-widget .progress")).toContainText("1 answered");
});

test("a server on another origin that allows it (CORS) serves the file", async ({ page }) => {
  const errors = errorsOf(page);
  const port = process.env.VERSUS_PORT || 4173;
  await page.goto(pack({ src: `http://localhost:${port}/packs/tiny.versus`, csp: "off" }));
  await expect(page.locator("versus-widget .versus-title")).toHaveText("Tea or coffee?");
  expect(errors).toEqual([]);
});

for (const [what, attributes, says] of [
  ["a missing file (404)", { src: "/packs/missing.versus" }, /src="\/packs\/missing\.versus": HTTP 404/],
  ["a web page served in its place (text/html)", { src: "/index.html" }, /src="\/index\.html": served as text\/html/],
  ["a file of another format version", { src: "/packs/future.versus" }, /src="\/packs\/future\.versus": packed with format version 3, but this reader knows version 2/],
  ["a file cut short", { src: "/packs/truncated.versus" }, /src="\/packs\/truncated\.versus": line \d+: /],
  ["random bytes", { src: "/packs/noise.versus" }, /src="\/packs\/noise\.versus": not a packed Versus dataset/],
  ["an unreachable server", { src: "http://127.0.0.1:9/tiny.versus", csp: "off" }, /src="http:\/\/127\.0\.0\.1:9\/tiny\.versus": could not be fetched/],
  ["an unknown dataset id", { dataset: "rails" }, /dataset="rails" names no dataset this build holds \(it holds node-vs-django\)/],
]) {
  test(`${what}: the fallback stays, one console error names it`, async ({ page }) => {
    const errors = errorsOf(page);
    await page.goto(pack(attributes));
    // The app has loaded (the element is defined and asked for it).
    await page.waitForFunction(() => customElements.get("versus-widget"));
    await page.waitForLoadState("networkidle");
    await expect(page.getByText("The fallback content stays.")).toBeVisible();
    const shown = await page.locator("versus-widget").evaluate((el) => el.shadowRoot?.querySelector(".versus")?.textContent ?? null);
    expect(shown).toBeNull();
    // The browser's own line for a failed request comes with the 404 and
    // the refused connection; ours is the one that names the attribute.
    const ours = errors.filter((e) => e.startsWith("<versus-widget>"));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatch(says);
    expect(ours[0]).toMatch(/Keeping the fallback content\.$/);
  });
}

test("a new src swaps the comparison, a broken one brings the fallback back, a good one the app", async ({ page }) => {
  const errors = errorsOf(page);
  await page.goto(pack({ src: "/packs/tiny.versus" }));
  const widget = page.locator("versus-widget");
  await expect(widget.locator(".versus-title")).toHaveText("Tea or coffee?");
  await widget.evaluate((el) => el.setAttribute("src", "/packs/missing.versus"));
  await expect(page.getByText("The fallback content stays.")).toBeVisible();
  await expect(widget.locator(".versus-title")).toHaveCount(0);
  await widget.evaluate((el) => el.removeAttribute("src"));
  // No src: the dataset attribute decides, here the default.
  await expect(widget.locator(".versus-title")).toHaveText("Node.js or Django?");
  await expect(page.getByText("The fallback content stays.")).toBeHidden();
  await widget.evaluate((el) => el.setAttribute("src", "/packs/tiny.versus"));
  await expect(widget.locator(".versus-title")).toHaveText("Tea or coffee?");
  expect(errors.filter((e) => e.startsWith("<versus-widget>"))).toHaveLength(1);
});
