// Measures the real height of each long section (table, strengths and
// weaknesses, FAQ) at widget widths from 18em to 90em, and prints the
// `contain-intrinsic-size` rules src/style.css reserves for them before
// they are first drawn. Rerun after a change to the dataset or the
// styles: with dist/ served (node e2e/serve.mjs, VERSUS_PORT=8123),
//   node bench/section-heights.mjs http://127.0.0.1:8123
import { chromium } from "playwright-core";

const base = process.argv[2] || "http://127.0.0.1:8123";
const sections = [".compare", ".pros-cons", ".faq"];
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
await page.goto(`${base}/hosts/blank.html`);
await page.locator("versus-widget .faq").waitFor();
const rows = await page.evaluate(async (sections) => {
  const host = document.querySelector("versus-widget");
  const root = host.shadowRoot;
  const em = parseFloat(getComputedStyle(root.querySelector(".versus")).fontSize);
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const out = [];
  for (let width = 18; width <= 90; width += 1) {
    host.style.width = `${width * em}px`;
    await frame();
    const row = { width };
    for (const selector of sections) {
      const el = root.querySelector(selector);
      el.style.contentVisibility = "visible";
      await frame();
      row[selector] = el.getBoundingClientRect().height / em;
      el.style.contentVisibility = "";
    }
    out.push(row);
  }
  return out;
}, sections);
await browser.close();
if (process.argv[3] === 'raw') { console.log(JSON.stringify(rows)); process.exit(0); }

// Tiers, from the widest widget down: each covers the widths over which
// every section's height stays within 2% of the tier's value (the middle
// of its range there); a rule names only the sections whose value changes.
const tolerance = 0.02;
const tiers = [];
let start = rows.length - 1;
while (start >= 0) {
  let end = start;
  const range = (s, from, to) => {
    const xs = rows.slice(to, from + 1).map((r) => r[s]);
    return [Math.min(...xs), Math.max(...xs)];
  };
  const fits = (to) => sections.every((s) => {
    const [lo, hi] = range(s, start, to);
    return (hi - lo) / (hi + lo) <= tolerance;
  });
  while (end > 0 && fits(end - 1)) end--;
  const values = Object.fromEntries(sections.map((s) => {
    const [lo, hi] = range(s, start, end);
    return [s, Math.round((lo + hi) / 2)];
  }));
  tiers.push({ max: start === rows.length - 1 ? null : rows[start].width + 0.5, values });
  start = end - 1;
}
let previous = {};
const lines = tiers.map(({ max, values }) => {
  const body = sections
    .filter((s) => values[s] !== previous[s])
    .map((s) => `${s} { contain-intrinsic-size: auto ${values[s]}em; }`)
    .join(" ");
  previous = values;
  return max === null ? body : `@container (max-width: ${max}em) { ${body} }`;
});
console.log(lines.join("\n"));
const { brotliCompressSync } = await import("node:zlib");
console.error(`${lines.length} rules, ${lines.join("").length} bytes, ${brotliCompressSync(lines.join("")).length} brotli on their own`);
