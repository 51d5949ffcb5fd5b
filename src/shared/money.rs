//! Exact money in yuan.
//!
//! Amounts are `rust_decimal` values with at most 2 decimals (fen). Inputs with more decimals
//! are refused rather than rounded, because a silent rounding would change someone's
//! entitlement. Results are rounded by the policy's direction: limits and entitlements down
//! (a limit is never overstated), payments and interest half away from zero (四舍五入).

use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, ErrorKind, Result};
use crate::number::{parse_decimal, DecimalVisitor, Refusal};
use crate::text::Text;

/// The largest amount accepted anywhere: 1,000,000,000,000 yuan (一万亿元). Far beyond any real
/// balance, and small enough that every product the calculators form stays exact.
pub const MAX_AMOUNT_YUAN: i64 = 1_000_000_000_000;

/// Money as an input: the same type, named apart so the generated TypeScript can say that
/// inputs take `string | number` while results give `string`.
pub type MoneyIn = Money;

/// An exact, non-negative-by-construction-at-the-boundary amount of yuan with at most 2 decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(Decimal);

impl Money {
    /// Zero yuan.
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// A whole number of yuan.
    pub fn yuan(v: i64) -> Money {
        Money(Decimal::from(v))
    }

    /// The exact value.
    pub fn decimal(self) -> Decimal {
        self.0
    }

    /// Rounds down to the fen: for limits and entitlements, which must never be overstated.
    pub fn round_down(d: Decimal) -> Money {
        Money(d.round_dp_with_strategy(2, RoundingStrategy::ToZero))
    }

    /// Rounds half away from zero to the fen (四舍五入): for payments and interest.
    pub fn round_half_up(d: Decimal) -> Money {
        Money(d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
    }

    /// `self + other`.
    ///
    /// # Errors
    /// `OUT_OF_RANGE` if the sum cannot be represented (never for amounts within
    /// [`MAX_AMOUNT_YUAN`]).
    // Not `std::ops::Add`: the sum is checked and returns a `Result`, never panics.
    #[allow(clippy::should_implement_trait)]
    pub fn add(self, other: Money) -> Result<Money> {
        self.0
            .checked_add(other.0)
            .map(Money)
            .ok_or_else(|| Error::overflow(None))
    }

    /// `self - other`, or zero when `other` is larger: a balance never goes negative.
    pub fn saturating_sub(self, other: Money) -> Money {
        if other >= self {
            Money::ZERO
        } else {
            Money(self.0 - other.0)
        }
    }

    /// `self - other` exactly (may be negative): what a result reports as a change.
    ///
    /// # Errors
    /// `OUT_OF_RANGE` on overflow.
    #[allow(clippy::should_implement_trait)]
    pub fn sub(self, other: Money) -> Result<Money> {
        self.0
            .checked_sub(other.0)
            .map(Money)
            .ok_or_else(|| Error::overflow(None))
    }

    /// `self × n` for a whole count, exact.
    ///
    /// # Errors
    /// `OUT_OF_RANGE` on overflow.
    pub fn times(self, n: u64) -> Result<Money> {
        self.0
            .checked_mul(Decimal::from(n))
            .map(Money)
            .ok_or_else(|| Error::overflow(None))
    }

    /// `self × factor`, rounded down to the fen (a limit derived from a ratio).
    ///
    /// # Errors
    /// `OUT_OF_RANGE` on overflow.
    pub fn times_down(self, factor: Decimal) -> Result<Money> {
        self.0
            .checked_mul(factor)
            .map(Money::round_down)
            .ok_or_else(|| Error::overflow(None))
    }

    /// Whether the amount is zero.
    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }
}

fn read_money(s: &str) -> std::result::Result<Money, Refusal> {
    let d = parse_decimal(s, 2, 13, ErrorKind::InvalidAmount)?;
    if d > Decimal::from(MAX_AMOUNT_YUAN) {
        return Err((
            ErrorKind::OutOfRange,
            Text::new("errors.amount_above_max").money("max", Money::yuan(MAX_AMOUNT_YUAN)),
        ));
    }
    Ok(Money(d))
}

impl FromStr for Money {
    type Err = Error;

    /// Reads `"4500.5"`-style text.
    ///
    /// # Errors
    /// `INVALID_AMOUNT` for anything but a plain non-negative decimal with at most 2 decimals;
    /// `OUT_OF_RANGE` above [`MAX_AMOUNT_YUAN`].
    fn from_str(s: &str) -> Result<Money> {
        read_money(s).map_err(|(k, text)| Error::with_text(k, None, text))
    }
}

/// Whole yuan from a literal: `monthly_rent: 1200.into()`. Every `u32` is within
/// [`MAX_AMOUNT_YUAN`], so this cannot fail. (Only `u32` converts with `From`, so an integer
/// literal needs no suffix; larger or computed amounts go through `TryFrom<u64>`.)
impl From<u32> for Money {
    fn from(yuan: u32) -> Money {
        Money(Decimal::from(yuan))
    }
}

/// Whole yuan, checked against [`MAX_AMOUNT_YUAN`].
impl TryFrom<u64> for Money {
    type Error = Error;

    /// # Errors
    /// `OUT_OF_RANGE` above [`MAX_AMOUNT_YUAN`].
    fn try_from(yuan: u64) -> Result<Money> {
        read_money(&yuan.to_string()).map_err(|(k, text)| Error::with_text(k, None, text))
    }
}

