//! The 2023 before/after comparison (钦市金管委规〔2023〕1号 二(一), 二(二)) against the
//! test's own oracle in whole fen: the old rule (rent ceilings 700 single / 1,000 married; 6
//! months of the deposit retained) and the new one (800 / 1,100; 3 months), each applied to the
//! same case, the difference signed. The code computes `beforeChange` by rerunning itself on
//! 2022-12-31; this test never does.

use proptest::prelude::*;
use serde_json::{json, Value};

use qinzhou_policy_calc::api;

/// The gazette's ceilings in fen: 二(二) "由…700元/月…提高至…800元/月" and 1,000 → 1,100.
const OLD_SINGLE: u64 = 70_000;
const OLD_MARRIED: u64 = 100_000;
const NEW_SINGLE: u64 = 80_000;
const NEW_MARRIED: u64 = 110_000;
/// 二(一): months of the monthly deposit retained, before and from 2023-01-01.
const OLD_RETAIN: u64 = 6;
const NEW_RETAIN: u64 = 3;

fn fen_text(fen: u64) -> String {
    format!("{}.{:02}", fen / 100, fen % 100)
}

fn signed(after: u64, before: u64) -> String {
    if after > before {
        format!("+{}", fen_text(after - before))
    } else if after < before {
        format!("-{}", fen_text(before - after))
    } else {
        "0.00".to_owned()
    }
}

fn money() -> impl Strategy<Value = u64> {
    prop_oneof![
        0u64..=300_000,
        0u64..=10_000_000,
        0u64..=100_000_000_000_000
    ]
}

fn call(function: &str, input: &Value) -> Value {
    api::call(function, &input.to_string()).unwrap_or_else(|e| panic!("{function} {input}: {e}"))
}

/// The rent withdrawal under one ceiling: (total, from applicant, from spouse).
fn rent_total(
    cap: u64,
    rent: u64,
    months: u64,
    applicant: u64,
    spouse: u64,
    eligible: bool,
) -> (u64, u64, u64) {
    if !eligible {
        return (0, 0, 0);
    }
    let total = (rent.min(cap) * months).min(applicant + spouse);
    let from_applicant = total.min(applicant);
    (total, from_applicant, total - from_applicant)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn rent_before_and_after_2023_recomputed(
        date in prop::sample::select(vec!["2022-01-01", "2022-12-31", "2023-01-01", "2023-06-01", "2030-12-31"]),
        married in any::<bool>(),
        owns in prop_oneof![Just(false), Just(false), Just(true)],
        rent in prop_oneof![60_000u64..=120_000, money()],
        months in 1u64..=120,
        applicant in money(),
        spouse in money(),
    ) {
        let spouse = if married { spouse } else { 0 };
        let mut balances = json!({ "applicant": fen_text(applicant) });
        if married {
            balances["spouse"] = json!(fen_text(spouse));
        }
        let input = json!({
            "date": date, "maritalStatus": if married { "married" } else { "single" },
            "ownsHomeInQinzhou": owns, "monthlyRent": fen_text(rent), "months": months,
            "balances": balances,
        });
        let r = call("rentWithdrawal", &input);
        let eligible = !owns && rent > 0;
        let (old_cap, new_cap) = if married { (OLD_MARRIED, NEW_MARRIED) } else { (OLD_SINGLE, NEW_SINGLE) };
        let new_rule = date >= "2023-01-01";
        let cap = if new_rule { new_cap } else { old_cap };
        let (total, from_a, from_s) = rent_total(cap, rent, months, applicant, spouse, eligible);
        prop_assert_eq!(&r["monthlyCap"], &json!(fen_text(cap)));
        prop_assert_eq!(&r["total"], &json!(fen_text(total)), "{}", input);
        prop_assert_eq!(&r["fromApplicant"], &json!(fen_text(from_a)));
        prop_assert_eq!(&r["fromSpouse"], &json!(fen_text(from_s)));
        if new_rule {
            let (before, _, _) = rent_total(old_cap, rent, months, applicant, spouse, eligible);
            prop_assert_eq!(&r["beforeChange"]["monthlyCap"], &json!(fen_text(old_cap)));
            prop_assert_eq!(&r["beforeChange"]["total"], &json!(fen_text(before)), "{}", input);
            prop_assert_eq!(&r["changeFromBefore"], &json!(signed(total, before)), "{}", input);
        } else {
            prop_assert!(r.get("beforeChange").is_none() && r.get("changeFromBefore").is_none());
        }
    }

    #[test]
    fn repayment_before_and_after_2023_recomputed(
        date in prop::sample::select(vec!["2022-01-01", "2022-12-31", "2023-01-01", "2023-06-01", "2030-12-31"]),
        balance in money(),
        deposit in prop_oneof![0u64..=500_000, money()],
        due in prop::option::of(money()),
    ) {
        let mut input = json!({
            "date": date, "balance": fen_text(balance), "monthlyDeposit": fen_text(deposit),
        });
        if let Some(d) = due {
            input["amountDue"] = json!(fen_text(d));
        }
        let r = call("repaymentWithdrawal", &input);
        let withdrawable = |months: u64| {
            let above = balance.saturating_sub(deposit * months);
            due.map_or(above, |d| above.min(d))
        };
        let new_rule = date >= "2023-01-01";
        let months = if new_rule { NEW_RETAIN } else { OLD_RETAIN };
        prop_assert_eq!(r["retainMonths"].as_u64(), Some(months));
        prop_assert_eq!(&r["retained"], &json!(fen_text(deposit * months)));
        prop_assert_eq!(&r["withdrawable"], &json!(fen_text(withdrawable(months))), "{}", input);
        prop_assert_eq!(r["limitedByAmountDue"].as_bool(), Some(due.is_some_and(|d| d < balance.saturating_sub(deposit * months))));
        if new_rule {
            let b = &r["beforeChange"];
            prop_assert_eq!(b["retainMonths"].as_u64(), Some(OLD_RETAIN));
            prop_assert_eq!(&b["retained"], &json!(fen_text(deposit * OLD_RETAIN)));
            prop_assert_eq!(&b["withdrawable"], &json!(fen_text(withdrawable(OLD_RETAIN))));
            prop_assert_eq!(
                &r["changeFromBefore"],
                &json!(signed(withdrawable(NEW_RETAIN), withdrawable(OLD_RETAIN))),
                "{}", input
            );
        } else {
            prop_assert!(r.get("beforeChange").is_none() && r.get("changeFromBefore").is_none());
        }
    }
}
