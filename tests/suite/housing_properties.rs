//! Properties of the housing plan's calculators (钦政办规〔2023〕1号) and of the comparison with
//! the fund rules in force before 2023-01-01, for every input and not just the worked examples.

use proptest::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use qinzhou_policy_calc::affordable_rental_housing::{
    affordable_rental_housing, AffordableRentalHousingInput,
};
use qinzhou_policy_calc::api;
use qinzhou_policy_calc::area::Area;
use qinzhou_policy_calc::date::Date;
use qinzhou_policy_calc::household::MaritalStatus;
use qinzhou_policy_calc::number::Count;
use qinzhou_policy_calc::public_rental_subsidy::{
    public_rental_subsidy, Category, PublicRentalSubsidyInput, PublicRentalSubsidyResult,
};
use qinzhou_policy_calc::rent_withdrawal::{rent_withdrawal, Balances, RentWithdrawalInput};
use qinzhou_policy_calc::repayment_withdrawal::{repayment_withdrawal, RepaymentWithdrawalInput};
use qinzhou_policy_calc::Money;

fn fen(n: u64) -> Money {
    Money::round_down(Decimal::new(i64::try_from(n).unwrap(), 2))
}

/// An area from hundredths of a square metre.
fn area(hundredths: u64) -> Area {
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
        .parse()
        .unwrap()
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        ..ProptestConfig::default()
    }
}

fn date(days_after_2023: u32) -> Date {
    // 2023-01-09 plus up to ~10 years, by whole months and days.
    let base: Date = "2023-01-09".parse().unwrap();
    let months = days_after_2023 / 28;
    let d = base.add_months(months).unwrap();
    Date::new(
        d.year(),
        d.month(),
        (d.day() + days_after_2023 % 28).min(28),
    )
    .unwrap()
}

fn subsidy(size: u64, area_per_person: Option<Area>, tier1: bool) -> PublicRentalSubsidyResult {
    public_rental_subsidy(&PublicRentalSubsidyInput {
        date: "2024-05-01".parse().unwrap(),
        household_size: Count::from(u32::try_from(size).unwrap()),
        per_capita_income: "10000".parse().unwrap(),
        income_line: "40000".parse().unwrap(),
        owns_home_locally: false,
        per_capita_floor_area: None,
        local_hukou: true,
        category: Some(if tier1 {
            Category::MinimumLiving
        } else {
            Category::None
        }),
        in_kind_allocation: None,
        area_per_person,
    })
    .unwrap()
}

