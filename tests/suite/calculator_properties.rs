//! Properties of the repayment schedule, the elevator withdrawal's allocation, the childcare
//! requirement and the reset of a sealed or closed account that must hold for every input,
//! not just the worked examples.

use proptest::prelude::*;
use rust_decimal::Decimal;

use qinzhou_policy_calc::childcare_places::{childcare_places, ChildcarePlacesInput};
use qinzhou_policy_calc::date::Date;
use qinzhou_policy_calc::elevator_withdrawal::{
    elevator_withdrawal, Account, ElevatorWithdrawalInput, PreviousWithdrawal, Relation,
};
use qinzhou_policy_calc::number::{Count, Rate};
use qinzhou_policy_calc::repayment_schedule::{repayment_schedule, Method, RepaymentScheduleInput};
use qinzhou_policy_calc::Money;

fn fen(n: u64) -> Money {
    Money::round_down(Decimal::new(i64::try_from(n).unwrap(), 2))
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn schedule_repays_exactly_the_principal(
        principal_fen in 1u64..=100_000_000_000_000,
        rate_thousandths in prop_oneof![Just(0u64), 0u64..=100_000],
        term in 1u32..=600,
        equal_principal in any::<bool>(),
    ) {
        let principal = fen(principal_fen);
        let input = RepaymentScheduleInput {
            principal,
            annual_rate_percent: Some(Rate::from(Decimal::new(
                i64::try_from(rate_thousandths).unwrap(),
                3,
            ))),
            first_home: None,
            term_months: Count::from(term),
            method: if equal_principal { Method::EqualPrincipal } else { Method::EqualInstallment },
            date: None,
        };
        let s = repayment_schedule(&input).unwrap();
        prop_assert_eq!(s.schedule.len(), term as usize);
        let mut sum = Money::ZERO;
        let mut interest = Money::ZERO;
        let mut before = principal;
        for (i, p) in s.schedule.iter().enumerate() {
            prop_assert_eq!(p.period, i as u64 + 1);
            prop_assert!(p.payment >= Money::ZERO);
            prop_assert!(p.principal >= Money::ZERO);
            prop_assert!(p.interest >= Money::ZERO);
            prop_assert_eq!(p.payment, p.principal.add(p.interest).unwrap());
            prop_assert_eq!(p.remaining, Money::round_down(before.decimal() - p.principal.decimal()));
            prop_assert!(p.remaining >= Money::ZERO);
            before = p.remaining;
            sum = sum.add(p.principal).unwrap();
            interest = interest.add(p.interest).unwrap();
        }
        prop_assert_eq!(sum, principal);
        prop_assert_eq!(s.schedule.last().unwrap().remaining.to_string(), "0.00");
        prop_assert_eq!(s.total_interest, interest);
        prop_assert_eq!(s.total_payment, principal.add(interest).unwrap());
        prop_assert_eq!(s.first_payment, s.schedule[0].payment);
        prop_assert_eq!(s.last_payment, s.schedule.last().unwrap().payment);
    }

    #[test]
    fn elevator_allocation_stays_within_balances_and_entitlement(
        permit_months in 0u32..=36,
        application_after in 0u32..=40,
        previous in prop::collection::vec((0u32..=40, 0u64..=1_000_000), 0..=4),
        extra_fen in 0u64..=10_000_000,
        has_self in any::<bool>(),
        has_spouse in any::<bool>(),
        others in prop::collection::vec((any::<bool>(), 0u64..=5_000_000), 0..=5),
        self_fen in 0u64..=5_000_000,
        spouse_fen in 0u64..=5_000_000,
    ) {
        let permit = Date::new(2023, 1, 31).unwrap().add_months(permit_months).unwrap();
        let application = permit.add_months(application_after).unwrap();
        // Earlier withdrawals between the permit and the application, inside the window.
        let window_end = permit.add_years(3).unwrap();
        let previous: Vec<PreviousWithdrawal> = previous
            .iter()
            .map(|&(m, amount)| {
                let d = permit.add_months(m.min(application_after)).unwrap();
                PreviousWithdrawal { date: d.min(window_end).min(application), amount: fen(amount) }
            })
            .collect();
        let used = previous.iter().fold(Money::ZERO, |a, p| a.add(p.amount).unwrap());
        let entitlement = used.add(fen(extra_fen)).unwrap();
        let mut accounts = Vec::new();
        for (is_parent, b) in &others {
            accounts.push(Account {
                relation: if *is_parent { Relation::Parent } else { Relation::Child },
                balance: fen(*b),
            });
        }
        if has_spouse {
            accounts.insert(accounts.len() / 2, Account { relation: Relation::Spouse, balance: fen(spouse_fen) });
        }
        if has_self {
            accounts.push(Account { relation: Relation::Depositor, balance: fen(self_fen) });
        }
        let input = ElevatorWithdrawalInput {
            permit_date: permit,
            application_date: application,
            entitlement,
            previous,
            accounts: accounts.clone(),
            calendar: None,
        };
        let r = elevator_withdrawal(&input).unwrap();
        // The last day itself is checked day by day in tests/suite/calendar.rs.
        prop_assert_eq!(r.window_ends_nominal, window_end);
        prop_assert!(r.window_ends >= window_end);
        let remaining = Money::round_down(entitlement.decimal() - used.decimal());
        prop_assert_eq!(r.remaining_entitlement, remaining);
        let mut covered = Money::ZERO;
        let mut last_relation = Relation::Depositor;
        for a in &r.allocation {
            let account = accounts[a.account];
            prop_assert_eq!(account.relation, a.relation);
            prop_assert!(a.amount <= account.balance);
            prop_assert!(a.amount > Money::ZERO);
            prop_assert!(a.relation >= last_relation);
            last_relation = a.relation;
            covered = covered.add(a.amount).unwrap();
        }
        prop_assert!(covered <= remaining);
        prop_assert_eq!(r.covered, covered);
        prop_assert_eq!(r.covered.add(r.uncovered).unwrap(), remaining);
        prop_assert_eq!(r.eligible, r.explanation.reasons.is_empty());
        let in_window = application <= r.window_ends;
        let eligible = in_window && input.previous.len() < 3 && !remaining.is_zero();
        prop_assert_eq!(r.eligible, eligible);
        if r.eligible {
            let total = accounts.iter().fold(Money::ZERO, |a, x| a.add(x.balance).unwrap());
            prop_assert_eq!(covered, total.min(remaining));
        } else {
            prop_assert!(r.allocation.is_empty());
        }
    }

    #[test]
    fn required_places_round_the_target_up(
        population in 1u32..=u32::MAX,
        places in 0u32..=1_000_000,
        planned in 0u32..=1_000_000,
        target_hundredths in 1i64..=100_000,
    ) {
        let target = Decimal::new(target_hundredths, 2);
        let input = ChildcarePlacesInput {
            population: Count::from(population),
            places: Count::from(places),
            target_per_thousand: Some(Rate::from(target)),
            planned: Some(Count::from(planned)),
            projects: None,
        };
        let r = childcare_places(&input).unwrap();
        let exact = target * Decimal::from(population) / Decimal::from(1000);
        let required = Decimal::from(r.required);
        prop_assert!(required >= exact);
        prop_assert!(required < exact + Decimal::ONE);
        let expected_gap = r.required.saturating_sub(u64::from(places) + u64::from(planned));
        prop_assert_eq!(r.gap, expected_gap);
        prop_assert_eq!(r.gap_after_planned, expected_gap);
        prop_assert_eq!(r.met, u64::from(places) >= r.required);
    }
}

