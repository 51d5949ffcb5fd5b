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

/// Exports a calculator under its JavaScript name. The TypeScript types of the parameter and
/// the result are the declarations tsify generates from the Rust input and result types, so
/// the `.d.ts` cannot drift from the code.
macro_rules! export {
    ($(#[$doc:meta])* $rust:ident, $js:ident, $input:literal, $output:literal, $calc:path) => {
        $(#[$doc])*
        #[wasm_bindgen(js_name = $js, unchecked_return_type = $output)]
        pub fn $rust(
            #[wasm_bindgen(unchecked_param_type = $input)] input: JsValue,
        ) -> Result<JsValue, JsValue> {
            run(input, $calc)
        }
    };
}

export!(
    /// Voluntary-deposit points (缴存积分) for the applicant and, optionally, the spouse.
    /// 钦市金管委规〔2023〕1号 三. Throws an `Error` with `code`, `field`, `messageEn`.
    voluntary_points, voluntaryPoints, "PointsInput", "PointsResult",
    crate::points::voluntary_points
);
export!(
    /// The housing-fund loan limit (最高贷款额度), 钦市金管委规〔2023〕1号 一, with points for
    /// voluntary depositors and the site's local constraints. Throws a typed `Error`.
    loan_limit, loanLimit, "LoanLimitInput", "LoanLimitResult",
    crate::loan_limit::loan_limit
);
export!(
    /// The rent withdrawal (租房提取), 钦市金管委规〔2023〕1号 二(二). Throws a typed `Error`.
    rent_withdrawal, rentWithdrawal, "RentWithdrawalInput", "RentWithdrawalResult",
    crate::rent_withdrawal::rent_withdrawal
);
export!(
    /// The loan-repayment withdrawal (偿还贷款本息提取), 钦市金管委规〔2023〕1号 二(一).
    /// Throws a typed `Error`.
    repayment_withdrawal, repaymentWithdrawal, "RepaymentWithdrawalInput",
    "RepaymentWithdrawalResult", crate::repayment_withdrawal::repayment_withdrawal
);
export!(
    /// The elevator-installation withdrawal (既有住宅加装电梯提取), 钦市金管委规〔2023〕1号 二(三).
    /// Throws a typed `Error`.
    elevator_withdrawal, elevatorWithdrawal, "ElevatorWithdrawalInput",
    "ElevatorWithdrawalResult", crate::elevator_withdrawal::elevator_withdrawal
);
export!(
    /// A loan's month-by-month repayment schedule (等额本息 / 等额本金). Throws a typed `Error`.
    repayment_schedule, repaymentSchedule, "RepaymentScheduleInput",
    "RepaymentScheduleResult", crate::repayment_schedule::repayment_schedule
);
export!(
    /// Childcare places per 1,000 population against the 2025 target of 4.5,
    /// 钦政办〔2023〕3号. Throws a typed `Error`.
    childcare_places, childcarePlaces, "ChildcarePlacesInput", "ChildcarePlacesResult",
    crate::childcare_places::childcare_places
);
export!(
    /// The 公租房 rental subsidy (住房租赁补贴): eligibility, tier and, with the site's area
    /// per person, the monthly and half-yearly amounts, 钦政办规〔2023〕1号 一(三), 二(六).
    /// Throws a typed `Error`.
    public_rental_subsidy, publicRentalSubsidy, "PublicRentalSubsidyInput",
    "PublicRentalSubsidyResult", crate::public_rental_subsidy::public_rental_subsidy
);
export!(
    /// Affordable rental housing (保障性租赁住房): eligibility and the maximum rent (90% of
    /// the market rent), 钦政办规〔2023〕1号 一(三), 三(十一), 三(十五). Throws a typed `Error`.
    affordable_rental_housing, affordableRentalHousing, "AffordableRentalHousingInput",
    "AffordableRentalHousingResult", crate::affordable_rental_housing::affordable_rental_housing
);

/// Every policy parameter the calculators use, every version, with its citation: the same
/// table the calculators read.
#[wasm_bindgen(js_name = policyParameters, unchecked_return_type = "ParameterView[]")]
pub fn policy_parameters() -> Result<JsValue, JsValue> {
    output(&crate::params::policy_parameters())
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
/** The error every function throws for bad input. */
export interface CalculatorError extends Error {
    /** Stable code, e.g. "INVALID_AMOUNT". */
    code: "INVALID_INPUT" | "INVALID_TYPE" | "INVALID_AMOUNT" | "INVALID_NUMBER" | "INVALID_DATE" | "INVALID_VALUE" | "MISSING_FIELD" | "UNKNOWN_FIELD" | "OUT_OF_RANGE" | "INCONSISTENT" | "RULE_NOT_IN_SOURCE";
    /** The input path at fault, e.g. "balances.spouse"; null when the whole input is. */
    field: string | null;
    /** The message in English (`message` is Chinese). */
    messageEn: string;
}
"#;
