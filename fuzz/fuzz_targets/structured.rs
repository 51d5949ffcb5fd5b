//! The structure-aware target: starts from a valid input of the calculator the first byte picks
//! (see `common::pick`) and lets the rest of the bytes mutate it — replace any value, anywhere,
//! with an interesting one (boundaries of every documented maximum, huge and tiny numbers,
//! odd strings, wrong types), a number or digit string made from the bytes, delete a field or
//! add an unknown one, grow a list — so the fuzzer spends its time past the parser, in the
//! calculators' arithmetic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::{json, Value};

#[path = "common.rs"]
mod common;

fn seed(function: &str) -> Value {
    match function {
        "voluntaryPoints" => json!({"members": [
            {"balance": "52000.5", "depositMonths": 60, "onTimeMonths": 48,
             "accountStatus": "normal", "contribution": "martyr_family", "martyrRelation": "parent"},
            {"balance": 10000, "depositMonths": 12, "onTimeMonths": 12, "contribution": "veteran"}]}),
        "loanLimit" => json!({"date": "2023-06-01", "maritalStatus": "married",
            "applicant": {"contributing": true, "scheme": "voluntary"},
            "spouse": {"contributing": true, "scheme": "employed"},
            "points": {"members": [{"balance": "30000", "depositMonths": 24, "onTimeMonths": 20}]},
            "local": {"yuanPerPoint": "50000", "housePrice": "600000", "maxLoanToValue": "0.8",
                      "accountBalance": "20000", "balanceMultiple": "15", "monthlyIncome": "9000",
                      "maxRepaymentRatio": "0.5", "annualRatePercent": "3.1", "termMonths": 360}}),
        "rentWithdrawal" => json!({"date": "2023-06-01", "maritalStatus": "married",
            "ownsHomeInQinzhou": false, "monthlyRent": "1200", "months": 12,
            "balances": {"applicant": "5000", "spouse": "9000.25"}}),
        "repaymentWithdrawal" => json!({"date": "2023-06-01", "balance": "10000",
            "monthlyDeposit": "1000", "amountDue": "1500"}),
        "elevatorWithdrawal" => json!({"permitDate": "2023-03-15", "applicationDate": "2024-06-01",
            "entitlement": "60000",
            "previous": [{"date": "2023-06-01", "amount": "10000"}],
            "accounts": [{"relation": "self", "balance": "5000"}, {"relation": "spouse", "balance": "8000"},
                         {"relation": "parent", "balance": "20000"}, {"relation": "child", "balance": "1"}]}),
        "childcarePlaces" => {
            json!({"population": 3302238, "places": 4613, "targetPerThousand": "4.5",
            "planned": 100, "projects": "gazette"})
        }
        "repaymentSchedule" => json!({"principal": "300000", "annualRatePercent": "3.1",
            "termMonths": 360, "method": "equal_installment"}),
        "publicRentalSubsidy" => json!({"date": "2023-06-01", "householdSize": 3,
            "perCapitaIncome": "20000", "incomeLine": "40000", "ownsHomeLocally": true,
            "perCapitaFloorArea": "14.99", "localHukou": true, "category": "minimum_living",
            "inKindAllocation": false, "areaPerPerson": "15"}),
        "affordableRentalHousing" => json!({"date": "2023-06-01", "ownsHomeLocally": false,
            "inPublicRental": false, "marketRent": "2000", "rent": "1800", "unitArea": "70"}),
        "introducerReward" => json!({"landingDate": "2024-03-01", "industry": "other",
            "supportingProject": true, "totalInvestment": "100000000",
            "firstTwoYearsFixedAssetInvestment": "50000000.99",
            "introducer": {"kind": "team", "publicServantMembers": "some"},
            "mainRole": true, "registered": true}),
        "enterpriseLedInvestmentReward" => json!({"productionStartDate": "2023-01-18",
            "county": "lingshan", "enterpriseIndustry": "other", "chainProject": true,
            "fromOutsideCity": true, "fixedAssetInvestment": "105000000", "landPremium": "5000000",
            "yearContractedFixedAssetInvestment": "65000000", "yearLandPremium": "5000000"}),
        "enclaveTaxReward" => {
            json!({"year": 2024, "county": "qinnan", "industry": "timber_furniture",
            "recommendedByCounty": true, "registeredInZone": true, "landUse": "none",
            "zoneRetainedTax": "1234567.89", "taxRewards": "234567.89"})
        }
        "aboveScaleEntryReward" => json!({"entryDate": "2024-05-10", "county": "pubei",
            "industry": "chemicals", "inPark": true, "industrial": true, "firstEntry": true,
            "transferredFromOtherSector": false, "exitedInEntryYear": false}),
        "revenueMilestoneBonus" => {
            json!({"year": 2024, "county": "qinbei", "industry": "chemicals",
            "inPark": true, "aboveScaleIndustrial": true, "revenue": "5100000000",
            "previousHighestRevenue": "95000000",
            "cityRewards": [{"milestoneYi": 1, "amount": "100000"}, {"milestoneYi": 50, "amount": "33333.33"}],
            "settings": {"milestoneInclusive": true}})
        }
        "parkInfrastructureSubsidy" => {
            json!({"year": 2025, "county": "qinbei", "featuredIndustryPark": true,
            "projects": [{"kind": "road", "actualInvestment": "80000000.05", "inPark": true},
                         {"kind": "other_infrastructure", "actualInvestment": "1", "inPark": false}],
            "settings": {"capScope": "plan_total"}, "grantedBefore": "4000000"})
        }
        "standardFactorySubsidy" => {
            json!({"socialCapital": true, "inPark": true, "completionAccepted": true,
            "inUseDate": "2024-02-29", "occupancyReachedDate": "2025-03-15", "occupancyRatePercent": "60",
            "localContribution": "1000000.01", "contributionRewards": "200000.00"})
        }
        "technologyInnovationAward" => json!({"date": "2024-09-01", "qualifiesYixianYiye": true,
            "kind": "achievement_transformation", "advancedTechnologyIntroduced": true,
            "regionalVerificationPassed": true}),
        "employmentServiceSubsidy" => {
            json!({"date": "2024-04-01", "providerKind": "other_market_entity",
            "ruralLabour": 5, "registeredUnemployed": 3, "settings": {"ratePerPerson": "650.50"}})
        }
        "assistanceWorkshopSubsidy" => json!({"year": 2024, "recognizedWorkshop": true,
            "workers": [{"status": "poverty_alleviated", "contractMonths": 12, "socialInsurancePaid": true,
                         "employerContributionPaid": "6543.21", "monthsEmployed": 12},
                        {"status": "monitored", "openEndedContract": true, "socialInsurancePaid": true,
                         "employerContributionPaid": "3000", "monthsEmployed": 7}],
            "settings": {"partialYear": "pro_rata_months"}}),
        _ => json!({}),
    }
}

