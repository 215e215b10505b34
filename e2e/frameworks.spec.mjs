// At home in the frameworks docs sites are built with: React 19 and Vue 3
// (their own published packages) render the element with every attribute,
// change them, and unmount and mount it as a router does; a router's
// history state survives the widget's fragment; and theme="auto" matches a
// page that only swaps its colours.
import { execFileSync } from "node:child_process";
import { test, expect } from "@playwright/test";

const DARK = "rgb(21, 24, 29)";
const LIGHT = "rgb(255, 255, 255)";

/** The widget root's background colour, as the reader sees it. */
const background = (locator) =>
  locator.evaluate((host) => getComputedStyle(host.shadowRoot.querySelector(".versus")).backgroundColor);

/** Collects page errors, console errors and console warnings. */
function listen(page) {
  const seen = { errors: [], warnings: [] };
  page.on("pageerror", (error) => seen.errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") seen.errors.push(message.text());
    if (message.type() === "warning") seen.warnings.push(message.text());
  });
  return seen;
}

for (const framework of ["react", "vue"]) {
  test(`${framework} sets every attribute, changes them, and remounts the widget`, async ({ page }) => {
    const seen = listen(page);
    await page.goto(`/hosts/${framework}.html`);
    const widget = page.locator("versus-widget#framework");
    // Mounted with what the framework gave it: the host's answer, dark,
    // only the quiz and the result.
    await expect(widget.locator(".verdict-name")).toHaveText("Django");
    expect(await background(widget)).toBe(DARK);
    await expect(widget.locator("table")).toHaveCount(0);
    const seenByHost = await widget.evaluate((el) => ({
      dataset: el.getAttribute("dataset"),
      share: el.getAttribute("share"),
      shareUrl: el.shareUrl,
      theme: el.theme,
      // The page's own data map, as the host's scripts expect.
      map: el.dataset instanceof DOMStringMap,
      analytics: el.dataset.analytics,
    }));
    expect(seenByHost).toEqual({
      dataset: "node-vs-django",
      share: "off",
      shareUrl: "https://example.org/post",
      theme: "dark",
      map: true,
      analytics: "quiz-1",
    });

    // Changed by the framework: each one honoured.
    await page.evaluate(() => window.host.set({ theme: "light", sections: "table" }));
    await expect.poll(() => background(widget)).toBe(LIGHT);
    await expect(widget.locator("table")).toBeVisible();
    await expect(widget.locator(".quiz")).toHaveCount(0);
    // An id that names nothing: an error, and no comparison on show
    // (never another one) until it names one again.
    await page.evaluate(() => window.host.set({ dataset: "no-such-comparison" }));
    await expect.poll(() => seen.errors.find((w) => w.includes('dataset="no-such-comparison"'))).toBeTruthy();
    await expect(widget.locator(".versus")).toHaveCount(0);
    await page.evaluate(() => window.host.set({ dataset: "node-vs-django", sections: "quiz result" }));
    await expect(widget.locator(".versus")).toHaveCount(1);

    // Away and back, as a router does: a new element, mounted again, and
    // its events reach the framework's own handler.
    await page.evaluate(() => window.host.go("elsewhere"));
    await expect(page.locator("#elsewhere")).toBeVisible();
    await expect(widget).toHaveCount(0);
    await page.evaluate(() => window.host.go("quiz"));
    await expect(widget.locator(".verdict-name")).toHaveText("Django");
    // The host's answer was the first question's: the quiz is on the second.
    const before = await page.evaluate(() => window.host.changes());
    await widget.locator(".options input").first().check();
    await expect(widget.locator(".answered")).toHaveText(/\b2 answered/);
    await expect.poll(() => page.evaluate(() => window.host.changes())).toBeGreaterThan(before);
    expect(await widget.evaluate((el) => el.dataset.analytics)).toBe("quiz-1");

    expect(seen.errors.filter((e) => !e.includes("no-such-comparison"))).toEqual([]);
    expect(seen.warnings).toEqual([]);
  });
}

test("react renders the element before its script defines it: dataset-id is safe", async ({ page }) => {
  const seen = listen(page);
  await page.goto("/hosts/react-late.html");
  const widget = page.locator("versus-widget#framework");
  await expect(widget.locator(".verdict-name")).toHaveText("Django");
  expect(await background(widget)).toBe(DARK);
  expect(await widget.evaluate((el) => [el.getAttribute("dataset-id"), el.datasetId, el.dataset.analytics])).toEqual(["node-vs-django", "node-vs-django", "quiz-1"]);
  await page.evaluate(() => window.host.set({ "dataset-id": "no-such-comparison" }));
  await expect.poll(() => seen.errors.find((w) => w.includes('dataset-id="no-such-comparison"'))).toBeTruthy();
  await expect(widget.locator(".versus")).toHaveCount(0);
  expect(seen.errors).toHaveLength(1);
});

