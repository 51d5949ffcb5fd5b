//! POLICY A6, repricing (银发〔1998〕190号 第十六条 and the library's reading of which period is
//! the first at a new rate): over random loans and start dates, a repriced schedule repays
//! exactly the principal, and every period is charged at the rate version its rule says.
//!
//! The oracle is the test's own: POLICY A6's table typed in here (not read from the library),
//! its own calendar arithmetic, and the rule in a different form from the library's: a period
//! beginning on day S is charged at the version in force on the later of the loan's start and
//! 31 December of the year before S (a change reaches the loan at the start of the year after
//! it took effect, never before the loan's own rate).

use proptest::prelude::*;
use rust_decimal::{Decimal, RoundingStrategy};

use qinzhou_policy_calc::date::Date;
use qinzhou_policy_calc::number::Count;
use qinzhou_policy_calc::repayment_schedule::{repayment_schedule, Method, RepaymentScheduleInput};
use qinzhou_policy_calc::Money;

/// POLICY A6: (from, first ≤ 5 y, first > 5 y, second ≤ 5 y, second > 5 y), in thousandths of a percent.
const TABLE: [((i32, u32, u32), [i64; 4]); 3] = [
    ((2022, 10, 1), [2600, 3100, 3025, 3575]),
    ((2024, 5, 18), [2350, 2850, 2775, 3325]),
    ((2025, 5, 8), [2100, 2600, 2525, 3075]),
];

type Ymd = (i32, u32, u32);

fn month_len(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `d` + `months`, on the corresponding day or the month's last (Civil Code art. 202).
fn plus_months((y, m, d): Ymd, months: u32) -> Ymd {
    let t = m - 1 + months;
    let (y, m) = (y + (t / 12) as i32, t % 12 + 1);
    (y, m, d.min(month_len(y, m)))
}

/// The annual rate in force on `day` for the band `col`, in thousandths of a percent.
fn in_force(day: Ymd, col: usize) -> i64 {
    let mut rate = None;
    for (from, rates) in TABLE {
        if from <= day {
            rate = Some(rates[col]);
        }
    }
    rate.expect("the generated days are all in the table")
}

/// The oracle's rate for period k (1-based) of a loan starting on `start`.
fn oracle_rate(start: Ymd, k: u32, col: usize, reprice: bool) -> i64 {
    if !reprice {
        return in_force(start, col);
    }
    let (y, _, _) = plus_months(start, k - 1);
    in_force(start.max((y - 1, 12, 31)), col)
}

fn half_up(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// A day from 2022-10-01 to 2027-12-31, `offset` days on.
fn day_from(offset: u32) -> Ymd {
    let mut d = (2022, 10, 1);
    for _ in 0..offset {
        d = if d.2 < month_len(d.0, d.1) {
            (d.0, d.1, d.2 + 1)
        } else if d.1 < 12 {
            (d.0, d.1 + 1, 1)
        } else {
            (d.0 + 1, 1, 1)
        };
    }
    d
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    #[test]
    fn repriced_schedule_repays_the_principal_at_the_rule_s_rates(
        principal_fen in 1i64..=20_000_000_000,
        term in 1u32..=600,
        equal_principal in any::<bool>(),
        first_home in any::<bool>(),
        offset in 0u32..=1917, // 2022-10-01 ..= 2027-12-31
    ) {
        let start = day_from(offset);
        let principal = Money::round_down(Decimal::new(principal_fen, 2));
        let method = if equal_principal { Method::EqualPrincipal } else { Method::EqualInstallment };
        let input = RepaymentScheduleInput {
            principal,
            annual_rate_percent: None,
            first_home: Some(first_home),
            term_months: Count::from(term),
            method,
            date: Some(Date::new(start.0, start.1, start.2).unwrap()),
        };
        let s = repayment_schedule(&input).unwrap();
        let col = usize::from(term > 60) + if first_home { 0 } else { 2 };
        let reprice = term > 12;

        // Exactly the principal, and nothing left.
        prop_assert_eq!(s.schedule.len(), term as usize);
        let mut sum = Money::ZERO;
        for p in &s.schedule {
            sum = sum.add(p.principal).unwrap();
            prop_assert_eq!(p.payment, p.principal.add(p.interest).unwrap());
        }
        prop_assert_eq!(sum, principal);
        prop_assert_eq!(s.schedule.last().unwrap().remaining.to_string(), "0.00");

        // Every period at its rule's rate: the interest is the remaining principal × that rate.
        let mut owed = principal.decimal();
        let mut expected_changes = Vec::new();
        let mut last_rate = oracle_rate(start, 1, col, reprice);
        prop_assert_eq!(s.annual_rate_percent.decimal(), Decimal::new(last_rate, 3));
        for (i, p) in s.schedule.iter().enumerate() {
            let k = i as u32 + 1;
            let rate = oracle_rate(start, k, col, reprice);
            if rate != last_rate {
                let (y, _, _) = plus_months(start, k - 1);
                expected_changes.push((format!("{y}-01-01"), u64::from(k), Decimal::new(rate, 3)));
                last_rate = rate;
            }
            let interest = half_up(owed * Decimal::new(rate, 3) / Decimal::from(1200));
            prop_assert_eq!(p.interest.decimal(), interest, "period {} at {}", k, rate);
            owed -= p.principal.decimal();
        }
        let changes: Vec<(String, u64, Decimal)> = s
            .rate_changes
            .iter()
            .map(|c| (c.from.to_string(), c.first_period, c.annual_rate_percent.decimal()))
            .collect();
        prop_assert_eq!(&changes, &expected_changes);

        // Between changes the method's regular part holds: the same payment (equal
        // instalments, where the payment covers the interest) or the same principal part.
        let change_periods: Vec<u64> = expected_changes.iter().map(|c| c.1).collect();
        for w in s.schedule.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            if b.period == u64::from(term) || change_periods.contains(&b.period) {
                continue;
            }
            match method {
                Method::EqualPrincipal => prop_assert_eq!(a.principal, b.principal),
                Method::EqualInstallment => {
                    if a.principal > Money::ZERO && b.principal > Money::ZERO {
                        prop_assert_eq!(a.payment, b.payment);
                    }
                }
            }
        }
        for c in &s.rate_changes {
            prop_assert_eq!(c.payment, s.schedule[(c.first_period - 1) as usize].payment);
        }
    }
}
