// Browser benchmarks for `cargo xtask bench`, on the real release builds
// served on loopback (VERSUS_PORT). Prints one JSON object on stdout.
//
// - load: navigation start to the quiz in the widget (a reader can answer)
//   and to `versus-ready` (every section rendered), cold cache, median and
//   spread over RUNS runs, beside the same figure for a static page holding
//   the same table (its load event), without and with 4x CPU throttling
//   (DevTools protocol);
// - below the fold: a long post's load event with a (lazy) widget at its
//   bottom beside the same post without it, and the time from scrolling the
//   widget into view to `versus-ready`;
// - interaction: a trusted click on a radio to the updated result in the
//   DOM and to the next frame, over 50 answers, beside the same radios
//   copied into a static page (the floor: the browser's own cost);
// - memory: wasm linear memory and JS heap after a complete quiz;
// - soak: retained DOM nodes, JS event listeners and wasm memory after
//   garbage collection, at the start, after 300 answers and after 40
//   removals and re-additions of the element;
// - scroll: how much a page of three widgets changes height while a reader
//   scrolls through it, at 1280 and 375 px.
import { chromium } from "playwright-core";
import { keepWasmInstance } from "../e2e/wasm-instance.mjs";

const base = `http://127.0.0.1:${process.env.VERSUS_PORT}`;
const RUNS = Number(process.env.BENCH_RUNS || 15);
const args = [
  "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run", "--enable-precise-memory-info",
];

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
  return { runs: s.length, median: at(0.5), p95: at(0.95), min: s[0], max: s[s.length - 1] };
};

async function timeOnce(browser, url, throttle, measure) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  }
  // A promise the page resolves itself: waiting on it with page.evaluate
  // injects nothing. (Playwright's waitForFunction compiles its utility
  // script into the page mid-load, which delayed the widget pages alone.)
  await page.addInitScript(() => {
    window.versusReady = new Promise((resolve) => {
      document.addEventListener("versus-ready", () => resolve(performance.now()), { once: true });
    });
    // When the quiz's options first stand in a widget's shadow root: from
    // then on a reader can answer (the long sections render after it).
    window.versusQuiz = new Promise((resolve) => {
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        const observer = new MutationObserver(() => {
          if (root.querySelector(".options")) { observer.disconnect(); resolve(performance.now()); }
        });
        observer.observe(root, { childList: true, subtree: true });
        return root;
      };
    });
  });
  await page.goto(url, { waitUntil: "load" });
  const ms = await measure(page);
  await context.close();
  return ms;
}

const widgetQuizAndReady = (page) =>
  page.evaluate(async () => ({ quiz: await window.versusQuiz, ready: await window.versusReady }));
const staticLoaded = (page) =>
  page.evaluate(() => performance.getEntriesByType("navigation")[0].loadEventStart);

async function load(browser) {
  const out = {};
  for (const throttle of [1, 4]) {
    const quiz = [], widget = [], floor = [];
    for (let i = 0; i < RUNS; i++) {
      const t = await timeOnce(browser, `${base}/index.html`, throttle, widgetQuizAndReady);
      quiz.push(t.quiz);
      widget.push(t.ready);
      floor.push(await timeOnce(browser, `${base}/bench/static.html`, throttle, staticLoaded));
    }
    const q = stats(quiz), w = stats(widget), f = stats(floor);
    out[`cpu_x${throttle}`] = {
      quiz: q, widget: w, static_floor: f, quiz_ratio: q.median / f.median, ratio: w.median / f.median,
    };
  }
  return out;
}

/** Scrolls the widget of a loaded long post into view; milliseconds until it is ready. */
const scrolledToReady = (page) =>
  page.evaluate(async () => {
    const start = performance.now();
    document.getElementById("bottom").scrollIntoView();
    return (await window.versusReady) - start;
  });

