// Node.js entry point: loads the wasm synchronously from the package itself, so
// `import { loanLimit } from "qinzhou-policy-calc"` works in Node 20 with no init call.
import { readFileSync } from "node:fs";
import { initSync, loadLanguage } from "./index.js";

initSync({ module: readFileSync(new URL("./qinzhou_policy_calc_bg.wasm", import.meta.url)) });
// Both languages' words, so every item has its zh and en as in the browser's default.
await Promise.all([loadLanguage("zh"), loadLanguage("en")]);

export * from "./index.js";
export { default } from "./index.js";
