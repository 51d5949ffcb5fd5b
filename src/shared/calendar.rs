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
//! For a year without a notice in [`NOTICES`] the library knows most of the rest days: the
//! weekends, and every holiday art. 2 of 《全国年节及纪念日放假办法》 fixes — 元旦, 劳动节 and
//! 国庆节 on Gregorian dates, 春节, 清明节, 端午节 and 中秋节 from a table of lunar and
//! solar-term days kept as data ([`LUNAR_DATES`], cross-checked against three independent
//! calendar libraries). What only that year's notice fixes, the 补假 owed for a holiday on a
//! weekend (art. 6) and the 调休, is unknown: it says so (`HOLIDAY_CALENDAR_NOT_COVERED`), and
//! [`PeriodEnd`] gives the earliest and latest last day the notice could still make
//! ([`Calendar::doubt`]), unless the embedding site passes that year's rest and working days
//! ([`SiteCalendar`]), which it then attributes to the site.

use serde::Deserialize;

use crate::date::{Date, IsoDate};
use crate::error::{Error, ErrorKind, Result};
use crate::text::Text;

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

impl Holiday {
    /// Its name, from the catalogue.
    pub fn name(&self) -> Text {
        holiday_name(self.zh, self.en)
    }
}

/// The catalogue text of a holiday's name, found by the name the notice or the rules write
/// (`zh`). The names are data here (the tables above, checked against the notices) and words
/// in the catalogue; a unit test makes sure every name of the tables has its key and that the
/// catalogue's words are the table's. A name without a key (a table entry added without one)
/// keeps its two written-out names rather than failing.
pub fn holiday_name(zh: &'static str, en: &'static str) -> Text {
    match zh {
        "元旦" => Text::new("calendar.name_new_year"),
        "春节" => Text::new("calendar.name_spring_festival"),
        "清明节" => Text::new("calendar.name_qingming"),
        "劳动节" => Text::new("calendar.name_labour_day"),
        "端午节" => Text::new("calendar.name_dragon_boat"),
        "中秋节" => Text::new("calendar.name_mid_autumn"),
        "国庆节" => Text::new("calendar.name_national_day"),
        "中秋节、国庆节" => Text::new("calendar.name_mid_autumn_national_day"),
        "国庆节、中秋节" => Text::new("calendar.name_national_day_mid_autumn"),
        _ => Text::literal(zh, en),
    }
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
    pub fn cite(&self) -> Text {
        match self.number {
            Some(number) => Text::new("calendar.notice")
                .year("year", self.year)
                .raw("number", number),
            None => Text::new("calendar.notice_issued")
                .year("year", self.year)
                .date("issued", self.issued),
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

/// The last day this table was searched for newly published notices. The yearly notice usually
/// comes out in November or December for the next year; on this day no notice for 2027 was
/// found in the sources available. A year the table lacks is warned about with this date, so a
/// reader can tell a stale table from a year not yet announced; re-checking is one line here.
pub const NOTICES_CHECKED_UNTIL: Date = d(2026, 12, 4);

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

/// The State Council's rules fixing the public holidays. Art. 2 (as revised by 国务院令第795号,
/// in force 2025-01-01) sets seven holidays: 元旦, 劳动节 and 国庆节 on fixed Gregorian dates,
/// 春节, 清明节, 端午节 and 中秋节 by the lunar calendar and the solar terms. They are rest days
/// whether or not the year's notice is in the table; what only the notice fixes is the make-up
/// day owed when a holiday falls on a weekend (补假, art. 6) and the swapped days (调休).
pub const HOLIDAY_RULES_ART_2: &str = "《全国年节及纪念日放假办法》第二条";

/// A holiday of art. 2 of the holiday rules, as the rules name and date it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Art2Holiday {
    /// Its name as the rules write it.
    pub zh: &'static str,
    /// Its name in English.
    pub en: &'static str,
    /// Its days in the rules' words.
    pub dates_zh: &'static str,
    /// Its days in English.
    pub dates_en: &'static str,
}

const fn art2(
    zh: &'static str,
    en: &'static str,
    dates_zh: &'static str,
    dates_en: &'static str,
) -> Art2Holiday {
    Art2Holiday {
        zh,
        en,
        dates_zh,
        dates_en,
    }
}

impl Art2Holiday {
    /// Its name, from the catalogue.
    pub fn name(&self) -> Text {
        holiday_name(self.zh, self.en)
    }

    /// Its days in the rules' words, from the catalogue (found as [`holiday_name`] is).
    pub fn dates(&self) -> Text {
        match self.dates_zh {
            "1月1日" => Text::new("calendar.dates_new_year"),
            "农历除夕、正月初一至初三" => Text::new("calendar.dates_spring_festival"),
            "农历清明当日" => Text::new("calendar.dates_qingming"),
            "5月1日、2日" => Text::new("calendar.dates_labour_day"),
            "5月1日" => Text::new("calendar.dates_labour_day_2008"),
            "农历端午当日" => Text::new("calendar.dates_dragon_boat"),
            "农历中秋当日" => Text::new("calendar.dates_mid_autumn"),
            "10月1日至3日" => Text::new("calendar.dates_national_day"),
            _ => Text::literal(self.dates_zh, self.dates_en),
        }
    }
}

/// 元旦, 1 January.
pub const NEW_YEAR: Art2Holiday = art2("元旦", "New Year's Day", "1月1日", "1 January");
/// 春节 since 2025: 农历除夕 (the last day of the twelfth month, the 29th in a short month) and
/// 正月初一 to 初三.
pub const SPRING_FESTIVAL: Art2Holiday = art2(
    "春节",
    "Spring Festival",
    "农历除夕、正月初一至初三",
    "lunar New Year's Eve and the first three days of the first lunar month",
);
/// 清明节, the day of the 清明 solar term.
pub const QINGMING: Art2Holiday = art2(
    "清明节",
    "Qingming",
    "农历清明当日",
    "the day of the Qingming solar term",
);
/// 劳动节 since 2025: 1-2 May.
pub const LABOUR_DAY: Art2Holiday = art2("劳动节", "Labour Day", "5月1日、2日", "1-2 May");
/// 劳动节 from 2008 to 2024: 1 May.
pub const LABOUR_DAY_2008: Art2Holiday = art2("劳动节", "Labour Day", "5月1日", "1 May");
/// 端午节, 农历五月初五.
pub const DRAGON_BOAT: Art2Holiday = art2(
    "端午节",
    "Dragon Boat Festival",
    "农历端午当日",
    "the fifth day of the fifth lunar month",
);
/// 中秋节, 农历八月十五.
pub const MID_AUTUMN: Art2Holiday = art2(
    "中秋节",
    "Mid-Autumn Festival",
    "农历中秋当日",
    "the fifteenth day of the eighth lunar month",
);
/// 国庆节, 1-3 October.
pub const NATIONAL_DAY: Art2Holiday = art2("国庆节", "National Day", "10月1日至3日", "1-3 October");

/// A holiday art. 2 of the holiday rules fixes on Gregorian dates, the same every year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FixedHoliday {
    /// The holiday.
    pub holiday: &'static Art2Holiday,
    /// Its month.
    pub month: u32,
    /// Its first day of the month.
    pub first: u32,
    /// Its last day of the month.
    pub last: u32,
}

const fn fixed(
    holiday: &'static Art2Holiday,
    (month, first, last): (u32, u32, u32),
) -> FixedHoliday {
    FixedHoliday {
        holiday,
        month,
        first,
        last,
    }
}

/// Art. 2 as revised by 国务院令第795号 (in force 2025-01-01): 劳动节 gained 2 May.
const FIXED_FROM_2025: &[FixedHoliday] = &[
    fixed(&NEW_YEAR, (1, 1, 1)),
    fixed(&LABOUR_DAY, (5, 1, 2)),
    fixed(&NATIONAL_DAY, (10, 1, 3)),
];

/// Art. 2 as revised in 2007 (in force 2008-01-01), unchanged on these dates by the 2013
/// revision.
const FIXED_2008_TO_2024: &[FixedHoliday] = &[
    fixed(&NEW_YEAR, (1, 1, 1)),
    fixed(&LABOUR_DAY_2008, (5, 1, 1)),
    fixed(&NATIONAL_DAY, (10, 1, 3)),
];

/// The first year of the version of art. 2 the table starts from (the 2007 revision, in force
/// 2008-01-01): for earlier years no holiday of art. 2 is claimed.
pub const ART2_FROM: i32 = 2008;

/// The fixed-date holidays of `year`. Before [`ART2_FROM`] the rules differed again; no period
/// the calculators compute can turn on such a year's holidays, so none are claimed for it.
pub fn fixed_holidays(year: i32) -> &'static [FixedHoliday] {
    if year >= 2025 {
        FIXED_FROM_2025
    } else if year >= ART2_FROM {
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

/// The Gregorian days of one year's lunar-calendar and solar-term holidays (art. 2 as revised
/// by 国务院令第795号): astronomy and the traditional calendar, not policy, so they are data
/// known years ahead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LunarDates {
    /// The year.
    pub year: i32,
    /// 农历除夕, the first of the four days of 春节 (正月初一 to 初三 follow).
    pub new_year_eve: Date,
    /// The day of the 清明 solar term.
    pub qingming: Date,
    /// 农历五月初五.
    pub dragon_boat: Date,
    /// 农历八月十五.
    pub mid_autumn: Date,
}

const fn lunar(
    year: i32,
    new_year_eve: Date,
    qingming: Date,
    dragon_boat: Date,
    mid_autumn: Date,
) -> LunarDates {
    LunarDates {
        year,
        new_year_eve,
        qingming,
        dragon_boat,
        mid_autumn,
    }
}

/// The lunar and solar-term holidays of the years after the notices, one row a year. Taken from
/// the npm package lunar-javascript 1.7.7 (scripts/export-lunar-javascript.mjs --rust) and
/// checked day by day (tests/suite/calendar.rs) against it and two independent PyPI packages,
/// `lunardate` 0.3.0 and `holidays` 0.108 (scripts/export-lunar-holidays.py); all three agree on
/// every day. 除夕 is the last day of the twelfth lunar month: the 29th in 2027, for example.
pub const LUNAR_DATES: &[LunarDates] = &[
    lunar(
        2027,
        d(2027, 2, 5),
        d(2027, 4, 5),
        d(2027, 6, 9),
        d(2027, 9, 15),
    ),
    lunar(
        2028,
        d(2028, 1, 25),
        d(2028, 4, 4),
        d(2028, 5, 28),
        d(2028, 10, 3),
    ),
    lunar(
        2029,
        d(2029, 2, 12),
        d(2029, 4, 4),
        d(2029, 6, 16),
        d(2029, 9, 22),
    ),
    lunar(
        2030,
        d(2030, 2, 2),
        d(2030, 4, 5),
        d(2030, 6, 5),
        d(2030, 9, 12),
    ),
    lunar(
        2031,
        d(2031, 1, 22),
        d(2031, 4, 5),
        d(2031, 6, 24),
        d(2031, 10, 1),
    ),
    lunar(
        2032,
        d(2032, 2, 10),
        d(2032, 4, 4),
        d(2032, 6, 12),
        d(2032, 9, 19),
    ),
    lunar(
        2033,
        d(2033, 1, 30),
        d(2033, 4, 4),
        d(2033, 6, 1),
        d(2033, 9, 8),
    ),
    lunar(
        2034,
        d(2034, 2, 18),
        d(2034, 4, 5),
        d(2034, 6, 20),
        d(2034, 9, 27),
    ),
    lunar(
        2035,
        d(2035, 2, 7),
        d(2035, 4, 5),
        d(2035, 6, 10),
        d(2035, 9, 16),
    ),
    lunar(
        2036,
        d(2036, 1, 27),
        d(2036, 4, 4),
        d(2036, 5, 30),
        d(2036, 10, 4),
    ),
    lunar(
        2037,
        d(2037, 2, 14),
        d(2037, 4, 4),
        d(2037, 6, 18),
        d(2037, 9, 24),
    ),
    lunar(
        2038,
        d(2038, 2, 3),
        d(2038, 4, 5),
        d(2038, 6, 7),
        d(2038, 9, 13),
    ),
    lunar(
        2039,
        d(2039, 1, 23),
        d(2039, 4, 5),
        d(2039, 5, 27),
        d(2039, 10, 2),
    ),
    lunar(
        2040,
        d(2040, 2, 11),
        d(2040, 4, 4),
        d(2040, 6, 14),
        d(2040, 9, 20),
    ),
    lunar(
        2041,
        d(2041, 1, 31),
        d(2041, 4, 4),
        d(2041, 6, 3),
        d(2041, 9, 10),
    ),
    lunar(
        2042,
        d(2042, 1, 21),
        d(2042, 4, 4),
        d(2042, 6, 22),
        d(2042, 9, 28),
    ),
    lunar(
        2043,
        d(2043, 2, 9),
        d(2043, 4, 5),
        d(2043, 6, 11),
        d(2043, 9, 17),
    ),
    lunar(
        2044,
        d(2044, 1, 29),
        d(2044, 4, 4),
        d(2044, 5, 31),
        d(2044, 10, 5),
    ),
    lunar(
        2045,
        d(2045, 2, 16),
        d(2045, 4, 4),
        d(2045, 6, 19),
        d(2045, 9, 25),
    ),
    lunar(
        2046,
        d(2046, 2, 5),
        d(2046, 4, 4),
        d(2046, 6, 8),
        d(2046, 9, 15),
    ),
    lunar(
        2047,
        d(2047, 1, 25),
        d(2047, 4, 5),
        d(2047, 5, 29),
        d(2047, 10, 4),
    ),
    lunar(
        2048,
        d(2048, 2, 13),
        d(2048, 4, 4),
        d(2048, 6, 15),
        d(2048, 9, 22),
    ),
    lunar(
        2049,
        d(2049, 2, 1),
        d(2049, 4, 4),
        d(2049, 6, 4),
        d(2049, 9, 11),
    ),
    lunar(
        2050,
        d(2050, 1, 22),
        d(2050, 4, 4),
        d(2050, 6, 23),
        d(2050, 9, 30),
    ),
];

/// The lunar and solar-term holiday days of `year`, if the table has the year.
pub fn lunar_dates(year: i32) -> Option<&'static LunarDates> {
    LUNAR_DATES.iter().find(|l| l.year == year)
}

