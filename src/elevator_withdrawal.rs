//! Elevator-installation withdrawal (既有住宅加装电梯提取), 钦市金管委规〔2023〕1号 二(三).
//!
//! Within 3 years of the date of the planning permit (or approval), a depositor may apply up
//! to 3 times, as long as the total stays within the household's withdrawable amount for the
//! elevator (本家庭户可提取额度, an input). The depositor's own account is used first; a
//! shortfall, or no account at all, may be made up from the accounts of the spouse, then the
//! parents, then the children. Three documents suffice; the calculator lists them and does not
//! verify them.
//!
//! Earlier applications are inputs. They must fit the same window and the same entitlement:
//! if they do not, the inputs contradict each other (`INCONSISTENT`) rather than the applicant
//! being ineligible, because such withdrawals could not have been made under this rule.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::date::IsoDate;
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{docs, Basis, Citation, Explanation, Trace};
use crate::money::Money;
use crate::money::MoneyIn;
use crate::params::{self, ParamId};

/// Whose account an amount comes from, relative to the depositor applying.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The depositor's own account (`"self"`).
    #[serde(rename = "self")]
    Depositor,
    /// The spouse (配偶).
    Spouse,
    /// A parent (父母).
    Parent,
    /// A child (子女).
    Child,
}

// The derived `Ord` follows the declaration order, which is the order in which accounts are
// drawn on (二(三)3): self, spouse, parents, children.
impl Relation {
    /// The relation in words (zh, en), for steps and messages.
    fn label(self) -> (&'static str, &'static str) {
        match self {
            Relation::Depositor => ("缴存人本人", "the depositor"),
            Relation::Spouse => ("配偶", "the spouse"),
            Relation::Parent => ("父母", "a parent"),
            Relation::Child => ("子女", "a child"),
        }
    }
}

/// An earlier withdrawal for the same elevator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct PreviousWithdrawal {
    /// The day it was applied for.
    pub date: IsoDate,
    /// The amount withdrawn (all accounts together).
    pub amount: MoneyIn,
}

/// An account that may be drawn on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Account {
    /// Whose account it is.
    pub relation: Relation,
    /// Its available balance.
    pub balance: MoneyIn,
}

/// The input of [`elevator_withdrawal`].
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ElevatorWithdrawalInput {
    /// The date on the planning permit (or approval document).
    pub permit_date: IsoDate,
    /// The date of this application.
    pub application_date: IsoDate,
    /// The household's withdrawable amount for the elevator (本家庭户可提取额度).
    pub entitlement: MoneyIn,
    /// Earlier withdrawals for the same elevator; none when absent.
    #[serde(default)]
    pub previous: Vec<PreviousWithdrawal>,
    /// The accounts that may be drawn on, in any order.
    pub accounts: Vec<Account>,
}

/// What one account contributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Allocation {
    /// Whose account.
    pub relation: Relation,
    /// The position of the account in the input `accounts` (0-based), so that two parents'
    /// or children's accounts can be told apart.
    pub account: usize,
    /// The amount drawn from it.
    pub amount: Money,
}

/// A document the application needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct RequiredDocument {
    /// Its name in Chinese, as the gazette writes it.
    pub zh: &'static str,
    /// Its name in English.
    pub en: &'static str,
}

/// The documents of 二(三)1, in the gazette's order.
pub const DOCUMENTS: [RequiredDocument; 3] = [
    RequiredDocument {
        zh: "既有住宅加装电梯建设工程规划许可证（或规划许可意见等批准建设文件）",
        en: "The planning permit for installing the elevator (or the approval document, such as a planning opinion)",
    },
    RequiredDocument {
        zh: "房屋产权证明",
        en: "Proof of ownership of the home",
    },
    RequiredDocument {
        zh: "付款凭证（或交款票据）",
        en: "The payment voucher (or receipt)",
    },
];

/// The result of [`elevator_withdrawal`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ElevatorWithdrawalResult {
    /// Whether this application may be made.
    pub eligible: bool,
    /// The last day of the window (inside it): the corresponding day 3 years after the permit
    /// date, or the month's last day where that day does not exist (29 Feb → 28 Feb).
    pub window_ends: IsoDate,
    /// This application's number: 1-3 when eligible; more than 3 means over the limit.
    pub application_number: u64,
    /// Applications still possible after this one (when eligible); when not eligible, those
    /// still possible later (3 before the window opens, otherwise 0).
    pub applications_left: u64,
    /// The entitlement less all earlier withdrawals.
    pub remaining_entitlement: Money,
    /// What to draw from which account, in drawing order; accounts drawn on only.
    pub allocation: Vec<Allocation>,
    /// The sum of the allocation.
    pub covered: Money,
    /// What the accounts cannot cover: `covered + uncovered = remainingEntitlement`.
    pub uncovered: Money,
    /// The documents to bring (listed, not verified).
    pub documents: Vec<RequiredDocument>,
    /// The steps applied with their citations, warnings, reasons and rule version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

