//! Voluntary-deposit points (缴存积分), 钦市金管委规〔2023〕1号 三 (revised art. 16 of the
//! voluntary deposit measures).
//!
//! A voluntary depositor's loanable amount is computed from these points; the yuan per point
//! is not in the gazette and is applied by [`crate::loan_limit`] only when the site sets it.

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};
use crate::explain::{Basis, Citation, Explanation, StepUnit, Trace};
use crate::money::{Money, MoneyIn};
use crate::number::Count;
use crate::params::{self, ParamId, Parameter};
use crate::text::Text;

/// The longest deposit history accepted, in months (100 years): anything longer is a typo.
pub const MAX_DEPOSIT_MONTHS: u64 = 1200;

/// A personal account's state; a sealed or closed account's points are cleared (积分自动清零).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum AccountStatus {
    /// Depositing normally.
    #[default]
    Normal,
    /// Sealed (封存).
    Sealed,
    /// Closed (销户).
    Closed,
}

/// The groups that earn social-contribution points (三(四)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Contribution {
    /// 退役军人.
    Veteran,
    /// 劳动模范.
    ModelWorker,
    /// 见义勇为先进个人.
    HeroicDeed,
    /// 脱贫攻坚带头人.
    PovertyAlleviationLeader,
    /// 烈士遗属 — only the martyr's spouse, parents or children count.
    MartyrFamily,
    /// Another group the fund centre recognises: the list ends in "等有突出贡献群体" (and other
    /// groups), so it is open; the centre, which interprets the notice, decides who belongs.
    Other,
}

/// How a martyr's survivor is related to the martyr.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum MartyrRelation {
    /// 配偶.
    Spouse,
    /// 父母.
    Parent,
    /// 子女.
    Child,
    /// Any other relative: not a 烈士遗属 in the sense of the clause.
    Other,
}

/// One voluntary depositor.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Member {
    /// Account balance (缴存余额), yuan.
    pub balance: MoneyIn,
    /// Months of deposit history, counted from the last reset: sealing or closing the account
    /// clears the points (积分自动清零), so months before a reopening do not count.
    pub deposit_months: Count,
    /// Months deducted on time and in full since the last reset; cannot exceed
    /// `deposit_months`.
    pub on_time_months: Count,
    /// Account state; normal when absent. A sealed or closed account scores 0 while it is so.
    #[serde(default)]
    pub account_status: AccountStatus,
    /// A social-contribution group, if any.
    #[serde(default)]
    pub contribution: Option<Contribution>,
    /// Required with `martyr_family`: how the member is related to the martyr.
    #[serde(default)]
    pub martyr_relation: Option<MartyrRelation>,
}

/// The input of [`voluntary_points`]: the applicant, then the spouse.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct PointsInput {
    /// One or two members: the applicant, then the spouse.
    pub members: Vec<Member>,
}

/// One member's points by factor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct MemberPoints {
    /// 缴存余额积分.
    pub balance_points: u64,
    /// 缴存时间积分.
    pub time_points: u64,
    /// 缴存按时率积分.
    pub on_time_points: u64,
    /// 社会贡献积分.
    pub contribution_points: u64,
    /// The member's total (0 for a sealed or closed account).
    pub total: u64,
}

/// The result of [`voluntary_points`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct PointsResult {
    /// Each member's points, in input order.
    pub members: Vec<MemberPoints>,
    /// The spouses' points added up, before the cap.
    pub household_raw: u64,
    /// The household points after the cap of 10.
    pub household: u64,
    /// Whether the cap cut the total.
    pub capped: bool,
    /// Whether a member belongs to a group that gets priority approval and disbursement.
    pub priority: bool,
    /// The steps applied with their citations, warnings, reasons and rule version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

/// Who a member is, by position, as a sentence begins with them: the applicant, then the
/// spouse.
pub(crate) fn who(i: usize) -> Text {
    if i == 0 {
        Text::new("points.applicant")
    } else {
        Text::new("points.spouse")
    }
}

/// Who a member is, by position, within a sentence ("the applicant" in English).
pub(crate) fn who_within(i: usize) -> Text {
    if i == 0 {
        Text::new("points.the_applicant")
    } else {
        Text::new("points.the_spouse")
    }
}

