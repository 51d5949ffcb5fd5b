// Loads the calculation package once per page and shares it between the widgets: the wasm,
// the policy parameters (for the numbers quoted in intros and hints) and, only on demand,
// the clause texts. The paths are relative to pkg/widgets/kit/ (the bundles in pkg/widgets/
// get them rewritten by scripts/package.mjs).
import init, * as calc from "../../index.js";

let loading = null;
/** Resolves with the package's exports once the wasm module is instantiated (once per page). */
export function ready() {
  loading ??= init().then(() => calc);
  return loading;
}

let current = null;
/**
 * The policy parameters from policyParameters(), by id: the version in force on `date`
 * (today by default), else the latest. The widgets quote these, never a literal.
 */
export function parameters() {
  if (!current) {
    current = new Map();
    for (const p of calc.policyParameters()) {
      const list = current.get(p.id) ?? [];
      list.push(p);
      current.set(p.id, list);
    }
  }
  return current;
}

let sources = null;
/**
 * The clause texts, [{ rule, document, clause, zh }]: the package's sources.json (data, not in
 * the wasm), fetched the first time a reader opens a 计算依据, then kept.
 */
export function clauseTexts() {
  sources ??= fetch(new URL("../../sources.json", import.meta.url)).then((res) => {
    if (!res.ok) throw new Error(`sources.json: HTTP ${res.status}`);
    return res.json();
  });
  sources.catch(() => (sources = null));
  return sources;
}