const fn clause(clause: &'static str) -> Citation {
    Citation::gazette(docs::HPF_2023_1, clause)
}

const DOCUMENTS_RULE: Citation = clause("二(三)1");
const ACCOUNTS_RULE: Citation = clause("二(三)3");
const CIVIL_CODE: Citation = Citation::law(docs::CIVIL_CODE_PERIODS, "");

/// The same error, about another input field (the parameter table speaks of `date`).
fn at_field(e: Error, field: &str) -> Error {
    Error::new(
        e.kind(),
        Some(field.to_owned()),
        e.message_zh(),
        e.message_en(),
    )
}

/// Checks the earlier withdrawals against the window and the entitlement; returns their sum.
fn check_previous(input: &ElevatorWithdrawalInput, window_ends: Date) -> Result<Money> {
    let mut sum = Money::ZERO;
    for (i, p) in input.previous.iter().enumerate() {
        let field = format!("previous[{i}].date");
        let (zh, en) = if p.date < input.permit_date {
            (
                format!("早于规划许可日期 {}", input.permit_date),
                format!("is before the permit date {}", input.permit_date),
            )
        } else if p.date > window_ends {
            (
                format!("晚于三年期限的最后一天 {window_ends}"),
                format!("is after the last day of the 3-year window, {window_ends}"),
            )
        } else if p.date > input.application_date {
            (
                format!("晚于本次申请日期 {}", input.application_date),
                format!(
                    "is after this application's date {}",
                    input.application_date
                ),
            )
        } else {
            (String::new(), String::new())
        };
        if !zh.is_empty() {
            return Err(Error::at(
                ErrorKind::Inconsistent,
                &field,
                format!("此前提取的日期 {} {zh}，不可能按本规定提取", p.date),
                format!(
                    "The earlier withdrawal's date {} {en}; it cannot have been made under this rule",
                    p.date
                ),
            ));
        }
        sum = sum
            .add(p.amount)
            .map_err(|_| Error::overflow(Some(&format!("previous[{i}].amount"))))?;
        if sum > input.entitlement {
            let field = format!("previous[{i}].amount");
            return Err(Error::at(
                ErrorKind::Inconsistent,
                &field,
                format!(
                    "此前提取合计 {sum} 元，超过本家庭户可提取额度 {} 元",
                    input.entitlement
                ),
                format!(
                    "The earlier withdrawals add up to {sum} yuan, more than the household's entitlement of {} yuan",
                    input.entitlement
                ),
            ));
        }
    }
    Ok(sum)
}

/// Draws `need` from the accounts, self first, then spouse, parents, children; accounts of
/// the same relation in the order given. Never more than a balance or than `need`.
///
/// # Errors
/// `OUT_OF_RANGE` only on an overflow that amounts within the input bounds cannot cause.
pub fn allocate(accounts: &[Account], need: Money) -> Result<(Vec<Allocation>, Money)> {
    let mut order: Vec<(usize, &Account)> = accounts.iter().enumerate().collect();
    // A stable sort keeps the input order within one relation.
    order.sort_by_key(|(_, a)| a.relation);
    let mut left = need;
    let mut covered = Money::ZERO;
    let mut allocation = Vec::new();
    for (index, a) in order {
        if left.is_zero() {
            break;
        }
        let amount = a.balance.min(left);
        if amount.is_zero() {
            continue;
        }
        left = left.saturating_sub(amount);
        covered = covered.add(amount)?;
        allocation.push(Allocation {
            relation: a.relation,
            account: index,
            amount,
        });
    }
    Ok((allocation, covered))
}

