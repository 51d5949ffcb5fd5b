//! The words and bases of results, checked by code and rule over every fixture result rather
//! than by step position: a ratio is never money (钦政办〔2023〕3号 附件1 第14项: places per
//! 1,000), a signed difference carries its unit, one result states one household point total
//! (钦市金管委规〔2023〕1号 三 第十六条), and the library's readings are labelled as such
//! (POLICY A1-A3, C: the open "等" list, the 公租房 formula, UNIT_OVER_MAIN_AREA, the
//! before/after comparison and what its "before" run assumes).

use serde_json::{json, Value};

use qinzhou_policy_calc::api;

/// Every successful fixture result, with its function and a label.
fn fixture_results() -> Vec<(String, String, Value)> {
    let mut out = Vec::new();
    for c in crate::cases::all() {
        let function = c.case["function"].as_str().expect("function").to_owned();
        if let Ok(result) = api::call(&function, &c.case["input"].to_string()) {
            let label = format!(
                "{}.json / {}",
                c.stem,
                c.case["name"].as_str().unwrap_or("?")
            );
            out.push((label, function, result));
        }
    }
    out
}

fn list<'a>(r: &'a Value, key: &str) -> &'a [Value] {
    r[key].as_array().map_or(&[], Vec::as_slice)
}

fn codes(r: &Value, key: &str) -> Vec<String> {
    list(r, key)
        .iter()
        .filter_map(|n| n["code"].as_str().map(str::to_owned))
        .collect()
}

fn looks_like_money(v: &str) -> bool {
    v.split_once('.').is_some_and(|(i, f)| {
        !i.is_empty() && i.bytes().all(|b| b.is_ascii_digit()) && f.len() == 2
    })
}

/// 钦政办〔2023〕3号 附件1 第14项 (POLICY B): places per 1,000 are a ratio. No childcare step
/// speaks of 元, and every two-decimal value there names a unit other than yuan, so a page
/// cannot print "1.40 元".
#[test]
fn childcare_ratios_are_never_money() {
    let mut seen = 0;
    for (label, function, r) in fixture_results() {
        if function != "childcarePlaces" {
            continue;
        }
        for st in list(&r, "steps") {
            seen += 1;
            let zh = st["zh"].as_str().unwrap_or("");
            let en = st["en"].as_str().unwrap_or("");
            assert!(!zh.contains('元'), "{label}: {zh}");
            assert!(!en.contains("yuan"), "{label}: {en}");
            if let Some(v) = st["value"].as_str() {
                if looks_like_money(v) {
                    assert!(
                        st["unit"].is_string() && st["unit"] != "yuan",
                        "{label}: {v} without a unit: {st}"
                    );
                }
            }
        }
        let ratio_steps: Vec<&Value> = list(&r, "steps")
            .iter()
            .filter(|s| s["value"] == r["perThousand"] && s["unit"] == "per_thousand")
            .collect();
        assert!(!ratio_steps.is_empty(), "{label}: no per-thousand step");
    }
    assert!(seen > 0);
}

/// A signed difference ("+1200.00", "-300.00") is money: its step says `unit: yuan`, and its
/// text words the difference with 元 (钦市金管委规〔2023〕1号 二(一), 二(二)).
#[test]
fn signed_differences_carry_their_unit() {
    let mut seen = 0;
    for (label, _, r) in fixture_results() {
        for st in list(&r, "steps") {
            let Some(v) = st["value"].as_str() else {
                continue;
            };
            if v.starts_with('+') || v.starts_with('-') {
                seen += 1;
                assert_eq!(st["unit"], "yuan", "{label}: {st}");
                let zh = st["zh"].as_str().unwrap_or("");
                assert!(
                    zh.contains(&format!(
                        "{} 元",
                        qinzhou_policy_calc::text::grouped(v.trim_start_matches(['+', '-']))
                    )),
                    "{label}: {zh}"
                );
            }
        }
    }
    assert!(seen >= 3, "only {seen} signed differences in the fixtures");
}

