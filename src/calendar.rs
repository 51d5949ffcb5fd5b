//! China's statutory rest days, and the Civil Code's rule that a period ending on one of them
//! runs on to the next working day.
//!
//! Civil Code art. 203: "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。"
//! A period whose last day (arts. 201-202) is a statutory rest day (法定休假日) therefore ends
//! on the first day after the rest. Which days are rest days is not a rule of arithmetic: the
//! weekly rest days are Saturday and Sunday, and each year the State Council General Office's
//! notice (国务院办公厅关于YYYY年部分节假日安排的通知) sets the public holidays and makes some
//! weekend days working days (调休上班). So the notices are kept here as data, one entry per
//! year, each with its number and date of issue, like the parameter table: a new year is a new
//! entry, not new code.
//!
//! For a year without a notice in [`NOTICES`] the library cannot know the holidays: it counts
//! weekends only and says so (`HOLIDAY_CALENDAR_NOT_COVERED`), unless the embedding site passes
//! that year's rest and working days ([`SiteCalendar`]).

use serde::Deserialize;

use crate::date::{Date, IsoDate};
use crate::error::{Error, ErrorKind, Result};

/// The law the moved last day rests on.
pub const CIVIL_CODE_ART_203: &str = "《中华人民共和国民法典》第二百零三条";

/// The longest run of consecutive rest days accepted. The longest real one (a Spring Festival
/// joined to a weekend) is 9 days; a site calendar making more days rest in a row is a mistake,
/// and the bound keeps the walk short whatever the input.
pub const MAX_REST_RUN: u32 = 31;

/// One holiday of a notice: consecutive rest days, first and last included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Holiday {
    /// Its name as the notice writes it.
    pub zh: &'static str,
    /// Its name in English.
    pub en: &'static str,
    /// The first rest day.
    pub first: Date,
    /// The last rest day.
    pub last: Date,
}

/// One year's State Council General Office notice on the holiday arrangements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HolidayNotice {
    /// The year it arranges.
    pub year: i32,
    /// Its document number, where it was verified against a published copy; `None` where the
    /// copies found print no number, so that none is invented.
    pub number: Option<&'static str>,
    /// The day it was issued.
    pub issued: Date,
    /// The holidays it sets (rest days, including the weekdays taken off in lieu).
    pub holidays: &'static [Holiday],
    /// The weekend days it makes working days (调休上班).
    pub work_days: &'static [Date],
}

impl HolidayNotice {
    /// Whether the notice makes `day` a rest day.
    pub fn is_holiday(&self, day: Date) -> bool {
        self.holidays
            .iter()
            .any(|h| h.first <= day && day <= h.last)
    }

    /// Whether the notice makes `day` (a weekend day) a working day.
    pub fn is_work_day(&self, day: Date) -> bool {
        self.work_days.contains(&day)
    }

    /// The notice as a reader finds it: its title, then its number where known, else its date.
    pub fn cite(&self) -> String {
        match self.number {
            Some(n) => format!(
                "《国务院办公厅关于{}年部分节假日安排的通知》（{n}）",
                self.year
            ),
            None => format!(
                "《国务院办公厅关于{}年部分节假日安排的通知》（{}发布）",
                self.year, self.issued
            ),
        }
    }

    /// The holiday `day` falls in, if any.
    pub fn holiday_on(&self, day: Date) -> Option<&'static Holiday> {
        self.holidays
            .iter()
            .find(|h| h.first <= day && day <= h.last)
    }
}

const fn d(year: i32, month: u32, day: u32) -> Date {
    Date::ymd(year, month, day)
}

const fn h(zh: &'static str, en: &'static str, first: Date, last: Date) -> Holiday {
    Holiday {
        zh,
        en,
        first,
        last,
    }
}

