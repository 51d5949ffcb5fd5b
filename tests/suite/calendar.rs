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
