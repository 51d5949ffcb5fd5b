//! The calculators: one module per thing computed, each following its clauses of the gazette
//! and recording every rule it applies. They stand on the shared core only and know nothing
//! of JavaScript.

pub mod affordable_rental_housing;
pub mod change;
pub mod childcare_places;
pub mod elevator_withdrawal;
pub mod incentives;
pub mod loan_limit;
pub mod points;
pub mod public_rental_subsidy;
pub mod rent_withdrawal;
pub mod repayment_schedule;
pub mod repayment_withdrawal;