/// The lunar-calendar or solar-term holiday of art. 2 `day` falls on, if the table has its
/// year and it is one.
pub fn lunar_holiday_on(day: Date) -> Option<&'static Art2Holiday> {
    let l = lunar_dates(day.year())?;
    let spring = l.new_year_eve <= day && spring_festival_last(l).is_some_and(|last| day <= last);
    if spring {
        Some(&SPRING_FESTIVAL)
    } else if day == l.qingming {
        Some(&QINGMING)
    } else if day == l.dragon_boat {
        Some(&DRAGON_BOAT)
    } else if day == l.mid_autumn {
        Some(&MID_AUTUMN)
    } else {
        None
    }
}

/// 正月初三, the last day of 春节: three days after 除夕.
pub(crate) fn spring_festival_last(l: &LunarDates) -> Option<Date> {
    l.new_year_eve
        .next_day()
        .and_then(Date::next_day)
        .and_then(Date::next_day)
        .ok()
}

/// The holidays of art. 2 `day` falls on, as far as the library knows them (the fixed-date
/// ones always, the lunar ones for the years of [`LUNAR_DATES`]): none, one, or two where a
/// lunar holiday meets a fixed one (中秋节 on 1-3 October, as in 2028).
pub fn art2_holidays_on(day: Date) -> Art2Day {
    Art2Day {
        fixed: fixed_holiday_on(day).map(|f| f.holiday),
        lunar: lunar_holiday_on(day),
    }
}

