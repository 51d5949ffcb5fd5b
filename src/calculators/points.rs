//! Voluntary-deposit points (缴存积分), 钦市金管委规〔2023〕1号 三 (revised art. 16 of the
//! voluntary deposit measures).
//!
//! A voluntary depositor's loanable amount is computed from these points; the yuan per point
//! is not in the gazette and is applied by [`crate::loan_limit`] only when the site sets it.

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};
use crate::explain::{Basis, Citation, Explanation, StepUnit, Trace};
use crate::money::MoneyIn;
use crate::number::Count;
use crate::params::{self, ParamId};

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

/// Computes each member's points and the household total.
///
/// # Errors
/// `OUT_OF_RANGE` for no members or more than two, or a deposit history over 1,200 months;
/// `INCONSISTENT` for more on-time months than deposit months or a martyr relation without
/// `martyr_family`; `MISSING_FIELD` for `martyr_family` without `martyrRelation`. Fields are
/// named `members[i].…`.
pub fn voluntary_points(input: &PointsInput) -> Result<PointsResult> {
    if input.members.is_empty() || input.members.len() > 2 {
        return Err(Error::at(
            ErrorKind::OutOfRange,
            "members",
            "应为 1 人（申请人）或 2 人（申请人及配偶）",
            "Give 1 member (the applicant) or 2 (applicant and spouse)",
        ));
    }
    let balance_step = params::current(ParamId::PointsBalanceStep)?;
    let time_step = params::current(ParamId::PointsTimeStep)?;
    let per_on_time = params::current(ParamId::PointsPerOnTimeMonth)?;
    let contribution = params::current(ParamId::PointsContribution)?;
    let cap = params::current(ParamId::PointsHouseholdCap)?;

    let mut trace = Trace::default();
    let mut members = Vec::with_capacity(input.members.len());
    let mut priority = false;
    for (i, m) in input.members.iter().enumerate() {
        let who_zh = if i == 0 { "申请人" } else { "配偶" };
        let who_en = if i == 0 { "Applicant" } else { "Spouse" };
        let field = |f: &str| format!("members[{i}].{f}");
        let deposit = m.deposit_months.get();
        let on_time = m.on_time_months.get();
        if deposit > MAX_DEPOSIT_MONTHS {
            return Err(Error::new(
                ErrorKind::OutOfRange,
                Some(field("depositMonths")),
                format!("缴存月数不能超过 {MAX_DEPOSIT_MONTHS}"),
                format!("At most {MAX_DEPOSIT_MONTHS} months"),
            ));
        }
        if on_time > deposit {
            return Err(Error::new(
                ErrorKind::Inconsistent,
                Some(field("onTimeMonths")),
                format!("按时足额扣缴月数（{on_time}）不能多于缴存月数（{deposit}）"),
                format!("On-time months ({on_time}) cannot exceed deposit months ({deposit})"),
            ));
        }
        let group_counts = match (m.contribution, m.martyr_relation) {
            (Some(Contribution::MartyrFamily), None) => {
                return Err(Error::new(
                    ErrorKind::MissingField,
                    Some(field("martyrRelation")),
                    "烈士遗属须注明与烈士的关系",
                    "A martyr's survivor must state the relation to the martyr",
                ));
            }
            (Some(Contribution::MartyrFamily), Some(rel)) => rel != MartyrRelation::Other,
            (_, Some(_)) => {
                return Err(Error::new(
                    ErrorKind::Inconsistent,
                    Some(field("martyrRelation")),
                    "仅在 contribution 为 martyr_family 时填写",
                    "Only applies when contribution is martyr_family",
                ));
            }
            (Some(_), None) => true,
            (None, None) => false,
        };

        if m.account_status != AccountStatus::Normal {
            trace.step(
                cap.citation,
                format!("{who_zh}个人明细账户已封存或销户，积分自动清零"),
                format!("{who_en}'s account is sealed or closed: the points are cleared"),
                Some("0".to_owned()),
            );
            // The gazette says only that the points are cleared; that months before a
            // reopening stay cleared (count from the reopening) is the library's reading of it.
            trace.step(
                Citation::INTERPRETATION,
                "公报只规定积分自动清零，未规定重新缴存后如何计算；本计算器理解为清零前的月数不再计分，重新缴存后的缴存月数和按时缴存月数从重新缴存时起算，以公积金中心核定为准".to_owned(),
                "The gazette says only that the points are cleared, not how they count after a reopening; the library reads it as: months before the reset no longer score, and deposit and on-time months count from the reopening; the fund centre decides".to_owned(),
                None,
            );
            members.push(MemberPoints {
                balance_points: 0,
                time_points: 0,
                on_time_points: 0,
                contribution_points: 0,
                total: 0,
            });
            continue;
        }

        // 每满 N: floor division, on exact decimals (a balance of 4,999.99 earns 0).
        let balance_points = u64::try_from(
            (m.balance.decimal() / balance_step.value)
                .floor()
                .mantissa(),
        )
        .map_err(|_| Error::overflow(Some(&field("balance"))))?;
        let time_points = deposit / time_step.whole().max(1);
        let on_time_points = on_time
            .checked_mul(per_on_time.whole())
            .ok_or_else(|| Error::overflow(Some(&field("onTimeMonths"))))?;
        let contribution_points = if group_counts {
            contribution.whole()
        } else {
            0
        };
        priority |= group_counts;
        trace.step(
            balance_step.citation,
            format!(
                "{who_zh}缴存余额 {} 元，每满{}元积1分",
                m.balance,
                params::shown(balance_step)
            ),
            format!(
                "{who_en}: balance {} yuan, 1 point per full {} yuan",
                m.balance,
                params::shown(balance_step)
            ),
            Some(balance_points.to_string()),
        );
        trace.step(
            time_step.citation,
            format!(
                "{who_zh}缴存 {deposit} 个月，每满{}个月积1分",
                params::shown(time_step)
            ),
            format!(
                "{who_en}: {deposit} months of deposits, 1 point per full {} months",
                params::shown(time_step)
            ),
            Some(time_points.to_string()),
        );
        trace.step(
            per_on_time.citation,
            format!(
                "{who_zh}按时足额扣缴 {on_time} 个月，每月积{}分",
                params::shown(per_on_time)
            ),
            format!(
                "{who_en}: {on_time} months deducted on time and in full, {} point(s) each",
                params::shown(per_on_time)
            ),
            Some(on_time_points.to_string()),
        );
        if m.contribution.is_some() {
            let pts = params::shown(contribution);
            let (zh, en) = if m.contribution == Some(Contribution::Other) {
                (
                    format!("公报列举的群体后有“等”，本计算器理解为未列尽：{who_zh}属公积金中心认定的其他有突出贡献群体，积{pts}分，可优先审批及发放贷款"),
                    format!("The gazette's list ends in \"等\", which the library reads as open: {who_en} belongs to another group the fund centre recognises, {pts} points and priority approval and disbursement"),
                )
            } else if group_counts {
                (
                    format!("{who_zh}属有突出贡献群体，积{pts}分，并可优先审批及发放贷款"),
                    format!("{who_en} belongs to a listed contribution group: {pts} points and priority approval and disbursement"),
                )
            } else {
                (
                    format!("{who_zh}非烈士配偶、父母、子女，不属烈士遗属，不计社会贡献积分"),
                    format!("{who_en} is not the martyr's spouse, parent or child: no contribution points"),
                )
            };
            // The listed groups are the gazette's (三 第十六条). Reading "等" as an open list,
            // and the fund centre as the one who recognises another group (四: the centre
            // interprets the notice), is the library's: that step is an interpretation.
            let other = m.contribution == Some(Contribution::Other);
            trace.step(
                if other {
                    Citation::INTERPRETATION
                } else {
                    contribution.citation
                },
                zh,
                en,
                Some(contribution_points.to_string()),
            );
            if other {
                trace.warn(
                    Basis::Interpretation,
                    "CONTRIBUTION_GROUP_UNCONFIRMED",
                    format!("按本计算器对“等”的理解，{who_zh}所属群体是否计分由负责解释本通知的钦州市住房公积金管理中心认定；未获认定的不计这 {pts} 分"),
                    format!("By the library's reading of \"等\", whether {who_en_l}'s group counts is for the Qinzhou fund centre, which interprets the notice, to decide; without its recognition these {pts} points do not count", who_en_l = if i == 0 { "the applicant" } else { "the spouse" }),
                );
            }
        }
        let total = balance_points
            .checked_add(time_points)
            .and_then(|t| t.checked_add(on_time_points))
            .and_then(|t| t.checked_add(contribution_points))
            .ok_or_else(|| Error::overflow(Some(&field("balance"))))?;
        members.push(MemberPoints {
            balance_points,
            time_points,
            on_time_points,
            contribution_points,
            total,
        });
    }

    let household_raw = members
        .iter()
        .try_fold(0u64, |acc, m| acc.checked_add(m.total))
        .ok_or_else(|| Error::overflow(Some("members")))?;
    let household = household_raw.min(cap.whole());
    // Raw and capped totals are named apart, so the one result never reads as stating two
    // different household totals.
    let shown_cap = params::shown(cap);
    let (who_zh, who_en) = if members.len() > 1 {
        ("夫妻双方积分累加", "The spouses' points added up")
    } else {
        ("家庭户积分", "Household points")
    };
    trace.step_in(
        cap.citation,
        if household_raw > household {
            format!("{who_zh}，未封顶合计 {household_raw} 分，封顶{shown_cap}分，封顶后合计 {household} 分")
        } else {
            format!("{who_zh}，合计 {household} 分（未超过封顶{shown_cap}分）")
        },
        if household_raw > household {
            format!("{who_en}: raw total {household_raw}, capped at {shown_cap}: capped total {household}")
        } else {
            format!("{who_en}: total {household} (within the cap of {shown_cap})")
        },
        household.to_string(),
        StepUnit::Points,
    );
    Ok(PointsResult {
        members,
        household_raw,
        household,
        capped: household_raw > household,
        priority,
        explanation: trace.finish(cap.policy()),
    })
}