fn check_explanation(v: &serde_json::Value) {
    for list in ["steps", "warnings", "reasons"] {
        for item in v[list].as_array().unwrap() {
            let basis = item["basis"].as_str().unwrap();
            assert!(
                ["gazette", "law", "official", "site", "interpretation"].contains(&basis),
                "{item}"
            );
        }
    }
    for step in v["steps"].as_array().unwrap() {
        let rule = step["rule"].as_str().unwrap();
        match step["basis"].as_str().unwrap() {
            "gazette" => assert!(rule.contains('〔') && rule.contains(' '), "{rule}"),
            "interpretation" => assert_eq!(rule, "本库解释"),
            _ => {}
        }
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn subsidy_grows_with_household_size_and_area(
        size in 1u64..=99,
        hundredths in 1u64..=100_000,
        tier1 in any::<bool>(),
    ) {
        let a = area(hundredths);
        let r = subsidy(size, Some(a), tier1);
        let monthly = r.monthly.unwrap();
        prop_assert_eq!(r.half_yearly.unwrap(), monthly.times(6).unwrap());
        let rate = if tier1 { 10 } else { 7 };
        // Exact: rate × area × size, in fen, with no rounding needed at 2-decimal areas.
        prop_assert_eq!(
            monthly,
            fen(rate * hundredths * size)
        );
        let bigger_household = subsidy(size + 1, Some(a), tier1).monthly.unwrap();
        prop_assert!(bigger_household > monthly);
        let bigger_area = subsidy(size, Some(area(hundredths + 1)), tier1).monthly.unwrap();
        prop_assert!(bigger_area > monthly);
    }

    #[test]
    fn tier_one_never_below_tier_two(size in 1u64..=100, hundredths in 1u64..=100_000) {
        let a = Some(area(hundredths));
        let one = subsidy(size, a, true);
        let two = subsidy(size, a, false);
        prop_assert_eq!(one.tier, Some(1));
        prop_assert_eq!(two.tier, Some(2));
        prop_assert!(one.monthly.unwrap() >= two.monthly.unwrap());
        prop_assert!(one.half_yearly.unwrap() >= two.half_yearly.unwrap());
    }

    #[test]
    fn eligibility_is_exactly_the_three_conditions(
        income in 0u64..=10_000_000,
        line in 1u64..=10_000_000,
        owns in any::<bool>(),
        floor in 0u64..=5_000,
        housed in any::<bool>(),
        has_area in any::<bool>(),
        days in 0u32..=3650,
    ) {
        let input = PublicRentalSubsidyInput {
            date: date(days),
            household_size: Count::from(2),
            per_capita_income: fen(income),
            income_line: fen(line),
            owns_home_locally: owns,
            per_capita_floor_area: Some(area(floor)),
            local_hukou: false,
            category: None,
            in_kind_allocation: Some(housed),
            area_per_person: has_area.then(|| Area::from(15)),
        };
        let r = public_rental_subsidy(&input).unwrap();
        let income_ok = income < line;
        let housing_ok = !owns || floor < 1500;
        let failing = [!income_ok, !housing_ok, housed].iter().filter(|f| **f).count();
        prop_assert_eq!(r.eligible, failing == 0);
        prop_assert_eq!(r.explanation.reasons.len(), failing);
        prop_assert_eq!(r.tier.is_some(), r.eligible);
        prop_assert_eq!(r.monthly.is_some(), r.eligible && has_area);
        prop_assert_eq!(r.half_yearly.is_some(), r.monthly.is_some());
        let v = serde_json::to_value(&r).unwrap();
        check_explanation(&v);
        prop_assert_eq!(v.get("monthly").is_some(), r.monthly.is_some());
    }

    #[test]
    fn max_rent_never_exceeds_ninety_percent(
        market in 1u64..=100_000_000_000_000,
        rent in 0u64..=100_000_000_000_000,
        unit in 0u64..=100_000,
    ) {
        let r = affordable_rental_housing(&AffordableRentalHousingInput {
            date: "2024-01-01".parse().unwrap(),
            owns_home_locally: false,
            in_public_rental: false,
            market_rent: fen(market),
            rent: Some(fen(rent)),
            unit_area: Some(area(unit)),
        })
        .unwrap();
        // In fen: max × 10 ≤ market × 9 < (max + 1 fen) × 10.
        let max = (r.max_rent.decimal() * Decimal::ONE_HUNDRED).to_u128().unwrap();
        let market = u128::from(market);
        prop_assert!(max * 10 <= market * 9);
        prop_assert!(market * 9 < (max + 1) * 10);
        prop_assert_eq!(r.rent_within_cap, Some(u128::from(rent) * 10 <= market * 9));
        prop_assert!(r.eligible);
        prop_assert_eq!(r.explanation.warnings.iter().any(|w| w.code == "UNIT_OVER_MAIN_AREA"), unit > 7000);
        check_explanation(&serde_json::to_value(&r).unwrap());
    }

    /// Consistency of the comparison with a rerun of the calculator (what DESIGN.md promises
    /// it is); whether the amounts are right is checked against the old and new rules in fen,
    /// independently of the code, in change_oracle.rs.
    #[test]
    fn the_2023_change_never_takes_anything_away(
        rent in 0u64..=500_000,
        months in 1u32..=120,
        married in any::<bool>(),
        applicant in 0u64..=10_000_000,
        spouse in 0u64..=10_000_000,
        days in 0u32..=3650,
    ) {
        let input = RentWithdrawalInput {
            date: date(days),
            marital_status: if married { MaritalStatus::Married } else { MaritalStatus::Single },
            owns_home_in_qinzhou: false,
            monthly_rent: fen(rent),
            months: Count::from(months),
            balances: Balances {
                applicant: fen(applicant),
                spouse: married.then(|| fen(spouse)),
            },
        };
        let now = rent_withdrawal(&input).unwrap();
        let before = now.before_change.unwrap();
        let earlier = rent_withdrawal(&RentWithdrawalInput {
            date: "2022-12-31".parse().unwrap(),
            ..input.clone()
        })
        .unwrap();
        // beforeChange is exactly the same case on 2022-12-31, which carries no comparison.
        prop_assert_eq!(before.total, earlier.total);
        prop_assert_eq!(before.monthly_cap, earlier.monthly_cap);
        prop_assert!(earlier.before_change.is_none() && earlier.change_from_before.is_none());
        let diff = now.change_from_before.unwrap();
        prop_assert_eq!(diff.money().decimal(), now.total.decimal() - before.total.decimal());
        prop_assert!(diff.money() >= Money::ZERO);
        let text = diff.to_string();
        prop_assert_eq!(text.starts_with('+'), diff.is_positive());
    }

    #[test]
    fn repayment_change_is_three_months_of_deposit_at_most(
        balance in 0u64..=100_000_000,
        deposit in 0u64..=10_000_000,
        due in prop::option::of(0u64..=100_000_000),
    ) {
        let input = RepaymentWithdrawalInput {
            date: "2023-01-01".parse().unwrap(),
            balance: fen(balance),
            monthly_deposit: fen(deposit),
            amount_due: due.map(fen),
        };
        let now = repayment_withdrawal(&input).unwrap();
        let before = now.before_change.unwrap();
        prop_assert_eq!(before.retain_months, 6);
        prop_assert_eq!(before.retained, fen(deposit).times(6).unwrap());
        let diff = now.change_from_before.unwrap().money();
        prop_assert_eq!(diff.decimal(), now.withdrawable.decimal() - before.withdrawable.decimal());
        prop_assert!(diff >= Money::ZERO);
        prop_assert!(diff <= fen(deposit).times(3).unwrap());
    }
}

#[test]
fn before_2023_results_carry_no_comparison() {
    for (function, input) in [
        (
            "rentWithdrawal",
            r#"{"date":"2022-12-31","maritalStatus":"single","ownsHomeInQinzhou":false,
                "monthlyRent":"1200","months":12,"balances":{"applicant":"20000"}}"#,
        ),
        (
            "repaymentWithdrawal",
            r#"{"date":"2022-12-31","balance":"10000","monthlyDeposit":"1000"}"#,
        ),
    ] {
        let v = api::call(function, input).unwrap();
        assert!(v.get("beforeChange").is_none(), "{function}: {v}");
        assert!(v.get("changeFromBefore").is_none(), "{function}: {v}");
        let after = api::call(function, &input.replace("2022-12-31", "2023-01-01")).unwrap();
        assert!(after["beforeChange"].is_object(), "{function}: {after}");
        assert!(after["changeFromBefore"].as_str().unwrap().starts_with('+'));
    }
}

