//! The loan limit (钦市金管委规〔2023〕1号 一; points 三) recomputed by the test in whole fen:
//! the cap (450,000 both spouses / 350,000 one side, as the gazette writes them), the points
//! amount (household points of the contributing voluntary depositors, capped at 10, × yuan per
//! point), loan-to-value ⌊price × ratio⌋, balance × multiple rounded down, repayment capacity
//! from exact rationals; the limit is the smallest, and a tie names the earliest of cap, points,
//! loan-to-value, balance multiple, capacity (the cap wins every tie it is in). Nothing here
//! reads an amount the code reported and trusts it.

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use proptest::prelude::*;
use serde_json::{json, Value};

use qinzhou_policy_calc::api;

use crate::exact::{annuity_factor, fen_rat, fen_text, floor_fen, monthly, rat, text_fen};

/// The gazette's caps in fen: 一 "45万元" both spouses, "35万元" one side.
const CAP_BOTH: u128 = 45_000_000;
const CAP_ONE: u128 = 35_000_000;

#[derive(Clone, Debug)]
struct Member {
    balance: u64,
    deposit: u64,
    on_time: u64,
    veteran: bool,
}

impl Member {
    /// 三 (revised art. 16): 1 point per full 5,000 yuan, per full 6 months, per month on
    /// time; 2 for a contribution group.
    fn points(&self) -> u64 {
        self.balance / 500_000 + self.deposit / 6 + self.on_time + if self.veteran { 2 } else { 0 }
    }

    fn json(&self) -> Value {
        let mut v = json!({
            "balance": fen_text(&BigInt::from(self.balance)),
            "depositMonths": self.deposit, "onTimeMonths": self.on_time,
        });
        if self.veteran {
            v["contribution"] = json!("veteran");
        }
        v
    }
}

fn member() -> impl Strategy<Value = Member> {
    (0u64..=5_000_000, 0u64..=60, any::<u16>(), any::<bool>()).prop_map(|(b, d, t, v)| Member {
        balance: b,
        deposit: d,
        on_time: u64::from(t) % (d + 1),
        veteran: v,
    })
}

/// A ratio as text, with one to four decimals so that products have third decimals ≥ 5.
fn ratio_text(ten_thousandths: u64) -> String {
    if ten_thousandths == 10_000 {
        "1".to_owned()
    } else {
        format!("0.{ten_thousandths:04}")
    }
}

#[derive(Clone, Debug)]
struct Case {
    married: bool,
    applicant: (bool, bool),
    spouse: Option<(bool, bool)>,
    members: Vec<Member>,
    yuan_per_point: Option<u64>,
    /// (price fen, ltv in ten-thousandths); the price may be put next to the cap / ratio.
    ltv: Option<(u64, u64)>,
    /// (balance fen, multiple in hundredths), or a tie with another constraint.
    multiple: Option<(u64, u64)>,
    tie: u8,
    capacity: Option<(u64, u64, u64, u64)>,
}

fn case() -> impl Strategy<Value = Case> {
    (
        any::<bool>(),
        (any::<bool>(), any::<bool>()),
        prop::option::of((any::<bool>(), any::<bool>())),
        prop::collection::vec(member(), 2),
        prop::option::of(prop_oneof![
            0u64..=10_000_000,
            Just(3_500_000),
            Just(4_500_000)
        ]),
        prop::option::of((
            prop_oneof![0u64..=200_000_000, 0u64..=100_000_000_000_000],
            prop_oneof![1u64..=10_000, Just(7_000), Just(8_000), Just(6_667)],
        )),
        prop::option::of((0u64..=10_000_000, 1u64..=100_000)),
        0u8..6,
        prop::option::of((1u64..=10_000_000, 1u64..=10_000, 0u64..=10_000, 1u64..=600)),
        -3i64..=3,
    )
        .prop_map(
            |(married, applicant, spouse, members, ypp, ltv, multiple, tie, capacity, delta)| {
                let spouse = spouse.filter(|_| married);
                let n_members = if married { 2 } else { 1 };
                // Put the house price next to the one that makes price × ratio meet a cap:
                // the rounding down decides a tie there.
                let ltv = ltv.map(|(price, t)| {
                    if price % 3 == 0 {
                        let cap = if price % 2 == 0 { CAP_BOTH } else { CAP_ONE };
                        let exact = (cap * 10_000).div_ceil(u128::from(t));
                        let p = (exact as i128 + i128::from(delta)).max(0) as u64;
                        (p.min(100_000_000_000_000), t)
                    } else {
                        (price, t)
                    }
                });
                Case {
                    married,
                    applicant,
                    spouse,
                    members: members.into_iter().take(n_members).collect(),
                    yuan_per_point: ypp,
                    ltv,
                    multiple,
                    tie,
                    capacity,
                }
            },
        )
}

