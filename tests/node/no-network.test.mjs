// The package makes no network request and evaluates no code: statically (the glue and the
// wasm imports) and at run time (every function with fetch & co. and eval / Function trapped).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";

const PKG = new URL("../../pkg/", import.meta.url);
const GLUE = "qinzhou_policy_calc.js";
const WASM = "qinzhou_policy_calc_bg.wasm";

const jsFiles = readdirSync(PKG).filter((f) => f.endsWith(".js") || f.endsWith(".mjs"));
const read = (f) => readFileSync(new URL(f, PKG), "utf8");

// Code, not strings or comments, is what matters; the glue's messages mention "fetch".
function stripStringsAndComments(src) {
  return src
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/[^\n]*/g, "")
    .replace(/`(?:\\[\s\S]|[^`\\])*`/g, "``")
    .replace(/'(?:\\.|[^'\\\n])*'/g, "''")
    .replace(/"(?:\\.|[^"\\\n])*"/g, '""');
}

const FORBIDDEN = [
  /\beval\s*\(/,
  /\bnew\s+Function\b/,
  /\bFunction\s*\(/,
  /\bXMLHttpRequest\b/,
  /\bWebSocket\b/,
  /\bimportScripts\b/,
  /\bEventSource\b/,
  /\bsendBeacon\b/,
  /\bWorker\s*\(/,
  /\bimport\s*\(/,
  /\bsetTimeout\s*\(\s*["'`]/,
  /\bdocument\b/,
];

// The one dynamic import allowed: of a file of the package itself, by a literal relative path
// (an entry loading its words, texts/<lang>/<group>.js, on init): never a computed URL.
function ownImportsRemoved(f, src) {
  return src.replace(/\bimport\s*\(\s*"(\.{1,2}\/[^"]+)"\s*\)/g, (m, path) => {
    const target = new URL(path, new URL(f, PKG));
    assert.ok(target.href.startsWith(PKG.href), `${f}: import("${path}") leaves the package`);
    assert.ok(readdirSync(new URL(".", target)).includes(path.split("/").pop()), `${f}: import("${path}") is not a file of the package`);
    return "OWN_FILE";
  });
}

test("no eval, Function or networking API in the package's JavaScript", () => {
  assert.ok(jsFiles.includes(GLUE), `pkg/ has ${GLUE}`);
  for (const f of jsFiles) {
    const code = stripStringsAndComments(ownImportsRemoved(f, read(f)));
    for (const re of FORBIDDEN) assert.doesNotMatch(code, re, `${f}: ${re}`);
  }
});

