//! The loan limit's repayment capacity: no budget, no capacity. (That the capacity is the
//! largest principal whose exact payment fits is a property test next to the exact payment,
//! in `repayment_schedule`'s unit tests, since that payment is not public.)

use rust_decimal::Decimal;

use qinzhou_policy_calc::repayment_schedule::{max_principal_for_payment, monthly_rate};
use qinzhou_policy_calc::Money;

#[test]
fn no_budget_no_capacity() {
    let r = monthly_rate(Decimal::new(31, 1)).unwrap();
    assert_eq!(
        max_principal_for_payment(Money::ZERO, r, 360).unwrap(),
        Money::ZERO
    );
    assert_eq!(
        max_principal_for_payment(Money::ZERO, Decimal::ZERO, 360).unwrap(),
        Money::ZERO
    );
}
