// The release dist/ in Firefox ESR and WebKitGTK (the engine family behind
// Safari), over W3C WebDriver with selenium-webdriver. Each engine's driver
// is started here (geckodriver; WebKitWebDriver under xvfb-run) and reached
// with usingServer, so nothing is ever downloaded.
//
// Env: VERSUS_PORT (the static server of the e2e tests, already running),
// ENGINES (default "firefox,webkit"), GECKODRIVER (path). Prints each
// engine and its version, every check, and exits 1 if a check fails or an
// engine that was asked for could not start: no silent skips.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { Builder, Key } from "selenium-webdriver";

const base = `http://127.0.0.1:${process.env.VERSUS_PORT}`;
const engines = (process.env.ENGINES || "firefox,webkit").split(",").map((e) => e.trim()).filter(Boolean);

const freePort = () => new Promise((resolve) => {
  const server = createServer().listen(0, "127.0.0.1", () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const ENGINES = {
  firefox: {
    name: "Firefox ESR",
    driver: (port) => [process.env.GECKODRIVER || "geckodriver", ["--port", String(port), "--host", "127.0.0.1"]],
    capabilities: (scripts = true) => ({
      browserName: "firefox",
      "moz:firefoxOptions": {
        binary: "/usr/bin/firefox-esr",
        args: ["-headless", "--width=1280", "--height=900"],
        prefs: { "javascript.enabled": scripts },
      },
    }),
    scriptsOff: true,
  },
  webkit: {
    name: "WebKitGTK",
    driver: (port) => ["xvfb-run", ["-a", "WebKitWebDriver", `--port=${port}`]],
    capabilities: () => ({
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": {
        binary: "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
        args: ["--automation"],
      },
    }),
    // WebKitWebDriver has no way to turn scripts off for a session.
    scriptsOff: false,
  },
};

/** Waits for `predicate` (run in the page) to return true. */
async function until(driver, what, predicate, ...args) {
  for (let i = 0; i < 100; i++) {
    if (await driver.executeScript(predicate, ...args)) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A script that says whether the first widget's shadow root holds `selector`. */
const mounted = (selector) =>
  `const root = document.querySelector("versus-widget")?.shadowRoot; return !!(root && root.querySelector(${JSON.stringify(selector)}));`;
/** A script that says whether the first widget's verdict reads `name`. */
const verdictIs = (name) =>
  `const v = document.querySelector("versus-widget")?.shadowRoot?.querySelector(".verdict-name"); return !!v && v.textContent === ${JSON.stringify(name)};`;

async function run(engineId) {
  const engine = ENGINES[engineId];
  if (!engine) throw new Error(`unknown engine ${engineId}`);
  const port = await freePort();
  const [program, args] = engine.driver(port);
  const child = spawn(program, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => { stderr += d; });
  const server = `http://127.0.0.1:${port}`;
  const session = async (capabilities) => {
    for (let i = 0; i < 60; i++) {
      try {
        return await new Builder().usingServer(server).withCapabilities(capabilities).build();
      } catch (error) {
        if (i === 59) throw new Error(`${engine.name} could not start: ${error.message}\n${stderr}`);
        await sleep(500);
      }
    }
  };
  const results = [];
  const check = async (name, body) => {
    try {
      await body();
      results.push([name, "ok"]);
    } catch (error) {
      results.push([name, `FAILED: ${error.message}`]);
    }
  };
  try {
    const driver = await session(engine.capabilities());
    const caps = await driver.getCapabilities();
    console.log(`engine: ${engine.name}: ${caps.get("browserName")} ${caps.get("browserVersion")}`);
    await driver.manage().window().setRect({ width: 1280, height: 900 }).catch(() => {});

    await check("mounts in its shadow root with the shared stylesheet", async () => {
      await driver.get(`${base}/index.html`);
      await until(driver, "the quiz", mounted(".quiz"));
      const sheets = await driver.executeScript(`const el = document.querySelector("versus-widget"); return [el.shadowRoot.adoptedStyleSheets.length, el.shadowRoot.querySelectorAll("style").length];`);
      if (sheets[0] !== 1 || sheets[1] !== 0) throw new Error(`adopted ${sheets[0]}, style elements ${sheets[1]}`);
    });

    await check("a question answered by keyboard updates the verdict", async () => {
      await driver.executeScript(`document.querySelector("versus-widget").shadowRoot.querySelector("input[type=radio]").focus();`);
      await driver.actions().sendKeys(Key.SPACE).perform();
      await until(driver, "Node.js", verdictIs("Node.js"));
      await driver.actions().sendKeys(Key.ARROW_DOWN).perform();
      await until(driver, "Django", verdictIs("Django"));
    });

    await check("dark theme applies", async () => {
      const background = await driver.executeScript(`const el = document.querySelector("versus-widget"); el.setAttribute("theme", "dark"); return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(getComputedStyle(el.shadowRoot.querySelector(".versus")).backgroundColor))));`);
      if (background !== "rgb(21, 24, 29)") throw new Error(`background ${background}`);
    });

    // A comparison the build does not bundle, packed by `cargo xtask test`.
    const teaOrCoffee = `const root = document.querySelector("versus-widget")?.shadowRoot; return !!root && root.querySelector(".versus-title")?.textContent === "Tea or coffee?" && root.querySelectorAll(".compare tbody tr").length === 1 && root.querySelectorAll(".faq details").length === 1;`;
    await check("a packed dataset by src shows its questions, table and FAQ", async () => {
      await driver.get(`${base}/hosts/pack.html?src=/packs/tiny.versus`);
      await until(driver, "tea or coffee", teaOrCoffee);
    });
    await check("a packed dataset inline, and a shared link restores its answers", async () => {
      await driver.get(`${base}/hosts/pack.html?inline=1#tiny=habit.coffee`);
      await until(driver, "tea or coffee", teaOrCoffee);
      await until(driver, "Coffee", verdictIs("Coffee"));
    });
    await check("a missing packed file keeps the fallback", async () => {
      await driver.get(`${base}/hosts/pack.html?src=/packs/missing.versus`);
      await until(driver, "the element", `return !!customElements.get("versus-widget");`);
      await sleep(1500);
      const state = await driver.executeScript(`const el = document.querySelector("versus-widget"); return [!!el.shadowRoot?.querySelector(".versus"), el.querySelector(".fallback").getBoundingClientRect().height > 0];`);
      if (state[0] || !state[1]) throw new Error(`app shown ${state[0]}, fallback visible ${state[1]}`);
    });

    await check("the strict CSP page reports no violation", async () => {
      await driver.get(`${base}/hosts/csp.html`);
      await until(driver, "the widget", mounted(".quiz"));
      const violations = await driver.executeScript("return window.cspViolations;");
      if (violations.length) throw new Error(violations.join("; "));
    });
    await driver.quit();

    await check("a shared link restores the answers in a fresh session", async () => {
      const fresh = await session(engine.capabilities());
      try {
        await fresh.get(`${base}/index.html#decide=team.python,ai.core`);
        await until(fresh, "Django", verdictIs("Django"));
        const answered = await fresh.executeScript(`return document.querySelector("versus-widget").shadowRoot.querySelector(".progress").textContent;`);
        if (!answered.includes("2 answered")) throw new Error(answered);
      } finally {
        await fresh.quit();
      }
    });

    if (engine.scriptsOff) {
      await check("the fallback shows with scripts off", async () => {
        const off = await session(engine.capabilities(false));
        try {
          await off.get(`${base}/index.html`);
          const rows = await off.findElements({ css: "versus-widget .versus-fallback tbody tr" });
          const visible = await off.findElement({ css: "versus-widget .versus-fallback" }).isDisplayed();
          if (!visible || rows.length !== 29) throw new Error(`visible ${visible}, ${rows.length} rows`);
        } finally {
          await off.quit();
        }
      });
    } else {
      console.log("  (the fallback with scripts off: this driver cannot turn scripts off)");
    }
  } catch (error) {
    results.push(["start", `FAILED: ${error.message}`]);
  } finally {
    child.kill();
  }
  for (const [name, outcome] of results) console.log(`  ${outcome === "ok" ? "ok     " : "FAILED "} ${name}${outcome === "ok" ? "" : `: ${outcome.slice(8)}`}`);
  return results.every(([, outcome]) => outcome === "ok");
}

let ok = true;
for (const engine of engines) ok = (await run(engine)) && ok;
console.log(`engines: ${engines.join(", ")}: ${ok ? "all passed" : "FAILED"}`);
process.exit(ok ? 0 : 1);
