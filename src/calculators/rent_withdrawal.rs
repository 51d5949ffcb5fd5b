//! Rent withdrawal (租房提取), 钦市金管委规〔2023〕1号 二(二).
//!
//! The amount for N months is min(actual rent, monthly ceiling) × N, limited by what the
//! accounts hold, drawn from the applicant's account first and then the spouse's.

use serde::{Deserialize, Serialize};

use crate::change::{self, SignedMoney};
use crate::date::{Date, IsoDate};
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{Basis, Citation, Explanation, Trace};
use crate::household::MaritalStatus;
use crate::money::Money;
use crate::money::MoneyIn;
use crate::number::Count;
use crate::params::{self, ParamId};
use crate::text::Text;

/// The longest period one calculation covers, in months. The gazette does not fix how often
/// one may apply; ten years keeps every product exact and catches typos.
pub const MAX_MONTHS: u64 = 120;

/// Balances of the accounts that may be drawn on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Balances {
    /// The applicant's available balance.
    pub applicant: MoneyIn,
    /// The spouse's available balance (married only; absent means no account).
    #[serde(default)]
    pub spouse: Option<MoneyIn>,
}

/// The input of [`rent_withdrawal`].
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RentWithdrawalInput {
    /// The application date: picks the ceiling in force.
    pub date: IsoDate,
    /// Single or married.
    pub marital_status: MaritalStatus,
    /// Whether the depositor or the spouse has housing registered in Qinzhou.
    pub owns_home_in_qinzhou: bool,
    /// The actual monthly rent.
    pub monthly_rent: MoneyIn,
    /// Months the withdrawal covers (a positive whole number).
    pub months: Count,
    /// Account balances.
    pub balances: Balances,
}

/// The result of [`rent_withdrawal`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RentWithdrawalResult {
    /// Whether the household may withdraw for rent.
    pub eligible: bool,
    /// The monthly rent ceiling in force for this household.
    pub monthly_cap: Money,
    /// min(actual rent, ceiling).
    pub monthly_allowed: Money,
    /// The months covered.
    pub months: u64,
    /// monthly allowed × months, before the balances limit it.
    pub entitlement: Money,
    /// What may be withdrawn in all.
    pub total: Money,
    /// Drawn from the applicant's account.
    pub from_applicant: Money,
    /// Drawn from the spouse's account.
    pub from_spouse: Money,
    /// Whether the balances, not the ceiling, limited the total.
    pub limited_by_balance: bool,
    /// The same case under the rule in force on 2022-12-31; absent for dates before
    /// 2023-01-01 (they are under that rule already).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before_change: Option<RentBeforeChange>,
    /// `total − beforeChange.total`, signed; absent with `beforeChange`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change_from_before: Option<SignedMoney>,
    /// The steps applied with their citations, warnings, reasons and rule version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

/// What the same case gave under the rule in force on 2022-12-31.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RentBeforeChange {
    /// The monthly rent ceiling then.
    pub monthly_cap: Money,
    /// What could be withdrawn in all then.
    pub total: Money,
}

/// The monthly rent ceiling that applies: the unmarried/single one or the married one.
fn cap_id(single: bool) -> ParamId {
    if single {
        ParamId::RentCapSingle
    } else {
        ParamId::RentCapMarried
    }
}

