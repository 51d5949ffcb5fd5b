//! The tests' own arithmetic: exact rationals (`num-rational` over `num-bigint`) and whole fen,
//! written without `rust_decimal` and without calling the library, so that an oracle built on
//! it cannot share a mistake with the code it checks.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

/// ⌊a / b⌋ for b > 0 (BigInt's `/` truncates towards zero).
fn div_floor(a: &BigInt, b: &BigInt) -> BigInt {
    assert!(b.is_positive());
    let q = a / b;
    if (a % b).is_negative() {
        q - 1
    } else {
        q
    }
}

/// A plain decimal text ("123.45", "0.8", "7") as an exact rational.
pub fn rat(text: &str) -> BigRational {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let digits: BigInt = format!("{int}{frac}").parse().expect("decimal digits");
    BigRational::new(digits, BigInt::from(10u32).pow(frac.len() as u32))
}

/// A whole number of fen as yuan.
pub fn fen_rat(fen: &BigInt) -> BigRational {
    BigRational::new(fen.clone(), BigInt::from(100))
}

/// Money text ("123.45") as whole fen; the library always writes exactly 2 decimals.
pub fn text_fen(text: &str) -> BigInt {
    let (int, frac) = text.split_once('.').expect("money has a point");
    assert_eq!(frac.len(), 2, "money has 2 decimals: {text}");
    format!("{int}{frac}").parse().expect("digits")
}

/// Whole fen as money text with 2 decimals.
pub fn fen_text(fen: &BigInt) -> String {
    assert!(!fen.is_negative());
    let s = format!("{fen:0>3}");
    let (i, f) = s.split_at(s.len() - 2);
    format!("{i}.{f}")
}

/// ⌊q × 100⌋: q rounded down to the fen.
pub fn floor_fen(q: &BigRational) -> BigInt {
    let scaled = q * BigRational::from_integer(BigInt::from(100));
    div_floor(scaled.numer(), scaled.denom())
}

/// q rounded half away from zero to the fen (q ≥ 0): ⌊q × 100 + 1/2⌋.
pub fn half_up_fen(q: &BigRational) -> BigInt {
    assert!(!q.is_negative());
    let scaled = q * BigRational::from_integer(BigInt::from(100))
        + BigRational::new(BigInt::one(), BigInt::from(2));
    div_floor(scaled.numer(), scaled.denom())
}

/// The monthly rate r = annual percent / 1200, exactly.
pub fn monthly(annual_percent: &str) -> BigRational {
    rat(annual_percent) / BigRational::from_integer(BigInt::from(1200))
}

/// (1 + r)^n, exactly: with r = a / b, (a + b)^n / b^n (integer powers, one reduction).
pub fn growth(r: &BigRational, n: u64) -> BigRational {
    let (a, b) = (r.numer(), r.denom());
    let n = u32::try_from(n).unwrap();
    BigRational::new((a + b).pow(n), b.pow(n))
}

/// The factor r·(1+r)^n / ((1+r)^n − 1) that turns a principal into its equal instalment, or
/// 1/n at r = 0: with r = a / b, a·(a+b)^n / (b·((a+b)^n − b^n)).
pub fn annuity_factor(r: &BigRational, n: u64) -> BigRational {
    if r.is_zero() {
        return BigRational::new(BigInt::one(), BigInt::from(n));
    }
    let (a, b) = (r.numer(), r.denom());
    let n = u32::try_from(n).unwrap();
    let up = (a + b).pow(n);
    let down = b.pow(n);
    BigRational::new(a * &up, b * (up - down))
}

/// The exact equal-instalment payment of `principal` (yuan).
pub fn annuity(principal: &BigRational, r: &BigRational, n: u64) -> BigRational {
    principal * annuity_factor(r, n)
}

#[test]
fn the_oracle_arithmetic_itself() {
    assert_eq!(floor_fen(&rat("266666.6666")), BigInt::from(26_666_666));
    assert_eq!(floor_fen(&rat("0.009")), BigInt::zero());
    assert_eq!(half_up_fen(&rat("51.005")), BigInt::from(5101));
    assert_eq!(half_up_fen(&rat("51.0049999")), BigInt::from(5100));
    assert_eq!(fen_text(&BigInt::from(5)), "0.05");
    assert_eq!(fen_text(&BigInt::from(123_456)), "1234.56");
    assert_eq!(text_fen("1234.56"), BigInt::from(123_456));
    // The README's worked example: 300,000 at 3.1% over 360 months is 1,281.05 a month.
    let pay = annuity(&rat("300000"), &monthly("3.1"), 360);
    assert_eq!(fen_text(&half_up_fen(&pay)), "1281.05");
    // 1200 over 12 months at 0% is exactly 100 a month.
    assert_eq!(annuity(&rat("1200"), &monthly("0"), 12), rat("100"));
    // The closed form against the definition: r·(1+r)^n / ((1+r)^n − 1) at r = 1/100, n = 2.
    let r = monthly("12");
    let f = growth(&r, 2);
    assert_eq!(f, rat("1.0201"));
    assert_eq!(annuity_factor(&r, 2), &r * &f / (f - BigRational::one()));
}