/// The household total: `raw` capped at the household cap, recorded as the one step that
/// states it. `whose` says whose points were added up; a loan limit uses the same step for
/// the points that count (so the two results word the total alike).
pub(crate) fn household_total(trace: &mut Trace, cap: &Parameter, whose: Text, raw: u64) -> u64 {
    let total = raw.min(cap.whole());
    // Raw and capped totals are named apart, so the one result never reads as stating two
    // different household totals.
    let text = if raw > total {
        Text::new("points.household_capped")
            .text("whose", whose)
            .count("raw", raw)
            .count("cap", cap.whole())
            .count("total", total)
    } else {
        Text::new("points.household_within")
            .text("whose", whose)
            .count("total", total)
            .count("cap", cap.whole())
    };
    trace.apply_in(cap.citation, text, total.to_string(), StepUnit::Points);
    total
}

/// The parameters of the points, as in force now.
struct Rules {
    balance_step: &'static Parameter,
    time_step: &'static Parameter,
    per_on_time: &'static Parameter,
    contribution: &'static Parameter,
    cap: &'static Parameter,
}

impl Rules {
    fn current() -> Result<Rules> {
        Ok(Rules {
            balance_step: params::current(ParamId::PointsBalanceStep)?,
            time_step: params::current(ParamId::PointsTimeStep)?,
            per_on_time: params::current(ParamId::PointsPerOnTimeMonth)?,
            contribution: params::current(ParamId::PointsContribution)?,
            cap: params::current(ParamId::PointsHouseholdCap)?,
        })
    }
}

/// Checks member `i`'s figures against each other; returns whether their contribution group
/// counts (a martyr's survivor only as spouse, parent or child).
fn check_member(i: usize, m: &Member) -> Result<bool> {
    let field = |f: &str| format!("members[{i}].{f}");
    let deposit = m.deposit_months.get();
    let on_time = m.on_time_months.get();
    if deposit > MAX_DEPOSIT_MONTHS {
        return Err(Error::with_text(
            ErrorKind::OutOfRange,
            Some(field("depositMonths")),
            Text::new("points.deposit_months_max").count("max", MAX_DEPOSIT_MONTHS),
        ));
    }
    if on_time > deposit {
        return Err(Error::with_text(
            ErrorKind::Inconsistent,
            Some(field("onTimeMonths")),
            Text::new("points.on_time_over_deposit")
                .count("on_time", on_time)
                .count("deposit", deposit),
        ));
    }
    match (m.contribution, m.martyr_relation) {
        (Some(Contribution::MartyrFamily), None) => Err(Error::with_text(
            ErrorKind::MissingField,
            Some(field("martyrRelation")),
            Text::new("points.martyr_relation_missing"),
        )),
        (Some(Contribution::MartyrFamily), Some(rel)) => Ok(rel != MartyrRelation::Other),
        (_, Some(_)) => Err(Error::with_text(
            ErrorKind::Inconsistent,
            Some(field("martyrRelation")),
            Text::new("points.martyr_relation_not_applicable"),
        )),
        (Some(_), None) => Ok(true),
        (None, None) => Ok(false),
    }
}

/// A sealed or closed account: its points are cleared.
fn cleared(i: usize, rules: &Rules, trace: &mut Trace) -> MemberPoints {
    trace.apply(
        rules.cap.citation,
        Text::new("points.cleared").text("who", who(i)),
        Some("0".to_owned()),
    );
    // The gazette says only that the points are cleared; that months before a reopening stay
    // cleared (count from the reopening) is the library's reading of it.
    trace.apply(
        Citation::INTERPRETATION,
        Text::new("points.cleared_reading"),
        None,
    );
    MemberPoints {
        balance_points: 0,
        time_points: 0,
        on_time_points: 0,
        contribution_points: 0,
        total: 0,
    }
}

/// The contribution step (and, for a group the centre must recognise, its warning).
fn contribution_step(
    i: usize,
    m: &Member,
    counts: bool,
    points: u64,
    rules: &Rules,
    trace: &mut Trace,
) {
    let pts = rules.contribution.whole();
    let other = m.contribution == Some(Contribution::Other);
    let text = if other {
        Text::new("points.group_other").count("points", pts)
    } else if counts {
        Text::new("points.group_listed").count("points", pts)
    } else {
        Text::new("points.group_not_martyr_family")
    }
    .text("who", who(i));
    // The listed groups are the gazette's (三 第十六条). Reading "等" as an open list, and the
    // fund centre as the one who recognises another group (四: the centre interprets the
    // notice), is the library's: that step is an interpretation.
    let cite = if other {
        Citation::INTERPRETATION
    } else {
        rules.contribution.citation
    };
    trace.apply(cite, text, Some(points.to_string()));
    if other {
        trace.warning(
            Basis::Interpretation,
            "CONTRIBUTION_GROUP_UNCONFIRMED",
            Text::new("points.group_unconfirmed")
                .text("who", who_within(i))
                .count("points", pts),
        );
    }
}

