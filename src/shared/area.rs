//! Floor areas in square metres, as the housing plan's thresholds (15 m², 70 m²) and the
//! subsidy standard (元/m²/月/人) use them.
//!
//! An area is exact like money: a plain non-negative decimal with at most 2 decimals (a
//! hundredth of a square metre is finer than any certificate records), so a threshold such as
//! "不足15平方米" is compared exactly, never through a binary float that might sit just below it.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::ErrorKind;
use crate::number::{parse_decimal, DecimalVisitor, Refusal};
use crate::text::Text;

/// The largest area accepted: 100,000 m². No dwelling or per-person figure comes near it, and
/// every product the calculators form with it stays exact.
pub const MAX_SQUARE_METRES: i64 = 100_000;

/// An area as input (`string | number` in TypeScript); results show areas as strings.
pub type AreaIn = Area;

/// An exact, non-negative floor area in square metres with at most 2 decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Area(Decimal);

impl Area {
    /// The exact value in square metres.
    pub fn decimal(self) -> Decimal {
        self.0
    }

    /// Whether the area is zero.
    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }
}

impl Area {
    /// A threshold from the parameter table (whole or 2-decimal square metres).
    pub(crate) fn from_decimal(d: rust_decimal::Decimal) -> Area {
        Area(d)
    }
}

/// Whole square metres from a literal: `unit_area: 75.into()`. Each calculator checks the
/// range of its field as for an area read from JSON (`"14.5".try_into()?` for a fraction).
impl From<u32> for Area {
    fn from(m2: u32) -> Area {
        Area(Decimal::from(m2))
    }
}

/// Square metres from text, as JavaScript passes them: `"14.5".try_into()?` (the same as
/// `"14.5".parse()?`).
impl TryFrom<&str> for Area {
    type Error = crate::Error;

    /// # Errors
    /// As [`Area::from_str`](FromStr::from_str): `INVALID_NUMBER` for anything but a plain
    /// non-negative decimal with at most 2 decimals, `OUT_OF_RANGE` above [`MAX_SQUARE_METRES`].
    fn try_from(text: &str) -> crate::Result<Area> {
        text.parse()
    }
}

fn read_area(s: &str) -> Result<Area, Refusal> {
    let d = parse_decimal(s, 2, 7, ErrorKind::InvalidNumber)?;
    if d > Decimal::from(MAX_SQUARE_METRES) {
        return Err((
            ErrorKind::OutOfRange,
            Text::new("errors.area_above_max").number("max", Decimal::from(MAX_SQUARE_METRES)),
        ));
    }
    Ok(Area(d))
}

impl FromStr for Area {
    type Err = crate::Error;

    /// Reads `"14.5"`-style text.
    ///
    /// # Errors
    /// `INVALID_NUMBER` for anything but a plain non-negative decimal with at most 2 decimals;
    /// `OUT_OF_RANGE` above [`MAX_SQUARE_METRES`].
    fn from_str(s: &str) -> crate::Result<Area> {
        read_area(s).map_err(|(k, text)| crate::Error::with_text(k, None, text))
    }
}

impl<'de> Deserialize<'de> for Area {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Area, D::Error> {
        d.deserialize_any(DecimalVisitor {
            expecting: "an area in square metres as a string or number",
            kind: ErrorKind::InvalidNumber,
            read: read_area,
        })
    }
}

impl fmt::Display for Area {
    /// The exact value without trailing zeros: `15`, `14.5`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0.normalize(), f)
    }
}

impl Serialize for Area {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const AREA_TYPES: &'static str = r#"
/** Square metres as input: a string ("14.5") or a finite number; non-negative, at most 2 decimals. */
export type AreaIn = string | number;
/** Square metres in a result, as exact decimal text without trailing zeros, e.g. "14.5". */
export type Area = string;
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_and_strict() {
        let a: Area = serde_json::from_str("14.99").unwrap();
        assert_eq!(a.to_string(), "14.99");
        assert!(a < Area::from(15));
        let b: Area = serde_json::from_str("\"15.00\"").unwrap();
        assert_eq!(b, Area::from(15));
        assert_eq!(b.to_string(), "15");
        for (text, code) in [
            ("1.234", "INVALID_NUMBER"),
            ("-1", "INVALID_NUMBER"),
            ("1e3", "INVALID_NUMBER"),
            ("", "INVALID_NUMBER"),
            ("100000.01", "OUT_OF_RANGE"),
        ] {
            assert_eq!(text.parse::<Area>().unwrap_err().code(), code, "{text:?}");
        }
        assert_eq!("100000".parse::<Area>().unwrap().to_string(), "100000");
        let above = "100000.01".parse::<Area>().unwrap_err();
        assert_eq!(above.message_zh(), "面积超过上限（100,000平方米）");
        assert_eq!(above.message_en(), "Area above the maximum of 100,000 m²");
        assert_eq!(Area::try_from("14.5").unwrap().to_string(), "14.5");
        assert_eq!(
            Area::try_from("14.555").unwrap_err().code(),
            "INVALID_NUMBER"
        );
    }
}