impl Case {
    fn contributing(&self) -> usize {
        usize::from(self.applicant.0) + usize::from(self.spouse.is_some_and(|s| s.0))
    }

    /// A counted member deposits voluntarily and the site has not set the yuan per point.
    fn points_unknown(&self) -> bool {
        let voluntary = |p: Option<(bool, bool)>| p.is_some_and(|(c, v)| c && v);
        self.yuan_per_point.is_none()
            && [Some(self.applicant), self.spouse]
                .iter()
                .any(|p| voluntary(*p))
    }

    /// The points amount in fen when it applies.
    fn points_fen(&self) -> Option<u128> {
        let parties = [Some(self.applicant), self.spouse];
        let voluntary = |p: Option<(bool, bool)>| p.is_some_and(|(c, v)| c && v);
        if !parties.iter().any(|p| voluntary(*p)) {
            return None;
        }
        let sum: u64 = self
            .members
            .iter()
            .zip(parties)
            .filter(|(_, p)| voluntary(*p))
            .map(|(m, _)| m.points())
            .sum();
        self.yuan_per_point
            .map(|y| u128::from(y) * u128::from(sum.min(10)))
    }

    fn ltv_fen(&self) -> Option<u128> {
        self.ltv
            .map(|(price, t)| u128::from(price) * u128::from(t) / 10_000)
    }

    /// The balance-multiple constraint: the given one, or one tied with the cap or the
    /// loan-to-value amount (balance × 1).
    fn multiple_input(&self) -> Option<(u64, u64)> {
        let cap = if self.contributing() == 2 {
            CAP_BOTH
        } else {
            CAP_ONE
        };
        match (self.tie, self.ltv_fen()) {
            (1, _) => Some((cap as u64, 100)),
            (2, Some(l)) if l <= 100_000_000_000_000 => Some((l as u64, 100)),
            _ => self.multiple,
        }
    }

    fn multiple_fen(&self) -> Option<u128> {
        self.multiple_input()
            .map(|(b, h)| u128::from(b) * u128::from(h) / 100)
    }

    fn capacity_fen(&self) -> Option<u128> {
        self.capacity.map(|(income, ratio, annual_thousandths, n)| {
            let annual = format!(
                "{}.{:03}",
                annual_thousandths / 1000,
                annual_thousandths % 1000
            );
            let budget = fen_rat(&BigInt::from(income)) * rat(&ratio_text(ratio));
            floor_fen(&(budget / annuity_factor(&monthly(&annual), n)))
                .to_u128()
                .unwrap()
        })
    }

    fn json(&self) -> Value {
        let party = |(c, v): (bool, bool)| json!({ "contributing": c, "scheme": if v { "voluntary" } else { "employed" } });
        let mut v = json!({
            "date": "2023-06-15",
            "maritalStatus": if self.married { "married" } else { "single" },
            "applicant": party(self.applicant),
            "points": { "members": self.members.iter().map(Member::json).collect::<Vec<_>>() },
        });
        if let Some(s) = self.spouse {
            v["spouse"] = party(s);
        }
        let mut local = serde_json::Map::new();
        if let Some(y) = self.yuan_per_point {
            local.insert("yuanPerPoint".into(), json!(fen_text(&BigInt::from(y))));
        }
        if let Some((price, t)) = self.ltv {
            local.insert("housePrice".into(), json!(fen_text(&BigInt::from(price))));
            local.insert("maxLoanToValue".into(), json!(ratio_text(t)));
        }
        if let Some((b, h)) = self.multiple_input() {
            local.insert("accountBalance".into(), json!(fen_text(&BigInt::from(b))));
            local.insert(
                "balanceMultiple".into(),
                json!(format!("{}.{:02}", h / 100, h % 100)),
            );
        }
        if let Some((income, ratio, annual, n)) = self.capacity {
            local.insert(
                "monthlyIncome".into(),
                json!(fen_text(&BigInt::from(income))),
            );
            local.insert("maxRepaymentRatio".into(), json!(ratio_text(ratio)));
            local.insert(
                "annualRatePercent".into(),
                json!(format!("{}.{:03}", annual / 1000, annual % 1000)),
            );
            local.insert("termMonths".into(), json!(n));
        }
        v["local"] = Value::Object(local);
        v
    }
}

