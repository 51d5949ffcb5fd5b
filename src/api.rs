//! Every calculator by its JavaScript name, taking and giving JSON text or values: what the
//! shared test fixtures, the fuzzer and the benchmarks call, so they exercise exactly the
//! path a JavaScript caller takes.

use crate::error::{Error, ErrorKind, Result};
use crate::run_json;

/// The JavaScript names of every calculator, in API.md order.
pub const FUNCTIONS: &[&str] = &[
    "voluntaryPoints",
    "loanLimit",
    "rentWithdrawal",
    "repaymentWithdrawal",
    "elevatorWithdrawal",
    "childcarePlaces",
    "repaymentSchedule",
    "publicRentalSubsidy",
    "affordableRentalHousing",
    "policyParameters",
];

fn value<T: serde::Serialize>(result: Result<T>) -> Result<serde_json::Value> {
    let v = result?;
    serde_json::to_value(&v).map_err(|e| {
        Error::new(
            ErrorKind::InvalidInput,
            None,
            format!("结果无法序列化：{e}"),
            format!("The result cannot be serialized: {e}"),
        )
    })
}

/// Runs the calculator named `function` (its JavaScript name) on `json`.
///
/// # Errors
/// `INVALID_VALUE` for an unknown function name; otherwise every error of the calculator and
/// of [`crate::input::parse`].
pub fn call(function: &str, json: &str) -> Result<serde_json::Value> {
    match function {
        "voluntaryPoints" => value(run_json(json, crate::points::voluntary_points)),
        "loanLimit" => value(run_json(json, crate::loan_limit::loan_limit)),
        "rentWithdrawal" => value(run_json(json, crate::rent_withdrawal::rent_withdrawal)),
        "repaymentWithdrawal" => value(run_json(
            json,
            crate::repayment_withdrawal::repayment_withdrawal,
        )),
        "elevatorWithdrawal" => value(run_json(
            json,
            crate::elevator_withdrawal::elevator_withdrawal,
        )),
        "childcarePlaces" => value(run_json(json, crate::childcare_places::childcare_places)),
        "repaymentSchedule" => value(run_json(
            json,
            crate::repayment_schedule::repayment_schedule,
        )),
        "publicRentalSubsidy" => value(run_json(
            json,
            crate::public_rental_subsidy::public_rental_subsidy,
        )),
        "affordableRentalHousing" => value(run_json(
            json,
            crate::affordable_rental_housing::affordable_rental_housing,
        )),
        "policyParameters" => value(Ok(crate::params::policy_parameters())),
        other => Err(Error::new(
            ErrorKind::InvalidValue,
            None,
            format!("没有名为 {other} 的计算器"),
            format!("No calculator named {other}"),
        )),
    }
}
