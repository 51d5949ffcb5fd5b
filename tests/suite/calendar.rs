//! The built-in holiday table (src/shared/calendar.rs) against an independent source: the PyPI
//! package `chinese-calendar`, exported once by scripts/export-holidays.py into
//! tests/fixtures/holidays/. No Python runs here: the export is committed data.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use serde_json::Value;

use qinzhou_policy_calc::calendar::Calendar;
use qinzhou_policy_calc::date::Date;

/// The exported rest and working days of 2023-2026, with the fixture's provenance checked.
pub struct Exported {
    pub holidays: BTreeSet<Date>,
    pub work_days: BTreeSet<Date>,
    /// The package's holiday name of each holiday.
    pub names: BTreeMap<Date, String>,
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
    let names = v["holidays"]
        .as_array()
        .expect("a list of days")
        .iter()
        .map(|e| {
            (
                e["date"].as_str().expect("date").parse().expect("ISO date"),
                e["name"].as_str().expect("name").to_owned(),
            )
        })
        .collect();
    Exported {
        holidays: dates("holidays"),
        work_days: dates("workdays"),
        names,
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

/// chinese-calendar's English names to the names of art. 2 the notices use.
fn art2_name(en: &str) -> &'static str {
    match en {
        "New Year's Day" => "元旦",
        "Spring Festival" => "春节",
        "Tomb-sweeping Day" => "清明节",
        "Labour Day" => "劳动节",
        "Dragon Boat Festival" => "端午节",
        "Mid-autumn Festival" => "中秋节",
        "National Day" => "国庆节",
        other => panic!("a name the test does not know: {other}"),
    }
}

/// One day as a calendar tells it: rest day or not, the holidays it belongs to, and whether it
/// is a weekend day made a working day.
#[derive(Debug, PartialEq, Eq)]
struct Told {
    rest: bool,
    holidays: BTreeSet<String>,
    work_day: bool,
}

/// The table's word on `day`: a notice's holiday run by its names ("中秋节、国庆节" is both),
/// a holiday of art. 2 by its name, a weekend, a working weekend day or a weekday.
fn table_says(cal: &Calendar<'_>, day: Date) -> Told {
    use qinzhou_policy_calc::calendar::Why;
    let info = cal.classify(day);
    let holidays = match info.why {
        Why::Holiday(h) => h.zh.split('、').map(str::to_owned).collect(),
        Why::Art2(a) => a.holidays().iter().map(|h| h.zh.to_owned()).collect(),
        _ => BTreeSet::new(),
    };
    Told {
        rest: info.rest,
        holidays,
        work_day: matches!(info.why, Why::WorkDay),
    }
}

/// Every day of 2023-2026, weekends included, by kind and by holiday name: the table and
/// chinese-calendar agree on all but the two days below. The package names Saturday and
/// Sunday 30-31 December 2023 "New Year's Day", the 2024 notice says only "1月1日放假，与周末连休"
/// (1 January off, joined to the weekend) and the table lists 1 January; the package does not
/// do the same for the notice's other "与周末连休" (端午节, 10 June 2024), so the table keeps
/// the notice's words. Both days are rest days either way. Any other difference, a weekend day
/// dropped from a holiday run included, fails.
#[test]
fn table_tells_every_day_of_2023_2026_as_chinese_calendar() {
    let ex = exported();
    let cal = Calendar::new(None).expect("no site days");
    let mut differ = Vec::new();
    for day in days_2023_2026() {
        let theirs = Told {
            rest: ex.is_rest_day(day),
            holidays: ex
                .names
                .get(&day)
                .map(|n| BTreeSet::from([art2_name(n).to_owned()]))
                .unwrap_or_default(),
            work_day: ex.work_days.contains(&day),
        };
        let ours = table_says(&cal, day);
        // A run named for two holidays ("中秋节、国庆节") matches either name of the package.
        let same = ours.rest == theirs.rest
            && ours.work_day == theirs.work_day
            && ours.holidays.is_empty() == theirs.holidays.is_empty()
            && theirs.holidays.is_subset(&ours.holidays);
        if !same {
            assert!(ours.rest && theirs.rest, "{day}: {ours:?} / {theirs:?}");
            differ.push(day.to_string());
        }
    }
    assert_eq!(differ, vec!["2023-12-30", "2023-12-31"]);
    // The comparison saw weekend days inside holiday runs, not only weekdays.
    let named_weekends = days_2023_2026()
        .into_iter()
        .filter(|d| d.is_weekend() && ex.names.contains_key(d))
        .count();
    assert!(named_weekends > 20, "{named_weekends}");
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

/// A committed export of tests/fixtures/holidays/, read as JSON.
fn fixture(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/holidays")
        .join(name);
    serde_json::from_str(&fs::read_to_string(path).expect("export committed"))
        .expect("export is JSON")
}

/// The (date → names) of a list of `{ date, name }` rows; 农历除夕 is the first day of 春节
/// (art. 2: "春节，放假4天（农历除夕、正月初一至初三）").
fn named_days(rows: &Value) -> BTreeMap<Date, BTreeSet<String>> {
    let mut out: BTreeMap<Date, BTreeSet<String>> = BTreeMap::new();
    for row in rows.as_array().expect("a list of days") {
        let day: Date = row["date"].as_str().expect("date").parse().expect("ISO");
        let name = match row["name"].as_str().expect("name") {
            "农历除夕" => "春节",
            other => other,
        };
        out.entry(day).or_default().insert(name.to_owned());
    }
    out
}

/// Every day of 2027-2050.
fn days_2027_2050() -> Vec<Date> {
    let mut out = Vec::new();
    let mut day = Date::new(2027, 1, 1).expect("a day");
    let last = Date::new(2050, 12, 31).expect("a day");
    while day <= last {
        out.push(day);
        day = day.next_day().expect("in range");
    }
    out
}

/// The years after the notices: every day of 2027-2050, weekends included, has the same art. 2
/// holidays by name in the table as in the PyPI package `holidays` 0.108 (its own lunar tables
/// and solar-term thresholds), and is a rest day exactly when it is a weekend day or one of
/// them. The package's guesses at the make-up days of art. 6 ("（补假）") are not holidays of
/// art. 2 and are checked apart (next test).
#[test]
fn art_2_holidays_of_2027_2050_match_the_holidays_package() {
    let v = fixture("holidays-lunardate-2027-2050.json");
    let p = &v["provenance"];
    assert_eq!(p["script"], "scripts/export-lunar-holidays.py");
    assert_eq!(p["packages"][0]["package"], "holidays");
    assert_eq!(p["packages"][0]["version"], "0.108");
    assert_eq!(p["packages"][1]["package"], "lunardate");
    assert_eq!(p["packages"][1]["version"], "0.3.0");
    let theirs = named_days(&v["holidays"]);
    let cal = Calendar::new(None).expect("no site days");
    let mut weekend_holidays = 0;
    for day in days_2027_2050() {
        let ours = table_says(&cal, day);
        let names = theirs.get(&day).cloned().unwrap_or_default();
        assert_eq!(ours.holidays, names, "{day}");
        assert_eq!(ours.rest, day.is_weekend() || !names.is_empty(), "{day}");
        assert!(!ours.work_day, "{day}: no notice, no working weekend day");
        if day.is_weekend() && !names.is_empty() {
            weekend_holidays += 1;
        }
    }
    // 7 holidays, 13 days a year (元旦 1, 春节 4, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3),
    // less the three years where 中秋 falls on 1-3 October (2028, 2031, 2039).
    assert_eq!(theirs.len(), 13 * 24 - 3);
    assert!(weekend_holidays > 60, "{weekend_holidays}");
}

/// The lunar and solar-term days of 2027-2050, day by day and by name, against lunardate 0.3.0
/// and lunar-javascript 1.7.7 (清明 only against the latter: lunardate has no solar terms).
#[test]
fn lunar_days_of_2027_2050_match_lunardate_and_lunar_javascript() {
    use qinzhou_policy_calc::calendar::lunar_holiday_on;

    let py = fixture("holidays-lunardate-2027-2050.json");
    let js = fixture("lunar-javascript-2027-2050.json");
    let p = &js["provenance"];
    assert_eq!(
        (&p["package"], &p["version"], &p["script"]),
        (
            &Value::from("lunar-javascript"),
            &Value::from("1.7.7"),
            &Value::from("scripts/export-lunar-javascript.mjs")
        )
    );
    let lunardate = named_days(&py["lunardate"]);
    let lunar_js = named_days(&js["days"]);
    for day in days_2027_2050() {
        let ours: BTreeSet<String> = lunar_holiday_on(day)
            .map(|h| BTreeSet::from([h.zh.to_owned()]))
            .unwrap_or_default();
        assert_eq!(
            ours,
            lunar_js.get(&day).cloned().unwrap_or_default(),
            "{day}: lunar-javascript"
        );
        let mut without_qingming = ours.clone();
        without_qingming.remove("清明节");
        assert_eq!(
            without_qingming,
            lunardate.get(&day).cloned().unwrap_or_default(),
            "{day}: lunardate"
        );
    }
    // 24 years of 7 lunar days (春节 4, 清明, 端午, 中秋) in lunar-javascript, 6 in lunardate.
    assert_eq!(lunar_js.len(), 24 * 7);
    assert_eq!(lunardate.len(), 24 * 6);
}

/// Where the `holidays` package guesses a make-up day (补假, art. 6) for a year the notices lack,
/// the library does not count it as a rest day but knows the year's notice could make it one:
/// a period ending before it is undecided there (WINDOW_END_UNCERTAIN), never refused flatly.
#[test]
fn guessed_make_up_days_are_days_a_notice_could_give_off() {
    use qinzhou_policy_calc::calendar::Doubt;

    let v = fixture("holidays-lunardate-2027-2050.json");
    let observed = named_days(&v["observed"]);
    assert!(observed.len() > 50, "{}", observed.len());
    let cal = Calendar::new(None).expect("no site days");
    for day in observed.keys() {
        let info = cal.classify(*day);
        assert!(!info.rest, "{day}");
        assert_eq!(cal.doubt(&info), Doubt::MayBeRest, "{day}");
        // The period whose nominal last day is the day before ends by the days known on this
        // day at the latest, and a notice could move it past.
        let end = cal
            .period_end(day.prev_day().expect("in range"))
            .expect("in range");
        assert!(end.last_day.day <= *day && end.latest > *day, "{day}");
    }
}

/// For every permit whose window nominally ends in 2027-2035, the last day by the days known is
/// the first day on or after the nominal end that is neither a weekend day nor an art. 2 holiday
/// by the `holidays` export; an application that day is eligible, the next day is not, and
/// the refusal is the library's reading (WINDOW_END_UNCERTAIN) exactly when the calendar says a
/// notice could still move the day, and the gazette's otherwise.
#[test]
fn elevator_window_ends_in_2027_2035_by_the_export() {
    use qinzhou_policy_calc::elevator_withdrawal::{elevator_withdrawal, ElevatorWithdrawalInput};
    use qinzhou_policy_calc::explain::Basis;

    let v = fixture("holidays-lunardate-2027-2050.json");
    let holidays = named_days(&v["holidays"]);
    let cal = Calendar::new(None).expect("no site days");
    let mut permit = Date::new(2024, 1, 1).expect("a day");
    let last_permit = Date::new(2032, 12, 31).expect("a day");
    let (mut undecided, mut flat) = (0, 0);
    while permit <= last_permit {
        let nominal = permit.add_years(3).expect("in range");
        let mut expected = nominal;
        while expected.is_weekend() || holidays.contains_key(&expected) {
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
        assert_eq!(r.window_ends, expected, "{permit}");
        assert!(r.eligible, "{permit}");
        let day_after = expected.next_day().expect("in range");
        let r = run(day_after);
        assert!(!r.eligible, "{permit}");
        let codes: Vec<&str> = r
            .explanation
            .reasons
            .iter()
            .map(|x| x.code.as_str())
            .collect();
        assert_eq!(codes, vec!["WINDOW_ENDED"], "{permit}");
        let warned = r
            .explanation
            .warnings
            .iter()
            .any(|w| w.code == "WINDOW_END_UNCERTAIN");
        let end = cal.period_end(nominal).expect("in range");
        assert_eq!(warned, end.undecided(day_after), "{permit}");
        let basis = r.explanation.reasons[0].basis;
        if warned {
            undecided += 1;
            assert_eq!(basis, Basis::Interpretation, "{permit}");
        } else {
            flat += 1;
            assert_eq!(basis, Basis::Gazette, "{permit}");
        }
        permit = permit.next_day().expect("in range");
    }
    // Both kinds occur: near holidays the notice decides, far from them the gazette's rule.
    assert!(undecided > 300 && flat > 1500, "{undecided} / {flat}");
}

/// The reasons of an elevator result are exactly those its conditions give, worked out here
/// from the gazette's rule (二(三)2) and the chinese-calendar export, not from the library: before
/// the permit (BEFORE_PERMIT), after the window's last day (WINDOW_ENDED), a 4th application
/// (NO_APPLICATIONS_LEFT), an entitlement of 0 (NO_ENTITLEMENT) or used up
/// (ENTITLEMENT_USED_UP). Cases failing several conditions must carry every one of them.
mod reason_sets {
    use std::collections::BTreeSet;

    use proptest::prelude::*;
    use qinzhou_policy_calc::date::Date;
    use qinzhou_policy_calc::elevator_withdrawal::{
        elevator_withdrawal, ElevatorWithdrawalInput, PreviousWithdrawal,
    };
    use qinzhou_policy_calc::explain::Basis;

    use super::exported;

    fn day(offset: u32) -> Date {
        let mut d = Date::new(2020, 1, 1).expect("a day");
        for _ in 0..offset {
            d = d.next_day().expect("in range");
        }
        d
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn every_reason_of_a_case_and_no_other(
            permit_offset in 0u32..1461,
            application_shift in -40i64..60,
            previous_count in 0usize..5,
            amounts in proptest::collection::vec(0u32..3, 5),
            entitlement in 0u32..8,
        ) {
            let ex = exported();
            let permit = day(permit_offset);
            // The last day by the export: the nominal end, moved past rest days (art. 203).
            let mut last = permit.add_years(3).expect("in range");
            while ex.is_rest_day(last) {
                last = last.next_day().expect("in range");
            }
            // An application from 2023-01-01 (the rule's start), around the window's end or,
            // for some, before the permit.
            let rule_start = Date::new(2023, 1, 1).expect("a day");
            let mut application = last;
            for _ in 0..application_shift.unsigned_abs() {
                application = if application_shift < 0 {
                    application.prev_day().expect("in range")
                } else {
                    application.next_day().expect("in range")
                };
            }
            if application < rule_start {
                application = rule_start;
            }
            // Earlier withdrawals: on days from 2023-01-01 inside the window and not after the
            // application, so that the inputs agree with each other.
            let first_allowed = permit.max(rule_start);
            let last_allowed = application.min(last);
            let previous: Vec<PreviousWithdrawal> = if first_allowed <= last_allowed {
                (0..previous_count)
                    .map(|i| PreviousWithdrawal {
                        date: first_allowed,
                        amount: amounts[i].to_string().parse().expect("money"),
                    })
                    .collect()
            } else {
                Vec::new()
            };
            let sum: u32 = previous.iter().zip(&amounts).map(|(_, a)| *a).sum();
            let entitlement = entitlement.max(sum);
            let r = elevator_withdrawal(&ElevatorWithdrawalInput {
                permit_date: permit,
                application_date: application,
                entitlement: entitlement.to_string().parse().expect("money"),
                previous: previous.clone(),
                accounts: Vec::new(),
                calendar: None,
            })
            .expect("a result");
            let mut want = BTreeSet::new();
            if application < permit {
                want.insert("BEFORE_PERMIT");
            }
            if application > last {
                want.insert("WINDOW_ENDED");
            }
            if previous.len() + 1 > 3 {
                want.insert("NO_APPLICATIONS_LEFT");
            }
            if entitlement == 0 {
                want.insert("NO_ENTITLEMENT");
            } else if sum == entitlement {
                want.insert("ENTITLEMENT_USED_UP");
            }
            let got: Vec<&str> = r.explanation.reasons.iter().map(|x| x.code.as_str()).collect();
            let got_set: BTreeSet<&str> = got.iter().copied().collect();
            prop_assert_eq!(got.len(), got_set.len(), "a reason twice: {:?}", got);
            prop_assert_eq!(&got_set, &want, "{} {} {:?}", permit, application, previous);
            prop_assert_eq!(r.eligible, want.is_empty());
            // In the years the notices cover, every reason is the gazette's own.
            prop_assert!(r.explanation.reasons.iter().all(|x| x.basis == Basis::Gazette));
        }
    }
}
