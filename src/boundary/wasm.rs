//! The JavaScript binding: reads the input object, writes the result, converts errors.
//!
//! The input object is walked directly (no `JSON.stringify`), under the limits of
//! [`crate::input::Budget`], into the [`Value`] tree that native callers build from JSON text;
//! from there every call takes the one path of [`crate::api::run`]. The walk reads what
//! `JSON.stringify` would: own enumerable string keys, `undefined`, functions and symbols
//! skipped in objects and `null` in arrays. Every JavaScript operation that can throw (a getter,
//! a Proxy trap, a revoked Proxy) is called through a `catch` binding, so a hostile object is a
//! typed error, never a trap. Results go back as plain objects built by serde-wasm-bindgen
//! (see `output` for why not as JSON text).

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::error::{Error, ErrorKind};
use crate::input::{push_index, push_key, Budget, Value};

/// The module's allocator. A page pays for every byte of the module before it shows a figure,
/// and talc is a smaller allocator than the standard library's dlmalloc (2.9 KiB less gzipped,
/// BENCHMARKS.md); a call allocates little and briefly, so its speed is not the question. Its
/// wasm constructor needs no `unsafe`, so the crate still forbids unsafe code.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen]
extern "C" {
    /// `Object.keys`, which runs a Proxy's traps and may throw.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn object_keys(o: &JsValue) -> Result<js_sys::Array, JsValue>;
    /// `Array.isArray`, which throws on a revoked Proxy.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(o: &JsValue) -> Result<bool, JsValue>;
}

fn js_error(e: &Error) -> JsValue {
    // A coded message is rendered by the package's JavaScript from `text` (the module has no
    // catalogue); a written-out one is here in both languages.
    let err = js_sys::Error::new(&e.message_zh());
    let obj: &JsValue = err.as_ref();
    if e.text().key().is_some() {
        if let Ok(text) = output(e.text()) {
            let _ = js_sys::Reflect::set(obj, &"text".into(), &text);
        }
    }
    // Setting own data properties on a fresh Error cannot fail; a failure would only lose a
    // property, never trap.
    let _ = js_sys::Reflect::set(obj, &"code".into(), &e.code().into());
    let _ = js_sys::Reflect::set(obj, &"messageEn".into(), &e.message_en().into());
    let field = e.field().map_or(JsValue::NULL, JsValue::from);
    let _ = js_sys::Reflect::set(obj, &"field".into(), &field);
    err.into()
}

fn unreadable(path: &str) -> Error {
    Error::text_at(
        ErrorKind::InvalidInput,
        path,
        crate::text::Text::new("errors.unreadable"),
    )
}

/// Reads `value` into the tree, as `JSON.stringify` would see it: `None` for what it leaves
/// out (`undefined`, a function, a symbol).
fn read(
    value: &JsValue,
    depth: usize,
    path: &mut String,
    budget: &mut Budget,
) -> Result<Option<Value>, Error> {
    budget.value(path)?;
    if value.is_null() {
        return Ok(Some(Value::Null));
    }
    if let Some(b) = value.as_bool() {
        return Ok(Some(Value::Bool(b)));
    }
    if let Some(n) = value.as_f64() {
        return Ok(Some(Value::Number(n)));
    }
    if value.is_string() {
        // Measured before it is copied, so a 1 MB string costs nothing.
        let len = value.unchecked_ref::<js_sys::JsString>().length();
        budget.text(len as usize, path)?;
        return Ok(Some(Value::String(value.as_string().unwrap_or_default())));
    }
    if value.is_bigint() {
        return Err(Error::text_at(
            ErrorKind::InvalidType,
            path,
            crate::text::Text::new("errors.bigint"),
        ));
    }
    if !value.is_object() {
        // undefined, a function or a symbol.
        return Ok(None);
    }
    budget.depth(depth + 1, path)?;
    if is_array(value).map_err(|_| unreadable(path))? {
        let len = js_sys::Reflect::get(value, &"length".into())
            .ok()
            .and_then(|l| l.as_f64())
            .ok_or_else(|| unreadable(path))?;
        // Checked before a single item is read: a million-item array is refused at once.
        if len > crate::input::MAX_ITEMS as f64 {
            budget.items(usize::MAX, path)?;
        }
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let len = len as u32;
        let mut items = Vec::with_capacity(len as usize);
        for i in 0..len {
            let at = path.len();
            push_index(path, i as usize);
            let item = js_sys::Reflect::get_u32(value, i).map_err(|_| unreadable(path))?;
            items.push(read(&item, depth + 1, path, budget)?.unwrap_or(Value::Null));
            path.truncate(at);
        }
        return Ok(Some(Value::Array(items)));
    }
    let keys = object_keys(value).map_err(|_| unreadable(path))?;
    let n = keys.length();
    budget.items(n as usize, path)?;
    let mut entries: Vec<(String, Value)> = Vec::with_capacity(n as usize);
    for i in 0..n {
        // The key as JavaScript holds it reads the property; no second string is made.
        let js_key = keys.get(i);
        let Some(key) = js_key.as_string() else {
            continue;
        };
        let at = path.len();
        push_key(path, &key);
        budget.text(key.len(), path)?;
        let item = js_sys::Reflect::get(value, &js_key).map_err(|_| unreadable(path))?;
        if let Some(item) = read(&item, depth + 1, path, budget)? {
            entries.push((key, item));
        }
        path.truncate(at);
    }
    Ok(Some(Value::Object(entries)))
}