/// Member `i`'s points by factor, each with its step.
fn member_points(
    i: usize,
    m: &Member,
    counts: bool,
    rules: &Rules,
    trace: &mut Trace,
) -> Result<MemberPoints> {
    let field = |f: &str| format!("members[{i}].{f}");
    let deposit = m.deposit_months.get();
    let on_time = m.on_time_months.get();
    // 每满 N: floor division, on exact decimals (a balance of 4,999.99 earns 0).
    let balance_points = u64::try_from(
        (m.balance.decimal() / rules.balance_step.value)
            .floor()
            .mantissa(),
    )
    .map_err(|_| Error::overflow(Some(&field("balance"))))?;
    let time_step = rules.time_step.whole().max(1);
    let time_points = deposit / time_step;
    let per_on_time = rules.per_on_time.whole();
    let on_time_points = on_time
        .checked_mul(per_on_time)
        .ok_or_else(|| Error::overflow(Some(&field("onTimeMonths"))))?;
    let contribution_points = if counts {
        rules.contribution.whole()
    } else {
        0
    };
    trace.apply(
        rules.balance_step.citation,
        Text::new("points.balance")
            .text("who", who(i))
            .money("balance", m.balance)
            .money("step", Money::round_down(rules.balance_step.value)),
        Some(balance_points.to_string()),
    );
    trace.apply(
        rules.time_step.citation,
        Text::new("points.time")
            .text("who", who(i))
            .count("months", deposit)
            .count("step", time_step),
        Some(time_points.to_string()),
    );
    trace.apply(
        rules.per_on_time.citation,
        Text::new("points.on_time")
            .text("who", who(i))
            .count("months", on_time)
            .count("per", per_on_time),
        Some(on_time_points.to_string()),
    );
    if m.contribution.is_some() {
        contribution_step(i, m, counts, contribution_points, rules, trace);
    }
    let total = balance_points
        .checked_add(time_points)
        .and_then(|t| t.checked_add(on_time_points))
        .and_then(|t| t.checked_add(contribution_points))
        .ok_or_else(|| Error::overflow(Some(&field("balance"))))?;
    Ok(MemberPoints {
        balance_points,
        time_points,
        on_time_points,
        contribution_points,
        total,
    })
}

/// Computes each member's points and the household total.
///
/// # Errors
/// `OUT_OF_RANGE` for no members or more than two, or a deposit history over 1,200 months;
/// `INCONSISTENT` for more on-time months than deposit months or a martyr relation without
/// `martyr_family`; `MISSING_FIELD` for `martyr_family` without `martyrRelation`. Fields are
/// named `members[i].…`.
pub fn voluntary_points(input: &PointsInput) -> Result<PointsResult> {
    if input.members.is_empty() || input.members.len() > 2 {
        return Err(Error::text_at(
            ErrorKind::OutOfRange,
            "members",
            Text::new("points.members_count"),
        ));
    }
    let rules = Rules::current()?;
    let mut trace = Trace::default();
    let mut members = Vec::with_capacity(input.members.len());
    let mut priority = false;
    for (i, m) in input.members.iter().enumerate() {
        let counts = check_member(i, m)?;
        if m.account_status != AccountStatus::Normal {
            members.push(cleared(i, &rules, &mut trace));
            continue;
        }
        priority |= counts;
        members.push(member_points(i, m, counts, &rules, &mut trace)?);
    }

    let household_raw = members
        .iter()
        .try_fold(0u64, |acc, m| acc.checked_add(m.total))
        .ok_or_else(|| Error::overflow(Some("members")))?;
    let whose = if members.len() > 1 {
        Text::new("points.whose_spouses")
    } else {
        Text::new("points.whose_household")
    };
    let household = household_total(&mut trace, rules.cap, whose, household_raw);
    Ok(PointsResult {
        members,
        household_raw,
        household,
        capped: household_raw > household,
        priority,
        explanation: trace.finish(rules.cap.policy()),
    })
}
