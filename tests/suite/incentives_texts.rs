//! The 一县一业 calculators' words (POLICY D): the README's figures are the parameter table's,
//! every interpretation the results carry is labelled and named in the README's table, and the
//! Chinese texts speak of 本计算器 (issue 18), never 本库.

use std::fs;

use rust_decimal::Decimal;
use serde_json::Value;

use qinzhou_policy_calc::api;
use qinzhou_policy_calc::date::Date;
use qinzhou_policy_calc::params::{self, ParamId};

/// A value as the README writes it: whole numbers with thousands separators (`500,000`), a
/// ratio as a percent (`1%`) or, below 1%, per mille (`2‰`).
fn written(v: Decimal) -> String {
    let digits = v.normalize().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn value(id: ParamId) -> Decimal {
    params::on(id, Date::new(2024, 1, 1).expect("a day"))
        .expect("in force in the plan's period")
        .value
}

fn yuan(id: ParamId) -> String {
    written(value(id))
}

fn ratio(id: ParamId) -> String {
    let pct = (value(id) * Decimal::ONE_HUNDRED).normalize();
    if pct.fract().is_zero() {
        format!("{pct}%")
    } else {
        format!("{}‰", (value(id) * Decimal::ONE_THOUSAND).normalize())
    }
}

fn readme() -> String {
    let text =
        fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The README's table of the D calculators quotes the parameter table.
#[test]
fn readme_incentive_figures_are_the_table() {
    use ParamId::*;
    let readme = readme();
    let phrases = [
        format!(
            "{} of the first two years' contracted fixed-asset investment, at most {} per project",
            ratio(YxyyIntroducerRate),
            yuan(YxyyIntroducerCap)
        ),
        format!(
            "{} of the production year's contracted fixed-asset investment, at most {}",
            ratio(YxyyEnterpriseLedRate),
            yuan(YxyyEnterpriseLedCap)
        ),
        format!("{} of the zone's retained tax", ratio(YxyyEnclaveRate)),
        format!("{} once per enterprise", yuan(YxyyAboveScaleEntryAmount)),
        format!("{} of the city reward obtained", ratio(YxyyMilestoneRate)),
        format!(
            "{} of the previous year's actual investment, at most {} per county",
            ratio(YxyyParkInfrastructureRate),
            yuan(YxyyParkInfrastructureCap)
        ),
        format!(
            "{} of the net local contribution",
            ratio(YxyyStandardFactoryRate)
        ),
        format!("{} per event", yuan(YxyyTechnologyAmount)),
        format!(
            "{}-{} per person placed",
            yuan(YxyyEmploymentServiceRateMin),
            yuan(YxyyEmploymentServiceRateMax)
        ),
        format!(
            "{} per person per year",
            yuan(YxyyWorkshopEmploymentPerYear)
        ),
        format!(
            "occupancy reaches {}%",
            written(value(YxyyStandardFactoryOccupancy))
        ),
    ];
    let missing: Vec<&String> = phrases
        .iter()
        .filter(|p| !readme.contains(p.as_str()))
        .collect();
    assert!(missing.is_empty(), "README does not say: {missing:#?}");
}

/// Every D fixture result (label, result).
fn results() -> Vec<(String, Value)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut out = Vec::new();
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("incentives_"))
        })
        .collect();
    files.sort();
    for file in files {
        let cases: Vec<Value> =
            serde_json::from_str(&fs::read_to_string(&file).expect("read")).expect("json");
        for case in cases {
            if let Ok(r) = api::call(
                case["function"].as_str().expect("function"),
                &case["input"].to_string(),
            ) {
                out.push((format!("{} / {}", file.display(), case["name"]), r));
            }
        }
    }
    out
}

