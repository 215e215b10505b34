// A static file server for the end-to-end tests, on the loopback port the
// harness picked (VERSUS_PORT). It serves:
//   /                       -> dist/ (the release build)
//   /blog/assets/versus/    -> dist/ again, to prove the pair works from a deep path
//   /hosts/                 -> tests/hosts/ (host pages written for the tests)
//   /hosts/vendor/react.js  -> React 19 and its DOM client as one ES module
//   /node_modules/          -> node_modules/ (CSS frameworks the host pages use)
//   /integrations/          -> integrations/ (the iframe listener a host page loads)
//   /bench/                 -> target/bench/ (the static floor page of `cargo xtask bench`)
//   /packs/                 -> target/e2e-packs/ (datasets packed for the tests by
//                              `cargo xtask test`), readable from any origin (CORS),
//                              with broken variants generated from them
//   /hosts/pack.html        -> a page whose widget takes its attributes from the query
//                              (`inline` puts /packs/tiny.versus inside the element)
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const root = resolve(new URL("..", import.meta.url).pathname);
const packs = join(root, "target/e2e-packs");
const mounts = [
  ["/bench/", join(root, "target/bench")],
  ["/packs/", packs],
  ["/blog/assets/versus/", join(root, "dist")],
  ["/hosts/", join(root, "tests/hosts")],
  ["/node_modules/", join(root, "node_modules")],
  ["/integrations/", join(root, "integrations")],
  ["/", join(root, "dist")],
];
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".versus": "application/x-versus-pack",
};

// A long post with the widget at its bottom, written once for the lazy
// tests and the benchmark: /hosts/long.html (lazy), /hosts/long-eager.html,
// and /hosts/long-without.html (the same post without the widget).
const topics = ["runtimes", "frameworks", "queues", "caches", "databases", "deployments", "teams", "budgets", "hiring", "migrations"];
const longPost = (variant) => {
  const paragraphs = Array.from({ length: 48 }, (_, i) =>
    `<p>Part ${i + 1}. A long post about ${topics[i % topics.length]} sits above the comparison. Its paragraphs are ordinary host-page text: the page should load as quickly with the widget below them as without it, because nothing of the widget's app is fetched until a reader scrolls near.</p>`);
  const fallback = '<div class="fallback-box"><p>The static comparison table stands here for readers without JavaScript, and until the widget mounts.</p></div>';
  const bottom = variant === "without"
    ? `<div id="bottom">${fallback}</div>`
    : `<versus-widget id="bottom"${variant === "eager" ? ' loading="eager"' : ""}>${fallback}</versus-widget>`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>A long post with the widget at the bottom</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/hosts/long.css">
  ${variant === "without" ? "" : '<script type="module" src="/versus.js"></script>'}
</head>
<body>
  <h1>A long post with the widget at the bottom</h1>
  ${paragraphs.join("\n  ")}
  ${bottom}
</body>
</html>
`;
};
// React ships CommonJS only: the React host page gets React and ReactDOM's
// client as one ES module, which esbuild (already the build's bundler)
// makes from node_modules on the first request. Its development build, so
// React's own warnings reach the console.
let react;
const reactModule = () => (react ||= import("esbuild").then(({ build }) => build({
  stdin: {
    contents: 'export { createElement } from "react"; export { createRoot } from "react-dom/client"; export { flushSync } from "react-dom";',
    resolveDir: root,
  },
  bundle: true,
  format: "esm",
  write: false,
  define: { "process.env.NODE_ENV": '"development"' },
  logLevel: "silent",
})).then((result) => result.outputFiles[0].text));

const generated = {
  "/hosts/vendor/react.js": reactModule,
  "/hosts/long.html": () => longPost("lazy"),
  "/hosts/long-eager.html": () => longPost("eager"),
  "/hosts/long-without.html": () => longPost("without"),
};

// What can go wrong with a packed file, made from the good one.
const tiny = () => readFile(join(packs, "tiny.versus"), "utf8");
generated["/packs/future.versus"] = async () => (await tiny()).replace(/^versus-pack 2\n/, "versus-pack 3\n");
generated["/packs/truncated.versus"] = async () => { const text = await tiny(); return text.slice(0, text.length / 2); };
generated["/packs/noise.versus"] = () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
// A page of the widget with any attributes, from its query: `inline=1`
// puts the tiny pack in it as inline data; `page-lang` and `page-dir` are
// the page's own; the page's CSP allows this origin only (the app's own
// wasm), unless `csp=off`.
const escape = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
const packPage = async (query) => {
  const attributes = [...query].filter(([name]) => !["inline", "csp", "page-lang", "page-dir"].includes(name))
    .map(([name, value]) => ` ${name.replace(/[^a-z-]/g, "")}="${escape(value)}"`).join("");
  const inline = query.has("inline") ? `<script type="application/x-versus-pack">${await tiny()}</script>` : "";
  return `<!doctype html>
<html lang="${escape(query.get("page-lang") || "en")}"${query.has("page-dir") ? ` dir="${escape(query.get("page-dir"))}"` : ""}>
<head>
  <meta charset="utf-8">
  ${query.get("csp") === "off" ? "" : `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src data:; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'">`}
  <title>A widget from a packed dataset</title>
  <link rel="icon" href="data:,">
  <script type="module" src="/versus.js"></script>
</head>
<body>
  <versus-widget loading="eager"${attributes}>${inline}<p class="fallback">The fallback content stays.</p></versus-widget>
</body>
</html>
`;
};

const port = Number(process.env.VERSUS_PORT || 8080);
createServer(async (request, response) => {
  const url = new URL(request.url, "http://x");
  const path = decodeURIComponent(url.pathname);
  const cors = path.startsWith("/packs/") ? { "access-control-allow-origin": "*" } : {};
  if (path === "/hosts/pack.html") {
    response.writeHead(200, { "content-type": types[".html"] });
    response.end(await packPage(url.searchParams));
    return;
  }
  if (generated[path]) {
    response.writeHead(200, { "content-type": types[extname(path)], ...cors });
    response.end(await generated[path]());
    return;
  }
  const [prefix, dir] = mounts.find(([prefix]) => path.startsWith(prefix));
  let relative = normalize(path.slice(prefix.length));
  if (relative.startsWith("..")) relative = "";
  if (relative === "" || relative === "." || relative.endsWith("/")) relative = join(relative, "index.html");
  try {
    const body = await readFile(join(dir, relative));
    response.writeHead(200, { "content-type": types[extname(relative)] || "application/octet-stream", ...cors });
    response.end(body);
  } catch {
    response.writeHead(404, { "content-type": "text/plain" });
    response.end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving on http://127.0.0.1:${port}`));