/// Computes how much may be withdrawn to pay rent and, from 2023-01-01, how that compares with
/// the same case under the ceilings in force on 2022-12-31.
///
/// # Errors
/// `INCONSISTENT` for a spouse's balance given for a single depositor; `OUT_OF_RANGE` for
/// `months` of 0 or over [`MAX_MONTHS`]; `RULE_NOT_IN_SOURCE` is never returned (the gazette
/// states the earlier ceilings, so earlier dates get them, with a warning).
pub fn rent_withdrawal(input: &RentWithdrawalInput) -> Result<RentWithdrawalResult> {
    let mut result = rent_withdrawal_on(input)?;
    let Some(day) = change::comparison_day(input.date) else {
        return Ok(result);
    };
    // Where the earlier rule is not in the gazette the rerun fails, and nothing is compared.
    let Ok(before) = rent_withdrawal_on(&RentWithdrawalInput {
        date: day,
        ..input.clone()
    }) else {
        return Ok(result);
    };
    let diff = SignedMoney::difference(result.total, before.total)?;
    // The comparison is the library's, but the old ceiling it reruns with is the gazette's
    // ("由…700元/月…提高至…"): the step names the clause that states it.
    let old_clause = params::on(cap_id(input.marital_status == MaritalStatus::Single), day)?
        .citation
        .rule();
    // Not eligible under either rule: "unchanged" would read as if something could be
    // withdrawn, so the step says that nothing can be, before or after.
    let what_before = if !result.eligible && !before.eligible {
        Text::new("rent_withdrawal.before_not_eligible")
            .raw("clause", old_clause)
            .money("cap", before.monthly_cap)
    } else {
        Text::new("rent_withdrawal.before")
            .raw("clause", old_clause)
            .money("cap", before.monthly_cap)
            .money("total", before.total)
            .text("difference", change::describe(diff))
    };
    change::attach_comparison(
        &mut result.explanation,
        &before.explanation,
        day,
        what_before,
        diff,
    );
    result.before_change = Some(RentBeforeChange {
        monthly_cap: before.monthly_cap,
        total: before.total,
    });
    result.change_from_before = Some(diff);
    Ok(result)
}

/// The withdrawal under the rule in force on the input's date alone, in four named steps: the
/// input checked, the ceiling in force, the conditions, and the amount drawn from the
/// accounts.
fn rent_withdrawal_on(input: &RentWithdrawalInput) -> Result<RentWithdrawalResult> {
    let single = input.marital_status == MaritalStatus::Single;
    let months = checked_months(input, single)?;
    let mut trace = Trace::default();
    let ceiling = Ceiling::in_force(input.date, single, &mut trace)?;
    let monthly_cap = ceiling.monthly_cap;

    if !conditions_met(input, ceiling.conditions_basis, &mut trace) {
        return Ok(RentWithdrawalResult {
            eligible: false,
            monthly_cap,
            monthly_allowed: Money::ZERO,
            months,
            entitlement: Money::ZERO,
            total: Money::ZERO,
            from_applicant: Money::ZERO,
            from_spouse: Money::ZERO,
            limited_by_balance: false,
            before_change: None,
            change_from_before: None,
            explanation: trace.finish(ceiling.param.policy()),
        });
    }
    trace.apply(
        ceiling.conditions,
        Text::new("rent_withdrawal.may_withdraw"),
        None,
    );

    let monthly_allowed = input.monthly_rent.min(monthly_cap);
    let entitlement = monthly_allowed.times(months)?;
    trace.apply(
        ceiling.param.citation,
        Text::new("rent_withdrawal.entitlement")
            .money("rent", input.monthly_rent)
            .money("cap", monthly_cap)
            .money("allowed", monthly_allowed)
            .count("months", months),
        Some(entitlement.to_string()),
    );

    let drawn = draw_from_accounts(input, single, entitlement, &ceiling, &mut trace)?;
    Ok(RentWithdrawalResult {
        eligible: true,
        monthly_cap,
        monthly_allowed,
        months,
        entitlement,
        total: drawn.total,
        from_applicant: drawn.from_applicant,
        from_spouse: drawn.from_spouse,
        limited_by_balance: drawn.total < entitlement,
        before_change: None,
        change_from_before: None,
        explanation: trace.finish(ceiling.param.policy()),
    })
}

/// The months the withdrawal covers, once the input is known to be consistent.
fn checked_months(input: &RentWithdrawalInput, single: bool) -> Result<u64> {
    if single && input.balances.spouse.is_some() {
        return Err(Error::text_at(
            ErrorKind::Inconsistent,
            "balances.spouse",
            Text::new("rent_withdrawal.single_has_no_spouse_account"),
        ));
    }
    let months = input.months.get();
    if months == 0 || months > MAX_MONTHS {
        return Err(Error::text_at(
            ErrorKind::OutOfRange,
            "months",
            Text::new("rent_withdrawal.months_out_of_range").count("max", MAX_MONTHS),
        ));
    }
    Ok(months)
}

/// The monthly ceiling in force on a day, and what the conditions that go with it rest on.
struct Ceiling {
    /// The parameter version in force.
    param: &'static params::Parameter,
    /// Its value in yuan.
    monthly_cap: Money,
    /// What the conditions (no home, renting, the spouse's account) are cited to.
    conditions: Citation,
    /// The basis of the reasons those conditions give.
    conditions_basis: Basis,
}

