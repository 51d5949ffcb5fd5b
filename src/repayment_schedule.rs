//! Repayment schedules (POLICY.md A6; not in the gazette, every fund calculator has one).
//!
//! The equal-instalment formula lives here once: the loan limit's repayment-capacity
//! constraint asks the inverse question of the same formula.

use rust_decimal::Decimal;

use crate::error::{Error, Result};
use crate::money::Money;

/// The longest term accepted, in months (50 years). The gazette fixes none; anything longer
/// is a typo, and the bound keeps every power computed here exact enough and finite.
pub const MAX_TERM_MONTHS: u64 = 600;

/// The monthly rate r = annual percent / 100 / 12, exact to 28 digits.
///
/// # Errors
/// `OUT_OF_RANGE` on overflow (not for rates within 0..=100 percent).
pub fn monthly_rate(annual_percent: Decimal) -> Result<Decimal> {
    annual_percent
        .checked_div(Decimal::from(1200))
        .ok_or_else(|| Error::overflow(None))
}

/// (1 + r)^n by repeated squaring.
fn growth(r: Decimal, n: u64) -> Result<Decimal> {
    let mut base = Decimal::ONE
        .checked_add(r)
        .ok_or_else(|| Error::overflow(None))?;
    let mut acc = Decimal::ONE;
    let mut e = n;
    while e > 0 {
        if e & 1 == 1 {
            acc = acc.checked_mul(base).ok_or_else(|| Error::overflow(None))?;
        }
        e >>= 1;
        if e > 0 {
            base = base
                .checked_mul(base)
                .ok_or_else(|| Error::overflow(None))?;
        }
    }
    Ok(acc)
}

/// The exact (unrounded) equal-instalment payment P·r·(1+r)^n / ((1+r)^n − 1), or P / n when
/// r = 0.
fn exact_installment(principal: Decimal, r: Decimal, n: u64) -> Result<Decimal> {
    let n_dec = Decimal::from(n.max(1));
    if r.is_zero() {
        return principal
            .checked_div(n_dec)
            .ok_or_else(|| Error::overflow(None));
    }
    let f = growth(r, n)?;
    let denom = f - Decimal::ONE;
    principal
        .checked_mul(r)
        .and_then(|x| x.checked_mul(f))
        .and_then(|x| x.checked_div(denom))
        .ok_or_else(|| Error::overflow(None))
}

/// The monthly payment of an equal-instalment (等额本息) loan, rounded half-up to the fen.
///
/// # Errors
/// `OUT_OF_RANGE` on overflow (not for amounts, rates and terms within the input bounds).
pub fn equal_installment_payment(principal: Money, r: Decimal, n: u64) -> Result<Money> {
    exact_installment(principal.decimal(), r, n).map(Money::round_half_up)
}

/// The largest principal, to the fen, whose equal-instalment payment (rounded as above) does
/// not exceed `payment`: the repayment capacity of someone who can pay `payment` a month.
///
/// # Errors
/// `OUT_OF_RANGE` on overflow.
pub fn max_principal_for_payment(payment: Money, r: Decimal, n: u64) -> Result<Money> {
    let n_dec = Decimal::from(n.max(1));
    // A payment rounds half-up to `payment` while its exact value is below payment + ½ fen,
    // so the answer is the principal of that exact payment, rounded down to the fen…
    let threshold = payment
        .decimal()
        .checked_add(Decimal::new(5, 3))
        .ok_or_else(|| Error::overflow(None))?;
    let estimate = if r.is_zero() {
        threshold.checked_mul(n_dec)
    } else {
        let f = growth(r, n)?;
        threshold
            .checked_mul(f - Decimal::ONE)
            .and_then(|x| x.checked_div(r))
            .and_then(|x| x.checked_div(f))
    }
    .ok_or_else(|| Error::overflow(None))?;
    // …less a fen or two where the threshold itself is reached or the division's last digit
    // rounded up.
    let fen = Decimal::new(1, 2);
    let mut p = Money::round_down(estimate);
    for _ in 0..4 {
        if p.is_zero() || equal_installment_payment(p, r, n)? <= payment {
            break;
        }
        p = Money::round_down(p.decimal() - fen);
    }
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a6_worked_example_payment() {
        // POLICY.md A6: 300,000 at 3.1% over 360 months → 1,281.05 a month.
        let r = monthly_rate(Decimal::new(31, 1)).unwrap();
        let p = equal_installment_payment(Money::yuan(300_000), r, 360).unwrap();
        assert_eq!(p.to_string(), "1281.05");
        let back = max_principal_for_payment(p, r, 360).unwrap();
        assert!(equal_installment_payment(back, r, 360).unwrap() <= p);
        let over = Money::round_down(back.decimal() + Decimal::new(1, 2));
        assert!(equal_installment_payment(over, r, 360).unwrap() > p);
        assert!(back >= Money::yuan(300_000));
    }

    #[test]
    fn zero_rate() {
        let p = equal_installment_payment(Money::yuan(1200), Decimal::ZERO, 12).unwrap();
        assert_eq!(p.to_string(), "100.00");
        let back = max_principal_for_payment(p, Decimal::ZERO, 12).unwrap();
        assert_eq!(back.to_string(), "1200.05");
    }
}