/// One holiday of art. 2 in a given year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Art2InYear {
    /// The holiday.
    pub holiday: &'static Art2Holiday,
    /// Its first and last day, for a lunar-calendar or solar-term holiday (the same day for a
    /// one-day holiday); `None` for a fixed-date one, whose days the rules' words give.
    pub days: Option<(Date, Date)>,
}

/// The holidays of art. 2 in `year` as far as the library knows them, in the article's order
/// (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节): the fixed-date ones of the version in
/// force that year, and the lunar ones where [`LUNAR_DATES`] has the year.
pub fn art2_holidays_in(year: i32) -> Vec<Art2InYear> {
    let fixed = fixed_holidays(year);
    let fixed_in = |month: u32| {
        fixed.iter().find(|f| f.month == month).map(|f| Art2InYear {
            holiday: f.holiday,
            days: None,
        })
    };
    let lunar = lunar_dates(year);
    let lunar_in = |holiday: &'static Art2Holiday, days: Option<(Date, Date)>| {
        days.map(|days| Art2InYear {
            holiday,
            days: Some(days),
        })
    };
    let one_day = |day: fn(&LunarDates) -> Date| lunar.map(|l| (day(l), day(l)));
    [
        fixed_in(1),
        lunar_in(
            &SPRING_FESTIVAL,
            lunar.and_then(|l| Some((l.new_year_eve, spring_festival_last(l)?))),
        ),
        lunar_in(&QINGMING, one_day(|l| l.qingming)),
        fixed_in(5),
        lunar_in(&DRAGON_BOAT, one_day(|l| l.dragon_boat)),
        lunar_in(&MID_AUTUMN, one_day(|l| l.mid_autumn)),
        fixed_in(10),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The art. 2 holidays of one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Art2Day {
    /// The fixed-date holiday, if any.
    pub fixed: Option<&'static Art2Holiday>,
    /// The lunar-calendar or solar-term holiday, if any.
    pub lunar: Option<&'static Art2Holiday>,
}

impl Art2Day {
    /// Whether the day is a holiday of art. 2.
    pub fn any(&self) -> bool {
        self.fixed.is_some() || self.lunar.is_some()
    }

    /// The holidays, the lunar one first (中秋节、国庆节, as the notices write it).
    pub fn holidays(&self) -> Vec<&'static Art2Holiday> {
        self.lunar.into_iter().chain(self.fixed).collect()
    }
}

