//! # Qinzhou policy calculator
//!
//! Exact, explained calculations of the local rules published in the Qinzhou Municipal
//! Government Gazette 2023 No. 1, for the housing-provident-fund website (as WebAssembly in
//! the browser) and for Rust programs.
//!
//! The crate is a pure core: every calculator takes a typed input and returns a typed result
//! whose money fields are exact decimals with 2 places, with the steps it applied and the
//! clause of the gazette each step rests on. The `wasm` module (only on `wasm32`) is a thin
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

pub mod affordable_rental_housing;
pub mod api;
pub mod area;
pub mod calendar;
pub mod change;
pub mod childcare_places;
pub mod date;
pub mod elevator_withdrawal;
pub mod error;
pub mod explain;
pub mod household;
pub mod input;
pub mod loan_limit;
pub mod money;
pub mod number;
pub mod params;
pub mod points;
pub mod public_rental_subsidy;
pub mod rent_withdrawal;
pub mod repayment_schedule;
pub mod repayment_withdrawal;

#[cfg(target_arch = "wasm32")]
mod wasm;

#[cfg(not(target_arch = "wasm32"))]
pub use api::run_json;
pub use error::{Error, ErrorKind, Result};
pub use money::Money;

/// The README's Rust examples (one per calculator family, an error, JSON input), compiled
/// and run as doc tests so they cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
