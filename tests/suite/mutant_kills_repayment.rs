//! Tests written for the mutants of the loan arithmetic (src/calculators/repayment_schedule.rs)
//! that `scripts/mutants.sh` found surviving (MUTANTS.md).

use rust_decimal::Decimal;

use qinzhou_policy_calc::repayment_schedule::max_principal_for_payment;

/// `max_principal_for_payment` is the largest principal whose equal-instalment payment
/// P·r·(1+r)^n / ((1+r)^n − 1) fits the payment, also where payment·((1+r)^n − 1) / r is beyond
/// a 28-digit decimal and the factor ((1+r)^n − 1) / (1+r)^n is formed first. At r = 1 (100% a
/// month) over 7 months (1+r)^n = 2^7 = 128, so a payment of 6.4 × 10^26 a month carries
/// exactly 6.4 × 10^26 × 127 / 128 = 6.35 × 10^26 of principal (worked by hand: 5 × 10^24 ×
/// 127); the documented tie tolerance (10⁻²⁴ of the payment, 640 yuan here) lets the search
/// stop a few fen above it, never more.
#[test]
fn the_largest_principal_is_right_where_the_direct_product_overflows() {
    let payment = Decimal::from_i128_with_scale(640_000_000_000_000_000_000_000_000, 0);
    let exact = Decimal::from_i128_with_scale(635_000_000_000_000_000_000_000_000, 0);
    // The direct product payment·((1+r)^n − 1) / r = 6.4e26 × 127 is beyond the decimals.
    assert!(payment
        .checked_mul(Decimal::from(127))
        .and_then(|x| x.checked_div(Decimal::ONE))
        .is_none());
    let p = max_principal_for_payment(payment, Decimal::ONE, 7)
        .unwrap()
        .decimal();
    let off = p - exact;
    assert!(
        off >= Decimal::ZERO && off <= Decimal::new(5, 2),
        "{p} is not 6.35e26 to within 0.05 above"
    );
}
