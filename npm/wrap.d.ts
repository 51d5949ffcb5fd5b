// Types of the wrapper every entry shares (wrap.js): the CalculatorError class.
import type { CalculatorError as CalculatorErrorShape, TextRef } from "./qinzhou_policy_calc.js";

/** The error every calculator throws; `instanceof` works, whichever entry threw it. */
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

/**
 * Adds or replaces templates of a language, `{ "group.name": "template" }`: a site's own
 * wording without a rebuild. `{name}` is an argument, `{{` and `}}` literal braces.
 */
export declare function setTexts(lang: string, templates: Record<string, string>): void;
/** The languages whose catalogue is loaded (some of its groups at least). */
export declare function languages(): string[];
/** A text in a language; undefined when that language is not loaded. */
export declare function renderText(text: TextRef | { zh: string; en: string }, lang: string): string | undefined;
/** Fills `zh` / `en` (each loaded language) on every item of a result that carries `text`, in place. */
export declare function localize<T>(value: T): T;

/** Internal: wraps one wasm module's glue (used by the package's generated entries). */
export declare function entry(rawInit: unknown, raw: unknown, texts?: Record<string, () => Promise<unknown>>): { init: unknown; initSync: unknown; wrap: (name: string) => unknown; loadLanguage: unknown };