/// Whether the library knows every art. 2 holiday of `year` without a notice: the fixed-date
/// ones always, the lunar ones only for the years of [`LUNAR_DATES`].
pub fn knows_all_art2_holidays(year: i32) -> bool {
    lunar_dates(year).is_some()
}

/// The first year of the yearly notices that [`MAKE_UP_REACH`], [`SWAP_REACH`] and
/// [`LONGEST_RUN`] were measured on (2008 to the last year of [`NOTICES`]); texts quote it.
pub const NOTICES_MEASURED_FROM: i32 = 2008;

/// How far (in days) from a holiday a yearly notice has put a weekday rest day (补假 or 调休).
/// The notices of 2008-2026 put them at most 5 days from a day of an art. 2 holiday (2009 and
/// 2020: 8 October); a week is kept as a margin. The one rest day on a weekday farther away,
/// 2015-09-03/04, was set by a separate notice for the 70th anniversary of the victory of
/// 1945, not by the yearly notice (see README, Holiday calendar).
pub const MAKE_UP_REACH: u32 = 7;

/// The longest run of rest days a notice has made: 10 days, 24 January to 2 February 2020 (the
/// Spring Festival, extended by a separate notice during the epidemic); the yearly notices'
/// longest is 9 (15-23 February 2026). A day a notice could give off counts towards the latest
/// possible end of a period only within this many days of its nominal last day.
pub const LONGEST_RUN: u32 = 10;

