// Size budget of what a page downloads to run the calculators: the wasm, its JS glue and the
// widget module(s) (www/*.js). Deterministic (gzip level 9 of the files on disk), so it may
// gate the tests. Prints every file's raw, gzip and brotli size; exits 1 over budget.
//
//   node scripts/size-budget.mjs [--budget BYTES] [--json]
//
// The budget (default 64 KiB = 65,536 gzipped bytes) covers the calculator payload: pkg's
// .wasm, its .js glue and package entry, and the widgets' bundle of every element. Also
// reported, not budgeted: a page with one widget (wasm, glue and the heaviest one-element
// bundle) and the demo page's total (its own HTML, CSS, icon and script added).
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
// The package entry that wraps the glue (typed errors before init), when the build has one.
if (existsSync(join(root, "pkg/index.js"))) files.push(measure("pkg/index.js", "glue"));
// The widgets as a page loads them: the bundle of every element (pkg/widgets/qz-widgets.js,
// minified by scripts/package.mjs) and one bundle per element (the kit and that element);
// without a bundle (an older build), the modules in www/ as they are.
const bundled = existsSync(join(root, "pkg/widgets/qz-widgets.js"));
const pkgWidgets = bundled ? readdirSync(join(root, "pkg/widgets")).sort() : [];
if (bundled) {
  files.push(measure("pkg/widgets/qz-widgets.js", "widgets"));
  for (const f of pkgWidgets.filter((f) => /^qz-.*\.js$/.test(f) && f !== "qz-widgets.js")) {
    files.push(measure(`pkg/widgets/${f}`, "element"));
  }
}
const www = existsSync(join(root, "www")) ? readdirSync(join(root, "www")).sort() : [];
for (const f of www.filter((f) => /\.m?js$/.test(f))) {
  // The demo page's own script is the page's, not the calculators'.
  files.push(measure(`www/${f}`, bundled || f === "demo.js" ? "page" : "widgets"));
}
for (const f of www.filter((f) => /\.(html|css|svg)$/.test(f))) files.push(measure(`www/${f}`, "page"));

const sum = (list, k) => list.reduce((s, f) => s + f[k], 0);
const budgeted = files.filter((f) => f.group === "wasm" || f.group === "glue" || f.group === "widgets");
// A page that embeds one calculator: the wasm, the glue and that element's own bundle; the
// largest element is the figure (every element is listed). Without per-element bundles, the
// widget modules are all a page can load.
const core = files.filter((f) => f.group === "wasm" || f.group === "glue");
const elements = files.filter((f) => f.group === "element");
const heaviest = elements.reduce((a, f) => (a == null || f.gzip > a.gzip ? f : a), null);
const oneWidget = heaviest ? [...core, heaviest] : budgeted;
const totals = {
  payload: { raw: sum(budgeted, "raw"), gzip: sum(budgeted, "gzip"), brotli: sum(budgeted, "brotli") },
  oneWidget: { raw: sum(oneWidget, "raw"), gzip: sum(oneWidget, "gzip"), brotli: sum(oneWidget, "brotli") },
  page: {
    raw: sum(files.filter((f) => f.group !== "element"), "raw"),
    gzip: sum(files.filter((f) => f.group !== "element"), "gzip"),
    brotli: sum(files.filter((f) => f.group !== "element"), "brotli"),
  },
};
const oneWidgetFiles = oneWidget.map((f) => f.file.replace(/^.*\//, ""));
const ok = totals.payload.gzip <= budget;

if (json) {
  console.log(JSON.stringify({ budget, ok, files, totals, oneWidgetFiles }));
} else {
  const row = (a, b, c, d, e) =>
    `${String(a).padEnd(36)} ${String(b).padStart(8)} ${String(c).padStart(9)} ${String(d).padStart(8)}  ${e}`;
  console.log(row("file", "raw", "gzip -9", "brotli", "counted"));
  const counted = { page: "page only", element: "one widget" };
  for (const f of files) console.log(row(f.file, f.raw, f.gzip, f.brotli, counted[f.group] ?? "budget"));
  console.log(row("payload (wasm + glue + widgets)", totals.payload.raw, totals.payload.gzip, totals.payload.brotli, ""));
  console.log(row(`one-widget page (+ ${oneWidgetFiles.at(-1)})`, totals.oneWidget.raw, totals.oneWidget.gzip, totals.oneWidget.brotli, ""));
  console.log(row("demo page total (+ html, css, svg)", totals.page.raw, totals.page.gzip, totals.page.brotli, ""));
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(
    `size budget: payload ${kb(totals.payload.gzip)} KiB gzipped of ${kb(budget)} KiB: ` +
      (ok ? "within budget" : `OVER by ${kb(totals.payload.gzip - budget)} KiB`),
  );
}
process.exit(ok ? 0 : 1);
