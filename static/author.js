// The author page: the text is checked by the author wasm (the same code as
// `versus validate` and `versus pack`) a moment after each pause in typing;
// a valid version is previewed in a real <versus-widget> with the packed
// text inline, audited a few answer sets at a time between frames, and
// offered as a download and an embed snippet.
import init, { check, example, skeleton, translation, Auditor } from "./versus-author.js";

// Long enough that a fast typist is not interrupted, short enough to feel live.
const PAUSE = 250;
// The audit runs in slices of at most this many milliseconds, so a key
// pressed while it runs is answered within a frame.
const SLICE = 8;
// How often the audit's figures are redrawn while it runs.
const REDRAW = 250;
const STORED = "versus-author:toml";
const PACK = "application/x-versus-pack";

const $ = (id) => document.getElementById(id);
const area = $("toml");
const status = $("status");
const problems = $("problems");
const preview = $("preview");
const previewNote = $("preview-note");
const download = $("download");
const copy = $("copy");
const snippet = $("snippet");
const publishStatus = $("publish-status");

// The last version without errors: what the preview, the audit, the
// download and the snippet show.
let good = null;
let timer = 0;
let auditor = null;
let auditRun = 0;
let templates = { example: "", skeleton: "" };

// Storage can be refused (private modes, a full quota, a sandbox): the
// page works without it, it just forgets on reload.
function load() {
  try { return localStorage.getItem(STORED); } catch { return null; }
}
function save(text) {
  try { localStorage.setItem(STORED, text); } catch { /* kept for this visit only */ }
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith("data-")) node.setAttribute(key, value);
    else node[key] = value;
  }
  node.append(...children);
  return node;
}

const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

function run() {
  clearTimeout(timer);
  let result;
  try {
    result = JSON.parse(check(area.value));
  } catch (error) {
    // A fault in the checker, not in the text: say so rather than go quiet.
    status.textContent = "The checker stopped on this text; reload the page to start it again (your text is kept).";
    status.dataset.state = "invalid";
    console.error("author page: the checker failed", error);
    return;
  }
  showProblems(result);
  showTranslation();
  if (result.ok) {
    const changed = !good || good.packed !== result.packed;
    good = result;
    if (changed) {
      showPreview(result);
      startAudit(result);
    }
    setStale(false);
    showPublish(result);
  } else {
    setStale(Boolean(good));
    showPublish(null);
  }
}

function showProblems(result) {
  const { errors, warnings } = result;
  let text;
  if (result.ok) {
    text = `No errors${warnings ? ` (${plural(warnings, "warning")})` : ""}: ${result.id}, ${plural(result.questions, "question")}, ${plural(result.rows, "row")}, ${plural(result.verdicts, "verdict")}.`;
  } else {
    text = `${plural(errors, "error")}${warnings ? `, ${plural(warnings, "warning")}` : ""}: the preview waits until the errors are fixed.`;
  }
  // A live region speaks each change: only change it when the words do.
  if (status.textContent !== text) status.textContent = text;
  status.dataset.state = result.ok ? "valid" : "invalid";
  $("problems-help").hidden = result.problems.length === 0;
  problems.replaceChildren(...result.problems.map((p) => {
    const kind = p.severity === "error" ? "Error" : "Warning";
    const where = el("span", { className: "where" },
      el("span", { className: "kind" }, kind), ` on line ${p.line}`, p.at ? `, ${p.at}` : "");
    const button = el("button", { type: "button", "data-severity": p.severity },
      where, el("span", { className: "message" }, p.message));
    button.addEventListener("click", () => goToLine(p.line));
    return el("li", {}, button);
  }));
}

// With the box ticked: what the text, read as a translation of the bundled
// example, still lacks against it.
function showTranslation() {
  const on = $("as-translation").checked;
  const list = $("translation");
  const said = $("translation-status");
  said.hidden = !on;
  if (!on) {
    list.replaceChildren();
    return;
  }
  const differences = JSON.parse(translation(area.value));
  const broken = differences.filter((d) => d.breaks).length;
  const text = broken
    ? `Not a translation yet: ${plural(broken, "problem")}, and ${differences.length - broken} text(s) still as the example has them.`
    : `A translation of the example; ${differences.length} text(s) still read as the example's.`;
  if (said.textContent !== text) said.textContent = text;
  list.replaceChildren(...differences.map((d) => el("li", { "data-severity": d.breaks ? "error" : "warning" }, d.text)));
}

// Selects the whole line in the text box, focused and scrolled into view.
function goToLine(line) {
  const text = area.value;
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf("\n", start);
    if (next < 0) break;
    start = next + 1;
  }
  let end = text.indexOf("\n", start);
  if (end < 0) end = text.length;
  area.focus({ preventScroll: true });
  area.setSelectionRange(start, end);
  const height = parseFloat(getComputedStyle(area).lineHeight) || 20;
  area.scrollTop = Math.max(0, (line - 1) * height - area.clientHeight / 3);
  area.scrollIntoView({ block: "nearest" });
}

