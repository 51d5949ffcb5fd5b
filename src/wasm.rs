//! The JavaScript binding: converts values and errors, nothing else.
//!
//! Input objects are turned into JSON text with `JSON.stringify` (which also catches throwing
//! getters and cycles), then parsed by the same core path that native tests and the fuzzer
//! exercise. Results go back as plain objects.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::error::{Error, ErrorKind};

fn js_error(e: &Error) -> JsValue {
    let err = js_sys::Error::new(e.message_zh());
    let obj: &JsValue = err.as_ref();
    // Setting own data properties on a fresh Error cannot fail; a failure would only lose a
    // property, never trap.
    let _ = js_sys::Reflect::set(obj, &"code".into(), &e.code().into());
    let _ = js_sys::Reflect::set(obj, &"messageEn".into(), &e.message_en().into());
    let field = e.field().map_or(JsValue::NULL, JsValue::from);
    let _ = js_sys::Reflect::set(obj, &"field".into(), &field);
    err.into()
}

fn input_text(value: &JsValue) -> Result<String, Error> {
    if value.is_undefined() {
        return Err(Error::new(
            ErrorKind::InvalidType,
            None,
            "请传入一个输入对象",
            "Pass an input object",
        ));
    }
    match js_sys::JSON::stringify(value) {
        Ok(s) => s.as_string().ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidType,
                None,
                "输入应为对象",
                "The input must be an object",
            )
        }),
        Err(_) => Err(Error::new(
            ErrorKind::InvalidInput,
            None,
            "无法读取输入（含有循环引用、BigInt 或读取时出错的属性）",
            "The input cannot be read (a cycle, a BigInt, or a property that throws)",
        )),
    }
}

fn output<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from(js_sys::Error::new(&e.to_string())))
}

fn run<I, O>(input: JsValue, calculator: fn(&I) -> crate::Result<O>) -> Result<JsValue, JsValue>
where
    I: serde::de::DeserializeOwned,
    O: Serialize,
{
    let text = input_text(&input).map_err(|e| js_error(&e))?;
    let result = crate::run_json(&text, calculator).map_err(|e| js_error(&e))?;
    output(&result)
}

/// Voluntary-deposit points for one or two household members.
#[wasm_bindgen(js_name = voluntaryPoints)]
pub fn voluntary_points(input: JsValue) -> Result<JsValue, JsValue> {
    run(input, crate::points::voluntary_points)
}

/// The housing-fund loan limit.
#[wasm_bindgen(js_name = loanLimit)]
pub fn loan_limit(input: JsValue) -> Result<JsValue, JsValue> {
    run(input, crate::loan_limit::loan_limit)
}

/// The rent withdrawal.
#[wasm_bindgen(js_name = rentWithdrawal)]
pub fn rent_withdrawal(input: JsValue) -> Result<JsValue, JsValue> {
    run(input, crate::rent_withdrawal::rent_withdrawal)
}

/// The loan-repayment withdrawal.
#[wasm_bindgen(js_name = repaymentWithdrawal)]
pub fn repayment_withdrawal(input: JsValue) -> Result<JsValue, JsValue> {
    run(input, crate::repayment_withdrawal::repayment_withdrawal)
}

/// The elevator-installation withdrawal.
#[wasm_bindgen(js_name = elevatorWithdrawal)]
pub fn elevator_withdrawal(input: JsValue) -> Result<JsValue, JsValue> {
    run(input, crate::elevator_withdrawal::elevator_withdrawal)
}

/// A loan's month-by-month repayment schedule.
#[wasm_bindgen(js_name = repaymentSchedule)]
pub fn repayment_schedule(input: JsValue) -> Result<JsValue, JsValue> {
    run(input, crate::repayment_schedule::repayment_schedule)
}

/// Childcare places per 1,000 population against the 2025 target.
#[wasm_bindgen(js_name = childcarePlaces)]
pub fn childcare_places(input: JsValue) -> Result<JsValue, JsValue> {
    run(input, crate::childcare_places::childcare_places)
}

/// Every policy parameter the calculators use, with its citation.
#[wasm_bindgen(js_name = policyParameters)]
pub fn policy_parameters() -> Result<JsValue, JsValue> {
    output(&crate::params::policy_parameters())
}
