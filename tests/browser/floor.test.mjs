// The browser floor (README, "Browsers"): Chrome / Android WebView 96, iOS / Safari 15.1,
// Firefox 79, Samsung Internet 17 — what the wasm's reference types need. The widget bundles
// are built for it (esbuild target), and no file the package ships may call an API or use a
// syntax newer than it. Node only: it reads the built pkg/ (bash scripts/build.sh).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT } from "./harness.mjs";

const PKG = join(ROOT, "pkg");

/** Every .js file under `dir`. */
function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return name.endsWith(".js") ? [path] : [];
  });
}

// [what, pattern, first versions that have it (Chrome / Safari / Firefox)]
const ABOVE_THE_FLOOR = [
  ["Array/String .at()", /\.at\(/, "92 / 15.4 / 90"],
  ["Object.hasOwn", /Object\.hasOwn\b/, "93 / 15.4 / 92"],
  ["structuredClone", /\bstructuredClone\b/, "98 / 15.4 / 94"],
  ["findLast / findLastIndex", /\.findLast(Index)?\(/, "97 / 15.4 / 104"],
  ["toSorted / toReversed / toSpliced", /\.to(Sorted|Reversed|Spliced)\(/, "110 / 16 / 115"],
  ["Array.fromAsync", /Array\.fromAsync\b/, "121 / 16.4 / 115"],
  ["Object.groupBy / Map.groupBy", /\b(Object|Map)\.groupBy\b/, "117 / 17.4 / 119"],
  ["Promise.withResolvers", /Promise\.withResolvers\b/, "119 / 17.4 / 121"],
  ["crypto.randomUUID", /\brandomUUID\b/, "92 / 15.4 / 95"],
  ["AbortSignal.timeout", /AbortSignal\.timeout\b/, "103 / 16 / 100"],
  ["Intl.Segmenter", /Intl\.Segmenter\b/, "87 / 14.1 / 125"],
  ["ElementInternals", /\battachInternals\b/, "77 / 16.4 / 93"],
  ["checkVisibility", /\bcheckVisibility\b/, "105 / 17.4 / 106"],
  ["isWellFormed / toWellFormed", /\.(is|to)WellFormed\(/, "111 / 16.4 / 119"],
  ["RegExp look-behind", /\(\?<[=!]/, "62 / 16.4 / 78"],
  ["class static block", /\bstatic\s*\{/, "94 / 16.4 / 93"],
  ["private class member", /(\.|\s|\()#[A-Za-z_$][\w$]*\s*(=|;|\(|in\b)|this\.#/, "74 / 15 / 90"],
  ["top-level await", /^await\b/m, "89 / 15 / 89"],
];

test("every shipped JavaScript file stays within the browser floor", () => {
  assert.ok(existsSync(join(PKG, "index.js")), "pkg/ is built (bash scripts/build.sh)");
  const files = jsFiles(PKG);
  assert.ok(files.some((f) => f.endsWith("qz-widgets.js")), "the one-file widget bundle is there");
  assert.ok(files.length > 20, `the package's modules are scanned too (${files.length})`);
  const found = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const [what, pattern, since] of ABOVE_THE_FLOOR) {
      const m = pattern.exec(text);
      if (m) found.push(`${relative(PKG, file)}: ${what} (${since}) near ${JSON.stringify(text.slice(Math.max(0, m.index - 40), m.index + 40))}`);
    }
  }
  assert.deepEqual(found, [], "nothing above Chrome 96 / Safari 15.1 / Firefox 79");
});

test("the scan itself finds what it looks for", () => {
  const hits = (code) => ABOVE_THE_FLOOR.filter(([, p]) => p.test(code)).map(([w]) => w);
  assert.deepEqual(hits("list.at(-1)"), ["Array/String .at()"]);
  assert.deepEqual(hits("Object.hasOwn(o, k)"), ["Object.hasOwn"]);
  assert.deepEqual(hits("a.findLast((x) => x)"), ["findLast / findLastIndex"]);
  assert.deepEqual(hits("a.toSorted()"), ["toSorted / toReversed / toSpliced"]);
  assert.deepEqual(hits("structuredClone(x)"), ["structuredClone"]);
  assert.deepEqual(hits("/(?<=a)b/"), ["RegExp look-behind"]);
  assert.deepEqual(hits("class A { #x = 1; m() { return this.#x; } }"), ["private class member"]);
  assert.deepEqual(hits("const x = list[list.length - 1]; a.find((x) => x); s.replace(/(^|x)y/, z)"), []);
});

test("the widget bundles are built for the floor (esbuild target in scripts/package.mjs)", () => {
  const script = readFileSync(join(ROOT, "scripts", "package.mjs"), "utf8");
  const m = /BROWSER_TARGETS = (\[[^\]]*\])/.exec(script);
  assert.ok(m, "scripts/package.mjs names its browser targets");
  assert.deepEqual(JSON.parse(m[1]), ["chrome96", "edge96", "safari15.1", "ios15.1", "firefox79"]);
  assert.match(script, /target: BROWSER_TARGETS/);
});

test("the wasm uses only features the floor has (no SIMD, no tail calls, no GC, …)", async () => {
  const { execFileSync } = await import("node:child_process");
  const wasm = join(PKG, "qinzhou_policy_calc_bg.wasm");
  // wasm-opt reads the module's target_features section and prints what it enables.
  const out = execFileSync(join(ROOT, "node_modules", ".bin", "wasm-opt"), [wasm, "--print-features"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const features = out.split("\n").filter((l) => l.startsWith("--enable-")).map((l) => l.slice("--enable-".length));
  assert.ok(features.includes("reference-types"), `the module's features are read: ${features}`);
  // Each is in Chrome 96, Safari 15.1 and Firefox 79 (reference types being the newest).
  const FLOOR = ["mutable-globals", "nontrapping-float-to-int", "bulk-memory", "bulk-memory-opt", "sign-ext", "reference-types", "call-indirect-overlong", "multivalue"];
  assert.deepEqual(features.filter((f) => !FLOOR.includes(f)), [], "no feature above the floor");
});
