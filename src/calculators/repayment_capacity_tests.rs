//! The loan limit's repayment capacity: the largest principal, to the fen, whose exact
//! equal-instalment payment fits in the exact monthly budget income × ratio (not rounded to
//! the fen first) — never a fen more, never a fen less.

use proptest::prelude::*;
use rust_decimal::Decimal;

use super::{exact_installment_payment, max_principal_for_payment, monthly_rate};
use crate::Money;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn capacity_is_the_largest_principal_that_fits(
        budget_fen in 0i64..=10_000_000_000,
        rate_thousandths in 0i64..=20_000,
        n in 1u64..=600,
    ) {
        let budget = Decimal::new(budget_fen, 2);
        let r = monthly_rate(Decimal::new(rate_thousandths, 3)).unwrap();
        let p = max_principal_for_payment(budget, r, n).unwrap();
        prop_assert!(exact_installment_payment(p, r, n).unwrap() <= budget);
        let next = Money::round_down(p.decimal() + Decimal::new(1, 2));
        prop_assert!(exact_installment_payment(next, r, n).unwrap() > budget);
    }

    /// Through the public API: the budget is income × ratio exactly, with no rounding to the
    /// fen before the search (the README's definition).
    #[test]
    fn loan_limit_capacity_uses_the_exact_budget(
        income_fen in 1i64..=10_000_000,
        pct in 1u32..=100,
        rate_thousandths in 0i64..=10_000,
        n in 1u64..=600,
    ) {
        let income = Decimal::new(income_fen, 2);
        let ratio = Decimal::new(i64::from(pct), 2);
        let input = serde_json::json!({
            "date": "2023-06-15", "maritalStatus": "single",
            "applicant": { "contributing": true },
            "local": { "monthlyIncome": income.to_string(), "maxRepaymentRatio": ratio.to_string(),
                       "annualRatePercent": Decimal::new(rate_thousandths, 3).to_string(), "termMonths": n },
        });
        let out = crate::api::call("loanLimit", &input.to_string()).unwrap();
        let capacity = out["constraints"].as_array().unwrap().iter()
            .find(|c| c["kind"] == "repayment_capacity").unwrap()["amount"].as_str().unwrap()
            .parse::<Decimal>().unwrap();
        let budget = income * ratio;
        let r = monthly_rate(Decimal::new(rate_thousandths, 3)).unwrap();
        let p = Money::round_down(capacity);
        prop_assert!(exact_installment_payment(p, r, n).unwrap() <= budget);
        let next = Money::round_down(capacity + Decimal::new(1, 2));
        prop_assert!(exact_installment_payment(next, r, n).unwrap() > budget);
    }
}

#[test]
fn no_budget_no_capacity() {
    let r = monthly_rate(Decimal::new(31, 1)).unwrap();
    assert_eq!(
        max_principal_for_payment(Decimal::ZERO, r, 360).unwrap(),
        Money::ZERO
    );
    assert_eq!(
        max_principal_for_payment(Decimal::ZERO, Decimal::ZERO, 360).unwrap(),
        Money::ZERO
    );
}

/// The case that showed code and README apart: 3,934.92 × 0.6 = 2,360.952 a month at 2.67%
/// over 300 months. Rounding the budget to 2,360.95 first gave 516,363.67; the exact budget
/// gives 516,364.10.
#[test]
fn the_reported_case_gets_the_exact_budget() {
    let input = serde_json::json!({
        "date": "2023-06-15", "maritalStatus": "single",
        "applicant": { "contributing": true },
        "local": { "monthlyIncome": "3934.92", "maxRepaymentRatio": "0.6",
                   "annualRatePercent": "2.67", "termMonths": 300 },
    });
    let out = crate::api::call("loanLimit", &input.to_string()).unwrap();
    let budget = Decimal::new(393_492, 2) * Decimal::new(6, 1);
    let r = monthly_rate(Decimal::new(267, 2)).unwrap();
    let p = max_principal_for_payment(budget, r, 300).unwrap();
    assert_eq!(out["constraints"][1]["amount"], p.to_string());
    // The figure the independent reading computed from the definition.
    assert_eq!(p.to_string(), "516364.10");
    let rounded_first =
        max_principal_for_payment(Money::round_down(budget).decimal(), r, 300).unwrap();
    assert!(p > rounded_first, "{p} vs {rounded_first}");
}