/// The interpretations of POLICY D are labelled as such: the warnings the library chooses carry
/// `basis: "interpretation"`, the ones the gazette's words give carry `gazette`, and a site
/// setting is `site`; every interpretation step opens 本计算器的理解 in Chinese (the citizens'
/// word, issue 18, as in the housing calculators) and its translation "This calculator's
/// reading" in English (the widgets' word for the basis), so that both languages say the same.
#[test]
fn incentive_readings_are_labelled() {
    let expected = [
        ("ATTACHMENT_CONFLICT", "interpretation"),
        ("BEFORE_ISSUE_DATE", "interpretation"),
        ("TEAM_INCLUDES_PUBLIC_SERVANTS", "interpretation"),
        ("INDUSTRY_NOT_COUNTY_FEATURED", "interpretation"),
        ("AT_MILESTONE_EXACTLY", "interpretation"),
        ("REWARDS_EXCEED_RETAINED_TAX", "interpretation"),
        ("OPEN_LIST_INFRASTRUCTURE", "gazette"),
        ("PROJECT_OUTSIDE_PARK_EXCLUDED", "gazette"),
        ("OPEN_LIST_PROVIDER", "gazette"),
        ("NO_CITY_REWARD_FOR_MILESTONE", "gazette"),
        ("CITY_REWARD_IGNORED", "gazette"),
        ("RATE_NOT_CONFIGURED", "site"),
        // Beyond API.md's list (README, "Beyond API.md"): the default cap scope is the
        // higher-paying reading of 三(二)3.
        ("CAP_SCOPE_DEFAULT", "interpretation"),
    ];
    let mut seen = std::collections::BTreeSet::new();
    let mut interpretation_steps = 0;
    for (label, r) in results() {
        for w in r["warnings"].as_array().expect("warnings") {
            let code = w["code"].as_str().expect("code");
            let (_, basis) = expected
                .iter()
                .find(|(c, _)| *c == code)
                .unwrap_or_else(|| panic!("{label}: warning {code} is not in the list"));
            assert_eq!(w["basis"], *basis, "{label}: {code}");
            seen.insert(code.to_owned());
        }
        for s in r["steps"].as_array().expect("steps") {
            if s["basis"] == "interpretation" {
                interpretation_steps += 1;
                assert_eq!(s["rule"], "本库解释", "{label}");
                assert!(
                    s["zh"]
                        .as_str()
                        .expect("zh")
                        .starts_with("本计算器的理解："),
                    "{label}: {s}"
                );
                assert!(
                    s["en"]
                        .as_str()
                        .expect("en")
                        .starts_with("This calculator's reading: "),
                    "{label}: {s}"
                );
            }
        }
        for kind in ["steps", "warnings", "reasons"] {
            for t in r[kind].as_array().expect("list") {
                let zh = t["zh"].as_str().expect("zh");
                assert!(!zh.contains("本库"), "{label}: {zh}");
            }
        }
        assert!(r.get("payer").is_some(), "{label}: no payer");
        assert_eq!(r["policy"]["effectiveTo"], "2025-12-31", "{label}");
    }
    assert_eq!(
        seen.len(),
        expected.len(),
        "warnings never produced by a fixture: {seen:?}"
    );
    assert!(interpretation_steps > 50, "{interpretation_steps}");
}

/// Every interpretation a D step states has a row in the README's "Where the gazette is
/// silent" table (matched by the clause's name in that table).
#[test]
fn every_incentive_reading_has_a_readme_row() {
    let readme = readme();
    let start = readme
        .find("## Where the gazette is silent")
        .expect("the table");
    let table = &readme[start..];
    for name in [
        "一县一业: when the plan starts",
        "一县一业: amounts measured after the plan's period",
        "一县一业: the main text and the attachment differ",
        "招商成效激励: the qualifying date",
        "招商成效激励: a team with public servants",
        "以企招商: \"当年\"",
        "飞地招商: duration",
        "三(六)1: what the opening words govern",
        "营收突破: \"突破\"",
        "园区基础设施: the 500万 per county",
        "筑巢引凤: moving the 2-year window's last day",
        "科技创新: one award per enterprise or per event",
        "就业创业服务补助: the rate within",
        "就业创业服务补助: per person or per month",
        "帮扶车间: whose contributions",
    ] {
        assert!(table.contains(name), "no README row for {name}");
    }
}

