// The package's JavaScript entry: the wasm-bindgen exports, each wrapped so that
//  - a call before init() throws a CalculatorError with code NOT_INITIALIZED (instead of a bare
//    TypeError from inside the glue), and
//  - every error the library throws is a CalculatorError, so `e instanceof CalculatorError`
//    works in a catch without a cast.
// scripts/package.mjs appends one `export const name = wrap("name")` line per calculator
// found in the glue, so a new calculator needs no edit here.
import rawInit, * as raw from "./qinzhou_policy_calc.js";
import { localize, render } from "./texts/render.js";
// Both languages, so every step, warning, reason and error has its `zh` and `en` as the API
// promises. A page that shows one language can import a group entry and only that language's
// catalogue instead (README, "One language").
import "./texts/zh.js";
import "./texts/en.js";

export { setTexts, languages, render as renderText } from "./texts/render.js";

/** The error every calculator throws for bad input (and NOT_INITIALIZED before init). */
export class CalculatorError extends Error {
  constructor(message, { code, field = null, messageEn = message, cause } = {}) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = "CalculatorError";
    this.code = code;
    this.field = field;
    this.messageEn = messageEn;
  }

  /** A coded error from the library as a CalculatorError; anything else unchanged. */
  static from(error) {
    if (error instanceof CalculatorError || !error || typeof error.code !== "string") return error;
    // A coded message comes as data (`text`), rendered here from the loaded catalogue.
    const text = error.text && typeof error.text.key === "string" ? error.text : undefined;
    const zh = text ? render(text, "zh") : undefined;
    const en = text ? render(text, "en") : undefined;
    const out = new CalculatorError(zh ?? error.message, { code: error.code, field: error.field ?? null, messageEn: en ?? zh ?? error.messageEn, cause: error });
    if (text) out.text = text;
    return out;
  }
}

let initialized = false;

/** Loads the wasm module (once); resolves when the calculators can be called. */
export default async function init(options) {
  const out = await rawInit(options);
  initialized = true;
  return out;
}

/** Synchronous init from the wasm bytes or a compiled module (Node, workers). */
export function initSync(options) {
  const out = raw.initSync(options);
  initialized = true;
  return out;
}

function wrap(name) {
  const fn = raw[name];
  return function calculator(input) {
    if (!initialized) {
      throw new CalculatorError(`计算库尚未初始化：请先调用并等待 init()，再调用 ${name}()`, {
        code: "NOT_INITIALIZED",
        messageEn: `The package is not initialised: call and await init() before ${name}()`,
      });
    }
    try {
      return localize(fn(input));
    } catch (e) {
      throw CalculatorError.from(e);
    }
  };
}