fn interesting() -> &'static [Value] {
    static VALUES: std::sync::OnceLock<Vec<Value>> = std::sync::OnceLock::new();
    VALUES.get_or_init(|| {
        vec![
            json!(0),
            json!(1),
            json!(-1),
            json!(0.5),
            json!(0.01),
            json!(0.001),
            json!(1.5),
            json!(5e-324),
            json!(1e308),
            json!(-0.0),
            json!(1e21),
            json!(1e15),
            json!(9007199254740993u64),
            json!(u64::MAX),
            json!(i64::MIN),
            json!(1_000_000_000_000u64),
            json!(1_000_000_000_000.01),
            json!(999_999_999_999.99),
            json!(10_000_000_000u64),
            json!(10_000_000_001u64),
            json!(120),
            json!(121),
            // The housing plan's boundaries: household size, area maximum, 15 m², 70 m².
            json!(100),
            json!(101),
            json!(100_000),
            json!(100_000.01),
            json!("14.99"),
            json!("15"),
            json!(70.01),
            json!(600),
            json!(601),
            json!(1200),
            json!(1201),
            json!(1000),
            json!(1001),
            json!("0"),
            json!("0.00"),
            json!("1000000000000"),
            json!("1000000000000.00"),
            json!("999999999999.99"),
            json!("0.0000000001"),
            json!("1000000"),
            json!("1000000.0000000001"),
            json!("100"),
            json!("100.0000000001"),
            json!("99999999999999999999999999999"),
            json!("0000000000000000000000000000000000000000001"),
            json!(""),
            json!("-0"),
            json!("1e3"),
            json!("NaN"),
            json!("Infinity"),
            json!("١٢٣"),
            json!("１２３"),
            json!(" 1"),
            json!("1,000"),
            json!("2023-01-01"),
            json!("2022-12-31"),
            json!("1900-01-01"),
            json!("2999-12-31"),
            json!("2024-02-29"),
            json!("2023-02-29"),
            json!("0000-00-00"),
            json!("9999-99-99"),
            json!("single"),
            json!("married"),
            json!("self"),
            json!("spouse"),
            json!("parent"),
            json!("child"),
            json!("equal_principal"),
            json!("equal_installment"),
            json!("none"),
            json!("gazette"),
            json!("灵山县"),
            json!("浦北县"),
            json!("钦南区"),
            json!("钦北区"),
            json!("sealed"),
            json!("closed"),
            json!("martyr_family"),
            json!("other"),
            json!("voluntary"),
            json!("employed"),
            json!(true),
            json!(false),
            json!(null),
            json!([]),
            json!({}),
            json!([{}]),
            json!({"__proto__": 1}),
        ]
    })
}

struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(b)
    }
    fn u64(&mut self) -> u64 {
        let mut v = 0u64;
        for _ in 0..8 {
            v = (v << 8) | u64::from(self.byte().unwrap_or(0));
        }
        v
    }
}

/// Every location in `v`: a path of object keys / array indices.
fn paths(v: &Value, prefix: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(prefix.clone());
    match v {
        Value::Object(map) => {
            for (k, x) in map {
                prefix.push(Value::String(k.clone()));
                paths(x, prefix, out);
                prefix.pop();
            }
        }
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                prefix.push(json!(i));
                paths(x, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

fn at<'v>(v: &'v mut Value, path: &[Value]) -> Option<&'v mut Value> {
    let mut cur = v;
    for seg in path {
        cur = match seg {
            Value::String(k) => cur.get_mut(k.as_str())?,
            Value::Number(n) => cur.get_mut(usize::try_from(n.as_u64()?).ok()?)?,
            _ => return None,
        };
    }
    Some(cur)
}

fuzz_target!(|data: &[u8]| {
    let mut bytes = Bytes(data);
    let Some(first) = bytes.byte() else { return };
    let function = common::pick(first);
    let mut input = seed(function);
    let values = interesting();
    let ops = usize::from(bytes.byte().unwrap_or(0) % 4) + 1;
    for _ in 0..ops {
        let mut all = Vec::new();
        paths(&input, &mut Vec::new(), &mut all);
        let path = all[usize::from(bytes.byte().unwrap_or(0)) % all.len()].clone();
        let op = bytes.byte().unwrap_or(0);
        let Some(target) = at(&mut input, &path) else {
            continue;
        };
        match op % 8 {
            0..=2 => {
                *target = values[usize::from(bytes.byte().unwrap_or(0)) % values.len()].clone()
            }
            3 => *target = json!(bytes.u64()),
            4 => {
                let f = f64::from_bits(bytes.u64());
                *target = serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number);
            }
            5 => {
                // A digit string with an optional point, from the bytes.
                let len = usize::from(bytes.byte().unwrap_or(0) % 40);
                let point = bytes.byte().unwrap_or(0) % 42;
                let mut s = String::new();
                for i in 0..len {
                    if usize::from(point) == i && i > 0 {
                        s.push('.');
                    }
                    s.push(char::from(b'0' + bytes.byte().unwrap_or(0) % 10));
                }
                *target = Value::String(s);
            }
            6 => match target {
                Value::Object(map) => {
                    let keys: Vec<String> = map.keys().cloned().collect();
                    if !keys.is_empty() {
                        let k = &keys[usize::from(bytes.byte().unwrap_or(0)) % keys.len()];
                        map.remove(k);
                    }
                }
                Value::Array(items) => {
                    if let Some(x) = items.first().cloned() {
                        let n = usize::from(bytes.byte().unwrap_or(0) % 4);
                        items.extend(std::iter::repeat_n(x, n));
                    }
                }
                _ => {}
            },
            _ => {
                if let Value::Object(map) = target {
                    map.insert("extra".to_owned(), json!(1));
                }
            }
        }
    }
    let json = serde_json::to_string(&input).expect("serializes");
    common::check(function, &json);
});
