// The release an author takes without building: the npm tarball in dist/,
// installed into an empty folder, serves the widget by URL from another
// origin as an npm CDN would, and its manifest lists every attribute.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { test, expect } from "@playwright/test";

const dist = resolve(new URL("../dist", import.meta.url).pathname);
const types = { ".js": "text/javascript", ".wasm": "application/wasm", ".versus": "application/x-versus-pack" };

/** Installs the tarball into a new empty folder; the installed package's path. */
function install() {
  const tarball = readdirSync(dist).find((file) => /^versus-widget-.*\.tgz$/.test(file));
  expect(tarball, "dist/ holds the npm tarball").toBeTruthy();
  const folder = mkdtempSync(join(tmpdir(), "versus-npm-"));
  writeFileSync(join(folder, "package.json"), JSON.stringify({ name: "a-blog", private: true }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--silent", join(dist, tarball)], { cwd: folder });
  return join(folder, "node_modules", "versus-widget");
}

test("the npm tarball installs into an empty folder and the widget loads from it by URL", async ({ page }) => {
  const installed = install();
  const manifest = JSON.parse(readFileSync(join(installed, "custom-elements.json"), "utf8"));
  const element = manifest.modules[0].declarations[0];
  expect(element.tagName).toBe("versus-widget");
  expect(element.attributes.map((a) => a.name)).toContain("src");
  expect(JSON.parse(readFileSync(join(installed, "package.json"), "utf8")).customElements).toBe("custom-elements.json");
  for (const file of ["versus.js", "versus-app.js", "versus_bg.wasm", "README.md", "snippets/hugo/versus.html", "snippets/jekyll/versus.html", "node-vs-django.versus", "author.html", "versus-author_bg.wasm"]) {
    expect(readFileSync(join(installed, file)).length, file).toBeGreaterThan(0);
  }

  // A CDN on another origin serving the installed files, and a blog page
  // with the two lines the README gives, one of them `src` to the
  // package's own packed example.
  const errors = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.route("https://cdn.example/**", (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/versus-widget@[^/]+\//, "");
    route.fulfill({
      path: join(installed, path),
      headers: { "content-type": types[extname(path)] || "application/octet-stream", "access-control-allow-origin": "*" },
    });
  });
  await page.route("https://blog.example/post.html", (route) => route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><html lang="en"><title>A post</title><link rel="icon" href="data:,">
<script type="module" src="https://cdn.example/versus-widget@0/versus.js"></script>
<versus-widget src="https://cdn.example/versus-widget@0/node-vs-django.versus"><p>The comparison needs JavaScript.</p></versus-widget>`,
  }));
  await page.goto("https://blog.example/post.html");
  const widget = page.locator("versus-widget");
  await expect(widget.getByText("Question 1 of 13")).toBeVisible();
  await widget.locator(".options input").first().check();
  await expect(widget.locator(".verdict-name")).toHaveText("Node.js");
  expect(errors).toEqual([]);
});
