//! The native integration tests, one binary with a module per subject, so they compile once.

mod api_properties;
mod calculator_properties;
mod calendar;
mod errors;
mod fixtures;
mod housing_properties;
mod rate_repricing;
mod readme_numbers;
mod sources;
mod words;