async function belowTheFold(browser) {
  const withWidget = [], without = [], intoView = [];
  for (let i = 0; i < RUNS; i++) {
    withWidget.push(await timeOnce(browser, `${base}/hosts/long.html`, 1, staticLoaded));
    without.push(await timeOnce(browser, `${base}/hosts/long-without.html`, 1, staticLoaded));
    intoView.push(await timeOnce(browser, `${base}/hosts/long.html`, 1, scrolledToReady));
  }
  const w = stats(withWidget), n = stats(without);
  return { load_with_widget: w, load_without: n, ratio: w.median / n.median, into_view_to_ready: stats(intoView) };
}

/**
 * The quiz's shadow root and what shows an answer on it: in the widget,
 * the progress (a first answer) or the reasons (a changed one); on the
 * floor, which radio is checked. Runs in the page.
 */
function quizOf(kind) {
  if (kind === "widget") {
    const root = document.querySelector("versus-widget").shadowRoot;
    return { root, state: () => root.querySelector(".progress").textContent + "|" + (root.querySelector(".reasons")?.textContent ?? "") };
  }
  const root = document.getElementById("floor").shadowRoot;
  return { root, state: () => [...root.querySelectorAll(".options input")].findIndex((x) => x.checked) };
}

/**
 * Arms the page for one trusted click: `window.versusClick` resolves with
 * the time from the click's own timestamp to the DOM showing its effect
 * (seen by a MutationObserver, or at once) and to the next frame after
 * that (a task posted from requestAnimationFrame runs after that frame's
 * style, layout and paint).
 */
function arm(kind) {
  const { root, state } = window.quizOf(kind);
  const before = state();
  window.versusClick = new Promise((resolve, reject) => {
    addEventListener("click", (event) => {
      const start = event.timeStamp;
      const frame = (dom) => requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ dom: dom - start, frame: performance.now() - start });
        channel.port2.postMessage(0);
      });
      if (state() !== before) return frame(performance.now());
      const observer = new MutationObserver(() => {
        if (state() !== before) { observer.disconnect(); frame(performance.now()); }
      });
      observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      setTimeout(() => reject(new Error(`nothing changed within 5 s: ${before} -> ${state()}`)), 5000);
    }, { capture: true, once: true });
  });
}

const ANSWERS = 50;

/**
 * ANSWERS trusted clicks (mouse events through the browser's input
 * pipeline) on the quiz's radios, each on another option of the next
 * question, timed from the click to the DOM and to the next frame.
 */
async function clickThrough(page, kind) {
  await page.evaluate(`window.quizOf = ${quizOf}`);
  const dom = [], frame = [];
  for (let i = 0; i < ANSWERS; i++) {
    // Go to the next question in turn; let it render and settle into a frame.
    await page.evaluate(([kind, i]) => {
      const steps = window.quizOf(kind).root.querySelectorAll(".step");
      steps[i % steps.length].click();
      return new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }, [kind, i]);
    // Another option than the current one.
    const box = await page.evaluate((kind) => {
      const inputs = [...window.quizOf(kind).root.querySelectorAll(".options input")];
      const current = inputs.findIndex((x) => x.checked);
      const target = inputs[(current + 1) % inputs.length];
      target.scrollIntoView({ block: "center" });
      const r = target.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }, kind);
    await page.evaluate(arm, kind);
    await page.mouse.click(box.x, box.y);
    const t = await page.evaluate(() => window.versusClick);
    dom.push(t.dom);
    frame.push(t.frame);
  }
  if (process.env.BENCH_RAW) console.error(JSON.stringify({ kind, dom, frame }));
  return { click_to_dom: stats(dom), click_to_frame: stats(frame) };
}