fn fen_of(v: &Value) -> u128 {
    text_fen(v.as_str().unwrap_or_else(|| panic!("money text: {v}")))
        .to_u128()
        .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_constraint_and_the_limit_recomputed_in_fen(c in case()) {
        let input = c.json();
        let r = api::call("loanLimit", &input.to_string()).unwrap_or_else(|e| panic!("{input}: {e}"));
        let contributing = c.contributing();
        prop_assert_eq!(r["eligible"].as_bool(), Some(contributing > 0));
        if contributing == 0 {
            prop_assert_eq!(fen_of(&r["limit"]), 0);
            prop_assert_eq!(fen_of(&r["cap"]), 0);
            return Ok(());
        }
        let cap = if contributing == 2 { CAP_BOTH } else { CAP_ONE };
        // In the order the result lists them; a tie goes to the earliest.
        let want: Vec<(&str, u128)> = [
            ("cap", Some(cap)),
            ("points", c.points_fen()),
            ("loan_to_value", c.ltv_fen()),
            ("balance_multiple", c.multiple_fen()),
            ("repayment_capacity", c.capacity_fen()),
        ]
        .into_iter()
        .filter_map(|(k, a)| a.map(|a| (k, a)))
        .collect();
        let got: Vec<(String, u128)> = r["constraints"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| (x["kind"].as_str().unwrap().to_owned(), fen_of(&x["amount"])))
            .collect();
        let want_owned: Vec<(String, u128)> = want.iter().map(|(k, a)| ((*k).to_owned(), *a)).collect();
        prop_assert_eq!(&got, &want_owned, "{}", input);
        let limit = want.iter().map(|(_, a)| *a).min().unwrap();
        let binding = want.iter().find(|(_, a)| *a == limit).unwrap().0;
        prop_assert_eq!(fen_of(&r["cap"]), cap);
        // 钦市金管委规〔2023〕1号 三: a voluntary depositor's amount is computed from points; without
        // the site's yuan per point it is unknown, so the limit is unknown (null) and the smallest
        // known amount is only its upper bound; a known bound of 0.00 is the limit all the same.
        if c.points_unknown() && limit > 0 {
            prop_assert!(r["limit"].is_null(), "{}", input);
            prop_assert_eq!(r["binding"].as_str(), Some("points"), "{}", input);
            prop_assert_eq!(fen_of(&r["upperBound"]), limit, "{}", input);
            return Ok(());
        }
        prop_assert_eq!(fen_of(&r["limit"]), limit, "{}", input);
        prop_assert_eq!(r["binding"].as_str(), Some(binding), "{}", input);
        prop_assert_eq!(r["pointsAmount"].as_str().map(text_fen).and_then(|f| f.to_u128()), c.points_fen());
    }
}

/// Rounding down at a third decimal of 5 or more, and a tie with the cap that only the
/// rounding makes: 642,857.15 × 0.7 = 450,000.005 → 450,000.00, the cap's own amount, and the
/// cap is named (钦市金管委规〔2023〕1号 一 gives the cap; the constraint is the site's).
#[test]
fn loan_to_value_rounds_down_into_a_tie_with_the_cap() {
    let input = json!({
        "date": "2023-06-15", "maritalStatus": "married",
        "applicant": { "contributing": true }, "spouse": { "contributing": true },
        "local": { "housePrice": "642857.15", "maxLoanToValue": "0.7" },
    });
    let r = api::call("loanLimit", &input.to_string()).unwrap();
    assert_eq!(r["constraints"][1]["amount"], "450000.00");
    assert_eq!(r["limit"], "450000.00");
    assert_eq!(r["binding"], "cap");
    // One fen more on the price is still 450,000.00 (450,000.012): the cap again.
    let mut more = input.clone();
    more["local"]["housePrice"] = json!("642857.16");
    let r = api::call("loanLimit", &more.to_string()).unwrap();
    assert_eq!(
        (r["limit"].as_str(), r["binding"].as_str()),
        (Some("450000.00"), Some("cap"))
    );
    // And 333,333.33 × 0.75 = 249,999.9975 → 249,999.99, never 250,000.00.
    let mut down = input;
    down["local"] = json!({ "housePrice": "333333.33", "maxLoanToValue": "0.75" });
    let r = api::call("loanLimit", &down.to_string()).unwrap();
    assert_eq!(
        (r["limit"].as_str(), r["binding"].as_str()),
        (Some("249999.99"), Some("loan_to_value"))
    );
}
