//! Non-money numbers at the boundary: rates/ratios (exact decimals) and counts (whole numbers),
//! plus the strict decimal-text reader that money uses too.
//!
//! JavaScript hands us either a string or a number. A number is read through its shortest
//! round-trip decimal form, so `0.1` is exactly 0.1, never 0.1000000000000000055511151231257827.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::error::{coded_text, ErrorKind};
use crate::text::Text;

/// Why a decimal text was refused: the kind, and the message as a catalogue text.
pub(crate) type Refusal = (ErrorKind, Text);

/// The refusal of a number too large to hold: the same words for every kind of number.
fn too_large() -> Refusal {
    (ErrorKind::OutOfRange, Text::new("errors.too_large"))
}

/// Reads `text` as a non-negative decimal with at most `max_dp` decimals and at most
/// `max_int_digits` digits before the point. Only ASCII digits and one `.` are accepted: no
/// sign, exponent, spaces, separators or other scripts' digits, so nothing is guessed.
pub(crate) fn parse_decimal(
    text: &str,
    max_dp: u32,
    max_int_digits: usize,
    kind: ErrorKind,
) -> Result<Decimal, Refusal> {
    if text.starts_with('-') {
        return Err((kind, Text::new("errors.negative")));
    }
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || frac.is_some_and(|f| !digits(f)) {
        return Err((kind, Text::new("errors.not_digits")));
    }
    let frac_len = frac.map_or(0, str::len);
    if frac_len > max_dp as usize {
        return Err((
            kind,
            Text::new("errors.decimal_places").count("places", u64::from(max_dp)),
        ));
    }
    let significant = int.trim_start_matches('0');
    if significant.len() > max_int_digits {
        return Err(too_large());
    }
    Decimal::from_str_exact(text).map_err(|_| too_large())
}

/// The text of a finite JS number, in its shortest round-trip form, never with an exponent
/// (so `1e21` becomes 22 digits and is refused as too large).
pub(crate) fn float_text(v: f64) -> Option<String> {
    if !v.is_finite() {
        return None;
    }
    // -0 is 0: a sign on zero is not a negative amount.
    let v = if v == 0.0 { 0.0 } else { v };
    shortest(v)
}

/// Rust's `Display` for `f64`: shortest round-trip digits, no exponent.
#[cfg(not(target_arch = "wasm32"))]
fn shortest(v: f64) -> Option<String> {
    Some(format!("{v}"))
}

/// In the browser the engine already holds the shortest round-trip digits of every number
/// (`String(v)`, the text the page itself shows): using them keeps Rust's float formatter
/// (Grisu and Dragon4, ~17 KB of wasm) out of the payload. Only the exponent form that
/// JavaScript uses below 1e-6 and from 1e21 is written out in full, as Rust would.
#[cfg(target_arch = "wasm32")]
fn shortest(v: f64) -> Option<String> {
    let text = js_sys::Number::from(v)
        .to_string_with_radix(10)
        .ok()?
        .as_string()?;
    Some(expand_exponent(&text))
}

/// `"1.5e-7"` → `"0.00000015"`, `"1e+21"` → `"1000000000000000000000"`; text without an
/// exponent is returned as it is.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn expand_exponent(text: &str) -> String {
    let Some((mantissa, exp)) = text.split_once('e') else {
        return text.to_owned();
    };
    let Ok(exp) = exp.parse::<i32>() else {
        return text.to_owned();
    };
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int}{frac}");
    // Where the point goes, counted in digits from the left.
    let point = i32::try_from(int.len()).unwrap_or(0).saturating_add(exp);
    let mut out = String::from(sign);
    if point <= 0 {
        out.push_str("0.");
        for _ in 0..point.unsigned_abs() {
            out.push('0');
        }
        out.push_str(&digits);
    } else {
        let point = usize::try_from(point).unwrap_or(0);
        if point >= digits.len() {
            out.push_str(&digits);
            for _ in digits.len()..point {
                out.push('0');
            }
        } else {
            out.push_str(digits.get(..point).unwrap_or(""));
            out.push('.');
            out.push_str(digits.get(point..).unwrap_or(""));
        }
    }
    out
}

/// A visitor for "string or number" decimals; `read` validates the text.
pub(crate) struct DecimalVisitor<F> {
    pub expecting: &'static str,
    pub kind: ErrorKind,
    pub read: F,
}

