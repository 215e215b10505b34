// End-to-end tests against the release build in dist/, served on the
// loopback port `cargo xtask test` picked. Debian's Chromium only: test
// tools may not download browsers on these machines.
import { defineConfig } from "@playwright/test";

const port = Number(process.env.VERSUS_PORT || 4173);

export default defineConfig({
  testDir: ".",
  // A stray test.only must not silently skip the rest.
  forbidOnly: true,
  testMatch: "*.spec.mjs",
  outputDir: "../target/e2e-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: `node e2e/serve.mjs`,
    cwd: "..",
    url: `http://127.0.0.1:${port}/index.html`,
    env: { VERSUS_PORT: String(port) },
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
