//! The loan limit's repayment capacity (POLICY.md A1): the largest principal, to the fen,
//! whose equal-instalment payment fits in the monthly budget — never a fen more.

use proptest::prelude::*;
use rust_decimal::Decimal;

use qinzhou_policy_calc::repayment_schedule::{
    exact_installment_payment, max_principal_for_payment, monthly_rate,
};
use qinzhou_policy_calc::Money;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn capacity_is_the_largest_principal_that_fits(
        budget_fen in 0i64..=10_000_000_000,
        rate_thousandths in 0i64..=20_000,
        n in 1u64..=600,
    ) {
        let budget = Money::round_down(Decimal::new(budget_fen, 2));
        let r = monthly_rate(Decimal::new(rate_thousandths, 3)).unwrap();
        let p = max_principal_for_payment(budget, r, n).unwrap();
        prop_assert!(exact_installment_payment(p, r, n).unwrap() <= budget.decimal());
        let next = Money::round_down(p.decimal() + Decimal::new(1, 2));
        prop_assert!(exact_installment_payment(next, r, n).unwrap() > budget.decimal());
    }
}

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
