//! Exact reason sets: for random combinations of failing conditions, a result's reason codes
//! are exactly the set the test derives from the input, not "some reason" or "as many as".
//! A case that fails several conditions must name every one (issue: a lost
//! `NO_APPLICATIONS_LEFT` went unnoticed because nothing asserted the full set).

use std::collections::BTreeSet;

use proptest::prelude::*;
use serde_json::{json, Value};

use qinzhou_policy_calc::api;
use qinzhou_policy_calc::date::Date;

fn codes(v: &Value, list: &str) -> BTreeSet<String> {
    v[list]
        .as_array()
        .unwrap_or_else(|| panic!("{list} is a list: {v}"))
        .iter()
        .map(|r| r["code"].as_str().unwrap().to_owned())
        .collect()
}

fn set(items: &[(&str, bool)]) -> BTreeSet<String> {
    items
        .iter()
        .filter(|(_, on)| *on)
        .map(|(c, _)| (*c).to_owned())
        .collect()
}

fn call(function: &str, input: &Value) -> Value {
    api::call(function, &input.to_string()).unwrap_or_else(|e| panic!("{function} {input}: {e}"))
}

fn fen_text(fen: u64) -> String {
    format!("{}.{:02}", fen / 100, fen % 100)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    /// 钦市金管委规〔2023〕1号 二(三)2: before the permit, after the 3-year window, a fourth
    /// application, an entitlement of 0 or one used up: each is its own reason.
    #[test]
    fn elevator_reasons_are_exactly_the_failed_conditions(
        permit_months in 1u32..=24,
        when in 0u8..3,
        app_months in 0u32..=35,
        app_day in 1u32..=28,
        late_months in 1u32..=24,
        previous in prop::collection::vec((0u32..=35, 0u64..=1_000_000), 0..=5),
        entitlement_kind in 0u8..3,
        extra in 1u64..=5_000_000,
    ) {
        let permit = Date::new(2023, 1, 1).unwrap().add_months(permit_months).unwrap();
        // Comfortably after the last day: the Civil Code's move past rest days is at most
        // days, and is checked day by day in tests/suite/calendar.rs.
        let application = match when {
            0 => Date::new(permit.year() - i32::from(permit.month() == 1),
                           if permit.month() == 1 { 12 } else { permit.month() - 1 }, 15).unwrap(),
            1 => {
                let m = permit.add_months(app_months).unwrap();
                Date::new(m.year(), m.month(), app_day).unwrap()
            }
            _ => permit.add_months(36 + late_months).unwrap(),
        };
        let before = when == 0;
        let after = when == 2;
        // Earlier withdrawals only make sense between the permit and the application.
        let previous: Vec<(Date, u64)> = if before {
            Vec::new()
        } else {
            previous
                .iter()
                .map(|&(m, a)| {
                    let d = permit.add_months(m).unwrap().min(application).min(permit.add_years(3).unwrap());
                    (d, a)
                })
                .collect()
        };
        let used: u64 = previous.iter().map(|p| p.1).sum();
        let entitlement = match entitlement_kind {
            0 if used == 0 => 0,
            1 => used,
            _ => used + extra,
        };
        let input = json!({
            "permitDate": permit.to_string(),
            "applicationDate": application.to_string(),
            "entitlement": fen_text(entitlement),
            "previous": previous.iter().map(|(d, a)| json!({ "date": d.to_string(), "amount": fen_text(*a) })).collect::<Vec<_>>(),
            "accounts": [{ "relation": "self", "balance": "1000" }],
        });
        let r = call("elevatorWithdrawal", &input);
        let want = set(&[
            ("BEFORE_PERMIT", before),
            ("WINDOW_ENDED", after),
            ("NO_APPLICATIONS_LEFT", previous.len() >= 3),
            ("NO_ENTITLEMENT", entitlement == 0),
            ("ENTITLEMENT_USED_UP", entitlement > 0 && used == entitlement),
        ]);
        prop_assert_eq!(codes(&r, "reasons"), want.clone(), "{}", input);
        prop_assert_eq!(r["eligible"].as_bool(), Some(want.is_empty()));
    }

    /// 钦政办规〔2023〕1号 一(三), 二(六): income not below the line, owning 15 m² or more a
    /// person where applying, already housed in kind: each is its own reason.
    #[test]
    fn public_rental_subsidy_reasons_are_exactly_the_failed_conditions(
        income in 0u64..=10_000_000,
        line in 1u64..=10_000_000,
        equal in any::<bool>(),
        owns in any::<bool>(),
        floor_hundredths in prop_oneof![1_400u64..=1_600, 0u64..=5_000],
        housed in prop::option::of(any::<bool>()),
    ) {
        let income = if equal { line } else { income };
        let mut input = json!({
            "date": "2024-05-01", "householdSize": 3,
            "perCapitaIncome": fen_text(income), "incomeLine": fen_text(line),
            "ownsHomeLocally": owns, "localHukou": true,
        });
        if owns {
            input["perCapitaFloorArea"] = json!(fen_text(floor_hundredths));
        }
        if let Some(h) = housed {
            input["inKindAllocation"] = json!(h);
        }
        let r = call("publicRentalSubsidy", &input);
        let want = set(&[
            ("INCOME_NOT_BELOW_LINE", income >= line),
            // "不足15平方米": exactly 15.00 is not below.
            ("OWNS_ENOUGH_HOUSING", owns && floor_hundredths >= 1_500),
            ("ALREADY_IN_PUBLIC_RENTAL", housed == Some(true)),
        ]);
        prop_assert_eq!(codes(&r, "reasons"), want.clone(), "{}", input);
        prop_assert_eq!(r["eligible"].as_bool(), Some(want.is_empty()));
    }

    /// 钦政办规〔2023〕1号 一(三), 三(十五): a home where applying, already in public rental
    /// housing: each is its own reason.
    #[test]
    fn affordable_rental_reasons_are_exactly_the_failed_conditions(
        owns in any::<bool>(),
        in_public in any::<bool>(),
        market in 1u64..=1_000_000,
    ) {
        let input = json!({
            "date": "2024-01-01", "ownsHomeLocally": owns, "inPublicRental": in_public,
            "marketRent": fen_text(market),
        });
        let r = call("affordableRentalHousing", &input);
        let want = set(&[("OWNS_HOME_LOCALLY", owns), ("IN_PUBLIC_RENTAL", in_public)]);
        prop_assert_eq!(codes(&r, "reasons"), want.clone(), "{}", input);
        prop_assert_eq!(r["eligible"].as_bool(), Some(want.is_empty()));
    }

    /// 钦市金管委规〔2023〕1号 二(二): owning a home in Qinzhou and not renting (a rent of 0)
    /// are each their own reason; a low balance is never a reason (it limits the amount, with
    /// the warning LIMITED_BY_BALANCE).
    #[test]
    fn rent_withdrawal_reasons_are_exactly_the_failed_conditions(
        owns in any::<bool>(),
        rent in prop_oneof![Just(0u64), 1u64..=500_000],
        balance in prop_oneof![Just(0u64), 0u64..=10_000_000],
        married in any::<bool>(),
        date in prop::sample::select(vec!["2022-06-01", "2023-01-01", "2024-03-01"]),
    ) {
        let mut balances = json!({ "applicant": fen_text(balance) });
        if married {
            balances["spouse"] = json!("0");
        }
        let input = json!({
            "date": date, "maritalStatus": if married { "married" } else { "single" },
            "ownsHomeInQinzhou": owns, "monthlyRent": fen_text(rent), "months": 6,
            "balances": balances,
        });
        let r = call("rentWithdrawal", &input);
        let want = set(&[("OWNS_HOME", owns), ("NOT_RENTING", rent == 0)]);
        prop_assert_eq!(codes(&r, "reasons"), want.clone(), "{}", input);
        let eligible = want.is_empty();
        prop_assert_eq!(r["eligible"].as_bool(), Some(eligible));
        let cap = match (married, date < "2023-01-01") {
            (false, false) => 80_000, (true, false) => 110_000, (false, true) => 70_000, (true, true) => 100_000,
        };
        let limited = eligible && balance < rent.min(cap) * 6;
        prop_assert_eq!(codes(&r, "warnings").contains("LIMITED_BY_BALANCE"), limited, "{}", input);
    }

    /// 钦市金管委规〔2023〕1号 一: nobody contributing is the one reason a loan is refused.
    #[test]
    fn loan_limit_reasons_are_exactly_the_failed_conditions(
        applicant in any::<bool>(),
        spouse in prop::option::of(any::<bool>()),
    ) {
        let mut input = json!({
            "date": "2023-06-15", "maritalStatus": if spouse.is_some() { "married" } else { "single" },
            "applicant": { "contributing": applicant },
        });
        if let Some(s) = spouse {
            input["spouse"] = json!({ "contributing": s });
        }
        let r = call("loanLimit", &input);
        let want = set(&[("NO_CONTRIBUTOR", !applicant && spouse != Some(true))]);
        prop_assert_eq!(codes(&r, "reasons"), want, "{}", input);
    }
}