async function interaction(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await keepWasmInstance(page);
  await page.goto(`${base}/index.html`);
  await page.waitForFunction(() => !!document.querySelector("versus-widget")?.shadowRoot?.querySelector(".options"));
  // A reader reads the first question before answering it.
  await page.waitForTimeout(1000);
  // The floor: the same radios, markup and stylesheet copied out of the
  // widget into a shadow root of a static page, with no script.
  const copy = await page.evaluate(() => {
    const root = document.querySelector("versus-widget").shadowRoot;
    const css = [...root.adoptedStyleSheets, ...root.styleSheets]
      .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join("\n"))
      .join("\n");
    return { css, html: root.querySelector(".versus").outerHTML };
  });
  const widget = await clickThrough(page, "widget");
  // Memory after a complete quiz (every question answered by now).
  const memory = await page.evaluate(() => ({
    wasm_linear_memory_bytes: window.versusInstance.exports.memory.buffer.byteLength,
    js_heap_used_bytes: performance.memory ? performance.memory.usedJSHeapSize : null,
    answered: document.querySelector("versus-widget").shadowRoot.querySelector(".progress").textContent,
  }));
  await context.close();

  const floorContext = await browser.newContext();
  const floorPage = await floorContext.newPage();
  await floorPage.goto(`${base}/bench/static.html`);
  await floorPage.evaluate(({ css, html }) => {
    const host = document.createElement("div");
    host.id = "floor";
    document.body.prepend(host);
    const root = host.attachShadow({ mode: "open" });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    root.innerHTML = html;
    // Unanswered, as the copied question was before its first answer.
    root.querySelectorAll(".options input").forEach((input) => { input.checked = false; });
  }, copy);
  const floor = await clickThrough(floorPage, "floor");
  await floorContext.close();
  return { interaction: { ...widget, static_floor: floor }, memory };
}

async function soak(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await keepWasmInstance(page);
  await page.goto(`${base}/index.html`);
  await page.waitForFunction(() => !!document.querySelector("versus-widget")?.shadowRoot?.querySelector(".options"));
  const cdp = await context.newCDPSession(page);
  const measure = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    const c = await cdp.send("Memory.getDOMCounters");
    const wasm = await page.evaluate(() => window.versusInstance.exports.memory.buffer.byteLength);
    return { nodes: c.nodes, listeners: c.jsEventListeners, wasm_bytes: wasm };
  };
  // Each answer: a radio of the question on screen, then on to the next.
  const answer = (count) => page.evaluate(async (count) => {
    const frame = () => new Promise(requestAnimationFrame);
    for (let i = 0; i < count; i++) {
      const root = document.querySelector("versus-widget").shadowRoot;
      const inputs = root.querySelectorAll(".options input");
      inputs[i % inputs.length].click();
      await frame();
      const next = root.querySelector(".quiz-nav button.next");
      (next.textContent.includes("recommendation") ? root.querySelector(".step") : next).click();
      await frame();
    }
  }, count);
  await answer(30);
  const start = await measure();
  await answer(300);
  const answered = await measure();
  for (let i = 0; i < 40; i++) {
    await page.evaluate(() => {
      // Eager: the page may be scrolled far below the fresh, empty element.
      const old = document.querySelector("versus-widget");
      const fresh = old.cloneNode(false);
      fresh.setAttribute("loading", "eager");
      old.replaceWith(fresh);
    });
    await page.waitForFunction(() => !!document.querySelector("versus-widget")?.shadowRoot?.querySelector(".verdict"));
  }
  const remounted = await measure();
  await context.close();
  return { start, after_300_answers: answered, after_40_remounts: remounted };
}

async function scroll(browser) {
  const out = {};
  for (const width of [1280, 375]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/hosts/three.html`);
    await page.waitForFunction(() => [...document.querySelectorAll("versus-widget")].every((w) => w.shadowRoot?.querySelector(".verdict")));
    out[`px_${width}`] = await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const heights = [];
      for (let y = 0; heights.length < 400; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await frame();
        heights.push(document.documentElement.scrollHeight);
        if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1) break;
      }
      const max = Math.max(...heights), min = Math.min(...heights);
      return { min, max, spread_percent: (max - min) / max * 100 };
    });
    await context.close();
  }
  return out;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args });
// BENCH_ONLY=interaction (say) runs one part, while working on it.
const only = process.env.BENCH_ONLY;
const part = async (name, run) => (!only || only === name ? run(browser) : undefined);
const result = {
  load: await part("load", load),
  below_the_fold: await part("below_the_fold", belowTheFold),
  ...(await part("interaction", interaction)),
  soak: await part("soak", soak),
  scroll: await part("scroll", scroll),
};
await browser.close();
console.log(JSON.stringify(result));
