// Loads the calculation package once per page and shares it between the widgets: the wasm,
// the policy parameters (for the numbers quoted in intros and hints) and, only on demand,
// the clause texts.
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

/** The clause texts (sources.json), fetched the first time a reader opens a 计算依据. */
export const clauseTexts = () => calc.clauseTexts();
