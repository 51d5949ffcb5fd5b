//! Calendar dates and the Civil Code period rule.
//!
//! Only what the policies need: ISO `YYYY-MM-DD`, ordering, and "N years/months from a day",
//! which under PRC Civil Code arts. 201-202 ends on the corresponding day, or the last day of
//! that month where the corresponding day does not exist (29 Feb → 28 Feb). The end day is
//! inside the period. Art. 203 (a last day that is a rest day moves on) needs the holiday
//! calendar and lives in [`crate::calendar`].

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::error::coded_text;
use crate::error::{Error, ErrorKind, Result};
use crate::text::Text;

/// The years a date may have. Wide enough for any real application, narrow enough that adding
/// the longest period a rule uses can never overflow.
pub const MIN_YEAR: i32 = 1900;
/// See [`MIN_YEAR`].
pub const MAX_YEAR: i32 = 2999;

/// A date as it crosses the boundary: `"YYYY-MM-DD"` text. Named apart from [`Date`] so the
/// generated TypeScript does not mistake it for JavaScript's `Date` object.
pub type IsoDate = Date;

/// A day of the Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u32,
    day: u32,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in `month` of `year`.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        _ => 28,
    }
}

impl Date {
    /// The date `year-month-day`.
    ///
    /// # Errors
    /// `INVALID_DATE` if that day does not exist; `OUT_OF_RANGE` outside
    /// [`MIN_YEAR`]..=[`MAX_YEAR`].
    pub fn new(year: i32, month: u32, day: u32) -> Result<Date> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(Error::with_text(
                ErrorKind::OutOfRange,
                None,
                Text::new("errors.year_range")
                    .year("min", MIN_YEAR)
                    .year("max", MAX_YEAR),
            ));
        }
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(Error::with_text(
                ErrorKind::InvalidDate,
                None,
                Text::new("errors.no_such_day"),
            ));
        }
        Ok(Date { year, month, day })
    }

    /// A date for the constant parameter tables; a test checks every one is a real day.
    pub(crate) const fn ymd(year: i32, month: u32, day: u32) -> Date {
        Date { year, month, day }
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1-12.
    pub fn month(self) -> u32 {
        self.month
    }

    /// The day of the month.
    pub fn day(self) -> u32 {
        self.day
    }

    /// The corresponding day `n` months later, clamped to the month's last day (Civil Code
    /// art. 202). A year later is 12 months later, so 29 Feb + 3 years is 28 Feb.
    ///
    /// # Errors
    /// `OUT_OF_RANGE` past [`MAX_YEAR`].
    pub fn add_months(self, n: u32) -> Result<Date> {
        let total = i64::from(self.month - 1) + i64::from(n);
        let year = i64::from(self.year) + total / 12;
        let year = i32::try_from(year).map_err(|_| Error::overflow(None))?;
        let month = u32::try_from(total % 12).map_err(|_| Error::overflow(None))? + 1;
        if year > MAX_YEAR {
            return Err(Error::overflow(None));
        }
        let day = self.day.min(days_in_month(year, month));
        Ok(Date { year, month, day })
    }

    /// Days since 1970-01-01 (negative before), so that weekdays and day steps need no table.
    fn days_from_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil: a year starting in March puts the leap day last.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day of the week, Monday 1 to Sunday 7 (ISO 8601).
    pub fn iso_weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (4).
        let w = (self.days_from_epoch() + 3).rem_euclid(7);
        u32::try_from(w).unwrap_or(0) + 1
    }

    /// Whether the day is a Saturday or a Sunday, the weekly rest days of the State Council's
    /// working-hours rule, before any holiday notice moves them.
    pub fn is_weekend(self) -> bool {
        self.iso_weekday() >= 6
    }

    /// The next day.
    ///
    /// # Errors
    /// `OUT_OF_RANGE` after 31 December [`MAX_YEAR`].
    pub fn next_day(self) -> Result<Date> {
        if self.day < days_in_month(self.year, self.month) {
            Ok(Date {
                day: self.day + 1,
                ..self
            })
        } else if self.month < 12 {
            Ok(Date {
                month: self.month + 1,
                day: 1,
                ..self
            })
        } else if self.year < MAX_YEAR {
            Ok(Date {
                year: self.year + 1,
                month: 1,
                day: 1,
            })
        } else {
            Err(Error::overflow(None))
        }
    }

    /// The day before.
    ///
    /// # Errors
    /// `OUT_OF_RANGE` before 1 January [`MIN_YEAR`].
    pub fn prev_day(self) -> Result<Date> {
        if self.day > 1 {
            Ok(Date {
                day: self.day - 1,
                ..self
            })
        } else if self.month > 1 {
            Ok(Date {
                month: self.month - 1,
                day: days_in_month(self.year, self.month - 1),
                ..self
            })
        } else if self.year > MIN_YEAR {
            Ok(Date {
                year: self.year - 1,
                month: 12,
                day: 31,
            })
        } else {
            Err(Error::overflow(None))
        }
    }

    /// The corresponding day `n` years later (see [`Date::add_months`]).
    ///
    /// # Errors
    /// `OUT_OF_RANGE` past [`MAX_YEAR`].
    pub fn add_years(self, n: u32) -> Result<Date> {
        self.add_months(n.checked_mul(12).ok_or_else(|| Error::overflow(None))?)
    }
}

impl FromStr for Date {
    type Err = Error;