/// The notices, one per year, oldest first. Each was checked against the text as published
/// (Xinhua / the State Council Gazette); the test `calendar` cross-checks every day of the
/// table against the independent `chinese-calendar` package (tests/fixtures/holidays/).
pub const NOTICES: &[HolidayNotice] = &[
    HolidayNotice {
        year: 2023,
        number: Some("国办发明电〔2022〕16号"),
        issued: d(2022, 12, 8),
        holidays: &[
            h("元旦", "New Year's Day", d(2022, 12, 31), d(2023, 1, 2)),
            h("春节", "Spring Festival", d(2023, 1, 21), d(2023, 1, 27)),
            h("清明节", "Qingming", d(2023, 4, 5), d(2023, 4, 5)),
            h("劳动节", "Labour Day", d(2023, 4, 29), d(2023, 5, 3)),
            h(
                "端午节",
                "Dragon Boat Festival",
                d(2023, 6, 22),
                d(2023, 6, 24),
            ),
            h(
                "中秋节、国庆节",
                "Mid-Autumn Festival and National Day",
                d(2023, 9, 29),
                d(2023, 10, 6),
            ),
        ],
        work_days: &[
            d(2023, 1, 28),
            d(2023, 1, 29),
            d(2023, 4, 23),
            d(2023, 5, 6),
            d(2023, 6, 25),
            d(2023, 10, 7),
            d(2023, 10, 8),
        ],
    },
    HolidayNotice {
        year: 2024,
        number: Some("国办发明电〔2023〕7号"),
        issued: d(2023, 10, 25),
        holidays: &[
            // "1月1日放假，与周末连休": the weekend before is a rest day anyway.
            h("元旦", "New Year's Day", d(2024, 1, 1), d(2024, 1, 1)),
            // The notice only encourages a day off on New Year's Eve (2月9日): not a rest day.
            h("春节", "Spring Festival", d(2024, 2, 10), d(2024, 2, 17)),
            h("清明节", "Qingming", d(2024, 4, 4), d(2024, 4, 6)),
            h("劳动节", "Labour Day", d(2024, 5, 1), d(2024, 5, 5)),
            h(
                "端午节",
                "Dragon Boat Festival",
                d(2024, 6, 10),
                d(2024, 6, 10),
            ),
            h(
                "中秋节",
                "Mid-Autumn Festival",
                d(2024, 9, 15),
                d(2024, 9, 17),
            ),
            h("国庆节", "National Day", d(2024, 10, 1), d(2024, 10, 7)),
        ],
        work_days: &[
            d(2024, 2, 4),
            d(2024, 2, 18),
            d(2024, 4, 7),
            d(2024, 4, 28),
            d(2024, 5, 11),
            d(2024, 9, 14),
            d(2024, 9, 29),
            d(2024, 10, 12),
        ],
    },
    HolidayNotice {
        year: 2025,
        number: Some("国办发明电〔2024〕12号"),
        issued: d(2024, 11, 12),
        holidays: &[
            h("元旦", "New Year's Day", d(2025, 1, 1), d(2025, 1, 1)),
            h("春节", "Spring Festival", d(2025, 1, 28), d(2025, 2, 4)),
            h("清明节", "Qingming", d(2025, 4, 4), d(2025, 4, 6)),
            h("劳动节", "Labour Day", d(2025, 5, 1), d(2025, 5, 5)),
            h(
                "端午节",
                "Dragon Boat Festival",
                d(2025, 5, 31),
                d(2025, 6, 2),
            ),
            h(
                "国庆节、中秋节",
                "National Day and Mid-Autumn Festival",
                d(2025, 10, 1),
                d(2025, 10, 8),
            ),
        ],
        work_days: &[
            d(2025, 1, 26),
            d(2025, 2, 8),
            d(2025, 4, 27),
            d(2025, 9, 28),
            d(2025, 10, 11),
        ],
    },
    HolidayNotice {
        year: 2026,
        // The copies found (Xinhua, 2025-11-04) print no document number.
        number: None,
        issued: d(2025, 11, 4),
        holidays: &[
            h("元旦", "New Year's Day", d(2026, 1, 1), d(2026, 1, 3)),
            h("春节", "Spring Festival", d(2026, 2, 15), d(2026, 2, 23)),
            h("清明节", "Qingming", d(2026, 4, 4), d(2026, 4, 6)),
            h("劳动节", "Labour Day", d(2026, 5, 1), d(2026, 5, 5)),
            h(
                "端午节",
                "Dragon Boat Festival",
                d(2026, 6, 19),
                d(2026, 6, 21),
            ),
            h(
                "中秋节",
                "Mid-Autumn Festival",
                d(2026, 9, 25),
                d(2026, 9, 27),
            ),
            h("国庆节", "National Day", d(2026, 10, 1), d(2026, 10, 7)),
        ],
        work_days: &[
            d(2026, 1, 4),
            d(2026, 2, 14),
            d(2026, 2, 28),
            d(2026, 5, 9),
            d(2026, 9, 20),
            d(2026, 10, 10),
        ],
    },
];

