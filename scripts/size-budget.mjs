// Size budget of what a page downloads to run the calculators: the wasm, its JS glue and the
// widget module(s) (www/*.js). Deterministic (gzip level 9 of the files on disk), so it may
// gate the tests. Prints every file's raw, gzip and brotli size; exits 1 over budget.
//
//   node scripts/size-budget.mjs [--budget BYTES] [--json]
//
// The budget (default 64 KiB = 65,536 gzipped bytes) covers the calculator payload: pkg's
// .wasm and .js glue plus www/*.js. The demo page's own HTML, CSS and icon are listed as well
// and added to a "page total", which is reported but not budgeted.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
const at = args.indexOf("--budget");
const budget = at >= 0 ? Number(args[at + 1]) : 64 * 1024;
const json = args.includes("--json");
const crate = "qinzhou_policy_calc";

function measure(rel, group) {
  const bytes = readFileSync(join(root, rel));
  return {
    file: rel,
    group,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

const files = [];
for (const rel of [`pkg/${crate}_bg.wasm`, `pkg/${crate}.js`]) {
  if (!existsSync(join(root, rel))) {
    console.error(`size-budget: ${rel} is missing; run bash scripts/build.sh first`);
    process.exit(2);
  }
  files.push(measure(rel, rel.endsWith(".wasm") ? "wasm" : "glue"));
}
const www = existsSync(join(root, "www")) ? readdirSync(join(root, "www")).sort() : [];
for (const f of www.filter((f) => /\.m?js$/.test(f))) files.push(measure(`www/${f}`, "widgets"));
for (const f of www.filter((f) => /\.(html|css|svg)$/.test(f))) files.push(measure(`www/${f}`, "page"));

const sum = (list, k) => list.reduce((s, f) => s + f[k], 0);
const budgeted = files.filter((f) => f.group !== "page");
// A page that embeds one calculator: the wasm, the glue and the widget code it must load. The
// widgets ship as one module today (www/qz-widgets.js, every element in it), so that is what
// one widget costs; the demo page's own script is not part of it.
const oneWidget = budgeted.filter((f) => f.group !== "widgets" || /qz-widgets/.test(f.file));
const totals = {
  payload: { raw: sum(budgeted, "raw"), gzip: sum(budgeted, "gzip"), brotli: sum(budgeted, "brotli") },
  oneWidget: { raw: sum(oneWidget, "raw"), gzip: sum(oneWidget, "gzip"), brotli: sum(oneWidget, "brotli") },
  page: { raw: sum(files, "raw"), gzip: sum(files, "gzip"), brotli: sum(files, "brotli") },
};
const oneWidgetFiles = oneWidget.map((f) => f.file.replace(/^.*\//, ""));
const ok = totals.payload.gzip <= budget;

if (json) {
  console.log(JSON.stringify({ budget, ok, files, totals, oneWidgetFiles }));
} else {
  const row = (a, b, c, d, e) =>
    `${String(a).padEnd(36)} ${String(b).padStart(8)} ${String(c).padStart(9)} ${String(d).padStart(8)}  ${e}`;
  console.log(row("file", "raw", "gzip -9", "brotli", "counted"));
  for (const f of files) console.log(row(f.file, f.raw, f.gzip, f.brotli, f.group === "page" ? "page only" : "budget"));
  console.log(row("payload (wasm + glue + www/*.js)", totals.payload.raw, totals.payload.gzip, totals.payload.brotli, ""));
  console.log(row("one-widget page (wasm + glue + widgets)", totals.oneWidget.raw, totals.oneWidget.gzip, totals.oneWidget.brotli, ""));
  console.log(row("demo page total (+ html, css, svg)", totals.page.raw, totals.page.gzip, totals.page.brotli, ""));
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(
    `size budget: payload ${kb(totals.payload.gzip)} KiB gzipped of ${kb(budget)} KiB: ` +
      (ok ? "within budget" : `OVER by ${kb(totals.payload.gzip - budget)} KiB`),
  );
}
process.exit(ok ? 0 : 1);