/// API.md: `policyParameters()` gains the D parameters, each with its value as the contract
/// writes it, the plan's dates, the document, a clause and basis `gazette`.
#[test]
fn policy_parameters_list_the_d_parameters() {
    let listed = serde_json::to_value(params::policy_parameters()).expect("serialises");
    let expected = [
        ("yxyy.introducer.rate", "0.01"),
        ("yxyy.introducer.cap", "500000.00"),
        ("yxyy.introducer.threshold", "100000000.00"),
        ("yxyy.enterpriseLed.rate", "0.002"),
        ("yxyy.enterpriseLed.attachmentRate", "0.02"),
        ("yxyy.enterpriseLed.threshold.chenpi", "50000000.00"),
        ("yxyy.enterpriseLed.threshold.toys_apparel", "100000000.00"),
        (
            "yxyy.enterpriseLed.threshold.timber_furniture",
            "500000000.00",
        ),
        ("yxyy.enterpriseLed.threshold.chemicals", "500000000.00"),
        ("yxyy.enterpriseLed.cap", "500000.00"),
        ("yxyy.enclave.rate", "1"),
        ("yxyy.aboveScaleEntry.amount", "150000.00"),
        ("yxyy.milestone.rate", "0.5"),
        ("yxyy.parkInfrastructure.rate", "0.1"),
        ("yxyy.parkInfrastructure.capPerCounty", "5000000.00"),
        ("yxyy.standardFactory.rate", "0.5"),
        ("yxyy.standardFactory.occupancyPercent", "60"),
        ("yxyy.technology.amount", "50000.00"),
        ("yxyy.employmentService.rateMin", "600.00"),
        ("yxyy.employmentService.rateMax", "1000.00"),
        ("yxyy.workshop.employmentPerYear", "2000.00"),
    ];
    for (id, value) in expected {
        let p = listed
            .as_array()
            .expect("a list")
            .iter()
            .find(|p| p["id"] == id)
            .unwrap_or_else(|| panic!("{id} is not listed"));
        assert_eq!(p["value"], value, "{id}");
        assert_eq!(p["effectiveFrom"], "2023-01-01", "{id}");
        assert_eq!(p["effectiveTo"], "2025-12-31", "{id}");
        assert_eq!(p["document"], "钦政办规〔2023〕3号", "{id}");
        assert_eq!(p["basis"], "gazette", "{id}");
        assert!(!p["clause"].as_str().unwrap_or("").is_empty(), "{id}");
    }
}

/// The native (all-features) `policyParameters()` ids, in order, are the ones in
/// tests/golden/parameter-ids.json, which the Node test of the package's main entry compares
/// its own list with (that entry joins the incentives' `yxyy.*` parameters to its table).
/// `QZ_BLESS=1` rewrites the file.
#[test]
fn native_parameter_ids_are_the_golden_list() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/parameter-ids.json");
    let ids: Vec<String> = serde_json::to_value(params::policy_parameters())
        .expect("serialises")
        .as_array()
        .expect("a list")
        .iter()
        .map(|p| p["id"].as_str().expect("id").to_owned())
        .collect();
    assert!(ids.iter().any(|id| id.starts_with("yxyy.")), "{ids:?}");
    assert!(ids.iter().any(|id| !id.starts_with("yxyy.")), "{ids:?}");
    if std::env::var_os("QZ_BLESS").is_some() {
        let mut text = serde_json::to_string_pretty(&ids).expect("JSON");
        text.push('\n');
        std::fs::write(&path, text).expect("written");
        return;
    }
    let golden: Vec<String> =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("the golden list"))
            .expect("JSON");
    assert_eq!(
        ids, golden,
        "rerun with QZ_BLESS=1 if the table changed on purpose"
    );
}