/// The notice arranging `year`, if the table has it.
pub fn notice_for(year: i32) -> Option<&'static HolidayNotice> {
    NOTICES.iter().find(|n| n.year == year)
}

/// Rest and working days the embedding site supplies for years the built-in table lacks
/// (input field `calendar`), so that a site can stay exact before the library is updated.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct SiteCalendar {
    /// Holidays (including weekdays taken off in lieu); weekends need not be listed.
    #[serde(default)]
    pub rest_days: Vec<IsoDate>,
    /// Weekend days made working days (调休上班).
    #[serde(default)]
    pub work_days: Vec<IsoDate>,
}

/// Where a year's rest days come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearSource {
    /// The built-in notice.
    Notice(&'static HolidayNotice),
    /// The site's `calendar`.
    Site,
    /// Nothing: weekends only.
    WeekendsOnly,
}

/// The calendar a calculation uses: the built-in notices, and the site's days where the site
/// gave some.
#[derive(Clone, Copy, Debug)]
pub struct Calendar<'a> {
    site: Option<&'a SiteCalendar>,
}

impl<'a> Calendar<'a> {
    /// The calendar with the site's days, checked.
    ///
    /// # Errors
    /// `INCONSISTENT` at `calendar.restDays[i]` / `calendar.workDays[i]` for a day in a year the
    /// built-in table covers (the State Council's notice is the law there, and a site cannot
    /// override it), or for a day listed both as rest and as working day.
    pub fn new(site: Option<&'a SiteCalendar>) -> Result<Calendar<'a>> {
        if let Some(s) = site {
            for (list, name) in [(&s.rest_days, "restDays"), (&s.work_days, "workDays")] {
                for (i, day) in list.iter().enumerate() {
                    let field = format!("calendar.{name}[{i}]");
                    if let Some(n) = notice_for(day.year()) {
                        return Err(Error::at(
                            ErrorKind::Inconsistent,
                            &field,
                            format!(
                                "{} 年的休息日和调休上班日已按{}内置，不能由本站另行指定",
                                day.year(),
                                n.cite()
                            ),
                            format!(
                                "The rest and working days of {} are built in from the State Council notice and cannot be set by the site",
                                day.year()
                            ),
                        ));
                    }
                }
            }
            if let Some(i) = s.work_days.iter().position(|w| s.rest_days.contains(w)) {
                let field = format!("calendar.workDays[{i}]");
                return Err(Error::at(
                    ErrorKind::Inconsistent,
                    &field,
                    "同一天不能既是休息日又是调休上班日",
                    "A day cannot be both a rest day and a working day",
                ));
            }
        }
        Ok(Calendar { site })
    }

    /// Where the rest days of `year` come from.
    pub fn source(&self, year: i32) -> YearSource {
        if let Some(n) = notice_for(year) {
            return YearSource::Notice(n);
        }
        match self.site {
            Some(s)
                if s.rest_days
                    .iter()
                    .chain(s.work_days.iter())
                    .any(|day| day.year() == year) =>
            {
                YearSource::Site
            }
            _ => YearSource::WeekendsOnly,
        }
    }

    /// Whether `day` is a statutory rest day (法定休假日).
    pub fn is_rest_day(&self, day: Date) -> bool {
        // A notice may reach into the year before (2023's New Year holiday starts 2022-12-31).
        if NOTICES.iter().any(|n| n.is_holiday(day)) {
            return true;
        }
        if NOTICES.iter().any(|n| n.is_work_day(day)) {
            return false;
        }
        if let Some(s) = self.site {
            if s.rest_days.contains(&day) {
                return true;
            }
            if s.work_days.contains(&day) {
                return false;
            }
        }
        day.is_weekend()
    }

    /// The last day of a period whose corresponding day (arts. 201-202) is `nominal`, under
    /// art. 203: `nominal` itself unless it is a rest day, else the first day after the rest.
    ///
    /// # Errors
    /// `OUT_OF_RANGE` at `calendar.restDays` when the site's days make more than
    /// [`MAX_REST_RUN`] days in a row rest days, or past the last supported year.
    pub fn period_end(&self, nominal: Date) -> Result<PeriodEnd> {
        let mut last_day = nominal;
        let mut years = vec![nominal.year()];
        let mut run = 0;
        while self.is_rest_day(last_day) {
            run += 1;
            if run > MAX_REST_RUN {
                return Err(Error::at(
                    ErrorKind::OutOfRange,
                    "calendar.restDays",
                    format!("calendar.restDays：连续休息日超过 {MAX_REST_RUN} 天，请检查本站提供的休息日"),
                    format!(
                        "calendar.restDays: more than {MAX_REST_RUN} rest days in a row; check the site's rest days"
                    ),
                ));
            }
            last_day = last_day.next_day()?;
            if !years.contains(&last_day.year()) {
                years.push(last_day.year());
            }
        }
        let sources = years.iter().map(|&y| (y, self.source(y))).collect();
        Ok(PeriodEnd {
            nominal,
            last_day,
            sources,
        })
    }
}

/// A period's last day under art. 203, with what it was decided by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeriodEnd {
    /// The corresponding day (arts. 201-202).
    pub nominal: Date,
    /// The last day after art. 203.
    pub last_day: Date,
    /// Each year whose days were looked at, with where its rest days came from.
    pub sources: Vec<(i32, YearSource)>,
}

