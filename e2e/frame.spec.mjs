// Embed where scripts are banned: dist/embed.html in an iframe, sized by the
// small listener (integrations/iframe/versus-frame.js), talking by
// postMessage.
import { test, expect } from "@playwright/test";

/** Every message the parent page received so far. */
const messages = (page) => page.evaluate(() => window.versusMessages);
const ofType = async (page, type) => (await messages(page)).filter((m) => m && m.type === type);

/** CSP violations and console errors, in every frame of the page. */
function watchErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return errors;
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP: ${e.violatedDirective}`));
  });
});

test("the frame reports ready and its height, and sizes to its content with no scrollbar", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/hosts/frame.html");
  await expect.poll(async () => (await ofType(page, "versus:ready")).length).toBe(1);
  const ready = (await ofType(page, "versus:ready"))[0];
  expect(ready.detail).toMatchObject({ answers: {}, verdict: null, leaders: [], scores: { node: 0, django: 0, hybrid: -4 }, decisiveness: "unanswered", unanswered: 13 });
  expect(ready.detail.open).toHaveLength(13);
  await expect.poll(async () => (await ofType(page, "versus:height")).at(-1)?.height ?? 0).toBeGreaterThan(300);
  const height = (await ofType(page, "versus:height")).at(-1).height;
  // The listener sized the frame to it, and the frame scrolls no more.
  await expect.poll(() => page.locator("#frame").evaluate((f) => f.clientHeight)).toBe(height);
  const frame = page.frameLocator("#frame");
  await expect(frame.locator("versus-widget").getByText("Question 1 of 13")).toBeVisible();
  const inner = page.frame({ url: /embed\.html/ });
  expect(await inner.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
  // Its own strict CSP is in place.
  expect(await inner.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content))
    .toBe("script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
  expect(errors).toEqual([]);
});

test("answering inside the frame posts the change and the new height", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/hosts/frame.html");
  await expect.poll(async () => (await ofType(page, "versus:ready")).length).toBe(1);
  const before = (await ofType(page, "versus:height")).at(-1).height;
  const frame = page.frameLocator("#frame");
  await frame.locator("versus-widget input[value=python]").check();
  await expect.poll(async () => (await ofType(page, "versus:change")).length).toBe(1);
  const change = (await ofType(page, "versus:change"))[0];
  expect(change.detail.answers).toEqual({ team: "python" });
  expect(change.detail.verdict).toBe("django");
  // The result grew (a verdict, scores, a reason): a new height was posted.
  await expect.poll(async () => (await ofType(page, "versus:height")).at(-1).height).toBeGreaterThan(before);
  expect(errors).toEqual([]);
});

test("with the parent's address, the frame offers the parent's link, and a shared link restores", async ({ page, browser }) => {
  await page.goto("/hosts/frame.html");
  const frame = page.frameLocator("#frame");
  await frame.locator("versus-widget input[value=python]").check();
  const link = frame.locator("versus-widget .share input");
  await expect(link).toHaveValue(/\/hosts\/frame\.html#framed=team\.python,@[0-9a-f]{6}$/);
  // A reader opens that link: the page hands its fragment to the frame.
  const url = await link.inputValue();
  const context = await browser.newContext();
  const colleague = await context.newPage();
  await colleague.goto(url);
  await expect(colleague.frameLocator("#frame").locator("versus-widget .verdict-name")).toHaveText("Django");
  await context.close();
});

test("with parent-origin set to another origin, this page hears nothing", async ({ page }) => {
  await page.goto("/hosts/frame.html");
  await expect.poll(async () => (await ofType(page, "versus:ready")).length).toBe(1);
  // The same frame, told its parent lives elsewhere.
  await page.evaluate(() => {
    window.versusMessages.length = 0;
    document.getElementById("frame").src = "/embed.html?id=framed&parent-origin=https://elsewhere.example";
  });
  const frame = page.frameLocator("#frame");
  await expect(frame.locator("versus-widget").getByText("Question 1 of 13")).toBeVisible();
  await frame.locator("versus-widget input[value=python]").check();
  await expect(frame.locator("versus-widget .verdict-name")).toHaveText("Django");
  // The frame posts in the same task that updates its verdict; a message
  // this page posts itself now is queued behind anything the frame sent.
  await page.evaluate(() => new Promise((resolve) => {
    addEventListener("message", (event) => event.data === "sentinel" && resolve());
    postMessage("sentinel", "*");
  }));
  expect((await messages(page)).filter((m) => m !== "sentinel")).toEqual([]);
});

test("the frame opened as a page of its own is the whole widget", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/embed.html?theme=dark&sections=bogus#node-vs-django=team.javascript");
  const widget = page.locator("versus-widget");
  await expect(widget.locator(".verdict-name")).toHaveText("Node.js");
  await expect(widget.locator(".versus")).toHaveAttribute("data-theme", "dark");
  // A bad parameter warns like a bad attribute, and falls back.
  await expect(widget.locator(".compare")).toHaveCount(1);
  expect(errors).toEqual([]);
});
