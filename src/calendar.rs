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
//! For a year without a notice in [`NOTICES`] the library knows only part of the rest days: the
//! weekends, and the holidays art. 2 of 《全国年节及纪念日放假办法》 fixes on Gregorian dates
//! (元旦, 劳动节, 国庆节), which are holidays every year. The lunar-date holidays, the 补假 and
//! the 调休 of that year are unknown: it says so (`HOLIDAY_CALENDAR_NOT_COVERED`), unless the
//! embedding site passes that year's rest and working days ([`SiteCalendar`]), which it then
//! attributes to the site.

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
        self.holiday_on(day).is_some()
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
        // The official copies found (Xinhua, 2025-11-04) print no document number. Copies
        // elsewhere give 国办发明电〔2025〕7号; none from an official source, so it is left out.
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

/// The State Council's rules fixing the public holidays. Art. 2 sets, among others, holidays on
/// fixed Gregorian dates (元旦 1 January; 劳动节 1 May, and 2 May since 2025; 国庆节 1-3
/// October): those are holidays in every year, whether or not the year's notice is in the
/// table. The lunar-date holidays (春节, 清明, 端午, 中秋), the 补假 for a holiday on a weekend
/// and the 调休 are only known from the notice.
pub const HOLIDAY_RULES_ART_2: &str = "《全国年节及纪念日放假办法》第二条";

/// A holiday art. 2 of the holiday rules fixes on Gregorian dates, the same every year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FixedHoliday {
    /// Its name as the rules write it.
    pub zh: &'static str,
    /// Its name in English.
    pub en: &'static str,
    /// Its month.
    pub month: u32,
    /// Its first day of the month.
    pub first: u32,
    /// Its last day of the month.
    pub last: u32,
    /// The dates in words, as the rules write them.
    pub dates_zh: &'static str,
    /// The dates in English.
    pub dates_en: &'static str,
}

const fn fixed(
    zh: &'static str,
    en: &'static str,
    (month, first, last): (u32, u32, u32),
    dates_zh: &'static str,
    dates_en: &'static str,
) -> FixedHoliday {
    FixedHoliday {
        zh,
        en,
        month,
        first,
        last,
        dates_zh,
        dates_en,
    }
}

/// Art. 2 as revised by 国务院令第795号 (in force 2025-01-01): 劳动节 gained 2 May.
const FIXED_FROM_2025: &[FixedHoliday] = &[
    fixed("元旦", "New Year's Day", (1, 1, 1), "1月1日", "1 January"),
    fixed("劳动节", "Labour Day", (5, 1, 2), "5月1日、2日", "1-2 May"),
    fixed(
        "国庆节",
        "National Day",
        (10, 1, 3),
        "10月1日至3日",
        "1-3 October",
    ),
];

/// Art. 2 as revised in 2007 (in force 2008-01-01), unchanged on these dates by the 2013
/// revision.
const FIXED_2008_TO_2024: &[FixedHoliday] = &[
    fixed("元旦", "New Year's Day", (1, 1, 1), "1月1日", "1 January"),
    fixed("劳动节", "Labour Day", (5, 1, 1), "5月1日", "1 May"),
    fixed(
        "国庆节",
        "National Day",
        (10, 1, 3),
        "10月1日至3日",
        "1-3 October",
    ),
];

/// The fixed-date holidays of `year`. Before 2008 the rules differed again; no period the
/// calculators compute can turn on such a year's holidays, so none are claimed for it.
pub fn fixed_holidays(year: i32) -> &'static [FixedHoliday] {
    if year >= 2025 {
        FIXED_FROM_2025
    } else if year >= 2008 {
        FIXED_2008_TO_2024
    } else {
        &[]
    }
}

/// The fixed-date holiday `day` falls on, if any.
pub fn fixed_holiday_on(day: Date) -> Option<&'static FixedHoliday> {
    fixed_holidays(day.year())
        .iter()
        .find(|f| f.month == day.month() && f.first <= day.day() && day.day() <= f.last)
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

/// What decided whether a day is a rest day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A built-in notice: it lists the day, or the day is in the year it arranges.
    Notice(&'static HolidayNotice),
    /// The site's `calendar`, which gives days of this year (not checked against a notice).
    Site(i32),
    /// Nothing for this year: weekends and the fixed-date holidays of art. 2 only.
    Uncovered(i32),
}

