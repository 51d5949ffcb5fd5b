// Types of the wrapper every entry shares (wrap.js): the CalculatorError class.
import type { CalculatorError as CalculatorErrorShape } from "./qinzhou_policy_calc.js";

/** The error every calculator throws; `instanceof` works, whichever entry threw it. */
export declare class CalculatorError extends Error {
  constructor(message: string, options?: { code: CalculatorError["code"]; field?: string | null; messageEn?: string; cause?: unknown });
  /** Stable code; `NOT_INITIALIZED` when a calculator is called before `init()` resolved. */
  readonly code: CalculatorErrorShape["code"] | "NOT_INITIALIZED";
  /** The input path at fault, e.g. "balances.spouse"; null when the whole input is. */
  readonly field: string | null;
  /** The message in English (`message` is Chinese). */
  readonly messageEn: string;
  /** A coded error from the library as a CalculatorError; anything else unchanged. */
  static from(error: unknown): unknown;
}

/** Internal: wraps one wasm module's glue (used by the package's generated entries). */
export declare function entry(rawInit: unknown, raw: unknown): { init: unknown; initSync: unknown; wrap: (name: string) => unknown };
