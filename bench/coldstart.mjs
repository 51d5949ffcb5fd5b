// Cold start in headless Chromium: from navigation to the first result shown, for
//   widget  bench/widget.html — the loan-limit widget alone (pkg/widgets/qz-loan-limit.js + its group's module)
//   widgetAll bench/widget-all.html — the same element from the bundle of every element, which loads
//           the all-in-one module (the page as it was before the module split, plus other elements)
//   plain   bench/plain.html  — the same form in plain JS with floats (bench/plain.js)
//   demo    www/index.html    — the demo page with all six widgets (first result)
// Every run is a fresh browser context (empty cache; the server sends no-store), the pages
// interleaved run by run; medians. "Shown" = the first `qz-result` event (dispatched right
// after a result is rendered; `emit-initial` is set on every element so the defaults' result
// counts) plus the next animation frame. Prints one JSON object.
//
//   node bench/coldstart.mjs [--runs 15] [--throttle]
//
// --throttle: the phone profile of issue 17 (Lighthouse's mobile throttling), applied by
// Chromium itself through CDP: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip per request,
// CPU 4x slower. The files then go through a gzip proxy in this script (scripts/serve.mjs sends
// them as they are), so the network carries what a site's server would send.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../scripts/chromium.mjs";

const root = new URL("../", import.meta.url);
const args = process.argv.slice(2);
const i = args.indexOf("--runs");
const RUNS = i >= 0 ? Number(args[i + 1]) : 15;
const THROTTLE = args.includes("--throttle");
const PROFILE = { downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8, latency: 150, cpuSlowdown: 4 };
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) : null;
};

const pages = [
  { name: "plain", path: "bench/plain.html", need: "bench/plain.html" },
  { name: "widget", path: "bench/widget.html", need: "pkg/widgets/qz-loan-limit.js" },
  { name: "widgetAll", path: "bench/widget-all.html", need: "pkg/widgets/qz-widgets.js" },
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

// Under --throttle, a proxy that gzips every response (level 6, as a web server would).
let origin = base;
let proxy = null;
if (THROTTLE) {
  proxy = createServer(async (req, res) => {
    try {
      const r = await fetch(new URL(req.url, base));
      const body = Buffer.from(await r.arrayBuffer());
      const headers = { "content-type": r.headers.get("content-type") ?? "application/octet-stream", "cache-control": "no-store" };
      if (r.ok) Object.assign(headers, { "content-encoding": "gzip", vary: "accept-encoding" });
      res.writeHead(r.status, headers);
      res.end(r.ok ? gzipSync(body, { level: 6 }) : body);
    } catch {
      res.writeHead(502);
      res.end();
    }
  });
  await new Promise((ok) => proxy.listen(0, "127.0.0.1", ok));
  origin = `http://127.0.0.1:${proxy.address().port}/`;
}

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
  if (THROTTLE) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: PROFILE.latency,
      downloadThroughput: PROFILE.downloadThroughput,
      uploadThroughput: PROFILE.uploadThroughput,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: PROFILE.cpuSlowdown });
  }
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  try {
    await page.goto(origin + p.path, { waitUntil: "commit" });
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
proxy?.close();
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
console.log(JSON.stringify({ runs: RUNS, chromium: browser.version(), throttle: THROTTLE ? PROFILE : null, ...summary }));
