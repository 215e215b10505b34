// The author page (dist/author.html): a dataset's TOML checked as it is
// typed, previewed in a real widget, audited without blocking, and
// downloaded as a packed file that a widget elsewhere loads by `src`.
import { readFile } from "node:fs/promises";
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const preview = (page) => page.locator("#preview versus-widget");
const area = (page) => page.locator("#toml");

// Every console error and uncaught exception on the page, to be empty.
function watchErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return errors;
}

// Replaces the whole text as an author pasting would (one input event).
async function paste(page, text) {
  await area(page).fill(text);
}

test("the example previews in a real widget, under the strict CSP, from the page's own files", async ({ page }) => {
  const errors = watchErrors(page);
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.cspViolations.push(e.violatedDirective));
  });
  await page.goto("/author.html");
  await expect(page.locator("#status")).toHaveText("No errors: node-vs-django, 13 questions, 29 rows, 3 verdicts.");
  await expect(preview(page).locator(".versus-title")).toHaveText("Node.js or Django?");
  await expect(preview(page).getByText("Question 1 of 13")).toBeVisible();
  await expect(preview(page).getByText("Which language does your team already write every day?")).toBeVisible();
  // The preview's data is inline: no dataset is fetched.
  expect(await preview(page).locator(`script[type="application/x-versus-pack"]`).count()).toBe(1);
  await expect(page.locator("#snippet")).toContainText('<versus-widget src="/versus/node-vs-django.versus">');
  await expect(page.locator("#download")).toBeEnabled();
  expect(requests.sort()).toEqual([
    "/author.css", "/author.html", "/author.js", "/versus-app.js", "/versus-author.js",
    "/versus-author_bg.wasm", "/versus.js", "/versus_bg.wasm",
  ]);
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  expect(errors).toEqual([]);
});

test("the audit samples the whole space between frames and says what it covered", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/author.html");
  await expect(page.locator("#audit-coverage")).toHaveText(
    "Sampled 20,000 of 1,574,640 complete answer sets, evenly spaced through all of them (versus audit on the command line evaluates every one).",
    { timeout: 25_000 },
  );
  const verdicts = await page.locator("#audit-verdicts tbody th").allTextContents();
  expect(verdicts).toEqual(["Node.js", "Django", "Hybrid", "A tie"]);
  const counts = await page.locator("#audit-verdicts tbody td:nth-child(2)").allTextContents();
  expect(counts.map((c) => Number(c.replace(/,/g, ""))).reduce((a, b) => a + b)).toBe(20_000);
  await expect(page.locator("#audit-firmness tbody tr")).toHaveCount(4);
  await expect(page.locator("#audit-breaches")).toHaveText("No breach of the model's rules in the answer sets sampled.");
  expect(errors).toEqual([]);
});

test("the audit leaves the page answering: it runs in short slices", async ({ page }) => {
  await page.goto("/author.html");
  await expect(page.locator("#audit-coverage")).toContainText("Sampled 20,000", { timeout: 25_000 });
  // A slower device (4x), so the audit of a new version runs long enough to watch.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  // A new title: a new packed text, so a new preview and a new audit.
  const text = await area(page).inputValue();
  await area(page).evaluate((el, text) => {
    el.value = text;
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }, text.replace('title = "Node.js or Django?"', 'title = "Node.js or Django, again?"'));
  await expect(preview(page).locator(".versus-title")).toHaveText("Node.js or Django, again?");
  await expect(page.locator("#audit-coverage")).toContainText("Sampling:");
  // Until the audit ends, a task queued at any moment waits at most one slice.
  const { worst, pings } = await page.evaluate(() => new Promise((resolve) => {
    const cover = document.getElementById("audit-coverage");
    let last = performance.now(), worst = 0, pings = 0;
    const ping = () => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
      pings++;
      if (cover.textContent.startsWith("Sampled 20,000")) resolve({ worst, pings });
      else setTimeout(ping, 0);
    };
    setTimeout(ping, 0);
  }));
  expect(pings).toBeGreaterThan(20);
  expect(worst).toBeLessThan(100);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
});

test("a broken dataset lists every problem with its line; choosing one selects that line", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/author.html");
  await expect(preview(page).locator(".versus-title")).toHaveText("Node.js or Django?");
  page.once("dialog", (dialog) => dialog.accept());
  await page.locator("#use-skeleton").click();
  await expect(preview(page).locator(".versus-title")).toHaveText("Tea or coffee?");
  const text = await area(page).inputValue();
  const broken = text
    .replace("decisive = 5", 'decisive = "5"')
    .replace('help = "The time of day', 'hlep = "The time of day');
  await paste(page, broken);
  const lineOf = (needle) => broken.split("\n").findIndex((l) => l.includes(needle)) + 1;
  const items = page.locator("#problems li");
  await expect(items).toHaveCount(2);
  await expect(page.locator("#status")).toHaveText("2 errors: the preview waits until the errors are fixed.");
  await expect(items.nth(0)).toContainText(`Error on line ${lineOf("decisive =")}, decision.decisive`);
  await expect(items.nth(0)).toContainText("a number is expected here; remove the quotes");
  await expect(items.nth(1)).toContainText(`Error on line ${lineOf("hlep =")}, questions[0].hlep`);
  // The last good preview stays, marked out of date.
  await expect(preview(page).locator(".versus-title")).toHaveText("Tea or coffee?");
  await expect(page.locator("#preview-note")).toContainText("Out of date");
  await expect(page.locator("#download")).toBeDisabled();

  // By keyboard: from the first problem, Tab to the second and press Enter.
  await items.nth(0).locator("button").focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  const line = lineOf("hlep =");
  const start = broken.split("\n").slice(0, line - 1).join("\n").length + 1;
  const selection = await area(page).evaluate((el) => [el.selectionStart, el.selectionEnd, document.activeElement === el]);
  expect(selection).toEqual([start, start + broken.split("\n")[line - 1].length, true]);
  // The line is in the text box's visible part.
  const visible = await area(page).evaluate((el, line) => {
    const height = parseFloat(getComputedStyle(el).lineHeight);
    const top = (line - 1) * height;
    return top >= el.scrollTop && top + height <= el.scrollTop + el.clientHeight;
  }, line);
  expect(visible).toBe(true);

  // Fixed: the preview is current again.
  await paste(page, text);
  await expect(items).toHaveCount(0);
  await expect(page.locator("#preview-note")).toHaveText("Up to date with the text.");
  expect(errors).toEqual([]);
});

