//! Every supported day, 1900-01-01 to 2999-12-31, walked one by one and checked against facts
//! that do not come from src/shared/date.rs: the Gregorian count of days (1,100 years, 267 of them
//! leap: every 4th year but 1900, 2100, 2200, 2300, 2500, 2600, 2700, 2900), 1900-01-01 a
//! Monday, so every weekday is the walk's count mod 7; the month lengths seen on the walk then
//! check `add_months` (the corresponding day, the month's last where it does not exist: Civil
//! Code art. 202, as the withdrawal windows use it).

use std::collections::BTreeMap;

use qinzhou_policy_calc::date::{days_in_month, Date, MAX_YEAR, MIN_YEAR};

fn gregorian_leap(year: i32) -> bool {
    // Written out rather than as the usual one-liner, to differ from the code's form.
    if year % 400 == 0 {
        true
    } else if year % 100 == 0 {
        false
    } else {
        year % 4 == 0
    }
}

#[test]
fn every_day_of_the_supported_years() {
    assert_eq!((MIN_YEAR, MAX_YEAR), (1900, 2999));
    let mut d = Date::new(1900, 1, 1).unwrap();
    let mut count: u64 = 0;
    let mut lengths: BTreeMap<(i32, u32), u32> = BTreeMap::new();
    loop {
        // 1900-01-01 was a Monday (ISO 1).
        let weekday = u32::try_from(count % 7).unwrap() + 1;
        assert_eq!(d.iso_weekday(), weekday, "{d}");
        assert_eq!(d.is_weekend(), weekday >= 6, "{d}");
        let text = d.to_string();
        assert_eq!(text.len(), 10, "{text}");
        assert_eq!(text.parse::<Date>().unwrap(), d);
        assert_eq!(Date::new(d.year(), d.month(), d.day()).unwrap(), d);
        *lengths.entry((d.year(), d.month())).or_default() += 1;
        count += 1;
        match d.next_day() {
            Ok(next) => {
                assert!(next > d, "{next} after {d}");
                d = next;
            }
            Err(e) => {
                assert_eq!(e.code(), "OUT_OF_RANGE");
                break;
            }
        }
    }
    assert_eq!(d.to_string(), "2999-12-31");
    assert_eq!(count, 1100 * 365 + 267);
    assert_eq!(
        Date::new(2023, 1, 1).unwrap().iso_weekday(),
        7,
        "2023-01-01 was a Sunday"
    );
    for ((year, month), len) in &lengths {
        let want = match month {
            2 if gregorian_leap(*year) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        assert_eq!(*len, want, "{year}-{month}");
        assert_eq!(days_in_month(*year, *month), want, "{year}-{month}");
        assert!(Date::new(*year, *month, want + 1).is_err());
        assert!(format!("{year}-{month:02}-{:02}", want + 1)
            .parse::<Date>()
            .is_err());
    }
    // The corresponding day a month and a year later, clamped to the month's last day.
    for (&(year, month), _) in lengths.range((1900, 1)..(2998, 1)) {
        let (ny, nm) = if month == 12 {
            (year + 1, 1)
        } else {
            (year, month + 1)
        };
        for day in [1, 15, 28, 29, 30, 31] {
            let Ok(from) = Date::new(year, month, day) else {
                continue;
            };
            let next = from.add_months(1).unwrap();
            assert_eq!(
                (next.year(), next.month(), next.day()),
                (ny, nm, day.min(lengths[&(ny, nm)])),
                "{from}"
            );
            let year_on = from.add_years(1).unwrap();
            assert_eq!(
                (year_on.year(), year_on.month(), year_on.day()),
                (year + 1, month, day.min(lengths[&(year + 1, month)])),
                "{from}"
            );
            let (fy, fm) = (
                year + (i32::try_from(month).unwrap() - 1 + 25) / 12,
                (month - 1 + 25) % 12 + 1,
            );
            match lengths.get(&(fy, fm)) {
                Some(len) => {
                    let far = from.add_months(25).unwrap();
                    assert_eq!(
                        (far.year(), far.month(), far.day()),
                        (fy, fm, day.min(*len)),
                        "{from}"
                    );
                }
                None => assert!(
                    from.add_months(25).is_err(),
                    "{from} + 25 months is past 2999"
                ),
            }
        }
    }
    assert!(Date::new(2999, 12, 1).unwrap().add_months(1).is_err());
    assert!(Date::new(1999, 1, 1).unwrap().add_years(1001).is_err());
    assert_eq!(
        Date::new(1999, 1, 1)
            .unwrap()
            .add_years(1000)
            .unwrap()
            .to_string(),
        "2999-01-01"
    );
    assert!(Date::new(1899, 12, 31).is_err() && Date::new(3000, 1, 1).is_err());
}
