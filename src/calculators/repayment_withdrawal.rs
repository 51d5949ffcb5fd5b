//! Loan-repayment withdrawal (偿还住房公积金贷款本息提取), 钦市金管委规〔2023〕1号 二(一).
//!
//! While the main borrower's fund loan is outstanding, a withdrawal must leave a number of
//! months of the monthly deposit (月缴存额) in the main borrower's account (the parameter
//! table holds both versions). What may be withdrawn is the balance above that, and, by the
//! library's reading where the gazette is silent, never more than the amount due when the
//! caller gives it (a repayment withdrawal pays a repayment, nothing else).

use serde::{Deserialize, Serialize};

use crate::change::{self, SignedMoney};
use crate::date::IsoDate;
use crate::error::Result;
use crate::explain::{Basis, Citation, Explanation, Trace};
use crate::money::Money;
use crate::money::MoneyIn;
use crate::params::{self, ParamId};
use crate::text::Text;

/// The input of [`repayment_withdrawal`].
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RepaymentWithdrawalInput {
    /// The application date: picks the number of months to retain.
    pub date: IsoDate,
    /// The main borrower's account balance.
    pub balance: MoneyIn,
    /// The main borrower's monthly deposit (月缴存额).
    pub monthly_deposit: MoneyIn,
    /// The loan principal and interest due that the withdrawal pays, when known.
    #[serde(default)]
    pub amount_due: Option<MoneyIn>,
}

/// The result of [`repayment_withdrawal`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RepaymentWithdrawalResult {
    /// Months of the monthly deposit that must stay in the account.
    pub retain_months: u64,
    /// monthly deposit × retain months: the amount that must stay.
    pub retained: Money,
    /// What may be withdrawn: max(0, balance − retained), not more than the amount due.
    pub withdrawable: Money,
    /// Whether the amount due, not the balance, limited the withdrawal.
    pub limited_by_amount_due: bool,
    /// The same case under the rule in force on 2022-12-31; absent for dates before
    /// 2023-01-01 (they are under that rule already).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before_change: Option<RepaymentBeforeChange>,
    /// `withdrawable − beforeChange.withdrawable`, signed; absent with `beforeChange`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change_from_before: Option<SignedMoney>,
    /// The steps applied with their citations, warnings, reasons (always empty: that the loan
    /// is outstanding is the caller's premise) and rule version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

/// What the same case gave under the rule in force on 2022-12-31.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RepaymentBeforeChange {
    /// Months of the monthly deposit that had to stay then.
    pub retain_months: u64,
    /// The amount that had to stay then.
    pub retained: Money,
    /// What could be withdrawn then.
    pub withdrawable: Money,
}

/// Computes how much the main borrower may withdraw to repay the fund loan and, from
/// 2023-01-01, how that compares with the same case under the rule in force on 2022-12-31.
///
/// # Errors
/// `OUT_OF_RANGE` only if the retained amount cannot be represented (never for amounts within
/// [`crate::money::MAX_AMOUNT_YUAN`]). `RULE_NOT_IN_SOURCE` is never returned: the gazette
/// states the earlier 6 months, so earlier dates get them, with a warning.
pub fn repayment_withdrawal(input: &RepaymentWithdrawalInput) -> Result<RepaymentWithdrawalResult> {
    let mut result = repayment_withdrawal_on(input)?;
    let Some(day) = change::comparison_day(input.date) else {
        return Ok(result);
    };
    // Where the earlier rule is not in the gazette the rerun fails, and nothing is compared.
    let Ok(before) = repayment_withdrawal_on(&RepaymentWithdrawalInput {
        date: day,
        ..input.clone()
    }) else {
        return Ok(result);
    };
    let diff = SignedMoney::difference(result.withdrawable, before.withdrawable)?;
    // The comparison is the library's, but the earlier 6 months are the gazette's ("由…调整为"):
    // the step names the clause that states them.
    let old_clause = params::on(ParamId::RepaymentRetainMonths, day)?
        .citation
        .rule();
    let what_before = Text::new("repayment_withdrawal.before")
        .raw("clause", old_clause)
        .count("months", before.retain_months)
        .money("retained", before.retained)
        .money("withdrawable", before.withdrawable)
        .text("difference", change::describe(diff));
    change::attach_comparison(
        &mut result.explanation,
        &before.explanation,
        day,
        what_before,
        diff,
    );
    result.before_change = Some(RepaymentBeforeChange {
        retain_months: before.retain_months,
        retained: before.retained,
        withdrawable: before.withdrawable,
    });
    result.change_from_before = Some(diff);
    Ok(result)
}