test("properties set before the element is defined are passed through", async ({ page }) => {
  const seen = listen(page);
  await page.goto("/hosts/late.html");
  await page.evaluate(async () => {
    // What Lit's `.prop` bindings or Angular's `[prop]` do to an element
    // whose definition has not arrived yet.
    const el = document.createElement("versus-widget");
    el.theme = "dark";
    el.answers = { team: "python" };
    el.loading = "eager";
    el.share = false;
    document.getElementById("slot").append(el);
    await import("/versus.js");
  });
  const widget = page.locator("versus-widget");
  await expect(widget.locator(".verdict-name")).toHaveText("Django");
  expect(await background(widget)).toBe(DARK);
  expect(await widget.evaluate((el) => [el.getAttribute("theme"), el.getAttribute("share"), el.answers])).toEqual(["dark", "off", "team.python"]);
  expect(seen.errors).toEqual([]);
});

test("a router's history state survives answers: back, forward and reload land right", async ({ page }) => {
  const seen = listen(page);
  await page.goto("/hosts/router.html?page=guide");
  await expect(page.locator("#guide")).toBeVisible();
  await page.getByRole("link", { name: "Quiz" }).click();
  const widget = page.locator("versus-widget#spa");
  await widget.locator(".options input").first().check();
  await expect(page).toHaveURL(/#spa=/);
  const verdict = await widget.locator(".verdict-name").textContent();
  // What a restored widget shows: one answer, the same verdict.
  const restored = async () => {
    await expect(widget.locator(".answered")).toHaveText(/\b1 answered/);
    await expect(widget.locator(".verdict-name")).toHaveText(verdict);
  };
  const answered = page.url();
  expect(await page.evaluate(() => history.state)).toEqual({ router: "quiz", step: 1 });

  await page.goBack();
  await expect(page.locator("#guide")).toBeVisible();
  expect(await page.evaluate(() => history.state)).toEqual({ router: "guide", step: 0 });

  await page.goForward();
  expect(page.url()).toBe(answered);
  expect(await page.evaluate(() => history.state)).toEqual({ router: "quiz", step: 1 });
  await restored();

  await page.reload();
  expect(await page.evaluate(() => history.state)).toEqual({ router: "quiz", step: 1 });
  await restored();
  expect(seen.errors).toEqual([]);
});

test("theme=auto follows a page that only swaps its colours, against the reader's preference", async ({ page }) => {
  const widget = page.locator("versus-widget#auto");
  // The reader prefers dark; the page shows light.
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/hosts/toggle.html");
  await expect(widget.locator(".quiz")).toBeVisible();
  await expect.poll(() => background(widget)).toBe(LIGHT);

  // The reader prefers light; the page's toggle turns it dark, by a class
  // and then by a data attribute. Each fades in: the widget follows once
  // the colours have changed.
  await page.emulateMedia({ colorScheme: "light" });
  await page.evaluate(() => document.documentElement.classList.add("dark"));
  await expect.poll(() => background(widget)).toBe(DARK);
  await page.evaluate(() => document.documentElement.classList.remove("dark"));
  await expect.poll(() => background(widget)).toBe(LIGHT);
  await page.evaluate(() => { document.documentElement.dataset.theme = "dark"; });
  await expect.poll(() => background(widget)).toBe(DARK);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.evaluate(() => { document.documentElement.dataset.theme = "light"; });
  await expect.poll(() => background(widget)).toBe(LIGHT);
});

// `versus render --jsx` pasted into an MDX page (Docusaurus 3, Astro and
// Next.js use this compiler), compiled and rendered by React in its
// development build, which warns about every attribute it would not take.
test("the fallback from `versus render --jsx` compiles in MDX without a warning", async () => {
  const { evaluate } = await import("@mdx-js/mdx");
  const runtime = await import("react/jsx-dev-runtime");
  const React = (await import("react")).default;
  const { renderToStaticMarkup } = (await import("react-dom/server")).default;
  const render = (flags) => execFileSync("cargo", ["run", "-q", "-p", "versus-cli", "--", "render", "--dataset", "node-vs-django", ...flags], { encoding: "utf8" });
  const page = (fallback) => `# Node.js or Django?\n\nAnswer a few questions.\n\n<versus-widget dataset="node-vs-django">\n  ${fallback.trim()}\n</versus-widget>\n`;
  const compile = async (source) => {
    const complaints = [];
    const original = console.error;
    console.error = (...args) => complaints.push(args.map(String).join(" "));
    try {
      const { default: Content } = await evaluate(source, { ...runtime, development: true });
      return { html: renderToStaticMarkup(React.createElement(Content)), complaints };
    } catch (error) {
      return { html: "", complaints: [...complaints, String(error)] };
    } finally {
      console.error = original;
    }
  };

  const jsx = await compile(page(render(["--jsx"])));
  expect(jsx.complaints).toEqual([]);
  expect(jsx.html).toContain('<versus-widget dataset="node-vs-django"><div class="versus-fallback">');
  expect(jsx.html.match(/<tr/g).length).toBe(30); // the head row and 29 rows
  // The plain HTML is what React complains about: the check can fail.
  const html = await compile(page(render([])));
  expect(html.complaints.join("\n")).toMatch(/className|closing tag/);
});