test("the only fetch is of the package's own wasm file, in init, when no module is given", () => {
  for (const f of jsFiles) {
    const code = stripStringsAndComments(read(f));
    const fetches = [...code.matchAll(/\bfetch\s*\(/g)];
    if (f !== GLUE) {
      assert.equal(fetches.length, 0, `${f} calls fetch`);
      continue;
    }
    assert.equal(fetches.length, 1, `${f}: exactly one fetch call`);
    const src = read(f);
    // The call is `fetch(module_or_path)`, inside the async init…
    const init = src.slice(src.indexOf("async function __wbg_init_once"));
    assert.ok(src.includes("async function __wbg_init_once"), "wasm-bindgen's init is there");
    const body = init.slice(0, init.indexOf("\n}\n") + 2);
    assert.match(body, /\bfetch\(module_or_path\)/);
    // …whose default, when the caller passes nothing, is the wasm file beside the glue.
    assert.match(
      body,
      /if \(module_or_path === undefined\) \{\s*module_or_path = new URL\('qinzhou_policy_calc_bg\.wasm', import\.meta\.url\);/,
    );
    // And nothing else in the package builds a URL.
    const urls = [...src.matchAll(/new URL\(([^)]*)\)/g)].map((m) => m[1]);
    assert.deepEqual(urls, ["'qinzhou_policy_calc_bg.wasm', import.meta.url"]);
  }
});

test("the wasm imports only the binding's own glue, none of it networking or eval", () => {
  const module = new WebAssembly.Module(readFileSync(new URL(WASM, PKG)));
  const imports = WebAssembly.Module.imports(module);
  assert.ok(imports.length > 0);
  const glue = read(GLUE);
  const start = glue.indexOf("function __wbg_get_imports()");
  assert.ok(start >= 0, "glue has __wbg_get_imports");
  const table = glue.slice(start, glue.indexOf("\n}\n", start));
  const code = stripStringsAndComments(table);
  for (const re of [...FORBIDDEN, /\bfetch\b/, /\bglobalThis\b/, /\bwindow\b/, /\bself\b/, /\bprocess\b/, /\brequire\b/]) {
    assert.doesNotMatch(code, re, `an import does ${re}`);
  }
  for (const imp of imports) {
    assert.equal(imp.module, "./qinzhou_policy_calc_bg.js", `${imp.module}.${imp.name}`);
    assert.equal(imp.kind, "function", imp.name);
    assert.ok(table.includes(`${imp.name}:`), `${imp.name} is defined by the glue's import table`);
    assert.doesNotMatch(imp.name, /fetch|xhr|xmlhttp|socket|beacon|eval|function|import|request|url|worker/i);
  }
});

const INPUTS = {
  voluntaryPoints: { members: [{ balance: "52000", depositMonths: 60, onTimeMonths: 48 }] },
  loanLimit: { date: "2023-01-01", maritalStatus: "married", applicant: { contributing: true },
    spouse: { contributing: true } },
  rentWithdrawal: { date: "2023-06-01", maritalStatus: "single", ownsHomeInQinzhou: false,
    monthlyRent: "1200", months: 1, balances: { applicant: "5000" } },
  repaymentWithdrawal: { date: "2023-06-01", balance: "10000", monthlyDeposit: "1000" },
  elevatorWithdrawal: { permitDate: "2023-03-15", applicationDate: "2023-06-01", entitlement: "20000",
    accounts: [{ relation: "self", balance: "50000" }] },
  childcarePlaces: { population: 3302238, places: 4613 },
  repaymentSchedule: { principal: "300000", annualRatePercent: "3.1", termMonths: 360,
    method: "equal_installment" },
  policyParameters: undefined,
};

test("at run time: every function works with networking and eval trapped", async () => {
  const hits = [];
  const trap = (name) => {
    const f = function () {
      hits.push(name);
      throw new Error(`${name} called`);
    };
    return new Proxy(f, {
      apply() { hits.push(name); throw new Error(`${name} called`); },
      construct() { hits.push(name); throw new Error(`new ${name}`); },
    });
  };
  const names = ["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "importScripts", "eval",
    "Function", "Worker", "Request"];
  const saved = Object.fromEntries(names.map((n) => [n, Object.getOwnPropertyDescriptor(globalThis, n)]));
  const savedBeacon = globalThis.navigator?.sendBeacon;
  const savedCtor = Object.getOwnPropertyDescriptor(Function.prototype, "constructor");
  try {
    for (const n of names) {
      Object.defineProperty(globalThis, n, { value: trap(n), configurable: true, writable: true });
    }
    // `(function(){}).constructor("code")` is eval too.
    Object.defineProperty(Function.prototype, "constructor", { value: trap("Function.prototype.constructor"), configurable: true, writable: true });
    if (globalThis.navigator) {
      try { globalThis.navigator.sendBeacon = trap("sendBeacon"); } catch { /* read-only */ }
    }

    // A fresh instance of the glue, loaded and initialised while everything is trapped: with
    // the module bytes given, init must not fetch anything.
    const fresh = await import(new URL(`${GLUE}?no-network`, PKG).href);
    const bytes = readFileSync(new URL(WASM, PKG));
    await fresh.default({ module_or_path: bytes });
    // And the synchronous path, as in Node and in tests/node/load.mjs.
    const sync = await import(new URL(`${GLUE}?no-network-sync`, PKG).href);
    sync.initSync({ module: bytes });

    for (const pkg of [fresh, sync]) {
      for (const [fn, input] of Object.entries(INPUTS)) {
        const result = input === undefined ? pkg[fn]() : pkg[fn](input);
        assert.ok(result && typeof result === "object", fn);
        // Errors too go through no trapped function.
        assert.throws(() => pkg[fn === "policyParameters" ? "rentWithdrawal" : fn]({ nope: 1 }),
          (e) => typeof e.code === "string");
      }
      assert.equal(pkg.rentWithdrawal(INPUTS.rentWithdrawal).total, "800.00");
    }
  } finally {
    for (const n of names) {
      if (saved[n]) Object.defineProperty(globalThis, n, saved[n]);
      else delete globalThis[n];
    }
    Object.defineProperty(Function.prototype, "constructor", savedCtor);
    if (globalThis.navigator && savedBeacon !== undefined) {
      try { globalThis.navigator.sendBeacon = savedBeacon; } catch { /* read-only */ }
    }
  }
  assert.deepEqual(hits, [], `trapped functions were called: ${hits.join(", ")}`);
});