/// The withdrawal under the rule in force on the input's date alone.
fn repayment_withdrawal_on(input: &RepaymentWithdrawalInput) -> Result<RepaymentWithdrawalResult> {
    let param = params::on(ParamId::RepaymentRetainMonths, input.date)?;
    let retain_months = param.whole();
    let mut trace = Trace::default();
    if let (None, Some(day)) = (param.effective_from, params::replaced_on(param)) {
        trace.warning(
            Basis::Interpretation,
            crate::change::START_UNKNOWN,
            Text::new("repayment_withdrawal.old_rule_start_unknown")
                .date("day", day)
                .count("months", retain_months),
        );
    }
    let retained = input
        .monthly_deposit
        .times(retain_months)
        .map_err(|_| crate::Error::overflow(Some("monthlyDeposit")))?;
    trace.apply(
        param.citation,
        Text::new("repayment_withdrawal.retained")
            .count("months", retain_months)
            .money("deposit", input.monthly_deposit)
            .money("retained", retained),
        Some(retained.to_string()),
    );

    let above = input.balance.saturating_sub(retained);
    trace.apply(
        param.citation,
        Text::new("repayment_withdrawal.above_retained")
            .money("balance", input.balance)
            .money("retained", retained),
        Some(above.to_string()),
    );
    if above.is_zero() {
        trace.warning(
            Basis::Gazette,
            "BALANCE_NOT_ABOVE_RETAINED",
            Text::new("repayment_withdrawal.balance_not_above_retained"),
        );
    }

    let (withdrawable, limited_by_amount_due) = match input.amount_due {
        Some(due) if due < above => {
            // The gazette fixes only what must stay in the account; that a repayment
            // withdrawal takes no more than the repayment is the library's reading.
            trace.apply(
                Citation::INTERPRETATION,
                Text::new("repayment_withdrawal.limited_by_amount_due").money("due", due),
                Some(due.to_string()),
            );
            (due, true)
        }
        _ => (above, false),
    };

    Ok(RepaymentWithdrawalResult {
        retain_months,
        retained,
        withdrawable,
        limited_by_amount_due,
        before_change: None,
        change_from_before: None,
        explanation: trace.finish(param.policy()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(
        date: &str,
        balance: &str,
        deposit: &str,
        due: Option<&str>,
    ) -> RepaymentWithdrawalResult {
        repayment_withdrawal(&RepaymentWithdrawalInput {
            date: date.parse().unwrap(),
            balance: balance.parse().unwrap(),
            monthly_deposit: deposit.parse().unwrap(),
            amount_due: due.map(|d| d.parse().unwrap()),
        })
        .unwrap()
    }

    #[test]
    fn three_months_from_2023_six_before() {
        let new = run("2023-01-01", "10000", "1000", None);
        assert_eq!(new.retain_months, 3);
        assert_eq!(new.retained.to_string(), "3000.00");
        assert_eq!(new.withdrawable.to_string(), "7000.00");
        assert!(new.explanation.warnings.is_empty());
        assert_eq!(
            new.explanation
                .policy
                .effective_from
                .map(|d| d.to_string())
                .as_deref(),
            Some("2023-01-01")
        );

        let old = run("2022-12-31", "10000", "1000", None);
        assert_eq!(old.retain_months, 6);
        assert_eq!(old.withdrawable.to_string(), "4000.00");
        assert_eq!(old.explanation.warnings[0].code, "OLD_RULE_START_UNKNOWN");
        assert_eq!(old.explanation.policy.effective_from, None);
    }

    #[test]
    fn never_negative_and_capped_by_amount_due() {
        let low = run("2023-06-01", "2999.99", "1000", None);
        assert_eq!(low.withdrawable, Money::ZERO);
        assert_eq!(
            low.explanation.warnings[0].code,
            "BALANCE_NOT_ABOVE_RETAINED"
        );

        let due = run("2023-06-01", "10000", "1000", Some("1500"));
        assert_eq!(due.withdrawable.to_string(), "1500.00");
        assert!(due.limited_by_amount_due);

        let equal = run("2023-06-01", "10000", "1000", Some("7000"));
        assert_eq!(equal.withdrawable.to_string(), "7000.00");
        assert!(!equal.limited_by_amount_due);

        let more = run("2023-06-01", "10000", "1000", Some("9000"));
        assert_eq!(more.withdrawable.to_string(), "7000.00");
        assert!(!more.limited_by_amount_due);
    }
}