fn call(
    function: &str,
    input: &serde_json::Value,
) -> qinzhou_policy_calc::Result<serde_json::Value> {
    qinzhou_policy_calc::api::call(function, &input.to_string())
}

proptest! {
    #![proptest_config(config())]

    /// Sealing or closing resets the points: 0 whatever the history, and such a member
    /// cannot be entered as contributing normally for the loan cap.
    #[test]
    fn a_sealed_or_closed_account_scores_nothing_and_does_not_contribute(
        balance_fen in 0u64..=10_000_000_000,
        deposit in 0u64..=1200,
        on_time_pick in any::<u64>(),
        closed in any::<bool>(),
        spouse_side in any::<bool>(),
        group in prop_oneof![Just(None), Just(Some("veteran")), Just(Some("other"))],
    ) {
        let on_time = on_time_pick % (deposit + 1);
        let status = if closed { "closed" } else { "sealed" };
        let mut reset = serde_json::json!({
            "balance": fen(balance_fen).to_string(), "depositMonths": deposit,
            "onTimeMonths": on_time, "accountStatus": status,
        });
        if let Some(g) = group {
            reset["contribution"] = serde_json::json!(g);
        }
        let other = serde_json::json!({ "balance": "5000", "depositMonths": 6, "onTimeMonths": 1 });
        let members = if spouse_side { vec![other.clone(), reset.clone()] } else { vec![reset.clone(), other.clone()] };
        let i = usize::from(spouse_side);
        let points = call("voluntaryPoints", &serde_json::json!({ "members": members })).unwrap();
        prop_assert_eq!(points["members"][i]["total"].as_u64(), Some(0));
        prop_assert_eq!(points["household"].as_u64(), Some(3));
        prop_assert_eq!(points["priority"].as_bool(), Some(false));

        let party = |contributing: bool| serde_json::json!({ "contributing": contributing, "scheme": "voluntary" });
        let limit = |reset_contributes: bool| {
            let (applicant, spouse) = if spouse_side { (party(true), party(reset_contributes)) } else { (party(reset_contributes), party(true)) };
            call("loanLimit", &serde_json::json!({
                "date": "2023-06-15", "maritalStatus": "married", "applicant": applicant, "spouse": spouse,
                "points": { "members": members.clone() },
            }))
        };
        let err = limit(true).unwrap_err();
        prop_assert_eq!(err.code(), "INCONSISTENT");
        let field = format!("points.members[{i}].accountStatus");
        prop_assert_eq!(err.field(), Some(field.as_str()));
        let ok = limit(false).unwrap();
        prop_assert_eq!(ok["cap"].as_str(), Some("350000.00"));
        prop_assert_eq!(ok["pointsCounted"].as_u64(), Some(3));
    }
}
