// Size of every page that embeds the calculators, as the page downloads it before its first
// result: the widget bundle, every file its import graph fetches (the package entry, the
// shared wrapper, the wasm glue) and the wasm module the glue loads. Deterministic (gzip level
// 9 and brotli 11 of the files on disk), so it can gate the tests. Exits 1 when a page is over
// its ratchet.
//
//   node scripts/size-budget.mjs [--ratchets JSON] [--json]
//
// The pages: one per element (pkg/widgets/qz-<name>.js, which loads its group's module from
// pkg/modules/<group>/), the all-widgets page (qz-widgets.js, the all-in-one module: every
// housing-fund element) and the all-incentives page (qz-incentives.js, the incentives module).
// Each has a target (the goals: 48 KiB gzipped, 64 KiB for the loan limit, elevator
// and schedule pages, 100 KiB for all widgets) that is reported, and a ratchet (--ratchets
// '{"qz-loan-limit": 70000, …}', bytes gzipped; scripts/test.sh sets one per page at its
// measured size, rounded up a little) that gates. A ratchet may never be above 160256 bytes,
// the single ratchet before the pages were split.
//
// The hook for files a page loads that are not code (the texts of a language, when they move
// out of the wasm): the walk counts every `new URL("<file>", import.meta.url)` it finds in the
// page's files, except the ones fetched only on demand (ON_DEMAND below), so a texts file the
// kit fetches that way is counted with no change here.
import { readFileSync, existsSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const root = resolve(new URL("..", import.meta.url).pathname);
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const json = args.includes("--json");
const ratchets = JSON.parse(opt("--ratchets") ?? "{}");
const CEILING = 160256;
const KIB = 1024;
const crate = "qinzhou_policy_calc";

// Fetched only when the visitor asks: the clause texts (a reader opens 计算依据) and the
// widgets' stylesheet as a file (only for browsers without constructable stylesheets).
const ON_DEMAND = new Set(["sources.json", "qz-widgets.css"]);
/** The language a page shows first, whose words it loads before its first result. */
const LANG = "zh";
// The targets, by page; every other one-widget page: 48 KiB.
const TARGETS = { "qz-loan-limit": 64 * KIB, "qz-elevator-withdrawal": 64 * KIB, "qz-repayment-schedule": 64 * KIB, "qz-widgets": 100 * KIB };
const ONE_WIDGET_TARGET = 48 * KIB;

for (const [page, bytes] of Object.entries(ratchets)) {
  if (!(bytes > 0 && bytes <= CEILING)) {
    console.error(`size-budget: the ratchet of ${page} (${bytes}) must be a size in bytes, at most ${CEILING}`);
    process.exit(2);
  }
}
if (!existsSync(join(root, "pkg/widgets/qz-widgets.js")) || !existsSync(join(root, "pkg/widgets/kit/modules.js"))) {
  console.error("size-budget: pkg/ is not built (or built before the module split); run bash scripts/build.sh first");
  process.exit(2);
}

const sizes = new Map();
function measure(file) {
  if (!sizes.has(file)) {
    const bytes = readFileSync(file);
    sizes.set(file, {
      file: relative(root, file),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    });
  }
  return sizes.get(file);
}

// Static imports and re-exports (`import x from "./a.js"`, `import"./b.js"`, `export*from"./c.js"`,
// minified or not) and assets by URL. Dynamic import() is a choice the page makes at run time,
// so it is not followed: the page says which module it loads (below).
const STATIC = /(?:^|[\s;{}()])(?:import|export)\s*(?:[\w$]+\s*,\s*)?(?:\*\s*as\s*[\w$]+\s*|\*\s*|\{[^{}]*\}\s*|[\w$]+\s*)?(?:from\s*)?["']([^"'\n]+)["']/g;
const ASSET = /new URL\(\s*["']([^"'\n]+)["']\s*,\s*import\.meta\.url\s*\)/g;
const DYNAMIC = /\bimport\(\s*["']([^"'\n]+)["']\s*\)/g;

/** Every file `entry` fetches before it runs: its static import graph and the assets it names. */
function graph(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(entry, "utf8");
  for (const m of text.matchAll(STATIC)) {
    if (!/^\.{1,2}\//.test(m[1])) continue; // a bare specifier is the site's, not the package's
    graph(resolve(dirname(entry), m[1]), seen);
  }
  for (const m of text.matchAll(ASSET)) {
    const file = resolve(dirname(entry), m[1]);
    if (!ON_DEMAND.has(file.replace(/^.*\//, ""))) seen.add(file);
  }
  return seen;
}

// The elements, as they declare themselves (they load without a DOM): the housing-fund ones and
// the 一县一业 incentive ones (widgets/incentives.js), which are outside the all-in-one module.
const widgets = await import(pathToFileURL(join(root, "pkg/widgets/index.js")).href);
const incentives = await import(pathToFileURL(join(root, "pkg/widgets/incentives.js")).href);
const { GROUP } = await import(pathToFileURL(join(root, "pkg/widgets/kit/modules.js")).href);
const elementsOf = (mod) => Object.values(mod).filter((c) => typeof c === "function" && c.tagName && c !== mod.QzCalculator);
const elements = [...elementsOf(widgets), ...elementsOf(incentives)];

const pages = [];
function page(name, bundle, moduleEntry, what) {
  const file = join(root, bundle);
  const dynamic = [...readFileSync(file, "utf8").matchAll(DYNAMIC)].map((m) => resolve(dirname(file), m[1]));
  const entry = join(root, moduleEntry);
  if (!dynamic.includes(entry)) throw new Error(`size-budget: ${bundle} has no import() of ${moduleEntry}`);
  // The words the page shows first: the entry's catalogue groups of the page's language (the
  // widgets load Chinese, the first language, and English only when a widget switches to it).
  const loader = new RegExp(`\\b${LANG}:\\(\\)=>import\\(\\s*["']([^"']+)["']\\s*\\)`).exec(readFileSync(entry, "utf8"));
  if (!loader) throw new Error(`size-budget: ${moduleEntry} has no loader of the ${LANG} texts`);
  const texts = [resolve(dirname(entry), loader[1])];
  const files = [...new Set([...graph(file), ...graph(entry), ...texts.flatMap((t) => [...graph(t)])])].map(measure);
  const sum = (k) => files.reduce((s, f) => s + f[k], 0);
  const target = TARGETS[name] ?? ONE_WIDGET_TARGET;
  const ratchet = ratchets[name] ?? null;
  pages.push({ page: name, what, files, raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli"), target, ratchet, ok: ratchet === null || sum("gzip") <= ratchet });
}
for (const cls of elements) {
  const group = GROUP[cls.fn];
  if (!group) throw new Error(`size-budget: ${cls.fn} (${cls.tagName}) is in no group module`);
  page(cls.tagName, `pkg/widgets/${cls.tagName}.js`, `pkg/modules/${group}/index.js`, `<${cls.tagName}> (${group} module)`);
}
page("qz-widgets", "pkg/widgets/qz-widgets.js", "pkg/index.js", "every housing-fund widget (all-in-one module)");
page("qz-incentives", "pkg/widgets/qz-incentives.js", "pkg/modules/incentives/index.js", "the three incentive widgets (incentives module)");
for (const name of Object.keys(ratchets)) {
  if (!pages.some((p) => p.page === name)) {
    console.error(`size-budget: a ratchet names ${name}, which is no page`);
    process.exit(2);
  }
}
const ok = pages.every((p) => p.ok);

if (json) {
  console.log(JSON.stringify({ ok, ceiling: CEILING, pages }));
} else {
  const kib = (n) => (n / KIB).toFixed(1);
  const row = (...c) => `${String(c[0]).padEnd(26)} ${String(c[1]).padStart(8)} ${String(c[2]).padStart(8)} ${String(c[3]).padStart(8)}  ${c[4] ?? ""}`;
  for (const p of pages) {
    console.log(`\n${p.page}: ${p.what}`);
    console.log(row("file", "raw", "gzip -9", "brotli"));
    for (const f of p.files) console.log(row(f.file.replace(/^pkg\//, ""), f.raw, f.gzip, f.brotli));
    const target = p.gzip <= p.target ? `within the ${kib(p.target)} KiB target` : `${kib(p.gzip - p.target)} KiB over the ${kib(p.target)} KiB target`;
    const gate = p.ratchet === null ? "no ratchet" : p.ok ? `ratchet ${p.ratchet}: ok` : `OVER its ratchet ${p.ratchet} by ${p.gzip - p.ratchet} bytes`;
    console.log(row("page total", p.raw, p.gzip, p.brotli, `${kib(p.gzip)} KiB gz: ${target}; ${gate}`));
  }
  console.log(`\nsize budget: ${pages.filter((p) => p.ratchet !== null).length} page(s) gated, ` + (ok ? "all within their ratchets" : `OVER: ${pages.filter((p) => !p.ok).map((p) => p.page).join(", ")}`));
}
process.exit(ok ? 0 : 1);
