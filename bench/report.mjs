// Turns the raw results of scripts/bench.sh (a folder of JSON files) into BENCHMARKS.md on
// stdout, then appends bench/findings.md (the analysis of the misses, kept by hand).
//
//   node bench/report.mjs DIR "COMMAND"
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { execSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";

const [dir, cmd = "bash scripts/bench.sh"] = process.argv.slice(2);
const root = new URL("../", import.meta.url);
const read = (f) => {
  try {
    return JSON.parse(readFileSync(join(dir, f), "utf8"));
  } catch {
    return null;
  }
};
const median = (xs) => {
  const s = xs.filter((x) => typeof x === "number").sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) : null;
};
const sh = (c) => {
  try {
    return execSync(c, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "?";
  }
};
const kib = (n) => (n / 1024).toFixed(1);
const ns = (x) => (x == null ? "n/a" : x >= 1e6 ? `${(x / 1e6).toFixed(2)} ms` : x >= 1e4 ? `${(x / 1e3).toFixed(1)} µs` : `${Math.round(x)} ns`);
const ratio = (a, b) => (a == null || b == null ? "n/a" : `${(a / b).toFixed(1)}×`);
const yes = (ok) => (ok == null ? "n/a" : ok ? "**met**" : "**missed**");

// Every calculator with an input in bench/inputs.json, in its order.
const NAMES = Object.keys(JSON.parse(readFileSync(new URL("../bench/inputs.json", import.meta.url), "utf8")));
const files = readdirSync(dir);
const natives = files.filter((f) => /^native-\d+\.json$/.test(f)).map(read).filter(Boolean);
const wasms = files.filter((f) => /^wasm-\d+\.json$/.test(f)).map(read).filter(Boolean);
const size = read("size.json");
const cold = read("coldstart.json");
const throttled = read("coldstart-throttled.json");
const cg = {};
if (files.includes("callgrind.txt")) {
  for (const line of readFileSync(join(dir, "callgrind.txt"), "utf8").trim().split("\n")) {
    const [name, ir] = line.split(" ");
    if (name) cg[name] = ir === "n/a" ? null : Number(ir);
  }
}

// Median over processes of each process's median (processes alternate native / wasm).
const pick = (runs, name) => {
  const ok = runs.map((r) => r[name]).filter((r) => r && r.status === "ok");
  return ok.length ? median(ok.map((r) => r.medianNs)) : null;
};
const why = (runs, name) => runs.map((r) => r[name]).find((r) => r && r.status !== "ok")?.why;

const lat = NAMES.map((name) => {
  const native = pick(natives, name);
  const core = pick(natives, `core:${name}`);
  const wasm = pick(wasms.map((w) => w.wasm), name);
  const plain = pick(wasms.map((w) => w.plain), name);
  const decimal = pick(wasms.map((w) => w.decimal ?? {}), name);
  return { name, native, core, wasm, plain, decimal, ir: cg[name], whyWasm: why(wasms.map((w) => w.wasm), name) };
});
const measured = lat.filter((l) => l.native != null && l.wasm != null);
const worstNative = measured.length ? Math.max(...measured.map((l) => l.wasm / l.native)) : null;
const withCore = lat.filter((l) => l.core != null && l.wasm != null);
const worstCore = withCore.length ? Math.max(...withCore.map((l) => l.wasm / l.core)) : null;
const withDecimal = lat.filter((l) => l.decimal != null && l.wasm != null);
const worstDecimal = withDecimal.length ? Math.max(...withDecimal.map((l) => l.wasm / l.decimal)) : null;
const withPlain = lat.filter((l) => l.plain != null && l.wasm != null);
const worstPlain = withPlain.length ? Math.max(...withPlain.map((l) => l.wasm / l.plain)) : null;
const coldRatio = cold?.widget?.status === "ok" && cold?.plain?.status === "ok" ? cold.widget.shownMedianMs / cold.plain.shownMedianMs : null;

const o = [];
const p = (s = "") => o.push(s);
const date = new Date().toISOString().replace(/\.\d+Z$/, "Z");
p("# Benchmarks");
p();
p(`Measured ${date} by \`${cmd}\` (regenerate with the same command; \`--quick\` for a smoke run).`);
p();
p(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(" / ")} at the end (others share the cores); ${sh("rustc --version")}; Node ${process.version}; ` +
    `${cold?.chromium ? `Chromium ${cold.chromium}` : "Chromium n/a"}; all-in-one wasm ${size ? `${size.pages.find((pg) => pg.page === "qz-widgets")?.files.find((f) => f.file.endsWith(".wasm"))?.raw ?? "n/a"} bytes` : "n/a"}.`,
);
p();
p("## Goals");
p();
p("| goal | figure | |");
p("| --- | --- | --- |");
const by = (a, goal, unit) => (a == null ? "" : a <= goal ? ` (${(goal - a).toFixed(1)}${unit} under)` : ` (over by ${(a - goal).toFixed(1)}${unit})`);
if (size) {
  // The goals are the housing-fund pages' (issue 17): not the all-widgets page, nor the 一县一业
  // incentive pages (issue 19, the incentives module), which the payload table lists too.
  const oneWidget = size.pages.filter((pg) => pg.page !== "qz-widgets" && !pg.files.some((f) => f.file.includes("modules/incentives/")));
  const worst = (list) => list.reduce((a, pg) => (a == null || pg.gzip - pg.target > a.gzip - a.target ? pg : a), null);
  const w = worst(oneWidget);
  const met = oneWidget.filter((pg) => pg.gzip <= pg.target).length;
  p(`| every one-widget page ≤ 48 KiB gzipped (64 KiB: loan limit, elevator, schedule) | ${met} of ${oneWidget.length} within; worst ${w.page} ${kib(w.gzip)} KiB${by(w.gzip / 1024, w.target / 1024, " KiB")} | ${yes(met === oneWidget.length)} |`);
  const all = size.pages.find((pg) => pg.page === "qz-widgets");
  if (all) p(`| all-widgets page ≤ 100 KiB gzipped | ${kib(all.gzip)} KiB${by(all.gzip / 1024, all.target / 1024, " KiB")} | ${yes(all.gzip <= all.target)} |`);
}
p(`| wasm ≤ 3× native core (the calculator on typed input), every function | worst ${worstCore == null ? "n/a" : worstCore.toFixed(1) + "×"} | ${yes(worstCore == null ? null : worstCore <= 3)} |`);
p(`| wasm ≤ 2× native JSON path (\`api::call\`), every function (issue 17) | worst ${worstNative == null ? "n/a" : worstNative.toFixed(1) + "×"} | ${yes(worstNative == null ? null : worstNative <= 2)} |`);
p(`| stretch: wasm no slower than decimal.js (loanLimit, rentWithdrawal, 360-month schedule) | worst ${worstDecimal == null ? "n/a" : worstDecimal.toFixed(2) + "×"} | ${yes(worstDecimal == null ? null : worstDecimal <= 1)} |`);
p(`| wasm ≤ 2× plain JS, every function with a peer | worst ${worstPlain == null ? "n/a" : worstPlain.toFixed(0) + "×"} | ${yes(worstPlain == null ? null : worstPlain <= 2)} |`);
p(`| cold start, widget page / plain-JS page (no numeric goal) | ${coldRatio == null ? "n/a" : coldRatio.toFixed(2) + "×"} | |`);
const tRatio = throttled?.widget?.status === "ok" && throttled?.plain?.status === "ok" ? throttled.widget.shownMedianMs / throttled.plain.shownMedianMs : null;
p(`| throttled phone profile: loan-limit page's first result ≤ 1.3× the plain-JS page (issue 17) | ${tRatio == null ? "n/a" : tRatio.toFixed(2) + "×"} | ${yes(tRatio == null ? null : tRatio <= 1.3)} |`);
p();

p("## Payload");
p();
if (size) {
  p(
    "`node scripts/size-budget.mjs`: each page as it is fetched before its first result (the widget bundle, its import " +
      "graph, the entry it loads, `wrap.js`, the glue and its wasm; gzip -9 and brotli 11 of the files on disk). " +
      "The test run gates every page on its own ratchet (`scripts/test.sh`).",
  );
  p();
  p("| page | module | wasm gz | glue + entry + wrap.js gz | widget bundle gz | **page gz** | page brotli | target | vs target |");
  p("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
  for (const pg of size.pages) {
    const of = (re) => pg.files.filter((f) => re.test(f.file)).reduce((n, f) => n + f.gzip, 0);
    const wasm = of(/\.wasm$/);
    const bundle = of(/^pkg\/widgets\//);
    const module = (pg.files.find((f) => /\.wasm$/.test(f.file))?.file ?? "").replace(/^pkg\//, "").replace(/\/?qinzhou_policy_calc_bg\.wasm$/, "") || "all-in-one";
    const gap = pg.gzip <= pg.target ? `${kib(pg.target - pg.gzip)} KiB under` : `**${kib(pg.gzip - pg.target)} KiB over**`;
    p(`| ${pg.page} | ${module} | ${wasm} | ${pg.gzip - wasm - bundle} | ${bundle} | **${pg.gzip}** (${kib(pg.gzip)} KiB) | ${pg.brotli} | ${kib(pg.target)} KiB | ${gap} |`);
  }
} else p("n/a (pkg/ missing)");
p();

p("## Latency per call");
p();
p(
  "Same input for every implementation (`bench/inputs.json`). wasm: the exported function on a JS object → " +
    "validated, computed, explained result as a JS object. **native core**: the calculator on its already typed " +
    "input, the result left as the Rust value (the honest lower bound: no input reading, no output). **native JSON**: " +
    "`api::call`, JSON text → input tree → typed → computed → `serde_json::Value`. Native is built at opt-level 3, " +
    "the wasm at opt-level \"z\". Medians of short batches, " +
    `functions interleaved; ${natives.length} native and ${wasms.length} Node process(es), alternating; ` +
    "wasm, decimal.js and plain JS interleaved in each Node process. " +
    "decimal.js (`bench/decimal.js`) is the exact peer: the same arithmetic with decimal.js (limits round down, " +
    "payments and interest half-up), no validation beyond it, no texts. Plain JS (`bench/plain.js`) is the float " +
    "baseline: numbers only, no steps, citations or bilingual messages.",
);
p();
p("| function | native core | native JSON | native instructions (JSON) | wasm (Node) | wasm / core | wasm / JSON | decimal.js | wasm / decimal.js | plain JS | wasm / plain JS |");
p("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const l of lat) {
  const irs = l.ir == null ? "n/a" : l.ir.toLocaleString("en-US");
  const w = l.wasm == null ? `n/a${l.whyWasm ? ` (${l.whyWasm})` : ""}` : ns(l.wasm);
  p(
    `| ${l.name}${l.name === "repaymentSchedule" ? " (360 months)" : ""} | ${ns(l.core)} | ${ns(l.native)} | ${irs} | ${w} | ` +
      `${ratio(l.wasm, l.core)} | ${ratio(l.wasm, l.native)} | ${ns(l.decimal)} | ${l.decimal == null ? "n/a" : (l.wasm / l.decimal).toFixed(2) + "×"} | ${ns(l.plain)} | ${ratio(l.wasm, l.plain)} |`,
  );
}
p();
const w0 = wasms[0];
if (w0) {
  p(
    `Node compile of the module: ${ns(median(wasms.map((w) => w.compileMedianNs)))} (V8 compiles lazily); ` +
      `\`initSync\` (instantiate): ${ns(median(wasms.map((w) => w.initSyncNs)))}.`,
  );
  p();
  const a = w0.accuracy;
  p("## Floats on the A6 schedule (300,000 at 3.1% over 360 months, equal instalments)");
  p();
  p(`Exact (${a.against}): payment ${a.exact.firstPayment}, last ${a.exact.lastPayment}, total interest ${a.exact.totalInterest}.`);
  p();
  p("| plain-JS float version | payment | last payment | total interest | rows off | worst row |");
  p("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const [label, d] of [["naive (round only for display)", a.naive], ["rounded to the fen every period", a.roundedEachPeriod]]) {
    const f = (v, fen) => `${v} (${fen >= 0 ? "+" : ""}${fen} fen)`;
    p(
      `| ${label} | ${f(d.firstPayment, d.firstPaymentFen)} | ${f(d.lastPayment, d.lastPaymentFen)} | ${f(d.totalInterest, d.totalInterestFen)} | ` +
        `${d.periodsDiffering ?? "n/a"} of 360 | ${d.maxFenInAnyRow == null ? "n/a" : d.maxFenInAnyRow + " fen"} |`,
    );
  }
  p();
}

p("## Cold start in headless Chromium");
p();
if (cold && !cold.error) {
  p(
    "Navigation start → first result rendered (the `qz-result` event) and the next animation frame, fresh browser " +
      `context per run (empty cache, server sends \`no-store\`, loopback: no network time), pages interleaved, ${cold.runs} runs each, medians.`,
  );
  p();
  coldTable(cold);
} else p("n/a (Chromium or playwright-core missing)");
p();
if (throttled && !throttled.error) {
  const t = throttled.throttle;
  p("### Throttled: the phone profile of issue 17");
  p();
  p(
    `The same pages under Chromium's own emulation (CDP): ${(t.downloadThroughput * 8) / 1e6} Mbit/s down, ${(t.uploadThroughput * 8) / 1e3} kbit/s up, ` +
      `${t.latency} ms round trip per request, CPU ${t.cpuSlowdown}× slower; files gzipped by the benchmark's proxy; ${throttled.runs} runs each, medians. ` +
      "Goal: a one-widget page within 1.3× the plain-JS page.",
  );
  p();
  coldTable(throttled);
  p();
}
function coldTable(cold) {
  p("| page | shown | result rendered | DOMContentLoaded | bytes decoded | / plain |");
  p("| --- | ---: | ---: | ---: | ---: | ---: |");
  const labels = {
    plain: "plain JS form (bench/plain.html)",
    widget: "loan-limit widget, its group's module (bench/widget.html)",
    widgetAll: "loan-limit widget, all-in-one module and every element (bench/widget-all.html)",
    demo: "demo page, 8 widgets (www/index.html)",
  };
  for (const k of ["plain", "widget", "widgetAll", "demo"]) {
    const c = cold[k];
    if (!c) continue;
    if (c.status !== "ok") p(`| ${labels[k]} | n/a (${c.why}) | | | | |`);
    else
      p(
        `| ${labels[k]} | ${c.shownMedianMs.toFixed(0)} ms | ${c.firstResultMedianMs.toFixed(0)} ms | ${c.domContentLoadedMedianMs.toFixed(0)} ms | ` +
          `${c.decodedBytes} | ${cold.plain?.status === "ok" ? ratio(c.shownMedianMs, cold.plain.shownMedianMs) : "n/a"} |`,
      );
  }
}
const findings = new URL("bench/findings.md", root);
if (existsSync(findings)) p(readFileSync(findings, "utf8").trimEnd());
console.log(o.join("\n"));
