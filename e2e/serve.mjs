// A static file server for the end-to-end tests, on the loopback port the
// harness picked (VERSUS_PORT). It serves:
//   /                       -> dist/ (the release build)
//   /blog/assets/versus/    -> dist/ again, to prove the pair works from a deep path
//   /hosts/                 -> tests/hosts/ (host pages written for the tests)
//   /node_modules/          -> node_modules/ (CSS frameworks the host pages use)
//   /integrations/          -> integrations/ (the iframe listener a host page loads)
//   /bench/                 -> target/bench/ (the static floor page of `cargo xtask bench`)
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const root = resolve(new URL("..", import.meta.url).pathname);
const mounts = [
  ["/bench/", join(root, "target/bench")],
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
};

const port = Number(process.env.VERSUS_PORT || 8080);
createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
  const [prefix, dir] = mounts.find(([prefix]) => path.startsWith(prefix));
  let relative = normalize(path.slice(prefix.length));
  if (relative.startsWith("..")) relative = "";
  if (relative === "" || relative === "." || relative.endsWith("/")) relative = join(relative, "index.html");
  try {
    const body = await readFile(join(dir, relative));
    response.writeHead(200, { "content-type": types[extname(relative)] || "application/octet-stream" });
    response.end(body);
  } catch {
    response.writeHead(404, { "content-type": "text/plain" });
    response.end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving on http://127.0.0.1:${port}`));
