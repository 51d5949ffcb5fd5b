//! The native integration tests, one binary with a module per subject, so they compile once.

mod annuity_oracle;
mod api_properties;
mod calculator_properties;
mod calendar;
mod cases;
mod change_oracle;
mod date_oracle;
mod errors;
mod exact;
mod fixtures;
mod golden_texts;
mod housing_properties;
mod incentives_properties;
mod incentives_texts;
mod loan_limit_oracle;
mod mutant_kills;
mod mutant_kills_elevator;
mod mutant_kills_error;
mod mutant_kills_input;
mod mutant_kills_repayment;
mod rate_repricing;
mod readme_numbers;
mod reason_sets;
mod sources;
mod texts;
mod words;