/// 钦市金管委规〔2023〕1号 三 第十六条: a result states one household total. Texts may name a
/// raw total ("未封顶合计"), but every other "合计 N 分" is the one total the result reports:
/// `pointsCounted` in a loan limit, `household` for the points alone.
#[test]
fn one_household_point_total_per_result() {
    let mut seen = 0;
    for (label, function, r) in fixture_results() {
        let want = match function.as_str() {
            "loanLimit" => r["pointsCounted"].as_u64(),
            "voluntaryPoints" => r["household"].as_u64(),
            _ => None,
        };
        let Some(want) = want else { continue };
        // A loan limit's nested points state the same total: they count only the members
        // whose points enter the limit.
        if function == "loanLimit" {
            assert_eq!(r["points"]["household"].as_u64(), Some(want), "{label}");
        }
        let nested = list(&r["points"], "steps");
        for st in list(&r, "steps").iter().chain(nested) {
            let zh = st["zh"].as_str().unwrap_or("");
            let mut rest = zh;
            while let Some(i) = rest.find("合计 ") {
                let raw = rest[..i].ends_with("未封顶");
                let after = &rest[i + "合计 ".len()..];
                let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
                if !raw && after[digits.len()..].starts_with(" 分") {
                    seen += 1;
                    assert_eq!(digits.parse::<u64>().ok(), Some(want), "{label}: {zh}");
                }
                rest = after;
            }
        }
    }
    assert!(seen >= 5, "only {seen} household totals in the fixtures");
}

/// The library's readings are labelled as such wherever they appear (POLICY A2, A3, C).
#[test]
fn the_library_s_readings_are_interpretations() {
    let mut seen = [0usize; 4];
    for (label, function, r) in fixture_results() {
        for w in list(&r, "warnings") {
            if [
                "UNIT_OVER_MAIN_AREA",
                "CONTRIBUTION_GROUP_UNCONFIRMED",
                "OLD_RULE_CONDITIONS_ASSUMED",
                // The latest rate without a date, and the last known rate after the table's
                // checked day, are the library's fallbacks, not the Bank's rules.
                "RATE_DATE_NOT_GIVEN",
                "RATE_CHANGES_AFTER_CHECKED_UNKNOWN",
            ]
            .contains(&w["code"].as_str().unwrap_or(""))
            {
                seen[0] += 1;
                assert_eq!(w["basis"], "interpretation", "{label}: {w}");
            }
        }
        // The 公租房 monthly amount comes from the library's formula (POLICY C).
        if function == "publicRentalSubsidy" && r["monthly"].is_string() {
            seen[1] += 1;
            let step = list(&r, "steps")
                .iter()
                .find(|s| s["value"] == r["monthly"])
                .unwrap_or_else(|| panic!("{label}: no monthly step"));
            assert_eq!(step["rule"], "本库解释", "{label}");
            assert_eq!(step["basis"], "interpretation", "{label}");
        }
        // The before/after comparison is the library's, and what its "before" run assumed
        // (the 2023 conditions applied to the old ceilings) travels into the 2023 result.
        if let Some(change) = r.get("changeFromBefore") {
            seen[2] += 1;
            let step = list(&r, "steps")
                .iter()
                .find(|s| s["value"] == *change && s["unit"] == "yuan")
                .unwrap_or_else(|| panic!("{label}: no comparison step"));
            assert_eq!(step["rule"], "本库解释", "{label}");
            if function == "rentWithdrawal" {
                seen[3] += 1;
                assert!(
                    codes(&r, "warnings").contains(&"OLD_RULE_CONDITIONS_ASSUMED".to_owned()),
                    "{label}: the before run's assumption is not carried"
                );
            }
        }
    }
    assert!(seen.iter().all(|n| *n > 0), "{seen:?}");
}