#[test]
fn without_the_area_no_amount_is_invented() {
    let r = subsidy(3, None, true);
    assert!(r.eligible);
    assert_eq!(r.tier, Some(1));
    let v = serde_json::to_value(&r).unwrap();
    assert!(v.get("monthly").is_none() && v.get("halfYearly").is_none());
    assert!(r
        .explanation
        .warnings
        .iter()
        .any(|w| w.code == "AREA_PER_PERSON_NOT_CONFIGURED" && w.basis.as_str() == "site"));
}

#[test]
fn the_new_parameters_are_listed_with_their_clauses() {
    let v = api::call("policyParameters", "{}").unwrap();
    let find = |id: &str| {
        v.as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .unwrap_or_else(|| panic!("{id} listed"))
            .clone()
    };
    for (id, value, clause) in [
        ("public_rental.subsidy_rate.tier1", "10.00", "二(六)"),
        ("public_rental.subsidy_rate.tier2", "7.00", "二(六)"),
        ("public_rental.payment_interval_months", "6", "二(六)"),
        ("public_rental.floor_area_threshold", "15", "一(三)"),
        ("affordable_rental.max_rent_percent", "90", "三(十一)"),
        ("affordable_rental.main_unit_area", "70", "三(十一)"),
    ] {
        let p = find(id);
        assert_eq!(p["value"], value, "{id}");
        assert_eq!(p["clause"], clause, "{id}");
        assert_eq!(p["document"], "钦政办规〔2023〕1号", "{id}");
        assert_eq!(p["basis"], "gazette", "{id}");
        assert_eq!(p["effectiveFrom"], "2023-01-09", "{id}");
    }
}