/// How far (in days) from a holiday a yearly notice has made a weekend day a working day
/// (调休上班). The notices of 2008-2026 did so at most 10 days from a day of an art. 2 holiday
/// (2024-05-11); two weeks are kept as a margin.
pub const SWAP_REACH: u32 = 14;

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
    /// Nothing for this year: weekends and the holidays of art. 2 only (the lunar ones where
    /// [`LUNAR_DATES`] has the year).
    Uncovered(i32),
}

/// Why a day is, or is not, a rest day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// A holiday the notice sets.
    Holiday(&'static Holiday),
    /// A holiday of art. 2 of the holiday rules, in a year without a notice.
    Art2(Art2Day),
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
    /// working day on a holiday of art. 2 of the holiday rules; and for a day listed
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
                        return Err(Error::text_at(
                            ErrorKind::Inconsistent,
                            &field,
                            Text::new("calendar.site_day_in_notice")
                                .date("day", day)
                                .text("notice", n.cite()),
                        ));
                    }
                    let art2 = art2_holidays_on(day).holidays();
                    if let (Some(f), "workDays") = (art2.first(), name) {
                        return Err(Error::text_at(
                            ErrorKind::Inconsistent,
                            &field,
                            Text::new("calendar.site_work_day_on_holiday")
                                .date("day", day)
                                .text("holiday", f.name())
                                .text("dates", f.dates()),
                        ));
                    }
                }
            }
            if let Some(i) = s.work_days.iter().position(|w| s.rest_days.contains(w)) {
                let field = format!("calendar.workDays[{i}]");
                return Err(Error::text_at(
                    ErrorKind::Inconsistent,
                    &field,
                    Text::new("calendar.site_day_both"),
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
        let art2 = art2_holidays_on(day);
        if art2.any() {
            return info(true, Why::Art2(art2), source);
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
                return Err(Error::text_at(
                    ErrorKind::OutOfRange,
                    "calendar.restDays",
                    Text::new("calendar.rest_run_too_long").count("max", u64::from(MAX_REST_RUN)),
                ));
            }
            last = self.classify(last.day.next_day()?);
            days.push(last);
        }
        let mut earliest = nominal;
        while self.doubt(&self.classify(earliest)) == Doubt::None && self.is_rest_day(earliest) {
            earliest = earliest.next_day()?;
        }
        // The latest: every day a notice could give off given off, but no run longer than any
        // notice has made (LONGEST_RUN days from the nominal day); the days known to be rest
        // days still count beyond it.
        let mut latest = nominal;
        let mut run = 0;
        while run < MAX_REST_RUN {
            let info = self.classify(latest);
            let may_be_rest = self.doubt(&info) == Doubt::MayBeRest && run < LONGEST_RUN;
            if !(info.rest || may_be_rest) {
                break;
            }
            latest = latest.next_day()?;
            run += 1;
        }
        Ok(PeriodEnd {
            nominal: first,
            last_day: last,
            days,
            earliest,
            latest: latest.max(last.day),
        })
    }

    /// What the year's notice could still change about a day the calendar classified, when
    /// neither a notice in the table nor the site decides it. The notice can make a weekday a
    /// rest day (补假 for a holiday on a weekend, art. 6, or 调休) and a weekend day a working
    /// day (调休上班), but only near a holiday: within [`MAKE_UP_REACH`] and [`SWAP_REACH`] days
    /// of a day of an art. 2 holiday, as every yearly notice since 2008 has. Where the lunar
    /// holidays of a nearby year are not known, any weekday may be a rest day and any weekend
    /// day a working day. A holiday of art. 2 itself is a rest day whatever the notice says.
    pub fn doubt(&self, info: &DayInfo) -> Doubt {
        if !matches!(info.source, Source::Uncovered(_)) {
            return Doubt::None;
        }
        let reach = match info.why {
            Why::Weekend => SWAP_REACH,
            Why::Weekday => MAKE_UP_REACH,
            _ => return Doubt::None,
        };
        if !near_a_holiday(info.day, reach) {
            return Doubt::None;
        }
        if info.rest {
            Doubt::MayBeWorkDay
        } else {
            Doubt::MayBeRest
        }
    }
}

