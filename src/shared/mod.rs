//! The shared core every calculator stands on, each piece in one place: exact money and
//! numbers, dates and the statutory-holiday calendar, the table of policy parameters,
//! citations and explanations, and the one public error type.

pub mod area;
pub mod calendar;
pub mod date;
pub mod error;
pub mod explain;
pub mod household;
pub mod money;
pub mod number;
pub mod params;
pub mod text;