/// Why a day is, or is not, a rest day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// A holiday the notice sets.
    Holiday(&'static Holiday),
    /// A fixed-date holiday of art. 2 of the holiday rules.
    Fixed(&'static FixedHoliday),
    /// A site-supplied rest day.
    SiteRest,
    /// Saturday or Sunday.
    Weekend,
    /// A weekend day made a working day (by the notice or the site).
    WorkDay,
    /// An ordinary weekday.
    Weekday,
}

/// One day as the calendar classifies it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayInfo {
    /// The day.
    pub day: Date,
    /// Whether it is a statutory rest day.
    pub rest: bool,
    /// Why.
    pub why: Why,
    /// Who decided.
    pub source: Source,
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
    /// built-in table covers or a day a built-in notice lists (2022-12-31 is in the 2023
    /// notice): the State Council's notice is the law there and a site cannot override it; for a
    /// working day on a fixed-date holiday of art. 2 of the holiday rules; and for a day listed
    /// both as rest and as working day.
    pub fn new(site: Option<&'a SiteCalendar>) -> Result<Calendar<'a>> {
        if let Some(s) = site {
            for (list, name) in [(&s.rest_days, "restDays"), (&s.work_days, "workDays")] {
                for (i, day) in list.iter().enumerate() {
                    let day = *day;
                    let field = format!("calendar.{name}[{i}]");
                    let notice = notice_for(day.year()).or_else(|| {
                        NOTICES
                            .iter()
                            .find(|n| n.is_holiday(day) || n.is_work_day(day))
                    });
                    if let Some(n) = notice {
                        return Err(Error::at(
                            ErrorKind::Inconsistent,
                            &field,
                            format!(
                                "{day} 的休息日或上班日已按{}内置，不能由本站另行指定",
                                n.cite()
                            ),
                            format!(
                                "Whether {day} is a rest day is built in from the State Council's notice for {} and cannot be set by the site",
                                n.year
                            ),
                        ));
                    }
                    if let (Some(f), "workDays") = (fixed_holiday_on(day), name) {
                        return Err(Error::at(
                            ErrorKind::Inconsistent,
                            &field,
                            format!(
                                "{day} 是{HOLIDAY_RULES_ART_2}规定的{}（{}），不能是上班日",
                                f.zh, f.dates_zh
                            ),
                            format!(
                                "{day} is {} ({}), a holiday fixed by art. 2 of the national holiday rules; it cannot be a working day",
                                f.en, f.dates_en
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

    /// Whether the site gives days of `year`.
    fn site_covers(&self, year: i32) -> bool {
        self.site.is_some_and(|s| {
            s.rest_days
                .iter()
                .chain(s.work_days.iter())
                .any(|day| day.year() == year)
        })
    }

    /// Whether `day` is a statutory rest day (法定休假日), why, and who decided.
    pub fn classify(&self, day: Date) -> DayInfo {
        let info = |rest, why, source| DayInfo {
            day,
            rest,
            why,
            source,
        };
        let weekly = |source| {
            if day.is_weekend() {
                info(true, Why::Weekend, source)
            } else {
                info(false, Why::Weekday, source)
            }
        };
        // A notice may reach into the year before (2023's New Year holiday starts 2022-12-31).
        for n in NOTICES {
            if let Some(h) = n.holiday_on(day) {
                return info(true, Why::Holiday(h), Source::Notice(n));
            }
            if n.is_work_day(day) {
                return info(false, Why::WorkDay, Source::Notice(n));
            }
        }
        if let Some(n) = notice_for(day.year()) {
            return weekly(Source::Notice(n));
        }
        let source = if self.site_covers(day.year()) {
            Source::Site(day.year())
        } else {
            Source::Uncovered(day.year())
        };
        if let Some(s) = self.site {
            if s.rest_days.contains(&day) {
                return info(true, Why::SiteRest, source);
            }
            if s.work_days.contains(&day) {
                return info(false, Why::WorkDay, source);
            }
        }
        if let Some(f) = fixed_holiday_on(day) {
            return info(true, Why::Fixed(f), source);
        }
        weekly(source)
    }

    /// Whether `day` is a statutory rest day (法定休假日), as far as the calendar knows.
    pub fn is_rest_day(&self, day: Date) -> bool {
        self.classify(day).rest
    }

    /// The last day of a period whose corresponding day (arts. 201-202) is `nominal`, under
    /// art. 203: `nominal` itself unless it is a rest day, else the first day after the rest.
    ///
    /// # Errors
    /// `OUT_OF_RANGE` at `calendar.restDays` when the site's days make more than
    /// [`MAX_REST_RUN`] days in a row rest days, or past the last supported year.
    pub fn period_end(&self, nominal: Date) -> Result<PeriodEnd> {
        let first = self.classify(nominal);
        let mut last = first;
        let mut days = vec![first];
        let mut run = 0;
        while last.rest {
            run += 1;
            if run > MAX_REST_RUN {
                return Err(Error::at(
                    ErrorKind::OutOfRange,
                    "calendar.restDays",
                    format!("连续休息日超过 {MAX_REST_RUN} 天，请检查本站提供的休息日"),
                    format!(
                        "More than {MAX_REST_RUN} rest days in a row; check the site's rest days"
                    ),
                ));
            }
            last = self.classify(last.day.next_day()?);
            days.push(last);
        }
        Ok(PeriodEnd {
            nominal: first,
            last_day: last,
            days,
        })
    }
}

/// A period's last day under art. 203, with what it was decided by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeriodEnd {
    /// The corresponding day (arts. 201-202).
    pub nominal: DayInfo,
    /// The last day after art. 203 (a working day).
    pub last_day: DayInfo,
    /// Every day looked at, from the nominal day to the last day: these decided the result.
    pub days: Vec<DayInfo>,
}

impl PeriodEnd {
    /// Whether art. 203 moved the day.
    pub fn moved(&self) -> bool {
        self.last_day.day != self.nominal.day
    }

    /// What decided the days looked at, each once, in the order met.
    pub fn sources(&self) -> Vec<Source> {
        let mut out = Vec::new();
        for d in &self.days {
            if !out.contains(&d.source) {
                out.push(d.source);
            }
        }
        out
    }

    /// The years whose days decided the result that neither the table nor the site covers.
    pub fn uncovered_years(&self) -> Vec<i32> {
        self.sources()
            .into_iter()
            .filter_map(|s| match s {
                Source::Uncovered(y) => Some(y),
                _ => None,
            })
            .collect()
    }

    /// The years whose days decided the result and came from the site.
    pub fn site_years(&self) -> Vec<i32> {
        self.sources()
            .into_iter()
            .filter_map(|s| match s {
                Source::Site(y) => Some(y),
                _ => None,
            })
            .collect()
    }

    /// The built-in notices that decided the result.
    pub fn notices(&self) -> Vec<&'static HolidayNotice> {
        self.sources()
            .into_iter()
            .filter_map(|s| match s {
                Source::Notice(n) => Some(n),
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
            assert_eq!(end.last_day.day, day(last), "{nominal}");
            assert_eq!(end.moved(), nominal != last);
            assert!(end.uncovered_years().is_empty());
        }
    }

    #[test]
    fn uncovered_year_counts_weekends_and_fixed_holidays_unless_the_site_gives_days() {
        let cal = Calendar::new(None).unwrap();
        // Friday 2027-10-01 is National Day by art. 2 of the holiday rules, every year; with
        // the weekend after it, the last day is Monday 2027-10-04.
        let end = cal.period_end(day("2027-10-01")).unwrap();
        assert_eq!(end.last_day.day, day("2027-10-04"));
        assert_eq!(end.uncovered_years(), vec![2027]);
        assert!(matches!(end.nominal.why, Why::Fixed(f) if f.zh == "国庆节"));
        // 2 May is Labour Day from 2025 on, not before.
        assert!(cal.is_rest_day(day("2028-05-02")));
        assert!(!cal.is_rest_day(day("2022-05-02")));
        assert!(cal.is_rest_day(day("2022-05-01")));
        assert!(cal.is_rest_day(day("2027-01-01")));
        assert!(!cal.is_rest_day(day("2027-10-04")));
        let site = SiteCalendar {
            rest_days: (1..=7).map(|i| Date::new(2027, 10, i).unwrap()).collect(),
            work_days: vec![day("2027-10-09")],
        };
        let cal = Calendar::new(Some(&site)).unwrap();
        let end = cal.period_end(day("2027-10-01")).unwrap();
        assert_eq!(end.last_day.day, day("2027-10-08"));
        assert_eq!(end.site_years(), vec![2027]);
        assert!(end.uncovered_years().is_empty());
    }

    #[test]
    fn only_the_years_that_decided_count() {
        let cal = Calendar::new(None).unwrap();
        // 2022-12-31 is in the 2023 notice's New Year holiday: 2022 decided nothing.
        let end = cal.period_end(day("2022-12-31")).unwrap();
        assert_eq!(end.last_day.day, day("2023-01-03"));
        assert!(end.uncovered_years().is_empty());
        assert_eq!(end.notices().len(), 1);
        // 2022-12-30 is an ordinary Friday of a year no notice arranges.
        let end = cal.period_end(day("2022-12-30")).unwrap();
        assert_eq!(end.uncovered_years(), vec![2022]);
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
        // A day a notice lists, though in a year without one: refused like the notice's year.
        let site = SiteCalendar {
            rest_days: vec![],
            work_days: vec![day("2022-12-31")],
        };
        let e = Calendar::new(Some(&site)).unwrap_err();
        assert_eq!(
            (e.code(), e.field()),
            ("INCONSISTENT", Some("calendar.workDays[0]"))
        );
        // A fixed-date holiday cannot be made a working day.
        let site = SiteCalendar {
            rest_days: vec![],
            work_days: vec![day("2027-05-02")],
        };
        let e = Calendar::new(Some(&site)).unwrap_err();
        assert_eq!(
            (e.code(), e.field()),
            ("INCONSISTENT", Some("calendar.workDays[0]"))
        );
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