// A new widget for each valid version: the widget reads its inline data
// when it mounts, so replacing the element is how it updates.
function showPreview(result) {
  const widget = el("versus-widget", { "data-preview": "" });
  widget.setAttribute("loading", "eager");
  widget.setAttribute("persist", "off");
  widget.setAttribute("share", "off");
  widget.append(el("script", { type: PACK, textContent: result.packed }));
  preview.replaceChildren(widget);
}

function setStale(stale) {
  const note = stale
    ? "Out of date: this is the last version without errors. Fix the errors to update it."
    : good ? "Up to date with the text." : "The preview appears once the dataset has no errors.";
  if (previewNote.textContent !== note) previewNote.textContent = note;
  for (const node of [preview, previewNote, $("audit-note")]) node.toggleAttribute("data-stale", stale);
  $("audit-note").hidden = !stale;
}

function showPublish(result) {
  download.disabled = copy.disabled = !result;
  snippet.textContent = result ? result.snippet : "The snippet appears once the dataset has no errors.";
  publishStatus.textContent = "";
}

// The audit of the latest valid version, a slice at a time; a newer
// version stops the old run at its next slice.
function startAudit(result) {
  if (auditor) auditor.free();
  auditor = Auditor.start(result.packed) || null;
  const runId = ++auditRun;
  if (!auditor) return;
  let drawn = 0;
  const slice = () => {
    if (runId !== auditRun) return;
    const started = performance.now();
    let finished = false;
    while (!finished && performance.now() - started < SLICE) finished = auditor.step(20);
    if (finished || performance.now() - drawn > REDRAW) {
      showAudit(JSON.parse(auditor.summary()));
      drawn = performance.now();
    }
    if (!finished) setTimeout(slice, 0);
  };
  showAudit(JSON.parse(auditor.summary()));
  setTimeout(slice, 0);
}

function showAudit(summary) {
  $("audit-coverage").textContent = summary.coverage;
  const rows = (list) => list.map((row) => el("tr", {},
    el("th", { scope: "row" }, row.name),
    el("td", { className: "number" }, row.count.toLocaleString("en")),
    el("td", { className: "number" }, row.percent)));
  $("audit-verdicts").tBodies[0].replaceChildren(...rows(summary.verdicts));
  $("audit-firmness").tBodies[0].replaceChildren(...rows(summary.firmness));
  const breaches = $("audit-breaches");
  if (!summary.finished && summary.breach_count === 0) {
    breaches.replaceChildren(el("p", {}, "No breach so far."));
  } else if (summary.breach_count === 0) {
    breaches.replaceChildren(el("p", {}, summary.sampled
      ? "No breach of the model's rules in the answer sets sampled."
      : "No breach of the model's rules."));
  } else {
    const kept = summary.breaches.length < summary.breach_count ? ` (the first ${summary.breaches.length} shown)` : "";
    breaches.replaceChildren(
      el("p", { className: "breaches" }, `${plural(summary.breach_count, "breach")} of the model's rules${kept}:`),
      el("ul", { className: "breaches" }, ...summary.breaches.map((text) => el("li", {}, text))));
  }
}

// Replaces the text with a template, asking first when that would lose
// the author's own edits.
function useTemplate(name, label) {
  const text = area.value;
  const edited = text.trim() !== "" && text !== templates.example && text !== templates.skeleton;
  if (edited && !confirm(`Replace your text with ${label}? What you wrote will be lost.`)) return;
  area.value = templates[name];
  save(area.value);
  run();
  area.focus();
  area.setSelectionRange(0, 0);
  area.scrollTop = 0;
}

function copySnippet() {
  if (!good) return;
  const done = (text) => { publishStatus.textContent = text; };
  const select = () => {
    const range = document.createRange();
    range.selectNodeContents(snippet);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    snippet.focus();
    done("Copying was refused here: the snippet is selected, so copy it with Ctrl+C (⌘C on a Mac).");
  };
  if (!navigator.clipboard) return select();
  navigator.clipboard.writeText(good.snippet).then(() => done("Embed snippet copied."), select);
}

// Exactly the text `versus pack` writes, as `<id>.versus`.
function downloadPacked() {
  if (!good) return;
  const url = URL.createObjectURL(new Blob([good.packed], { type: PACK }));
  const link = el("a", { href: url, download: `${good.id}.versus` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  publishStatus.textContent = `Downloading ${good.id}.versus.`;
}

async function start() {
  try {
    await init();
  } catch (error) {
    status.textContent = "The checker could not load; reload the page to try again.";
    console.error("author page: the wasm could not load", error);
    return;
  }
  templates = { example: example(), skeleton: skeleton() };
  const stored = load();
  area.value = stored ?? templates.example;
  area.disabled = false;
  area.addEventListener("input", () => {
    save(area.value);
    clearTimeout(timer);
    timer = setTimeout(run, PAUSE);
  });
  $("use-example").addEventListener("click", () => useTemplate("example", "the example"));
  $("as-translation").addEventListener("change", showTranslation);
  $("use-skeleton").addEventListener("click", () => useTemplate("skeleton", "the skeleton"));
  download.addEventListener("click", downloadPacked);
  copy.addEventListener("click", copySnippet);
  run();
}

start();
