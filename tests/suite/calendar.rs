//! The built-in holiday table (src/calendar.rs) against an independent source: the PyPI
//! package `chinese-calendar`, exported once by scripts/export-holidays.py into
//! tests/fixtures/holidays/. No Python runs here: the export is committed data.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use serde_json::Value;

use qinzhou_policy_calc::calendar::{Calendar, NOTICES};
use qinzhou_policy_calc::date::Date;

/// The exported rest and working days of 2023-2026, with the fixture's provenance checked.
pub struct Exported {
    pub holidays: BTreeSet<Date>,
    pub work_days: BTreeSet<Date>,
}

impl Exported {
    /// Whether `day` is a rest day by the export: a holiday, or a weekend day not made a
    /// working day.
    pub fn is_rest_day(&self, day: Date) -> bool {
        self.holidays.contains(&day) || (day.is_weekend() && !self.work_days.contains(&day))
    }
}

pub fn exported() -> Exported {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/holidays/chinese-calendar-2023-2026.json");
    let v: Value = serde_json::from_str(&fs::read_to_string(path).expect("export committed"))
        .expect("export is JSON");
    let p = &v["provenance"];
    assert_eq!(p["package"], "chinese-calendar");
    assert_eq!(p["version"], "1.11.0");
    assert_eq!(p["script"], "scripts/export-holidays.py");
    assert!(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("scripts/export-holidays.py")
            .exists(),
        "the export script is committed"
    );
    let dates = |key: &str| -> BTreeSet<Date> {
        v[key]
            .as_array()
            .expect("a list of days")
            .iter()
            .map(|e| e["date"].as_str().expect("date").parse().expect("ISO date"))
            .collect()
    };
    Exported {
        holidays: dates("holidays"),
        work_days: dates("workdays"),
    }
}

/// Every day of 2023-2026.
pub fn days_2023_2026() -> Vec<Date> {
    let mut out = Vec::new();
    let mut day = Date::new(2023, 1, 1).expect("a day");
    let last = Date::new(2026, 12, 31).expect("a day");
    while day <= last {
        out.push(day);
        day = day.next_day().expect("in range");
    }
    out
}

/// The notices and the package agree on every weekday off and every weekend day worked. Weekend
/// days inside a holiday are rest days either way, and the package lists them unevenly (it
/// counts 2023-12-30/31 into New Year 2024, which the notice writes "1月1日放假，与周末连休"),
/// so they are compared by kind in the next test, not here.
#[test]
fn table_lists_the_same_days_as_chinese_calendar() {
    let mut ex = exported();
    ex.holidays.retain(|d| !d.is_weekend());
    let in_range = |d: &Date| (2023..=2026).contains(&d.year());
    let mut holidays = BTreeSet::new();
    let mut work_days = BTreeSet::new();
    for n in NOTICES {
        for h in n.holidays {
            let mut d = h.first;
            while d <= h.last {
                if in_range(&d) && !d.is_weekend() {
                    holidays.insert(d);
                }
                d = d.next_day().expect("in range");
            }
        }
        work_days.extend(n.work_days.iter().copied().filter(in_range));
    }
    assert_eq!(
        holidays
            .symmetric_difference(&ex.holidays)
            .collect::<Vec<_>>(),
        Vec::<&Date>::new(),
        "holidays differ"
    );
    assert_eq!(
        work_days
            .symmetric_difference(&ex.work_days)
            .collect::<Vec<_>>(),
        Vec::<&Date>::new(),
        "working days differ"
    );
    assert!(holidays.len() > 60 && work_days.len() > 20);
}

#[test]
fn every_day_of_2023_2026_has_the_same_kind() {
    let ex = exported();
    let cal = Calendar::new(None).expect("no site days");
    let days = days_2023_2026();
    assert_eq!(days.len(), 365 * 3 + 366);
    for day in days {
        assert_eq!(cal.is_rest_day(day), ex.is_rest_day(day), "{day}");
        assert!(
            cal.period_end(day)
                .expect("in range")
                .uncovered_years()
                .is_empty(),
            "{day} is covered"
        );
    }
}

/// For every permit date whose window nominally ends in 2023-2026, the calculator's last day is
/// the first day on or after the nominal end that the exported calendar says is not a rest
/// day; that day is inside the window and the next one is not. Together the permits reach
/// every day of 2023-2026 as a nominal end but 29 Feb 2024, which no 3-year period ends on.
#[test]
fn elevator_window_ends_on_the_first_working_day_by_the_export() {
    use qinzhou_policy_calc::elevator_withdrawal::{elevator_withdrawal, ElevatorWithdrawalInput};

    let ex = exported();
    let mut nominal_ends = BTreeSet::new();
    let mut permit = Date::new(2020, 1, 1).expect("a day");
    let last_permit = Date::new(2023, 12, 31).expect("a day");
    let mut moved = 0;
    while permit <= last_permit {
        let nominal = permit.add_years(3).expect("in range");
        let mut expected = nominal;
        while ex.is_rest_day(expected) {
            expected = expected.next_day().expect("in range");
        }
        let run = |application: Date| {
            elevator_withdrawal(&ElevatorWithdrawalInput {
                permit_date: permit,
                application_date: application,
                entitlement: "1000".parse().expect("money"),
                previous: Vec::new(),
                accounts: Vec::new(),
                calendar: None,
            })
            .expect("a result")
        };
        let r = run(expected);
        assert_eq!(r.window_ends_nominal, nominal, "{permit}");
        assert_eq!(r.window_ends, expected, "{permit}");
        assert!(r.eligible, "{permit}: {expected} is inside");
        assert!(
            r.explanation
                .warnings
                .iter()
                .all(|w| w.code != "HOLIDAY_CALENDAR_NOT_COVERED"),
            "{permit}"
        );
        let r = run(expected.next_day().expect("in range"));
        assert!(!r.eligible, "{permit}: the day after {expected} is outside");
        assert_eq!(r.explanation.reasons[0].code, "WINDOW_ENDED");
        if expected != nominal {
            moved += 1;
        }
        nominal_ends.insert(nominal);
        permit = permit.next_day().expect("in range");
    }
    // No 3-year period ends on 29 Feb 2024: 2021 had none, so nothing corresponds to it.
    let leap_day = Date::new(2024, 2, 29).expect("a day");
    let missing: Vec<Date> = days_2023_2026()
        .into_iter()
        .filter(|d| !nominal_ends.contains(d))
        .collect();
    assert_eq!(missing, vec![leap_day]);
    // Weekends alone move more than 2 days in 7; the holidays move more.
    assert!(moved > 4 * 365 * 2 / 7, "{moved} moved");
}

/// The fixed-date holidays of art. 2 of the holiday rules, which the library applies to years
/// the table lacks, are rest days in every year the export covers: the rule the library falls
/// back on agrees with the notices where both speak.
#[test]
fn fixed_date_holidays_are_rest_days_in_every_exported_year() {
    use qinzhou_policy_calc::calendar::fixed_holiday_on;

    let ex = exported();
    let fixed: Vec<Date> = days_2023_2026()
        .into_iter()
        .filter(|d| fixed_holiday_on(*d).is_some())
        .collect();
    // 1 Jan, 1 May, 1-3 Oct in 2023-2024; 2 May joins from 2025.
    assert_eq!(fixed.len(), 5 * 2 + 6 * 2);
    for day in fixed {
        assert!(ex.is_rest_day(day), "{day}");
    }
}
