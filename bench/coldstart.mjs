// Cold start in headless Chromium: from navigation to the first result shown, for
//   widget  bench/widget.html — the loan-limit widget alone (pkg/widgets/qz-loan-limit.js + the wasm package)
//   plain   bench/plain.html  — the same form in plain JS with floats (bench/plain.js)
//   demo    www/index.html    — the demo page with all six widgets (first result)
// Every run is a fresh browser context (empty cache; the server sends no-store), the pages
// interleaved run by run; medians. "Shown" = the first `qz-result` event (dispatched right
// after a result is rendered; `emit-initial` is set on every element so the defaults' result
// counts) plus the next animation frame. Prints one JSON object.
//
//   node bench/coldstart.mjs [--runs 15]
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { launchChromium } from "../scripts/chromium.mjs";

const root = new URL("../", import.meta.url);
const args = process.argv.slice(2);
const i = args.indexOf("--runs");
const RUNS = i >= 0 ? Number(args[i + 1]) : 15;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) : null;
};

const pages = [
  { name: "plain", path: "bench/plain.html", need: "bench/plain.html" },
  { name: "widget", path: "bench/widget.html", need: "pkg/widgets/qz-loan-limit.js" },
  { name: "demo", path: "", need: "www/index.html" },
].filter((p) => existsSync(new URL(p.need, root)));

const server = spawn(process.execPath, [new URL("scripts/serve.mjs", root).pathname], {
  env: { ...process.env, PORT: "0", MOUNTS: "bench" },
  stdio: ["ignore", "pipe", "inherit"],
});
const base = await new Promise((resolve, reject) => {
  server.stdout.once("data", (d) => resolve(String(d).match(/http:\/\/[^\s]+\//)[0]));
  server.once("exit", (c) => reject(new Error(`server exited ${c}`)));
});

const browser = await launchChromium();

const probe = () => {
  window.__qz = { first: null, shown: null };
  // The widgets announce the result of their defaults only with `emit-initial`; set it on
  // every calculator element as the parser adds it, so the first result is observable on
  // any page (the demo page's markup is not the benchmark's).
  new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) if (n.nodeType === 1 && n.localName.startsWith("qz-")) n.setAttribute("emit-initial", "");
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener(
    "qz-result",
    () => {
      if (window.__qz.first !== null) return;
      window.__qz.first = performance.now();
      requestAnimationFrame(() => {
        window.__qz.shown = performance.now();
      });
    },
    true,
  );
};

async function once(p) {
  const context = await browser.newContext();
  await context.addInitScript(probe);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  try {
    await page.goto(base + p.path, { waitUntil: "commit" });
    await page.waitForFunction(() => window.__qz && window.__qz.shown !== null, null, { timeout: 30_000, polling: 10 });
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      return {
        first: window.__qz.first,
        shown: window.__qz.shown,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
        bytes: performance.getEntriesByType("resource").reduce((s, r) => s + (r.decodedBodySize || 0), 0) +
          (nav ? nav.decodedBodySize : 0),
      };
    });
    return t;
  } catch (e) {
    return { error: `${e.message.split("\n")[0]}${errors.length ? ` (${errors[0]})` : ""}` };
  } finally {
    await context.close();
  }
}

const results = Object.fromEntries(pages.map((p) => [p.name, []]));
const failures = Object.fromEntries(pages.map((p) => [p.name, []]));
// One warm-up navigation each (starts Chromium's processes), not counted.
for (const p of pages) await once(p);
for (let r = 0; r < RUNS; r++) {
  const order = r % 2 ? [...pages].reverse() : pages;
  for (const p of order) {
    const t = await once(p);
    if (t.error) failures[p.name].push(t.error);
    else results[p.name].push(t);
  }
}
await browser.close();
server.kill();

const summary = {};
for (const p of pages) {
  const rs = results[p.name];
  summary[p.name] = rs.length
    ? {
        status: "ok",
        url: "/" + p.path,
        runs: rs.length,
        shownMedianMs: median(rs.map((t) => t.shown)),
        firstResultMedianMs: median(rs.map((t) => t.first)),
        domContentLoadedMedianMs: median(rs.map((t) => t.domContentLoaded)),
        decodedBytes: rs[0].bytes,
        failures: failures[p.name].length,
      }
    : { status: "n/a", why: failures[p.name][0] ?? "not present" };
}
console.log(JSON.stringify({ runs: RUNS, chromium: browser.version(), ...summary }));
