//! Rent withdrawal (租房提取), 钦市金管委规〔2023〕1号 二(二).
//!
//! The amount for N months is min(actual rent, monthly ceiling) × N, limited by what the
//! accounts hold, drawn from the applicant's account first and then the spouse's.

use serde::{Deserialize, Serialize};

use crate::change::{self, SignedMoney};
use crate::date::IsoDate;
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

/// The withdrawal under the rule in force on the input's date alone.
fn rent_withdrawal_on(input: &RentWithdrawalInput) -> Result<RentWithdrawalResult> {
    let single = input.marital_status == MaritalStatus::Single;
    if single && input.balances.spouse.is_some() {
        return Err(Error::at(
            ErrorKind::Inconsistent,
            "balances.spouse",
            "未婚（单身）缴存人不能提取配偶账户",
            "A single depositor has no spouse's account to draw on",
        ));
    }
    let months = input.months.get();
    if months == 0 || months > MAX_MONTHS {
        return Err(Error::at(
            ErrorKind::OutOfRange,
            "months",
            format!("提取月数应为 1–{MAX_MONTHS} 的整数"),
            format!("A whole number of months from 1 to {MAX_MONTHS}"),
        ));
    }
    let cap_param = params::on(cap_id(single), input.date)?;
    let mut trace = Trace::default();
    if cap_param.effective_from.is_none() {
        trace.warn(
            Basis::Interpretation,
            crate::change::START_UNKNOWN,
            format!(
                "申请日期早于{}，适用原月租金标准；公报未载明原标准的起始日期，本计算器对此前任何日期均适用",
                crate::params::replaced_on_zh(cap_param)
            ),
            format!(
                "Before {}: the earlier ceiling applies; the gazette does not say when it started, so the library applies it to every earlier date",
                crate::params::replaced_on_iso(cap_param)
            ),
        );
    }
    // Before 2023 the gazette states only the old ceilings ("由…700元/月…提高至…"): the
    // conditions (no home, renting, the spouse's account) are the 2023 text. Applying them to
    // earlier dates is the library's choice, so those steps and reasons say so.
    let old_rule = cap_param.effective_from.is_none();
    let (cond, cond_basis) = if old_rule {
        trace.warn(
            Basis::Interpretation,
            "OLD_RULE_CONDITIONS_ASSUMED",
            format!(
                "公报只载明{}前的月租金标准上限，未载明当时的其他提取条件；本计算器沿用{}起的条件（本市无自有住房且租赁住房、可提取配偶账户），以公积金中心办理为准",
                crate::params::replaced_on_zh(cap_param),
                crate::params::replaced_on_zh(cap_param)
            ),
            format!(
                "For dates before {} the gazette gives only the old ceilings, not the other conditions then in force; the library applies the conditions in force from that day (no home in Qinzhou, renting, the spouse's account may be drawn on); the fund centre decides",
                crate::params::replaced_on_iso(cap_param)
            ),
        );
        (Citation::INTERPRETATION, Basis::Interpretation)
    } else {
        (cap_param.citation, Basis::Gazette)
    };
    let monthly_cap = Money::round_down(cap_param.value);
    let (status_zh, status_en) = if single {
        ("未婚（单身）", "unmarried/single")
    } else {
        ("已婚", "married")
    };
    trace.step(
        cap_param.citation,
        format!("{status_zh}缴存人月租金标准上限 {monthly_cap} 元/月"),
        format!("Monthly rent ceiling for a {status_en} depositor: {monthly_cap} yuan"),
        Some(monthly_cap.to_string()),
    );

    let ineligible = |trace: Trace| RentWithdrawalResult {
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
        explanation: trace.finish(cap_param.policy()),
    };
    // Every condition that fails is its own reason: a case that fails both is told both.
    if input.owns_home_in_qinzhou {
        trace.reason(
            cond_basis,
            "OWNS_HOME",
            "缴存人及配偶在本市有自有住房，不符合租房提取条件",
            "The depositor or spouse owns housing in Qinzhou: rent withdrawal is not available",
        );
    }
    if input.monthly_rent.is_zero() {
        trace.reason(
            cond_basis,
            "NOT_RENTING",
            "月租金为 0：租房提取须租赁住房并支付房租",
            "Monthly rent is 0: rent withdrawal requires renting a home",
        );
    }
    if !trace.reasons.is_empty() {
        return Ok(ineligible(trace));
    }
    trace.step(
        cond,
        "缴存人及配偶在本市无自有住房且租赁住房，可申请提取住房公积金支付房租".to_owned(),
        "No home in Qinzhou and renting: may withdraw to pay rent".to_owned(),
        None,
    );

    let monthly_allowed = input.monthly_rent.min(monthly_cap);
    let entitlement = monthly_allowed.times(months)?;
    trace.step(
        cap_param.citation,
        format!(
            "按实际月租金 {} 元与标准上限 {monthly_cap} 元的较低者 {monthly_allowed} 元 × {months} 个月",
            input.monthly_rent
        ),
        format!(
            "The lower of actual rent {} and the ceiling {monthly_cap}: {monthly_allowed} × {months} months",
            input.monthly_rent
        ),
        Some(entitlement.to_string()),
    );

    let spouse_balance = if single {
        Money::ZERO
    } else {
        input.balances.spouse.unwrap_or(Money::ZERO)
    };
    let available = input.balances.applicant.add(spouse_balance)?;
    let total = entitlement.min(available);
    let from_applicant = total.min(input.balances.applicant);
    let from_spouse = total.saturating_sub(from_applicant);
    let limited_by_balance = total < entitlement;
    if limited_by_balance {
        // Not a clause of the gazette: nobody can draw more than an account holds.
        trace.warn(
            Basis::Interpretation,
            "LIMITED_BY_BALANCE",
            format!("账户余额合计 {available} 元，低于按标准计算的 {entitlement} 元；公报未规定余额不足时如何处理，提取不能超过账户所有，本计算器以余额为限"),
            format!("The balances ({available} yuan) are below the entitlement ({entitlement} yuan); the gazette does not say what happens then, and no account can pay out more than it holds, so the library limits the total to them"),
        );
    }
    trace.step(
        cond,
        if single {
            format!("从缴存人账户提取 {total} 元")
        } else {
            format!("可提取缴存人及配偶的住房公积金支付房租，合计 {total} 元")
        },
        if single {
            format!("{total} yuan from the depositor's account")
        } else {
            format!("The depositor's and the spouse's accounts may both be drawn on: {total} yuan in all")
        },
        Some(total.to_string()),
    );
    if !single {
        // The gazette lets a married depositor draw on both accounts but does not say in
        // which order: the split below is the library's suggestion, not the gazette's rule.
        trace.step(
            Citation::INTERPRETATION,
            format!(
                "公报未规定两个账户的提取顺序；本计算器建议先从申请人账户提取 {from_applicant} 元，再从配偶账户提取 {from_spouse} 元，以公积金中心办理为准"
            ),
            format!(
                "The gazette sets no order between the two accounts; the library suggests the applicant's first ({from_applicant} yuan), then the spouse's ({from_spouse} yuan); the fund centre's practice governs"
            ),
            Some(from_applicant.to_string()),
        );
    }
    Ok(RentWithdrawalResult {
        eligible: true,
        monthly_cap,
        monthly_allowed,
        months,
        entitlement,
        total,
        from_applicant,
        from_spouse,
        limited_by_balance,
        before_change: None,
        change_from_before: None,
        explanation: trace.finish(cap_param.policy()),
    })
}