fn input(value: &JsValue) -> Result<Value, Error> {
    read(value, 0, &mut String::new(), &mut Budget::new())?.ok_or_else(|| {
        Error::with_text(
            ErrorKind::InvalidType,
            None,
            crate::text::Text::new("errors.no_input"),
        )
    })
}

/// The result as a plain JavaScript object, built field by field by serde-wasm-bindgen (which
/// makes each field name's JS string once). Measured against one JSON text parsed by
/// `JSON.parse` (serde_json's writer in the wasm), whole calls in Node: JSON 3-20% slower on 4
/// of 5 calculators, 8-9% faster only on the 360-month schedule, 0.5-1.2 KiB larger gzipped
/// per module (BENCHMARKS.md): the result stays a built object.
fn output<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|_| js_error(&Error::internal()))
}

fn run<I, O>(value: JsValue, calculator: fn(&I) -> crate::Result<O>) -> Result<JsValue, JsValue>
where
    I: serde::de::DeserializeOwned,
    O: Serialize,
{
    let result = input(&value)
        .and_then(|v| crate::api::run(&v, calculator))
        .map_err(|e| js_error(&e))?;
    output(&result)
}

/// Exports every calculator of [`crate::api::calculators`] whose group this build has (its
/// Cargo feature) under its JavaScript name. The
/// TypeScript types of the parameter and the result are the declarations tsify generates from
/// the Rust input and result types, so the `.d.ts` cannot drift from the code.
macro_rules! exports {
    ($($group:literal $js:ident $rust:ident $calc:path, $input:literal $output:literal $doc:literal;)*) => {$(
        #[cfg(feature = $group)]
        #[doc = $doc]
        /// Throws an `Error` with `code`, `field` and `messageEn`.
        #[wasm_bindgen(js_name = $js, unchecked_return_type = $output)]
        pub fn $rust(
            #[wasm_bindgen(unchecked_param_type = $input)] input: JsValue,
        ) -> Result<JsValue, JsValue> {
            run(input, $calc)
        }
    )*};
}
crate::api::calculators!(exports);

/// Every policy parameter the calculators use, every version, with its citation: the same
/// table the calculators read.
#[wasm_bindgen(js_name = policyParameters, unchecked_return_type = "ParameterView[]")]
pub fn policy_parameters() -> Result<JsValue, JsValue> {
    output(&crate::params::policy_parameters())
}

/// The names of every function this package exports, from the same table that generates the
/// exports: for tests and tools that go through them all.
#[wasm_bindgen(js_name = functions, unchecked_return_type = "string[]")]
pub fn functions() -> JsValue {
    crate::api::FUNCTIONS
        .iter()
        .map(|f| JsValue::from_str(f))
        .collect::<js_sys::Array>()
        .into()
}

#[wasm_bindgen(typescript_custom_section)]
const VALUE_TYPES: &'static str = r#"
/** Yuan in a result: a string with exactly 2 decimals and no separators, e.g. "450000.00". */
export type Money = string;
/** Yuan as input: a string ("4500.5") or a finite number; non-negative, at most 2 decimals. */
export type MoneyIn = string | number;
/** A rate or ratio as input: a string ("0.8", "3.1") or a finite number; non-negative. */
export type RateIn = string | number;
/** A rate or ratio in a result, as exact decimal text. */
export type Rate = string;
/** A whole, non-negative number (months, points, places, people). */
export type Count = number;
/** A calendar date written "YYYY-MM-DD". */
export type IsoDate = string;
/** A text as data: a catalogue key with its typed arguments; `zh` and `en` are rendered from it. */
export interface TextRef {
    key: string;
    args: Record<string, TextArg>;
}
/** One argument of a text, tagged by kind; each kind is formatted one way (money: "1,200.00 元"). */
export type TextArg =
    | { money: Money }
    | { number: string }
    | { count: number }
    | { year: number }
    | { date: IsoDate }
    | { text: TextRef }
    | { raw: string }
    | { list: TextArg[] };
/** One applied rule, in the order applied. */
export interface Step {
    /** The citation, e.g. "钦市金管委规〔2023〕1号 一". */
    rule: string;
    /** What kind of authority the rule rests on. */
    basis: Basis;
    /** What was applied, in Chinese (absent when the page did not load the Chinese texts). */
    zh: string;
    /** What was applied, in English (absent when the page did not load the English texts). */
    en: string;
    /** The words as data, for a page that renders its own (absent on a text written out). */
    text?: TextRef;
    /** The value this step produced, when it produced one. */
    value?: string;
    /** What `value` counts: a page shows 元 only for "yuan". */
    unit?: StepUnit;
}
/** A warning or a reason for ineligibility, with a stable code. */
export interface Notice {
    /** Stable code, e.g. "POINTS_RATE_NOT_CONFIGURED". */
    code: string;
    /** What kind of authority the warning or reason rests on. */
    basis: Basis;
    /** The text in Chinese. */
    zh: string;
    /** The text in English. */
    en: string;
    /** The words as data. */
    text?: TextRef;
}
/** The error every function throws for bad input. */
export interface CalculatorError extends Error {
    /** Stable code, e.g. "INVALID_AMOUNT". */
    code: "INVALID_INPUT" | "INVALID_TYPE" | "INVALID_AMOUNT" | "INVALID_NUMBER" | "INVALID_DATE" | "INVALID_VALUE" | "MISSING_FIELD" | "UNKNOWN_FIELD" | "OUT_OF_RANGE" | "INCONSISTENT" | "RULE_NOT_IN_SOURCE" | "INTERNAL";
    /** The input path at fault, e.g. "balances.spouse"; null when the whole input is. */
    field: string | null;
    /** The message in English (`message` is Chinese). */
    messageEn: string;
}
"#;
