// Types of a package entry (the all-in-one index.js, and each group's modules/<group>/index.js
// with the wrapper's path adjusted by scripts/package.mjs): the calculators' types come from
// the wasm-bindgen declarations beside it; the CalculatorError class (one for the whole
// package) and init are added here.
export * from "./qinzhou_policy_calc.js";
export { CalculatorError } from "../../wrap.js";
import type { InitInput, InitOutput, SyncInitInput } from "./qinzhou_policy_calc.js";

/** Loads the wasm module; resolves when the calculators can be called. */
export default function init(
  options?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>,
): Promise<InitOutput>;
/** Synchronous init from the wasm bytes or a compiled module. */
export declare function initSync(options: { module: SyncInitInput } | SyncInitInput): InitOutput;
