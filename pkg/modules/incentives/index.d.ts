// Types of a package entry (the all-in-one index.js, and each group's modules/<group>/index.js
// with the wrapper's path adjusted by scripts/package.mjs): the calculators' types come from
// the wasm-bindgen declarations beside it; the CalculatorError class (one for the whole
// package) and init are added here.
export * from "./qinzhou_policy_calc.js";
export { CalculatorError, setTexts, languages, localize, renderText } from "../../wrap.js";
import type { InitInput, InitOutput, SyncInitInput } from "./qinzhou_policy_calc.js";

/**
 * Loads the wasm module and the words of `languages` (both "zh" and "en" by default, so every
 * step, warning, reason and error has its `zh` and `en`); resolves when the calculators can be
 * called. A page that shows one language passes `{ languages: ["zh"] }`: the other field is
 * then left out until `loadLanguage("en")`.
 */
export default function init(
  options?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>,
  texts?: { languages?: ("zh" | "en")[] },
): Promise<InitOutput>;
/** Loads the words of one more language (once); `localize(result)` fills it on an earlier result. */
export declare function loadLanguage(lang: "zh" | "en"): Promise<void>;
/** Synchronous init from the wasm bytes or a compiled module. */
export declare function initSync(options: { module: SyncInitInput } | SyncInitInput): InitOutput;
