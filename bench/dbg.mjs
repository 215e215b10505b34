import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const url of ["index.html", "bench/static.html"]) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  await page.addInitScript(() => {
    window.frames_ = [];
    const tick = () => { const w = document.querySelector("versus-widget"); const s = document.querySelector(".versus-summary");
      window.frames_.push([Math.round(performance.now()), !!w?.shadowRoot, s ? Math.round(s.getBoundingClientRect().top) + ":" + Math.round(s.getBoundingClientRect().height) : null]);
      if (window.frames_.length < 12) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    window.lcp = []; new PerformanceObserver((l) => l.getEntries().forEach((e) => window.lcp.push([Math.round(e.startTime), e.element?.className, e.size]))).observe({ type: "largest-contentful-paint", buffered: true });
  });
  await page.goto(`http://127.0.0.1:8391/${url}`, { waitUntil: "load" });
  await page.waitForTimeout(1000);
  console.log(url, JSON.stringify(await page.evaluate(() => ({ f: window.frames_, lcp: window.lcp }))));
  await page.close();
}
await browser.close();
