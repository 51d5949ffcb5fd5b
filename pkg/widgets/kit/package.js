// Loads the calculation package for the widgets on a page and shares it between them: the
// wasm, the policy parameters (for the numbers quoted in intros and hints) and, only on demand,
// the clause texts. A page with one widget loads only the module of that widget's group
// (pkg/modules/<group>/); a page that loaded every widget (widgets/index.js, the bundle
// qz-widgets.js) loads the all-in-one module instead. Each module is loaded at most once per
// page. The paths are relative to pkg/widgets/kit/ (the bundles in pkg/widgets/ get them
// rewritten by scripts/package.mjs); ./modules.js is generated there by scripts/package.mjs
// from the calculators table (which group each calculator is in, one import() per group, and
// the groups outside the all-in-one module: the 一县一业 incentives).
import { LOAD, ALL, groupOf } from "./modules.js";

/**
 * Why ready() failed when the browser is below the floor: no WebAssembly at all (some WeChat
 * and enterprise browsers turn it off), or a module it cannot compile or link (the wasm uses
 * reference types: Chrome 96, Safari 15.1, Firefox 79). Reloading will not help.
 */
export const TOO_OLD = Object.freeze({ qzTooOld: true });

const tooOld = (cause) => Object.assign(new Error("qz-widgets: this browser cannot run the calculation module", { cause }), { qzTooOld: true });

let allInOne = false;
/**
 * From now on every widget loads the all-in-one module: called first of all by widgets/index.js
 * (every element), so that a page with all of them loads one module, not one per group.
 */
export function useAllInOne() {
  allInOne = true;
}

const loading = new Map();
let loaded = null;
/**
 * Resolves with the exports of the package module that has the calculator `fn` (its group's,
 * or the all-in-one after useAllInOne() or without `fn`; a group outside the all-in-one, such
 * as the incentives, always its own) once its wasm is instantiated: each module once per page,
 * whichever widget asks first.
 */
export function ready(fn) {
  const group = groupOf(fn, allInOne);
  if (!loading.has(group)) loading.set(group, load(group === "all" ? ALL : LOAD[group]));
  return loading.get(group);
}

function load(importer) {
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") return Promise.reject(TOO_OLD);
  // Only the words of the page's language come with the module; a widget in the other
  // language loads that one when it needs it (element.js), so a page does not pay for both.
  const lang = /^en/i.test(document.documentElement.lang || "") ? "en" : "zh";
  return importer().then((calc) =>
    calc.default(undefined, { languages: [lang] }).then(
      () => (loaded ??= calc),
      (e) => {
        // A page whose Content-Security-Policy lacks 'wasm-unsafe-eval' also gets a
        // CompileError: that is the site's to fix, not the visitor's browser.
        const csp = /Content.Security|CSP|unsafe-eval/i.test(String(e?.message));
        if (csp) console.error("qz-widgets: the page's Content-Security-Policy blocks WebAssembly: add 'wasm-unsafe-eval' to script-src");
        throw !csp && (e instanceof WebAssembly.CompileError || e instanceof WebAssembly.LinkError) ? tooOld(e) : e;
      },
    ).then(() => calc),
  );
}

let current = null;
/**
 * The policy parameters from policyParameters(), by id: the version in force on `date`
 * (today by default), else the latest. The widgets quote these, never a literal. Every module
 * has the same table; the first one loaded answers (call after ready()).
 */
export function parameters() {
  if (!current) {
    current = new Map();
    for (const p of loaded.policyParameters()) {
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