/// What a year's notice, not yet in the table, could change about a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Doubt {
    /// Nothing: a notice in the table, the site, or art. 2 decides it, or no notice has ever
    /// moved a day so far from a holiday.
    None,
    /// A weekday the notice could make a rest day (补假 or 调休).
    MayBeRest,
    /// A weekend day the notice could make a working day (调休上班).
    MayBeWorkDay,
}

/// Whether a day of an art. 2 holiday (or of a notice's holiday) lies within `reach` days of
/// `day`, or a year within that reach has lunar holidays the library does not know.
fn near_a_holiday(day: Date, reach: u32) -> bool {
    let mut from = day;
    for _ in 0..reach {
        match from.prev_day() {
            Ok(d) => from = d,
            Err(_) => return true,
        }
    }
    let mut d = from;
    for _ in 0..=reach.saturating_mul(2) {
        let known = notice_for(d.year()).is_some() || knows_all_art2_holidays(d.year());
        let holiday = NOTICES.iter().any(|n| n.is_holiday(d)) || art2_holidays_on(d).any();
        if !known || holiday {
            return true;
        }
        match d.next_day() {
            Ok(next) => d = next,
            Err(_) => return true,
        }
    }
    false
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
    /// The earliest the last day can be whatever the notices not yet in the table say: every
    /// day a notice could make a working day (调休上班) made one. Equal to the last day when no
    /// such notice can move it.
    pub earliest: Date,
    /// The latest the last day can be whatever the notices not yet in the table say: every day
    /// a notice could make a rest day (补假, 调休) made one, and never more than
    /// [`MAX_REST_RUN`] days after the nominal day. Equal to the last day when no such notice
    /// can move it.
    pub latest: Date,
}

impl PeriodEnd {
    /// Whether art. 203 moved the day.
    pub fn moved(&self) -> bool {
        self.last_day.day != self.nominal.day
    }

    /// Whether the notices not yet in the table can decide whether `day` is inside the
    /// period: it is after the earliest and not after the latest possible last day.
    pub fn undecided(&self, day: Date) -> bool {
        self.earliest < day && day <= self.latest
    }

