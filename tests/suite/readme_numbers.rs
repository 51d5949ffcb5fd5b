//! The README quotes policy numbers in its calculator sections and examples. They must be the
//! parameter table's values: each phrase below is filled in from the table and must occur in
//! the README (whitespace collapsed), so a table change fails here until the README follows.

use std::fs;

use rust_decimal::Decimal;

use qinzhou_policy_calc::params::{self, ParamId};

/// A value as the README writes it: whole numbers with thousands separators (`450,000`),
/// others in their shortest exact form (`4.5`, `3.025`).
fn written(v: Decimal) -> String {
    let v = v.normalize();
    if v.scale() > 0 {
        return v.to_string();
    }
    let digits = v.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn now(id: ParamId) -> String {
    written(params::current(id).expect("in force").value)
}

/// A money parameter as results print it (`"450000.00"`).
fn money(id: ParamId) -> String {
    qinzhou_policy_calc::Money::round_down(params::current(id).expect("in force").value).to_string()
}

/// The README's table of default-rate versions: one row per version, as
/// `| from | first ≤ 5 y | first > 5 y | second ≤ 5 y | second > 5 y |`.
fn rate_rows() -> Vec<String> {
    let ids = [
        ParamId::RateFirstHomeUpTo5Years,
        ParamId::RateFirstHomeOver5Years,
        ParamId::RateSecondHomeUpTo5Years,
        ParamId::RateSecondHomeOver5Years,
    ];
    let firsts: Vec<_> = params::versions(ParamId::RateFirstHomeUpTo5Years)
        .map(|p| p.effective_from.expect("rates are dated"))
        .collect();
    assert!(firsts.len() >= 3, "the three PBC versions of POLICY A6");
    firsts
        .iter()
        .map(|day| {
            let cells: Vec<String> = ids
                .iter()
                .map(|id| {
                    format!(
                        "{}%",
                        written(params::on(*id, *day).expect("in force").value)
                    )
                })
                .collect();
            format!("| {day} | {} |", cells.join(" | "))
        })
        .collect()
}

/// The README's repricing example, as the library computes it today.
fn repricing_example() -> String {
    let input = r#"{"principal":"300000","termMonths":360,"method":"equal_installment","firstHome":true,"date":"2023-06-01"}"#;
    let r = qinzhou_policy_calc::api::call("repaymentSchedule", input).expect("the example runs");
    let changes: Vec<String> = r["rateChanges"]
        .as_array()
        .expect("rateChanges")
        .iter()
        .map(|c| {
            format!(
                "{{ from: \"{}\", firstPeriod: {}, annualRatePercent: \"{}\", payment: \"{}\" }}",
                c["from"].as_str().unwrap_or_default(),
                c["firstPeriod"],
                c["annualRatePercent"].as_str().unwrap_or_default(),
                c["payment"].as_str().unwrap_or_default()
            )
        })
        .collect();
    format!(
        "// → {{ annualRatePercent: \"{}\", firstPayment: \"{}\", // rateChanges: [{}],",
        r["annualRatePercent"].as_str().unwrap_or_default(),
        r["firstPayment"].as_str().unwrap_or_default(),
        changes.join(", ")
    )
}

fn before_2023(id: ParamId) -> String {
    let day = qinzhou_policy_calc::date::Date::new(2022, 12, 31).expect("date");
    written(params::on(id, day).expect("earlier version").value)
}

#[test]
fn readme_numbers_are_the_tables() {
    let readme =
        fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md");
    let readme = readme.split_whitespace().collect::<Vec<_>>().join(" ");
    let phrases = [
        format!(
            "Both spouses contributing normally in Qinzhou: up to {};",
            now(ParamId::LoanCapBoth)
        ),
        format!("one side: {}.", now(ParamId::LoanCapOne)),
        format!(
            "An unmarried applicant gets {} too",
            now(ParamId::LoanCapOne)
        ),
        format!(
            "1 point per full {} yuan of balance",
            now(ParamId::PointsBalanceStep)
        ),
        format!(
            "1 per full {} months of deposits",
            now(ParamId::PointsTimeStep)
        ),
        format!(
            "{} per month deducted on time and in full",
            now(ParamId::PointsPerOnTimeMonth)
        ),
        format!(
            "{} for a social contribution",
            now(ParamId::PointsContribution)
        ),
        format!(
            "also scores {}; that step is an interpretation",
            now(ParamId::PointsContribution)
        ),
        format!(
            "the household total is capped at {}.",
            now(ParamId::PointsHouseholdCap)
        ),
        format!(
            "added up and capped at {}",
            now(ParamId::PointsHouseholdCap)
        ),
        format!(
            "Ceiling: {} a month unmarried/single, {} married",
            now(ParamId::RentCapSingle),
            now(ParamId::RentCapMarried)
        ),
        format!(
            "({} / {} before, with the warning `OLD_RULE_START_UNKNOWN`;",
            before_2023(ParamId::RentCapSingle),
            before_2023(ParamId::RentCapMarried)
        ),
        format!(
            "The gazette gives only the old ceilings ({} / {});",
            before_2023(ParamId::RentCapSingle),
            before_2023(ParamId::RentCapMarried)
        ),
        format!(
            "must leave {} months of the monthly deposit",
            now(ParamId::RepaymentRetainMonths)
        ),
        format!(
            "({} before 2023-01-01;",
            before_2023(ParamId::RepaymentRetainMonths)
        ),
        format!(
            "Up to `elevator.max_applications` applications ({}) within `elevator.window_years` years ({})",
            now(ParamId::ElevatorMaxApplications),
            now(ParamId::ElevatorWindowYears)
        ),
        format!(
            "first home {}% up to 5 years, {}% over; second home {}% / {}%",
            now(ParamId::RateFirstHomeUpTo5Years),
            now(ParamId::RateFirstHomeOver5Years),
            now(ParamId::RateSecondHomeUpTo5Years),
            now(ParamId::RateSecondHomeOver5Years)
        ),
        format!(
            "The table was checked against the Bank's notices up to {}",
            params::RATES_CHECKED_UNTIL
        ),
        format!(
            "A `date` before {} without a rate is `RULE_NOT_IN_SOURCE`",
            params::earliest_from(ParamId::RateFirstHomeOver5Years).expect("dated")
        ),
        format!(
            "a term over {} months, each later version applies from the 1 January",
            now(ParamId::RateRepricingTermOverMonths)
        ),
        format!(
            "Terms of {} months or less are not repriced.",
            now(ParamId::RateRepricingTermOverMonths)
        ),
        repricing_example(),
        format!(
            "(target {} places per 1,000",
            now(ParamId::ChildcareTargetPerThousand)
        ),
        // The examples' result comments.
        format!("cap: \"{}\"", money(ParamId::LoanCapBoth)),
        format!("r.limit; // \"{}\"", money(ParamId::LoanCapBoth)),
        format!("monthlyCap: \"{}\"", money(ParamId::RentCapMarried)),
        format!(
            "console.log(r.total); // \"{}\"",
            money(ParamId::RentCapSingle)
        ),
        format!("retainMonths: {},", now(ParamId::RepaymentRetainMonths)),
    ];
    let phrases: Vec<String> = phrases.into_iter().chain(rate_rows()).collect();
    let missing: Vec<&String> = phrases
        .iter()
        .filter(|p| !readme.contains(p.as_str()))
        .collect();
    assert!(missing.is_empty(), "README does not say: {missing:#?}");
    assert_eq!(written(Decimal::new(450_000, 0)), "450,000");
    assert_eq!(written(Decimal::new(3025, 3)), "3.025");
}