/// Every `rule` a housing step cites as the gazette's has the gazette's words in the clause
/// texts the package ships, so a page can show them under the step.
#[test]
fn every_cited_housing_clause_has_its_words() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut known = std::collections::BTreeMap::new();
    {
        let text = std::fs::read_to_string(dir.join("sources.json")).unwrap();
        let entries: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
        for e in entries {
            let rule = e["rule"].as_str().unwrap().to_owned();
            assert_eq!(
                rule,
                format!(
                    "{} {}",
                    e["document"].as_str().unwrap(),
                    e["clause"].as_str().unwrap()
                )
            );
            let zh = e["zh"].as_str().unwrap().to_owned();
            assert!(!zh.is_empty(), "{rule}");
            known.insert(rule, zh);
        }
    }
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut cited = std::collections::BTreeSet::new();
    for file in [
        "public_rental_subsidy.json",
        "affordable_rental_housing.json",
    ] {
        let cases: Vec<serde_json::Value> =
            serde_json::from_str(&std::fs::read_to_string(fixtures.join(file)).unwrap()).unwrap();
        for case in cases.iter().filter(|c| c.get("expect").is_some()) {
            let input = serde_json::to_string(&case["input"]).unwrap();
            let v = api::call(case["function"].as_str().unwrap(), &input).unwrap();
            for step in v["steps"].as_array().unwrap() {
                if step["basis"] == "gazette" {
                    cited.insert(step["rule"].as_str().unwrap().to_owned());
                }
            }
        }
    }
    for rule in [
        "钦政办规〔2023〕1号 一(三)",
        "钦政办规〔2023〕1号 二(五)",
        "钦政办规〔2023〕1号 二(六)",
        "钦政办规〔2023〕1号 三(十一)",
        "钦政办规〔2023〕1号 三(十五)",
    ] {
        assert!(cited.contains(rule), "the fixtures exercise {rule}");
    }
    for rule in &cited {
        assert!(known.contains_key(rule), "{rule} has its words in data/");
    }
    // The numbers the calculators apply are the numbers in those words.
    assert!(known["钦政办规〔2023〕1号 二(六)"].contains("10 元/m²/月/人"));
    assert!(known["钦政办规〔2023〕1号 二(六)"].contains("7 元/m²/月/人"));
    assert!(known["钦政办规〔2023〕1号 二(六)"].contains("每半年发放 1 次"));
    assert!(known["钦政办规〔2023〕1号 一(三)"].contains("人均住房面积不足15平方米"));
    assert!(known["钦政办规〔2023〕1号 三(十一)"].contains("市场租赁住房租金90%"));
    assert!(known["钦政办规〔2023〕1号 二(五)"]
        .contains("对城镇低保、低收入、分散救助供养特困人员家庭，原则上实施实物配租"));
    assert!(known["钦政办规〔2023〕1号 三(十一)"].contains("不超过70m²的小户型为主"));
    assert!(known["钦政办规〔2023〕1号 三(十五)"].contains("不得同时享受本市公租房保障"));
}
