// Latency of every benchmarked calculator through the built wasm package in Node, and of the
// plain-JS float baseline (bench/plain.js), interleaved round by round so that load from other
// processes hits both alike; medians of many short batches. Also: how far the float schedule
// is off, and Node's compile + instantiate time for the wasm. Prints one JSON object.
//
//   node bench/latency.mjs [--rounds 31] [--target-ms 4] [--warm-ms 300]
import { readFileSync } from "node:fs";
import * as plain from "./plain.js";
import * as decimal from "./decimal.js";

const root = new URL("../", import.meta.url);
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const ROUNDS = opt("--rounds", 31);
const TARGET_MS = opt("--target-ms", 4);
const WARM_MS = opt("--warm-ms", 300);
const inputs = JSON.parse(readFileSync(new URL("bench/inputs.json", root), "utf8"));
// Every calculator with an input in bench/inputs.json (one per calculator), in its order.
const NAMES = Object.keys(inputs);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.round((s.length - 1) * p)];
};

// ---- cold: compile + instantiate in Node (fresh module objects each time), median of 7
const wasmBytes = readFileSync(new URL("pkg/qinzhou_policy_calc_bg.wasm", root));
const glue = await import(new URL("pkg/qinzhou_policy_calc.js", root));
const compileNs = [];
for (let i = 0; i < 7; i++) {
  const t0 = process.hrtime.bigint();
  new WebAssembly.Module(wasmBytes);
  compileNs.push(Number(process.hrtime.bigint() - t0));
}
const t0 = process.hrtime.bigint();
glue.initSync({ module: wasmBytes });
const initNs = Number(process.hrtime.bigint() - t0);
// Calls go through the package's Node entry, as a user's do: the wasm call and the rendering of
// its words from the catalogue (both languages, as the native JSON path renders them), and the
// 一县一业 calculators from their own module.
const pkg = await import(new URL("pkg/node.js", root));

// ---- what can run
let sink = 0;
const consume = (r) => {
  // Touch the result so no engine can drop the call; cheap next to any call measured.
  sink += typeof r === "object" && r !== null ? Object.keys(r).length : 1;
};
const candidates = [];
const report = { wasm: {}, plain: {}, decimal: {} };
for (const name of NAMES) {
  for (const [impl, mod] of [["wasm", pkg], ["plain", plain], ["decimal", decimal]]) {
    const fn = mod[name];
    if (typeof fn !== "function") {
      report[impl][name] = { status: "n/a", why: impl === "wasm" ? "not in this build" : `no ${impl} peer` };
      continue;
    }
    const input = inputs[name];
    try {
      consume(fn(input));
    } catch (e) {
      report[impl][name] = { status: "n/a", why: `${e.code ?? "error"}: ${e.messageEn ?? e.message}` };
      continue;
    }
    candidates.push({ impl, name, fn, input, samples: [] });
  }
}

function batch(c, n) {
  const { fn, input } = c;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) consume(fn(input));
  return Number(process.hrtime.bigint() - start) / n;
}

// Warm up for WARM_MS each (V8 tiers wasm and JS up from the baseline compilers only after
// a while), then size batches to about TARGET_MS.
for (const c of candidates) {
  const until = performance.now() + WARM_MS;
  let calls = 0;
  while (performance.now() < until || calls < 20) {
    batch(c, 1);
    calls++;
  }
  const one = Math.max(batch(c, 20), 1);
  c.n = Math.max(1, Math.min(1_000_000, Math.round((TARGET_MS * 1e6) / one)));
}
for (let r = 0; r < ROUNDS; r++) {
  for (const c of candidates) c.samples.push(batch(c, c.n));
}
for (const c of candidates) {
  report[c.impl][c.name] = {
    status: "ok",
    medianNs: median(c.samples),
    p25Ns: quantile(c.samples, 0.25),
    p75Ns: quantile(c.samples, 0.75),
    batch: c.n,
    rounds: ROUNDS,
  };
}

// ---- float error on the A6 worked example
const scheduleInput = { principal: "300000", annualRatePercent: "3.1", termMonths: 360, method: "equal_installment" };
const reference = { firstPayment: "1281.05", lastPayment: "1280.45", totalInterest: "161177.40" }; // the gazette's worked example A6
let exact = null;
if (typeof pkg.repaymentSchedule === "function") {
  try {
    exact = pkg.repaymentSchedule(scheduleInput);
  } catch {
    exact = null;
  }
}
const toFen = (s) => Math.round(Number(s) * 100);
function drift(float) {
  const ref = exact ?? reference;
  const out = {
    firstPaymentFen: toFen(float.firstPayment) - toFen(ref.firstPayment),
    lastPaymentFen: toFen(float.lastPayment) - toFen(ref.lastPayment),
    totalInterestFen: toFen(float.totalInterest) - toFen(ref.totalInterest),
    firstPayment: float.firstPayment,
    lastPayment: float.lastPayment,
    totalInterest: float.totalInterest,
  };
  if (exact?.schedule) {
    let periods = 0;
    let maxFen = 0;
    for (let i = 0; i < exact.schedule.length; i++) {
      const e = exact.schedule[i];
      const f = float.schedule[i];
      let differs = false;
      for (const k of ["payment", "principal", "interest", "remaining"]) {
        const d = Math.abs(toFen(f[k]) - toFen(e[k]));
        if (d) differs = true;
        maxFen = Math.max(maxFen, d);
      }
      if (differs) periods++;
    }
    out.periodsDiffering = periods;
    out.maxFenInAnyRow = maxFen;
  }
  return out;
}
const accuracy = {
  against: exact ? "wasm repaymentSchedule" : "the worked example A6 (repaymentSchedule not in this build)",
  exact: exact
    ? { firstPayment: exact.firstPayment, lastPayment: exact.lastPayment, totalInterest: exact.totalInterest }
    : reference,
  naive: drift(plain.repaymentSchedule(scheduleInput)),
  roundedEachPeriod: drift(plain.repaymentSchedule(scheduleInput, { roundEachPeriod: true })),
};

console.log(
  JSON.stringify({
    node: process.version,
    wasmBytes: wasmBytes.length,
    compileMedianNs: median(compileNs),
    initSyncNs: initNs,
    ...report,
    accuracy,
    sink: sink > 0,
  }),
);