    /// The years whose notice, not yet in the table, could move the last day: those of the
    /// days from the nominal day to the latest possible last day that it could change.
    pub fn undecided_years(&self, cal: &Calendar<'_>) -> Vec<i32> {
        let mut out = Vec::new();
        let mut d = self.nominal.day;
        while d <= self.latest {
            let info = cal.classify(d);
            if cal.doubt(&info) != Doubt::None && !out.contains(&d.year()) {
                out.push(d.year());
            }
            match d.next_day() {
                Ok(next) => d = next,
                Err(_) => break,
            }
        }
        out
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

    /// The years whose rest days art. 2 of the holiday rules made, wholly or in part: those
    /// neither the table nor the site covers, then any other with a day one of its holidays
    /// decided; each once, in the order met.
    pub fn art2_years(&self) -> Vec<i32> {
        let mut out = self.uncovered_years();
        for d in &self.days {
            if matches!(d.why, Why::Art2(_)) && !out.contains(&d.day.year()) {
                out.push(d.day.year());
            }
        }
        out
    }

    /// The years of [`PeriodEnd::uncovered_years`] whose lunar-calendar holidays the library
    /// does not know either ([`knows_all_art2_holidays`]).
    pub fn uncovered_years_without_lunar_dates(&self) -> Vec<i32> {
        self.uncovered_years()
            .into_iter()
            .filter(|y| !knows_all_art2_holidays(*y))
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

/// The weekday of `day`, for step texts.
pub fn weekday(day: Date) -> Text {
    match day.iso_weekday() {
        1 => Text::new("calendar.monday"),
        2 => Text::new("calendar.tuesday"),
        3 => Text::new("calendar.wednesday"),
        4 => Text::new("calendar.thursday"),
        5 => Text::new("calendar.friday"),
        6 => Text::new("calendar.saturday"),
        _ => Text::new("calendar.sunday"),
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
        assert!(matches!(end.nominal.why, Why::Art2(a) if a.fixed == Some(&NATIONAL_DAY)));
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
    fn lunar_table_is_well_formed() {
        // One row a year, from the first year after the notices, far enough ahead.
        let last_notice = NOTICES.iter().map(|n| n.year).max().unwrap();
        assert_eq!(LUNAR_DATES[0].year, last_notice + 1);
        assert!(LUNAR_DATES.windows(2).all(|w| w[1].year == w[0].year + 1));
        assert!(LUNAR_DATES.last().unwrap().year >= 2035);
        for l in LUNAR_DATES {
            let y = l.year;
            // The ranges the traditional calendar allows: 除夕 20 Jan - 19 Feb, 清明 4-6 Apr,
            // 端午 26 May - 25 Jun, 中秋 7 Sep - 8 Oct.
            assert!(
                d(y, 1, 20) <= l.new_year_eve && l.new_year_eve <= d(y, 2, 19),
                "{y}"
            );
            assert!(d(y, 4, 4) <= l.qingming && l.qingming <= d(y, 4, 6), "{y}");
            assert!(
                d(y, 5, 26) <= l.dragon_boat && l.dragon_boat <= d(y, 6, 25),
                "{y}"
            );
            assert!(
                d(y, 9, 7) <= l.mid_autumn && l.mid_autumn <= d(y, 10, 8),
                "{y}"
            );
            for x in [l.new_year_eve, l.qingming, l.dragon_boat, l.mid_autumn] {
                assert_eq!(Date::new(x.year(), x.month(), x.day()).unwrap(), x);
            }
        }
    }

    #[test]
    fn every_art_2_holiday_counts_in_a_year_the_notices_lack() {
        let cal = Calendar::new(None).unwrap();
        // 2027: 除夕 Friday 5 Feb (the 29th of the twelfth month) to 初三 Monday 8 Feb.
        for (x, name) in [
            ("2027-01-01", "元旦"),
            ("2027-02-05", "春节"),
            ("2027-02-08", "春节"),
            ("2027-04-05", "清明节"),
            ("2027-05-02", "劳动节"),
            ("2027-06-09", "端午节"),
            ("2027-09-15", "中秋节"),
            ("2027-10-03", "国庆节"),
        ] {
            let info = cal.classify(day(x));
            assert!(info.rest, "{x}");
            match info.why {
                Why::Art2(a) => assert!(a.holidays().iter().any(|h| h.zh == name), "{x}"),
                other => panic!("{x}: {other:?}"),
            }
            assert_eq!(cal.doubt(&info), Doubt::None, "{x}: art. 2 decides it");
        }
        assert!(!cal.is_rest_day(day("2027-02-04")) && !cal.is_rest_day(day("2027-02-09")));
        // 中秋节 on 3 October 2028 is both holidays, the lunar one named first.
        let both = art2_holidays_on(day("2028-10-03"));
        let names: Vec<_> = both.holidays().iter().map(|h| h.zh).collect();
        assert_eq!(names, vec!["中秋节", "国庆节"]);
        // 2051 is past the table: the fixed-date holidays only.
        assert!(lunar_holiday_on(day("2051-02-11")).is_none());
        assert!(!knows_all_art2_holidays(2051));
    }

    #[test]
    fn what_a_missing_notice_could_change() {
        let cal = Calendar::new(None).unwrap();
        let doubt = |x: &str| cal.doubt(&cal.classify(day(x)));
        // Far from any holiday: nothing.
        assert_eq!(doubt("2027-03-14"), Doubt::None); // Sunday
        assert_eq!(doubt("2027-03-15"), Doubt::None); // Monday
                                                      // Within a week of a holiday a weekday may become a day off; within two weeks a
                                                      // weekend day may become a working day. Monday 2027-10-04 follows National Day
                                                      // (1-3 Oct, two of its days on the weekend: art. 6 owes make-up days).
        assert_eq!(doubt("2027-10-04"), Doubt::MayBeRest);
        assert_eq!(doubt("2027-10-10"), Doubt::MayBeWorkDay); // 7 days after
        assert_eq!(doubt("2027-10-11"), Doubt::None); // Monday, 8 days after
        assert_eq!(doubt("2027-10-17"), Doubt::MayBeWorkDay); // Sunday, 14 days after
        assert_eq!(doubt("2027-10-23"), Doubt::None); // Saturday, 20 days after
                                                      // The notices' and the site's days are certain.
        assert_eq!(doubt("2026-10-08"), Doubt::None);
        // A year past the lunar table: every weekday and weekend day is in doubt.
        assert_eq!(doubt("2051-03-15"), Doubt::MayBeRest);
        assert_eq!(doubt("2051-03-18"), Doubt::MayBeWorkDay);
        // The bounds of a period ending on National Day 2027: the last day by the days known
        // is Monday 4 Oct; no notice can end it earlier (1-3 Oct are art. 2 holidays), one may
        // give 4-8 Oct off, then the weekend, so no later than Monday 11 Oct.
        let end = cal.period_end(day("2027-10-01")).unwrap();
        assert_eq!(
            (end.earliest, end.last_day.day, end.latest),
            (day("2027-10-04"), day("2027-10-04"), day("2027-10-11"))
        );
        assert!(!end.undecided(day("2027-10-04")) && end.undecided(day("2027-10-05")));
        assert!(end.undecided(day("2027-10-11")) && !end.undecided(day("2027-10-12")));
        assert_eq!(end.undecided_years(&cal), vec![2027]);
        // Where every weekday may be given off (2051: no lunar dates), the longest run bounds
        // the latest end: the days a notice could give off stop 10 days after the nominal
        // day, Friday 2051-03-03, so the latest end is Monday 2051-03-13.
        let end = cal.period_end(day("2051-03-03")).unwrap();
        let mut bound = day("2051-03-03");
        for _ in 0..LONGEST_RUN {
            bound = bound.next_day().unwrap();
        }
        assert_eq!((bound, bound.iso_weekday()), (day("2051-03-13"), 1));
        assert_eq!(end.latest, bound);
        // A covered year: all three the same.
        let end = cal.period_end(day("2026-03-15")).unwrap();
        assert_eq!(
            (end.earliest, end.latest),
            (day("2026-03-16"), day("2026-03-16"))
        );
        // The site's year is certain too.
        let site = SiteCalendar {
            rest_days: vec![day("2027-10-04")],
            work_days: vec![],
        };
        let cal = Calendar::new(Some(&site)).unwrap();
        let end = cal.period_end(day("2027-10-01")).unwrap();
        assert_eq!(
            (end.earliest, end.last_day.day, end.latest),
            (day("2027-10-05"), day("2027-10-05"), day("2027-10-05"))
        );
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
        // A lunar holiday of art. 2 (中秋节 2027) cannot be made a working day either.
        let site = SiteCalendar {
            rest_days: vec![],
            work_days: vec![day("2027-09-15")],
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

    #[test]
    fn every_holiday_name_of_the_tables_is_in_the_catalogue_with_the_tables_words() {
        // The names and days are data here and words in texts/*/calendar.json: each name of
        // the notices and of art. 2 has its key, and the catalogue says what the table says.
        let art2 = [
            NEW_YEAR,
            SPRING_FESTIVAL,
            QINGMING,
            LABOUR_DAY,
            LABOUR_DAY_2008,
            DRAGON_BOAT,
            MID_AUTUMN,
            NATIONAL_DAY,
        ];
        let mut names: Vec<(Text, &str, &str)> = Vec::new();
        for n in NOTICES {
            for h in n.holidays {
                names.push((h.name(), h.zh, h.en));
            }
        }
        for a in art2 {
            names.push((a.name(), a.zh, a.en));
            names.push((a.dates(), a.dates_zh, a.dates_en));
        }
        for (text, zh, en) in names {
            assert!(text.key().is_some(), "{zh} has no catalogue key");
            assert_eq!((text.zh(), text.en()), (zh.to_owned(), en.to_owned()));
        }
    }

    #[test]
    fn a_notice_is_cited_by_its_number_or_else_its_day_of_issue() {
        let n = notice_for(2025).unwrap();
        assert_eq!(
            n.cite().zh(),
            "《国务院办公厅关于2025年部分节假日安排的通知》（国办发明电〔2024〕12号）"
        );
        let n = notice_for(2026).unwrap();
        assert_eq!(
            n.cite().zh(),
            "《国务院办公厅关于2026年部分节假日安排的通知》（2025年11月4日发布）"
        );
        assert_eq!(weekday(day("2025-10-09")).zh(), "星期四");
        assert_eq!(weekday(day("2025-10-12")).en(), "Sunday");
    }

    #[test]
    fn the_art_2_holidays_of_a_year_in_the_articles_order() {
        // 2027 (lunar dates known): all seven, the lunar ones with their days.
        let names = |year| -> Vec<(&str, Option<(Date, Date)>)> {
            art2_holidays_in(year)
                .iter()
                .map(|h| (h.holiday.zh, h.days))
                .collect()
        };
        assert_eq!(
            names(2027),
            vec![
                ("元旦", None),
                ("春节", Some((day("2027-02-05"), day("2027-02-08")))),
                ("清明节", Some((day("2027-04-05"), day("2027-04-05")))),
                ("劳动节", None),
                ("端午节", Some((day("2027-06-09"), day("2027-06-09")))),
                ("中秋节", Some((day("2027-09-15"), day("2027-09-15")))),
                ("国庆节", None),
            ]
        );
        // 2022: the fixed-date ones of the 2008 version only (劳动节 on 1 May alone).
        let h = art2_holidays_in(2022);
        assert_eq!(h.len(), 3);
        assert_eq!(h[1].holiday, &LABOUR_DAY_2008);
        // Before the version the table starts from: none claimed.
        assert!(art2_holidays_in(ART2_FROM - 1).is_empty());
    }

    #[test]
    fn a_period_end_names_the_years_art_2_decided() {
        // National Day 2027 (no notice): 2027 is uncovered, and its lunar dates are known.
        let cal = Calendar::new(None).unwrap();
        let end = cal.period_end(day("2027-10-01")).unwrap();
        assert_eq!(end.art2_years(), vec![2027]);
        assert!(end.uncovered_years_without_lunar_dates().is_empty());
        // 2051 has no lunar dates either.
        let end = cal.period_end(day("2051-10-01")).unwrap();
        assert_eq!(end.uncovered_years_without_lunar_dates(), vec![2051]);
        // A year the notices cover: art. 2 decided nothing.
        let end = cal.period_end(day("2025-10-01")).unwrap();
        assert!(end.art2_years().is_empty());
    }
}