    /// Reads exactly `YYYY-MM-DD`.
    ///
    /// # Errors
    /// `INVALID_DATE` for any other form or a day that does not exist.
    fn from_str(s: &str) -> Result<Date> {
        let b = s.as_bytes();
        let form_ok = b.len() == 10
            && b.get(4) == Some(&b'-')
            && b.get(7) == Some(&b'-')
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        let num = |r: std::ops::Range<usize>| s.get(r).and_then(|t| t.parse::<u32>().ok());
        match (form_ok, num(0..4), num(5..7), num(8..10)) {
            (true, Some(y), Some(m), Some(d)) => {
                Date::new(i32::try_from(y).map_err(|_| Error::overflow(None))?, m, d)
            }
            _ => Err(Error::with_text(
                ErrorKind::InvalidDate,
                None,
                Text::new("errors.date_form"),
            )),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

struct DateVisitor;

impl<'de> Visitor<'de> for DateVisitor {
    type Value = Date;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a date written YYYY-MM-DD")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Date, E> {
        v.parse::<Date>()
            .map_err(|e| coded_text(e.kind(), e.text().clone()))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> std::result::Result<Date, E> {
        Err(not_text())
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> std::result::Result<Date, E> {
        Err(not_text())
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> std::result::Result<Date, E> {
        Err(not_text())
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> std::result::Result<Date, E> {
        Err(not_text())
    }

    fn visit_unit<E: de::Error>(self) -> std::result::Result<Date, E> {
        Err(not_text())
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> std::result::Result<Date, A::Error> {
        Err(not_text())
    }

    fn visit_map<A: de::MapAccess<'de>>(self, _: A) -> std::result::Result<Date, A::Error> {
        Err(not_text())
    }
}

fn not_text<E: de::Error>() -> E {
    coded_text(ErrorKind::InvalidDate, Text::new("errors.date_not_text"))
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Date, D::Error> {
        d.deserialize_any(DateVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn civil_code_periods() {
        // (start, years, end) — Civil Code arts. 201-202.
        for (start, years, end) in [
            ("2023-03-15", 3, "2026-03-15"),
            ("2024-02-29", 3, "2027-02-28"),
            ("2024-02-29", 4, "2028-02-29"),
            ("2023-12-31", 1, "2024-12-31"),
        ] {
            assert_eq!(
                d(start).add_years(years).unwrap(),
                d(end),
                "{start}+{years}y"
            );
        }
        assert_eq!(d("2023-01-31").add_months(1).unwrap(), d("2023-02-28"));
        assert_eq!(d("2023-11-30").add_months(3).unwrap(), d("2024-02-29"));
    }

    #[test]
    fn weekdays_and_next_days() {
        // Known weekdays: the worked days of art. 203 and the ends of the supported range.
        for (day, weekday) in [
            ("2026-03-15", 7),
            ("2026-03-16", 1),
            ("2025-09-28", 7),
            ("2025-10-01", 3),
            ("2024-02-29", 4),
            ("2027-02-28", 7),
            ("1970-01-01", 4),
            ("1900-01-01", 1),
            ("2000-03-01", 3),
            ("2999-12-31", 2),
        ] {
            assert_eq!(d(day).iso_weekday(), weekday, "{day}");
        }
        assert!(d("2026-03-14").is_weekend() && !d("2026-03-13").is_weekend());
        assert_eq!(d("2024-02-28").next_day().unwrap(), d("2024-02-29"));
        assert_eq!(d("2023-02-28").next_day().unwrap(), d("2023-03-01"));
        assert_eq!(d("2025-12-31").next_day().unwrap(), d("2026-01-01"));
        assert_eq!(
            d("2999-12-31").next_day().unwrap_err().code(),
            "OUT_OF_RANGE"
        );
        // Walking day by day keeps the weekday cycle.
        let mut day = d("1999-12-25");
        for _ in 0..3000 {
            let next = day.next_day().unwrap();
            assert_eq!(next.iso_weekday(), day.iso_weekday() % 7 + 1, "{next}");
            // The day before undoes the day after, across month, year and leap-day ends.
            assert_eq!(next.prev_day().unwrap(), day, "{next}");
            day = next;
        }
        assert_eq!(d("2024-03-01").prev_day().unwrap(), d("2024-02-29"));
        assert_eq!(d("2023-03-01").prev_day().unwrap(), d("2023-02-28"));
        assert_eq!(d("2026-01-01").prev_day().unwrap(), d("2025-12-31"));
        assert_eq!(
            d("1900-01-01").prev_day().unwrap_err().code(),
            "OUT_OF_RANGE"
        );
    }

    #[test]
    fn strict_form() {
        for bad in [
            "2023-1-1",
            "2023/01/01",
            "2023-02-29",
            "2023-13-01",
            "2023-00-10",
            "20230101",
            "2023-01-01T00:00",
            "+023-01-01",
            "２０２３-01-01",
        ] {
            assert_eq!(
                bad.parse::<Date>().unwrap_err().code(),
                "INVALID_DATE",
                "{bad}"
            );
        }
        let early = "1899-12-31".parse::<Date>().unwrap_err();
        assert_eq!(early.code(), "OUT_OF_RANGE");
        assert_eq!(early.message_zh(), "年份应在 1900–2999 之间");
        assert_eq!(early.message_en(), "The year must be between 1900 and 2999");
        assert!(d("2022-12-31") < d("2023-01-01"));
        assert_eq!(d("2024-02-29").to_string(), "2024-02-29");
    }
}