/// 钦市金管委规〔2023〕1号 一, 三 (POLICY A1): a voluntary depositor's limit without
/// `yuanPerPoint` is unknown: `null`, never the cap, with the points and the cap as bound.
#[test]
fn a_points_limit_without_a_rate_is_null_not_the_cap() {
    let input = json!({
        "date": "2023-06-01", "maritalStatus": "married",
        "applicant": { "contributing": true, "scheme": "voluntary" },
        "spouse": { "contributing": true, "scheme": "voluntary" },
        "points": { "members": [
            { "balance": "30000", "depositMonths": 24, "onTimeMonths": 24 },
            { "balance": "5000", "depositMonths": 6, "onTimeMonths": 6 }
        ] }
    });
    let r = api::call("loanLimit", &input.to_string()).expect("a result");
    assert_eq!(r["eligible"], true);
    assert_eq!(r["limit"], Value::Null);
    assert_eq!(r["upperBound"], "450000.00");
    assert_eq!(r["cap"], "450000.00");
    assert_eq!(r["binding"], "points");
    assert_eq!(r["pointsCounted"], 10);
    assert!(codes(&r, "warnings").contains(&"POINTS_RATE_NOT_CONFIGURED".to_owned()));
    // No step presents the cap as the limit: the last one says it is only an upper bound.
    let last = list(&r, "steps").last().expect("steps");
    assert!(last["value"].is_null(), "{last}");
    assert!(
        last["zh"]
            .as_str()
            .unwrap_or("")
            .contains("上限，不是贷款额度"),
        "{last}"
    );
}

/// Issue 18: a citizen does not know what 本库 is. The Chinese texts of these calculators say
/// 本计算器; only the API constant `rule: "本库解释"` keeps the word.
#[test]
fn chinese_texts_say_the_calculator_not_the_library() {
    let own = [
        "loanLimit",
        "voluntaryPoints",
        "rentWithdrawal",
        "repaymentWithdrawal",
        "publicRentalSubsidy",
        "affordableRentalHousing",
        "childcarePlaces",
    ];
    let mut seen = 0;
    for (label, function, r) in fixture_results() {
        if !own.contains(&function.as_str()) {
            continue;
        }
        let nested = list(&r["points"], "steps");
        let texts = ["steps", "warnings", "reasons"]
            .iter()
            .flat_map(|k| list(&r, k))
            .chain(nested);
        for t in texts {
            let zh = t["zh"].as_str().unwrap_or("");
            seen += usize::from(zh.contains("本计算器"));
            assert!(!zh.contains("本库"), "{label}: {zh}");
        }
    }
    assert!(seen >= 10, "only {seen} texts name the calculator");
}

/// 钦政办规〔2023〕3号 三(六)1 (D4b): a milestone crossed is stated as its revenue in yuan
/// (1亿 → 100000000.00, `unit: yuan`), one step per milestone the result lists as crossed:
/// never the bare milestone number ("1"), which a page would show as one yuan or a count.
#[test]
fn a_crossed_milestone_is_its_revenue_in_yuan() {
    let mut seen = 0;
    for (label, function, r) in fixture_results() {
        if function != "revenueMilestoneBonus" {
            continue;
        }
        let want: Vec<String> = list(&r, "milestonesCrossed")
            .iter()
            .map(|yi| format!("{}00000000.00", yi.as_u64().expect("a whole 亿")))
            .collect();
        let got: Vec<String> = list(&r, "steps")
            .iter()
            .filter(|st| st["text"]["key"] == "incentives.milestone.crossed")
            .map(|st| {
                assert_eq!(st["unit"], "yuan", "{label}: {st}");
                st["value"].as_str().expect("a value").to_owned()
            })
            .collect();
        seen += got.len();
        assert_eq!(got, want, "{label}");
    }
    assert!(seen >= 3, "only {seen} crossed milestones in the fixtures");
}