impl<'de, F, T> Visitor<'de> for DecimalVisitor<F>
where
    F: Fn(&str) -> Result<T, Refusal>,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        (self.read)(v).map_err(|(k, text)| coded_text(k, text))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<T, E> {
        match float_text(v) {
            Some(text) => self.visit_str(&text),
            None => Err(coded_text(self.kind, Text::new("errors.not_finite"))),
        }
    }

    fn visit_unit<E: de::Error>(self) -> Result<T, E> {
        Err(coded_text(self.kind, Text::new("errors.null_number")))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<T, E> {
        Err(coded_text(
            self.kind,
            Text::new("errors.number_not").text("got", Text::new("common.type_bool")),
        ))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<T, A::Error> {
        Err(coded_text(
            self.kind,
            Text::new("errors.number_not").text("got", Text::new("common.type_array")),
        ))
    }

    fn visit_map<A: de::MapAccess<'de>>(self, _: A) -> Result<T, A::Error> {
        Err(coded_text(
            self.kind,
            Text::new("errors.number_not").text("got", Text::new("common.type_object")),
        ))
    }
}

/// A rate as an input (`string | number` in TypeScript); results show rates as strings.
pub type RateIn = Rate;

/// A rate or ratio (`"0.8"`, `3.1` for a percent): exact, non-negative, up to 10 decimals.
/// Each calculator checks the range that makes sense for the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Rate(Decimal);

impl Rate {
    /// The exact value.
    pub fn decimal(self) -> Decimal {
        self.0
    }
}

impl FromStr for Rate {
    type Err = crate::Error;

    /// # Errors
    /// `INVALID_NUMBER` for anything but a plain non-negative decimal; `OUT_OF_RANGE` above
    /// 1,000,000.
    fn from_str(s: &str) -> Result<Rate, crate::Error> {
        read_rate(s)
            .map(Rate)
            .map_err(|(k, text)| crate::Error::with_text(k, None, text))
    }
}

fn read_rate(s: &str) -> Result<Decimal, Refusal> {
    parse_decimal(s, 10, 6, ErrorKind::InvalidNumber)
}

impl From<Decimal> for Rate {
    fn from(d: Decimal) -> Rate {
        Rate(d)
    }
}

/// A whole rate from a literal: `balance_multiple: Some(15.into())`. Each calculator checks
/// the range of its field, as for a rate read from JSON.
impl From<u32> for Rate {
    fn from(v: u32) -> Rate {
        Rate(Decimal::from(v))
    }
}

/// A rate from text, as JavaScript passes it: `"3.1".try_into()?` (the same as `"3.1".parse()?`).
impl TryFrom<&str> for Rate {
    type Error = crate::Error;

    /// # Errors
    /// As [`Rate::from_str`](FromStr::from_str): `INVALID_NUMBER` for anything but a plain
    /// non-negative decimal, `OUT_OF_RANGE` above 1,000,000.
    fn try_from(text: &str) -> Result<Rate, crate::Error> {
        text.parse()
    }
}

impl<'de> Deserialize<'de> for Rate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Rate, D::Error> {
        d.deserialize_any(DecimalVisitor {
            expecting: "a rate as a string or number",
            kind: ErrorKind::InvalidNumber,
            read: |s: &str| read_rate(s).map(Rate),
        })
    }
}

impl Serialize for Rate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0.normalize())
    }
}

/// The largest count accepted at the boundary; calculators narrow it further.
pub const MAX_COUNT: u64 = 10_000_000_000;

/// A whole, non-negative number (months, points, places, people).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
#[serde(transparent)]
pub struct Count(u64);

impl Count {
    /// The count.
    pub fn get(self) -> u64 {
        self.0
    }
}

/// A count from a literal: `term_months: 240.into()`. Every `u32` is within [`MAX_COUNT`], so
/// this cannot fail; each calculator checks the range of its field (a term of 1 to 600 months)
/// as for a count read from JSON. Only `u32` converts with `From`, so an integer literal needs
/// no suffix; a `u64` goes through `TryFrom`.
impl From<u32> for Count {
    fn from(v: u32) -> Count {
        Count(u64::from(v))
    }
}

/// A count checked against [`MAX_COUNT`].
impl TryFrom<u64> for Count {
    type Error = crate::Error;

    /// # Errors
    /// `OUT_OF_RANGE` above [`MAX_COUNT`].
    fn try_from(v: u64) -> Result<Count, crate::Error> {
        read_count(&v.to_string()).map_err(|(k, text)| crate::Error::with_text(k, None, text))
    }
}