impl PeriodEnd {
    /// Whether art. 203 moved the day.
    pub fn moved(&self) -> bool {
        self.last_day != self.nominal
    }

    /// The years looked at that neither the table nor the site covers.
    pub fn uncovered_years(&self) -> Vec<i32> {
        self.sources
            .iter()
            .filter(|(_, s)| *s == YearSource::WeekendsOnly)
            .map(|(y, _)| *y)
            .collect()
    }

    /// The years looked at whose days the site supplied.
    pub fn site_years(&self) -> Vec<i32> {
        self.sources
            .iter()
            .filter(|(_, s)| *s == YearSource::Site)
            .map(|(y, _)| *y)
            .collect()
    }

    /// The built-in notices consulted.
    pub fn notices(&self) -> Vec<&'static HolidayNotice> {
        self.sources
            .iter()
            .filter_map(|(_, s)| match s {
                YearSource::Notice(n) => Some(*n),
                _ => None,
            })
            .collect()
    }
}

/// The weekday in Chinese, for step texts.
pub fn weekday_zh(day: Date) -> &'static str {
    match day.iso_weekday() {
        1 => "星期一",
        2 => "星期二",
        3 => "星期三",
        4 => "星期四",
        5 => "星期五",
        6 => "星期六",
        _ => "星期日",
    }
}