test("an empty text says so; the text survives a reload", async ({ page }) => {
  await page.goto("/author.html");
  await expect(preview(page).locator(".versus-title")).toHaveText("Node.js or Django?");
  await paste(page, "");
  await expect(page.locator("#problems li")).toHaveCount(1);
  await expect(page.locator("#problems li")).toContainText("the file is empty");
  await paste(page, 'id = "mine"\n');
  await page.reload();
  await expect(area(page)).toHaveValue('id = "mine"\n');
  await expect(page.locator("#problems li").first()).toContainText("is missing");
});

test("a template replaces edited text only when the author confirms", async ({ page }) => {
  await page.goto("/author.html");
  await expect(preview(page).locator(".versus-title")).toHaveText("Node.js or Django?");
  // The untouched example is replaced without a question.
  let asked = 0;
  page.on("dialog", (dialog) => { asked++; dialog.dismiss(); });
  await page.locator("#use-skeleton").click();
  await expect(area(page)).toHaveValue(/^# A small Versus dataset/);
  expect(asked).toBe(0);
  await area(page).press("Control+End");
  await area(page).pressSequentially("\n# mine");
  await page.locator("#use-example").click();
  expect(asked).toBe(1);
  await expect(area(page)).toHaveValue(/# mine$/);
});

test("the downloaded file is what a widget on another page loads by src", async ({ page, browser }) => {
  await page.goto("/author.html");
  await expect(preview(page).locator(".versus-title")).toHaveText("Node.js or Django?");
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#download").click()]);
  expect(download.suggestedFilename()).toBe("node-vs-django.versus");
  const packed = await readFile(await download.path(), "utf8");
  expect(packed.startsWith("versus-pack 2\n\"node-vs-django\n")).toBe(true);
  // The same text the preview shows inline.
  const inline = await preview(page).locator("script").evaluate((s) => s.textContent);
  expect(packed).toBe(inline);

  // A host page elsewhere, with the snippet's shape, serving the file.
  const host = await browser.newPage();
  const errors = watchErrors(host);
  await host.route("**/hosts/authored/**", (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path.endsWith(".versus")) return route.fulfill({ body: packed, contentType: "application/x-versus-pack" });
    return route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'wasm-unsafe-eval'; style-src 'self'">
<title>Authored</title><script type="module" src="/versus.js"></script></head>
<body><main><versus-widget src="/hosts/authored/node-vs-django.versus"><p>Fallback.</p></versus-widget></main></body></html>`,
    });
  });
  await host.goto("/hosts/authored/page.html");
  await expect(host.locator("versus-widget .versus-title")).toHaveText("Node.js or Django?");
  await expect(host.locator("versus-widget").getByText("Question 1 of 13")).toBeVisible();
  expect(errors).toEqual([]);
  await host.close();
});

test("copying the snippet puts it on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/author.html");
  await expect(page.locator("#copy")).toBeEnabled();
  await page.locator("#copy").click();
  await expect(page.locator("#publish-status")).toHaveText("Embed snippet copied.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator("#snippet").textContent());
  expect(copied).toContain('<script type="module" src="https://YOUR-SITE/versus/versus.js"></script>');
});

for (const theme of ["light", "dark"]) {
  test(`axe-core finds no violations in the ${theme} scheme, with problems listed`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto("/author.html");
    await expect(preview(page).locator(".versus-title")).toHaveText("Node.js or Django?");
    // A warning and an error on show, and the stale preview.
    const text = await area(page).inputValue();
    await paste(page, text.replace("decisive = 5", 'decisive = "5"'));
    await expect(page.locator("#problems li")).toHaveCount(1);
    await expect(page.locator("#audit-coverage")).toContainText("Sampled 20,000", { timeout: 25_000 });
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(summary).toEqual([]);
  });
}

test("at 390 px nothing is wider than the viewport", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/author.html");
  await expect(preview(page).locator(".versus-title")).toHaveText("Node.js or Django?");
  const widest = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(widest).toBeLessThanOrEqual(390);
});

test("a translation is checked against the example: what breaks it, and what still reads as the source", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/author.html");
  await expect(page.locator("#status")).toContainText("No errors");
  const german = await readFile(new URL("../data/translations/node-vs-django.de.toml", import.meta.url), "utf8");
  await paste(page, german);
  await page.locator("#as-translation").check();
  await expect(page.locator("#translation-status")).toContainText("A translation of the example");
  // Names stay as they are, and are listed for the author to judge.
  await expect(page.locator("#translation li").first()).toContainText("still the source's text");
  // A changed number breaks it.
  await paste(page, german.replace(/weight = (\d+)/, "weight = 7"));
  await expect(page.locator("#translation-status")).toContainText("Not a translation yet");
  await expect(page.locator('#translation li[data-severity="error"]').first()).toContainText("but the source has");
  expect(errors).toEqual([]);
});