impl Ceiling {
    /// The ceiling for a single or married depositor on `date`, recorded as a step; for a date
    /// under the earlier ceiling, with the warnings that the library assumes its start and its
    /// conditions.
    fn in_force(date: Date, single: bool, trace: &mut Trace) -> Result<Ceiling> {
        let param = params::on(cap_id(single), date)?;
        // Before 2023 the gazette states only the old ceilings ("由…700元/月…提高至…"): the
        // conditions (no home, renting, the spouse's account) are the 2023 text. Applying them
        // to earlier dates is the library's choice, so those steps and reasons say so.
        let old_rule = param.effective_from.is_none();
        // An earlier version always has a successor in the table, whose first day the
        // warnings quote (a changed table changes them).
        if let (true, Some(day)) = (old_rule, params::replaced_on(param)) {
            trace.warning(
                Basis::Interpretation,
                change::START_UNKNOWN,
                Text::new("rent_withdrawal.old_rule_start_unknown").date("day", day),
            );
            trace.warning(
                Basis::Interpretation,
                "OLD_RULE_CONDITIONS_ASSUMED",
                Text::new("rent_withdrawal.old_rule_conditions_assumed").date("day", day),
            );
        }
        let (conditions, conditions_basis) = if old_rule {
            (Citation::INTERPRETATION, Basis::Interpretation)
        } else {
            (param.citation, Basis::Gazette)
        };
        let monthly_cap = Money::round_down(param.value);
        let status = if single {
            Text::new("rent_withdrawal.status_single")
        } else {
            Text::new("rent_withdrawal.status_married")
        };
        trace.apply(
            param.citation,
            Text::new("rent_withdrawal.ceiling")
                .text("status", status)
                .money("cap", monthly_cap),
            Some(monthly_cap.to_string()),
        );
        Ok(Ceiling {
            param,
            monthly_cap,
            conditions,
            conditions_basis,
        })
    }
}

/// Whether the household meets the conditions of 二(二). Every condition that fails is its
/// own reason: a case that fails both is told both.
fn conditions_met(input: &RentWithdrawalInput, basis: Basis, trace: &mut Trace) -> bool {
    if input.owns_home_in_qinzhou {
        trace.refusal(basis, "OWNS_HOME", Text::new("rent_withdrawal.owns_home"));
    }
    if input.monthly_rent.is_zero() {
        trace.refusal(
            basis,
            "NOT_RENTING",
            Text::new("rent_withdrawal.not_renting"),
        );
    }
    trace.reasons.is_empty()
}

/// What is drawn, and from which account.
struct Drawn {
    total: Money,
    from_applicant: Money,
    from_spouse: Money,
}

/// Draws the entitlement from the accounts: never more than they hold, the applicant's first.
fn draw_from_accounts(
    input: &RentWithdrawalInput,
    single: bool,
    entitlement: Money,
    ceiling: &Ceiling,
    trace: &mut Trace,
) -> Result<Drawn> {
    let spouse_balance = if single {
        Money::ZERO
    } else {
        input.balances.spouse.unwrap_or(Money::ZERO)
    };
    let available = input.balances.applicant.add(spouse_balance)?;
    let total = entitlement.min(available);
    let from_applicant = total.min(input.balances.applicant);
    let from_spouse = total.saturating_sub(from_applicant);
    if total < entitlement {
        // Not a clause of the gazette: nobody can draw more than an account holds.
        trace.warning(
            Basis::Interpretation,
            "LIMITED_BY_BALANCE",
            Text::new("rent_withdrawal.limited_by_balance")
                .money("available", available)
                .money("entitlement", entitlement),
        );
    }
    let drawn = if single {
        Text::new("rent_withdrawal.total_single")
    } else {
        Text::new("rent_withdrawal.total_married")
    };
    trace.apply(
        ceiling.conditions,
        drawn.money("total", total),
        Some(total.to_string()),
    );
    if !single {
        // The gazette lets a married depositor draw on both accounts but does not say in
        // which order: the split below is the library's suggestion, not the gazette's rule.
        trace.apply(
            Citation::INTERPRETATION,
            Text::new("rent_withdrawal.account_order")
                .money("from_applicant", from_applicant)
                .money("from_spouse", from_spouse),
            Some(from_applicant.to_string()),
        );
    }
    Ok(Drawn {
        total,
        from_applicant,
        from_spouse,
    })
}