/// Yuan and fen from text, as JavaScript passes them: `"4500.5".try_into()?` (the same as
/// `"4500.5".parse()?`).
impl TryFrom<&str> for Money {
    type Error = Error;

    /// # Errors
    /// As [`Money::from_str`](FromStr::from_str): `INVALID_AMOUNT` for anything but a plain
    /// non-negative decimal with at most 2 decimals, `OUT_OF_RANGE` above [`MAX_AMOUNT_YUAN`].
    fn try_from(text: &str) -> Result<Money> {
        text.parse()
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Money, D::Error> {
        d.deserialize_any(DecimalVisitor {
            expecting: "an amount in yuan as a string or number",
            kind: ErrorKind::InvalidAmount,
            read: read_money,
        })
    }
}

impl fmt::Display for Money {
    /// Always exactly 2 decimals, no separators: `450000.00`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = self.0.round_dp_with_strategy(2, RoundingStrategy::ToZero);
        d.rescale(2);
        // Printed from the whole number of fen: rust_decimal's own Display divides its 96-bit
        // mantissa by ten per digit, which was a fifth of a schedule's time in wasm.
        let fen = d.mantissa();
        let sign = if fen < 0 { "-" } else { "" };
        let fen = fen.unsigned_abs();
        match u64::try_from(fen) {
            Ok(fen) => write!(f, "{sign}{}.{:02}", fen / 100, fen % 100),
            Err(_) => write!(f, "{sign}{}.{:02}", fen / 100, fen % 100),
        }
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Money {
        s.parse().unwrap()
    }

    #[test]
    fn always_two_decimals() {
        assert_eq!(m("8000.10").to_string(), "8000.10");
        assert_eq!(m("8000.1").to_string(), "8000.10");
        assert_eq!(m("0").to_string(), "0.00");
        assert_eq!(m("007").to_string(), "7.00");
        assert_eq!(m("0.05").to_string(), "0.05");
        assert_eq!(m("1000000000000").to_string(), "1000000000000.00");
        assert_eq!(Money::ZERO.sub(m("12.3")).unwrap().to_string(), "-12.30");
        assert_eq!(Money::round_down(Decimal::new(-5, 3)).to_string(), "0.00");
    }

    #[test]
    fn refuses_what_it_would_have_to_guess() {
        for (text, code) in [
            ("1.234", "INVALID_AMOUNT"),
            ("-1", "INVALID_AMOUNT"),
            ("1e3", "INVALID_AMOUNT"),
            ("", "INVALID_AMOUNT"),
            (" 1", "INVALID_AMOUNT"),
            ("1,000", "INVALID_AMOUNT"),
            ("١٢", "INVALID_AMOUNT"),
            (".5", "INVALID_AMOUNT"),
            ("5.", "INVALID_AMOUNT"),
            ("NaN", "INVALID_AMOUNT"),
            ("1000000000000.01", "OUT_OF_RANGE"),
            ("99999999999999999999999999999999999", "OUT_OF_RANGE"),
        ] {
            assert_eq!(text.parse::<Money>().unwrap_err().code(), code, "{text:?}");
        }
        assert_eq!(m("1000000000000").to_string(), "1000000000000.00");
    }

    #[test]
    fn numbers_read_as_written() {
        let v: Money = serde_json::from_str("0.1").unwrap();
        assert_eq!(v.to_string(), "0.10");
        let v: Money = serde_json::from_str("4500.5").unwrap();
        assert_eq!(v.to_string(), "4500.50");
        assert!(serde_json::from_str::<Money>("0.30000000000000004").is_err());
        assert!(serde_json::from_str::<Money>("1e400").is_err());
        assert!(serde_json::from_str::<Money>("-0.0").is_ok());
    }

    #[test]
    fn built_from_literals() {
        let rent: MoneyIn = 1200.into();
        assert_eq!(rent.to_string(), "1200.00");
        assert_eq!(Money::from(u32::MAX).to_string(), "4294967295.00");
        assert_eq!(Money::try_from("4500.5").unwrap().to_string(), "4500.50");
        assert_eq!(
            Money::try_from("1.234").unwrap_err().code(),
            "INVALID_AMOUNT"
        );
        assert_eq!(
            Money::try_from(1_000_000_000_000_u64).unwrap().to_string(),
            "1000000000000.00"
        );
        assert_eq!(
            Money::try_from(1_000_000_000_001_u64).unwrap_err().code(),
            "OUT_OF_RANGE"
        );
    }

    /// The maximum is named as money, formatted as every amount in a text is.
    #[test]
    fn the_maximum_is_named_as_money() {
        let e = "1000000000000.01".parse::<Money>().unwrap_err();
        assert_eq!(e.text().key(), Some("errors.amount_above_max"));
        assert_eq!(e.message_zh(), "金额超过上限（1,000,000,000,000.00 元）");
        assert_eq!(
            e.message_en(),
            "Amount above the maximum of 1,000,000,000,000.00 yuan"
        );
    }

    #[test]
    fn rounding_directions() {
        let d = Decimal::new(12345, 3); // 12.345
        assert_eq!(Money::round_down(d).to_string(), "12.34");
        assert_eq!(Money::round_half_up(d).to_string(), "12.35");
    }
}
