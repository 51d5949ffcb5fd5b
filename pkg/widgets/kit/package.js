// Loads the calculation package once per page and shares it between the widgets: the wasm,
// the policy parameters (for the numbers quoted in intros and hints) and, only on demand,
// the clause texts. The paths are relative to pkg/widgets/kit/ (the bundles in pkg/widgets/
// get them rewritten by scripts/package.mjs).
import init, * as calc from "../../index.js";

/**
 * Why ready() failed when the browser is below the floor: no WebAssembly at all (some WeChat
 * and enterprise browsers turn it off), or a module it cannot compile or link (the wasm uses
 * reference types: Chrome 96, Safari 15.1, Firefox 79). Reloading will not help.
 */
export const TOO_OLD = Object.freeze({ qzTooOld: true });

const tooOld = (cause) => Object.assign(new Error("qz-widgets: this browser cannot run the calculation module", { cause }), { qzTooOld: true });

let loading = null;
/** Resolves with the package's exports once the wasm module is instantiated (once per page). */
export function ready() {
  loading ??=
    typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function"
      ? Promise.reject(TOO_OLD)
      : init().then(
          () => calc,
          (e) => {
            // A page whose Content-Security-Policy lacks 'wasm-unsafe-eval' also gets a
            // CompileError: that is the site's to fix, not the visitor's browser.
            const csp = /Content.Security|CSP|unsafe-eval/i.test(String(e?.message));
            if (csp) console.error("qz-widgets: the page's Content-Security-Policy blocks WebAssembly: add 'wasm-unsafe-eval' to script-src");
            throw !csp && (e instanceof WebAssembly.CompileError || e instanceof WebAssembly.LinkError) ? tooOld(e) : e;
          },
        );
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
