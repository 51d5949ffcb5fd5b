//! # Qinzhou policy calculator
//!
//! Exact, explained calculations of the local rules published in the Qinzhou Municipal
//! Government Gazette 2023 No. 1, for the housing-provident-fund website (as WebAssembly in
//! the browser) and for Rust programs.
//!
//! The crate is a pure core: every calculator takes a typed input and returns a typed result
//! whose money fields are exact decimals with 2 places, with the steps it applied and the
//! clause of the gazette each step rests on. The `wasm` module of the boundary (only on `wasm32`) is a thin
//! binding that converts JavaScript values to and from these types.
//!
//! ```
//! use qinzhou_policy_calc::{run_json, rent_withdrawal::rent_withdrawal};
//!
//! let result = run_json(
//!     r#"{"date":"2023-06-01","maritalStatus":"single","ownsHomeInQinzhou":false,
//!         "monthlyRent":"1200","months":1,"balances":{"applicant":"5000"}}"#,
//!     rent_withdrawal,
//! )?;
//! assert_eq!(result.total.to_string(), "800.00");
//! # Ok::<(), qinzhou_policy_calc::Error>(())
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

// The three layers, one folder each: the calculators (one module per thing computed), the
// shared core they stand on (money, numbers, dates and the holiday calendar, the parameter
// table, citations and explanations, errors), and the boundary that reads untyped input and
// binds to JavaScript. The public paths stay flat (`qinzhou_policy_calc::loan_limit`), so
// moving a file between layers never breaks a caller.
mod boundary;
mod calculators;
mod shared;

pub use boundary::{api, input};
pub use calculators::incentives;
pub use calculators::{
    affordable_rental_housing, change, childcare_places, elevator_withdrawal, loan_limit, points,
    public_rental_subsidy, rent_withdrawal, repayment_schedule, repayment_withdrawal,
};
pub use shared::{area, calendar, date, error, explain, household, money, number, params, text};

#[cfg(not(target_arch = "wasm32"))]
pub use api::run_json;
pub use error::{Error, ErrorKind, Result};
pub use money::Money;

/// The README's Rust examples (one per calculator family, an error, JSON input), compiled
/// and run as doc tests so they cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