/// Works out whether an elevator-installation withdrawal may be made now, how much is left of
/// the household's entitlement and how to draw it from the family's accounts.
///
/// # Errors
/// `RULE_NOT_IN_SOURCE` at `applicationDate` before 2023-01-01 (the gazette gives no earlier
/// rule); `INCONSISTENT` at `previous[i].date` for an earlier withdrawal dated before the
/// permit, after the window or after this application, at `previous[i].amount` when the
/// earlier withdrawals add up to more than the entitlement, and at `accounts[i].relation` for
/// a second own or spouse's account; `OUT_OF_RANGE` at `permitDate` when the window would end
/// after the last supported year.
pub fn elevator_withdrawal(input: &ElevatorWithdrawalInput) -> Result<ElevatorWithdrawalResult> {
    let max_param = params::on(ParamId::ElevatorMaxApplications, input.application_date)
        .map_err(|e| at_field(e, "applicationDate"))?;
    let years_param = params::on(ParamId::ElevatorWindowYears, input.application_date)
        .map_err(|e| at_field(e, "applicationDate"))?;
    let max_applications = max_param.whole();
    let years = u32::try_from(years_param.whole()).map_err(|_| Error::overflow(None))?;
    let window_ends = input.permit_date.add_years(years).map_err(|_| {
        Error::at(
            ErrorKind::OutOfRange,
            "permitDate",
            format!("{years} 年期限将超出支持的年份范围（至 2999 年）"),
            format!("The {years}-year window would run past the last supported year, 2999"),
        )
    })?;

    for relation in [Relation::Depositor, Relation::Spouse] {
        if let Some((i, _)) = input
            .accounts
            .iter()
            .enumerate()
            .filter(|(_, a)| a.relation == relation)
            .nth(1)
        {
            let field = format!("accounts[{i}].relation");
            let (zh, en) = relation.label();
            return Err(Error::at(
                ErrorKind::Inconsistent,
                &field,
                format!("{zh}的住房公积金账户只能填写一个"),
                format!("Only one account of {en} can be entered"),
            ));
        }
    }

    let used = check_previous(input, window_ends)?;
    let remaining = input.entitlement.saturating_sub(used);
    let previous_count = u64::try_from(input.previous.len()).unwrap_or(u64::MAX);
    let application_number = previous_count.saturating_add(1);

    let mut trace = Trace::default();
    trace.step(
        years_param.citation,
        format!(
            "自规划许可（或批准建设文件）之日起 {years} 年内最多申请 {max_applications} 次，合计不超过本家庭户可提取额度"
        ),
        format!(
            "Up to {max_applications} applications within {years} years of the permit (or approval), in all within the household's entitlement"
        ),
        None,
    );
    trace.step(
        CIVIL_CODE,
        format!(
            "自规划许可（或批准建设文件）之日 {} 起 {years} 年，期限最后一日为 {window_ends}（含当日）",
            input.permit_date
        ),
        format!(
            "{years} years from the permit (or approval) date {} end on {window_ends}, that day included",
            input.permit_date
        ),
        Some(window_ends.to_string()),
    );

    let before = input.application_date < input.permit_date;
    let after = input.application_date > window_ends;
    let too_many = application_number > max_applications;
    if before {
        trace.reason(
            Basis::Gazette,
            "BEFORE_PERMIT",
            format!(
                "申请日期 {} 早于规划许可（或批准建设文件）日期 {}",
                input.application_date, input.permit_date
            ),
            format!(
                "The application date {} is before the permit (or approval) date {}",
                input.application_date, input.permit_date
            ),
        );
    }
    if after {
        trace.reason(
            Basis::Gazette,
            "WINDOW_ENDED",
            format!(
                "申请日期 {} 已超过自规划许可之日起 {years} 年的期限（最后一日为 {window_ends}）",
                input.application_date
            ),
            format!(
                "The application date {} is after the {years}-year window from the permit (last day {window_ends})",
                input.application_date
            ),
        );
    }
    if too_many {
        trace.reason(
            Basis::Gazette,
            "NO_APPLICATIONS_LEFT",
            format!(
                "三年内最多申请 {max_applications} 次，此前已申请 {previous_count} 次"
            ),
            format!(
                "At most {max_applications} applications within the window; {previous_count} already made"
            ),
        );
    }
    if remaining.is_zero() {
        trace.reason(
            Basis::Gazette,
            "ENTITLEMENT_USED_UP",
            format!(
                "本家庭户可提取额度 {} 元已全部提取（此前合计 {used} 元）",
                input.entitlement
            ),
            format!(
                "The household's entitlement of {} yuan has been withdrawn in full ({used} yuan before)",
                input.entitlement
            ),
        );
    }
    let eligible = trace.reasons.is_empty();
    let applications_left = if eligible {
        max_applications.saturating_sub(application_number)
    } else if before {
        max_applications.saturating_sub(previous_count)
    } else {
        0
    };
    trace.step(
        max_param.citation,
        format!(
            "自规划许可之日起 {years} 年内最多申请 {max_applications} 次；本次为第 {application_number} 次"
        ),
        format!(
            "At most {max_applications} applications within {years} years of the permit; this is application {application_number}"
        ),
        Some(application_number.to_string()),
    );
    trace.step(
        max_param.citation,
        format!(
            "各次提取合计不超过本家庭户可提取额度：{} 元 − 此前已提取 {used} 元 = 剩余 {remaining} 元",
            input.entitlement
        ),
        format!(
            "All withdrawals together stay within the household's entitlement: {} − {used} already withdrawn = {remaining} yuan left",
            input.entitlement
        ),
        Some(remaining.to_string()),
    );

    let (allocation, covered) = if eligible {
        allocate(&input.accounts, remaining)?
    } else {
        (Vec::new(), Money::ZERO)
    };
    let uncovered = remaining.saturating_sub(covered);
    if eligible {
        let parts: Vec<(String, String)> = allocation
            .iter()
            .map(|a| {
                let (zh, en) = a.relation.label();
                (
                    format!("{zh} {} 元", a.amount),
                    format!("{} {en}", a.amount),
                )
            })
            .collect();
        let zh_parts: Vec<&str> = parts.iter().map(|p| p.0.as_str()).collect();
        let en_parts: Vec<&str> = parts.iter().map(|p| p.1.as_str()).collect();
        trace.step(
            ACCOUNTS_RULE,
            format!(
                "先用缴存人本人账户，不足部分依次由配偶、父母、子女账户补足：{}",
                if zh_parts.is_empty() {
                    "无可用余额".to_owned()
                } else {
                    zh_parts.join("，")
                }
            ),
            format!(
                "The depositor's own account first, then the spouse's, the parents', the children's: {}",
                if en_parts.is_empty() {
                    "no balance available".to_owned()
                } else {
                    en_parts.join(", ")
                }
            ),
            Some(covered.to_string()),
        );
        if !uncovered.is_zero() {
            trace.warn(
                Basis::Gazette,
                "NOT_FULLY_COVERED",
                format!("所列账户余额合计不足，尚有 {uncovered} 元无法用住房公积金支付"),
                format!("The accounts listed cannot cover {uncovered} yuan of the remaining entitlement"),
            );
        }
    }
    trace.step(
        DOCUMENTS_RULE,
        "凭规划许可证（或批准建设文件）、房屋产权证明、付款凭证（或交款票据）即可申请；本计算器只列出材料，不作核验".to_owned(),
        "Apply with the permit (or approval), proof of ownership and the payment voucher (or receipt); the calculator lists them and does not verify them".to_owned(),
        None,
    );

    Ok(ElevatorWithdrawalResult {
        eligible,
        window_ends,
        application_number,
        applications_left,
        remaining_entitlement: remaining,
        allocation,
        covered,
        uncovered,
        documents: DOCUMENTS.to_vec(),
        explanation: trace.finish(max_param.policy()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(permit: &str, application: &str, entitlement: &str) -> ElevatorWithdrawalInput {
        ElevatorWithdrawalInput {
            permit_date: permit.parse().unwrap(),
            application_date: application.parse().unwrap(),
            entitlement: entitlement.parse().unwrap(),
            previous: Vec::new(),
            accounts: Vec::new(),
        }
    }

    fn acct(relation: Relation, balance: &str) -> Account {
        Account {
            relation,
            balance: balance.parse().unwrap(),
        }
    }

    fn prev(date: &str, amount: &str) -> PreviousWithdrawal {
        PreviousWithdrawal {
            date: date.parse().unwrap(),
            amount: amount.parse().unwrap(),
        }
    }

    #[test]
    fn window_end_day_is_inside() {
        let r = elevator_withdrawal(&input("2023-03-15", "2026-03-15", "1000")).unwrap();
        assert!(r.eligible);
        assert_eq!(r.window_ends.to_string(), "2026-03-15");
        let r = elevator_withdrawal(&input("2023-03-15", "2026-03-16", "1000")).unwrap();
        assert!(!r.eligible);
        assert_eq!(r.explanation.reasons[0].code, "WINDOW_ENDED");
        assert_eq!(r.applications_left, 0);
        let r = elevator_withdrawal(&input("2024-02-29", "2027-02-28", "1000")).unwrap();
        assert_eq!(r.window_ends.to_string(), "2027-02-28");
        assert!(r.eligible);
        let r = elevator_withdrawal(&input("2024-02-29", "2027-03-01", "1000")).unwrap();
        assert!(!r.eligible);
    }

    #[test]
    fn before_permit_and_before_the_rule() {
        let r = elevator_withdrawal(&input("2023-05-01", "2023-04-30", "1000")).unwrap();
        assert!(!r.eligible);
        assert_eq!(r.explanation.reasons[0].code, "BEFORE_PERMIT");
        assert_eq!(r.applications_left, 3);
        let e = elevator_withdrawal(&input("2022-06-01", "2022-12-31", "1000")).unwrap_err();
        assert_eq!(e.code(), "RULE_NOT_IN_SOURCE");
        assert_eq!(e.field(), Some("applicationDate"));
    }

    #[test]
    fn third_yes_fourth_no() {
        let mut i = input("2023-03-01", "2024-01-01", "30000");
        i.accounts = vec![acct(Relation::Depositor, "50000")];
        i.previous = vec![prev("2023-04-01", "1000"), prev("2023-05-01", "1000")];
        let r = elevator_withdrawal(&i).unwrap();
        assert!(r.eligible);
        assert_eq!(r.application_number, 3);
        assert_eq!(r.applications_left, 0);
        assert_eq!(r.remaining_entitlement.to_string(), "28000.00");
        assert_eq!(r.covered.to_string(), "28000.00");
        i.previous.push(prev("2023-06-01", "1000"));
        let r = elevator_withdrawal(&i).unwrap();
        assert!(!r.eligible);
        assert_eq!(r.application_number, 4);
        assert_eq!(r.explanation.reasons[0].code, "NO_APPLICATIONS_LEFT");
        assert!(r.allocation.is_empty());
        assert_eq!(r.uncovered, r.remaining_entitlement);
    }

    #[test]
    fn accounts_in_gazette_order_whatever_the_input_order() {
        let mut i = input("2023-03-01", "2023-06-01", "30000");
        i.accounts = vec![
            acct(Relation::Child, "50000"),
            acct(Relation::Parent, "4000"),
            acct(Relation::Spouse, "6000"),
            acct(Relation::Parent, "5000"),
            acct(Relation::Depositor, "10000"),
        ];
        let r = elevator_withdrawal(&i).unwrap();
        let got: Vec<(Relation, usize, String)> = r
            .allocation
            .iter()
            .map(|a| (a.relation, a.account, a.amount.to_string()))
            .collect();
        assert_eq!(
            got,
            vec![
                (Relation::Depositor, 4, "10000.00".to_owned()),
                (Relation::Spouse, 2, "6000.00".to_owned()),
                (Relation::Parent, 1, "4000.00".to_owned()),
                (Relation::Parent, 3, "5000.00".to_owned()),
                (Relation::Child, 0, "5000.00".to_owned()),
            ]
        );
        assert_eq!(r.covered.to_string(), "30000.00");
        assert!(r.uncovered.is_zero());
    }

    #[test]
    fn shortfall_is_uncovered() {
        let mut i = input("2023-03-01", "2023-06-01", "30000");
        i.accounts = vec![acct(Relation::Spouse, "1000")];
        let r = elevator_withdrawal(&i).unwrap();
        assert_eq!(r.covered.to_string(), "1000.00");
        assert_eq!(r.uncovered.to_string(), "29000.00");
        assert_eq!(r.explanation.warnings[0].code, "NOT_FULLY_COVERED");
    }

    #[test]
    fn contradictory_history() {
        let mut i = input("2023-03-01", "2023-06-01", "3000");
        i.previous = vec![prev("2023-04-01", "1000"), prev("2023-02-28", "1000")];
        let e = elevator_withdrawal(&i).unwrap_err();
        assert_eq!(
            (e.code(), e.field()),
            ("INCONSISTENT", Some("previous[1].date"))
        );
        i.previous = vec![prev("2023-06-02", "1000")];
        let e = elevator_withdrawal(&i).unwrap_err();
        assert_eq!(e.field(), Some("previous[0].date"));
        i.previous = vec![prev("2023-04-01", "2000"), prev("2023-05-01", "1000.01")];
        let e = elevator_withdrawal(&i).unwrap_err();
        assert_eq!(
            (e.code(), e.field()),
            ("INCONSISTENT", Some("previous[1].amount"))
        );
        i.previous = vec![prev("2023-04-01", "3000")];
        let r = elevator_withdrawal(&i).unwrap();
        assert!(!r.eligible);
        assert_eq!(r.explanation.reasons[0].code, "ENTITLEMENT_USED_UP");
        i.accounts = vec![acct(Relation::Spouse, "1"), acct(Relation::Spouse, "2")];
        let e = elevator_withdrawal(&i).unwrap_err();
        assert_eq!(e.field(), Some("accounts[1].relation"));
    }

    #[test]
    fn documents_are_the_three_of_the_clause() {
        let r = elevator_withdrawal(&input("2023-03-01", "2023-06-01", "1")).unwrap();
        assert_eq!(r.documents.len(), 3);
        assert!(r.documents[0].zh.contains("规划许可证"));
        assert_eq!(r.explanation.policy.document, docs::HPF_2023_1);
    }
}