fn read_count(s: &str) -> Result<Count, Refusal> {
    parse_decimal(s, 0, 11, ErrorKind::InvalidNumber).map_err(|(k, why)| {
        if k == ErrorKind::InvalidNumber {
            (k, Text::new("errors.not_whole").text("why", why))
        } else {
            (k, why)
        }
    })?;
    let v: u64 = s.parse().map_err(|_| too_large())?;
    if v > MAX_COUNT {
        return Err(too_large());
    }
    Ok(Count(v))
}

struct CountVisitor;

impl<'de> Visitor<'de> for CountVisitor {
    type Value = Count;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a whole number")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Count, E> {
        read_count(&v.to_string()).map_err(|(k, text)| coded_text(k, text))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Count, E> {
        if v < 0 {
            return Err(coded_text(
                ErrorKind::InvalidNumber,
                Text::new("errors.negative"),
            ));
        }
        self.visit_u64(v.unsigned_abs())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Count, E> {
        match float_text(v) {
            Some(t) if t.starts_with('-') => Err(coded_text(
                ErrorKind::InvalidNumber,
                Text::new("errors.negative"),
            )),
            Some(t) => read_count(&t).map_err(|(k, text)| coded_text(k, text)),
            None => Err(coded_text(
                ErrorKind::InvalidNumber,
                Text::new("errors.not_finite"),
            )),
        }
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Count, E> {
        Err(coded_text(
            ErrorKind::InvalidNumber,
            Text::new("errors.whole_not_text"),
        ))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Count, E> {
        Err(coded_text(
            ErrorKind::InvalidNumber,
            Text::new("errors.null_whole"),
        ))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Count, E> {
        Err(coded_text(
            ErrorKind::InvalidNumber,
            Text::new("errors.whole_not").text("got", Text::new("common.type_bool")),
        ))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<Count, A::Error> {
        Err(coded_text(
            ErrorKind::InvalidNumber,
            Text::new("errors.whole_not").text("got", Text::new("common.type_array")),
        ))
    }

    fn visit_map<A: de::MapAccess<'de>>(self, _: A) -> Result<Count, A::Error> {
        Err(coded_text(
            ErrorKind::InvalidNumber,
            Text::new("errors.whole_not").text("got", Text::new("common.type_object")),
        ))
    }
}

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Count, D::Error> {
        d.deserialize_any(CountVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_exact() {
        let r: Rate = serde_json::from_str("0.1").unwrap();
        assert_eq!(r.decimal().to_string(), "0.1");
        let r: Rate = serde_json::from_str("\"3.1\"").unwrap();
        assert_eq!(r.decimal().to_string(), "3.1");
        assert!(serde_json::from_str::<Rate>("\"1e3\"").is_err());
        assert!(serde_json::from_str::<Rate>("-1").is_err());
    }

    #[test]
    fn exponents_are_written_out_as_rust_would() {
        for v in [
            1e21,
            1.5e-7,
            5e-324,
            1e308,
            123.456,
            0.1,
            1e-6,
            2.5e25,
            -1.5e-7,
            1.7976931348623157e308,
        ] {
            let js = format!("{v:e}").replace("e", "e+").replace("e+-", "e-");
            assert_eq!(expand_exponent(&js), format!("{v}"), "{js}");
        }
        assert_eq!(expand_exponent("0.5"), "0.5");
        assert_eq!(expand_exponent("12"), "12");
    }

    #[test]
    fn built_from_literals() {
        let term: Count = 240.into();
        assert_eq!(term.get(), 240);
        assert_eq!(Count::try_from(MAX_COUNT).unwrap().get(), MAX_COUNT);
        assert_eq!(
            Count::try_from(MAX_COUNT + 1).unwrap_err().code(),
            "OUT_OF_RANGE"
        );
        let r: Rate = 15.into();
        assert_eq!(r.decimal().to_string(), "15");
        assert_eq!(Rate::try_from("3.1").unwrap().decimal().to_string(), "3.1");
        assert_eq!(Rate::try_from("-1").unwrap_err().code(), "INVALID_NUMBER");
    }

    #[test]
    fn counts_are_whole() {
        assert_eq!(serde_json::from_str::<Count>("6").unwrap().get(), 6);
        assert_eq!(serde_json::from_str::<Count>("6.0").unwrap().get(), 6);
        for bad in ["6.5", "-1", "\"6\"", "null", "true", "1e300", "[]", "{}"] {
            assert!(serde_json::from_str::<Count>(bad).is_err(), "{bad}");
        }
    }
}
