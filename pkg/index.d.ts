// Types of the package entry: the calculators' types come from the wasm-bindgen declarations;
// the CalculatorError class and init are added here.
export * from "./qinzhou_policy_calc.js";
import type { CalculatorError as CalculatorErrorShape, InitInput, InitOutput, SyncInitInput, TextRef } from "./qinzhou_policy_calc.js";

/** The error every calculator throws; `instanceof` works. */
export declare class CalculatorError extends Error {
  constructor(message: string, options?: { code: CalculatorError["code"]; field?: string | null; messageEn?: string; cause?: unknown });
  /** Stable code; `NOT_INITIALIZED` when a calculator is called before `init()` resolved. */
  readonly code: CalculatorErrorShape["code"] | "NOT_INITIALIZED";
  /** The input path at fault, e.g. "balances.spouse"; null when the whole input is. */
  readonly field: string | null;
  /** The message in English (`message` is Chinese). */
  readonly messageEn: string;
  /** The message as data (key and arguments), as the catalogue renders it. */
  readonly text?: TextRef;
  /** A coded error from the library as a CalculatorError; anything else unchanged. */
  static from(error: unknown): unknown;
}

/** Loads the wasm module; resolves when the calculators can be called. */
export default function init(
  options?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>,
): Promise<InitOutput>;
/** Synchronous init from the wasm bytes or a compiled module. */
export declare function initSync(options: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * Adds or replaces templates of a language, `{ "group.name": "template" }`: a site's own
 * wording without a rebuild. `{name}` is an argument, `{{` and `}}` literal braces.
 */
export declare function setTexts(lang: string, templates: Record<string, string>): void;
/** The languages whose catalogue is loaded. */
export declare function languages(): string[];
/** A text in a language; undefined when that language is not loaded. */
export declare function renderText(text: TextRef | { zh: string; en: string }, lang: string): string | undefined;