/// The weekday in English, for step texts.
pub fn weekday_en(day: Date) -> &'static str {
    match day.iso_weekday() {
        1 => "Monday",
        2 => "Tuesday",
        3 => "Wednesday",
        4 => "Thursday",
        5 => "Friday",
        6 => "Saturday",
        _ => "Sunday",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn table_is_well_formed() {
        let mut years = Vec::new();
        for n in NOTICES {
            assert!(!years.contains(&n.year), "{} twice", n.year);
            years.push(n.year);
            assert!(
                n.issued.year() < n.year,
                "{} issued the year before",
                n.year
            );
            for hol in n.holidays {
                for x in [hol.first, hol.last, n.issued] {
                    assert_eq!(Date::new(x.year(), x.month(), x.day()).unwrap(), x);
                }
                assert!(hol.first <= hol.last, "{}", hol.zh);
                // A holiday belongs to its year, except New Year's starting on 31 December.
                assert!(hol.last.year() == n.year, "{} {}", n.year, hol.zh);
            }
            for w in n.work_days {
                assert_eq!(Date::new(w.year(), w.month(), w.day()).unwrap(), *w);
                assert!(w.is_weekend(), "{w} is a weekend day made a working day");
                assert!(!n.is_holiday(*w), "{w}");
            }
            if let Some(number) = n.number {
                assert!(number.starts_with("国办发明电〔") && number.ends_with('号'));
            }
        }
        assert!(years.windows(2).all(|w| w[1] == w[0] + 1), "no gap years");
    }

    #[test]
    fn worked_days_of_art_203() {
        let cal = Calendar::new(None).unwrap();
        for (nominal, last) in [
            ("2026-03-15", "2026-03-16"),
            ("2025-10-01", "2025-10-09"),
            ("2025-09-28", "2025-09-28"),
            ("2026-02-14", "2026-02-14"),
            ("2026-02-15", "2026-02-24"),
            ("2023-01-21", "2023-01-28"),
            ("2026-03-13", "2026-03-13"),
        ] {
            let end = cal.period_end(day(nominal)).unwrap();
            assert_eq!(end.last_day, day(last), "{nominal}");
            assert_eq!(end.moved(), nominal != last);
            assert!(end.uncovered_years().is_empty());
        }
    }

    #[test]
    fn uncovered_year_counts_weekends_unless_the_site_gives_days() {
        let cal = Calendar::new(None).unwrap();
        // 2027-10-01 is a Friday: without the 2027 notice it is a working day.
        let end = cal.period_end(day("2027-10-01")).unwrap();
        assert_eq!(end.last_day, day("2027-10-01"));
        assert_eq!(end.uncovered_years(), vec![2027]);
        let site = SiteCalendar {
            rest_days: (1..=7).map(|i| Date::new(2027, 10, i).unwrap()).collect(),
            work_days: vec![day("2027-10-09")],
        };
        let cal = Calendar::new(Some(&site)).unwrap();
        let end = cal.period_end(day("2027-10-01")).unwrap();
        assert_eq!(end.last_day, day("2027-10-08"));
        assert_eq!(end.site_years(), vec![2027]);
        assert!(end.uncovered_years().is_empty());
    }

    #[test]
    fn site_cannot_override_the_notices_or_contradict_itself() {
        let site = SiteCalendar {
            rest_days: vec![day("2027-01-01"), day("2026-03-16")],
            work_days: vec![],
        };
        let e = Calendar::new(Some(&site)).unwrap_err();
        assert_eq!(
            (e.code(), e.field()),
            ("INCONSISTENT", Some("calendar.restDays[1]"))
        );
        let site = SiteCalendar {
            rest_days: vec![day("2027-02-06")],
            work_days: vec![day("2027-02-06")],
        };
        let e = Calendar::new(Some(&site)).unwrap_err();
        assert_eq!(e.field(), Some("calendar.workDays[0]"));
        let site = SiteCalendar {
            rest_days: (1..=31)
                .map(|i| Date::new(2027, 3, i).unwrap())
                .chain([day("2027-04-01")])
                .collect(),
            work_days: vec![],
        };
        let cal = Calendar::new(Some(&site)).unwrap();
        let e = cal.period_end(day("2027-03-01")).unwrap_err();
        assert_eq!(
            (e.code(), e.field()),
            ("OUT_OF_RANGE", Some("calendar.restDays"))
        );
    }
}
