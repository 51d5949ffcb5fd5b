//! Repayment schedules: not in the gazette, but every fund calculator has one, and the loan
//! limit's repayment capacity needs the same formula.
//!
//! The equal-instalment formula lives here once: the loan limit's repayment-capacity
//! constraint asks the inverse question of the same formula.
//!
//! A schedule is built period by period the way fund centres print them: each period's
//! interest is the remaining principal × the monthly rate, rounded half-up to the fen; the
//! principal part is the rounded payment less that interest (equal instalment, 等额本息) or
//! P / n rounded half-up (equal principal, 等额本金); the last period repays whatever principal
//! remains, so the principal parts always add up to the loan exactly.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};
use crate::explain::{docs, Basis, Citation, Explanation, PolicyRef, Trace};
use crate::money::Money;
use crate::money::MoneyIn;
use crate::number::RateIn;
use crate::number::{Count, Rate};
use crate::params::{self, ParamId, Parameter};

/// The longest term accepted, in months (50 years). The gazette fixes none; anything longer
/// is a typo, and the bound keeps every power computed here exact enough and finite.
pub const MAX_TERM_MONTHS: u64 = 600;

/// The monthly rate r = annual percent / 100 / 12, exact to 28 digits.
///
/// # Errors
/// `OUT_OF_RANGE` on overflow (not for rates within 0..=100 percent).
pub fn monthly_rate(annual_percent: Decimal) -> Result<Decimal> {
    annual_percent
        .checked_div(Decimal::from(1200))
        .ok_or_else(|| Error::overflow(None))
}

/// An annual rate in percent as a loan calculation accepts it: 0 to 100.
///
/// # Errors
/// `OUT_OF_RANGE` at `field` above 100 percent.
pub fn checked_annual_rate(rate: Rate, field: &str) -> Result<Decimal> {
    let v = rate.decimal();
    if v > Decimal::from(100) {
        return Err(Error::at(
            ErrorKind::OutOfRange,
            field,
            "年利率应在 0–100（%）之间",
            "The annual rate must be 0-100 (percent)",
        ));
    }
    Ok(v)
}

/// A term in months as a loan calculation accepts it: 1 to [`MAX_TERM_MONTHS`].
///
/// # Errors
/// `OUT_OF_RANGE` at `field` for 0 or more than [`MAX_TERM_MONTHS`].
pub fn checked_term(term: Count, field: &str) -> Result<u64> {
    let n = term.get();
    if n == 0 || n > MAX_TERM_MONTHS {
        return Err(Error::at(
            ErrorKind::OutOfRange,
            field,
            format!("期限应为 1–{MAX_TERM_MONTHS} 个月"),
            format!("The term must be 1-{MAX_TERM_MONTHS} months"),
        ));
    }
    Ok(n)
}

/// (1 + r)^n by repeated squaring.
fn growth(r: Decimal, n: u64) -> Result<Decimal> {
    let mut base = Decimal::ONE
        .checked_add(r)
        .ok_or_else(|| Error::overflow(None))?;
    let mut acc = Decimal::ONE;
    let mut e = n;
    while e > 0 {
        if e & 1 == 1 {
            acc = acc.checked_mul(base).ok_or_else(|| Error::overflow(None))?;
        }
        e >>= 1;
        if e > 0 {
            base = base
                .checked_mul(base)
                .ok_or_else(|| Error::overflow(None))?;
        }
    }
    Ok(acc)
}

/// The exact (unrounded) equal-instalment payment P·r·(1+r)^n / ((1+r)^n − 1), or P / n when
/// r = 0.
fn exact_installment(principal: Decimal, r: Decimal, n: u64) -> Result<Decimal> {
    let n_dec = Decimal::from(n.max(1));
    if r.is_zero() {
        return principal
            .checked_div(n_dec)
            .ok_or_else(|| Error::overflow(None));
    }
    let f = growth(r, n)?;
    let denom = f - Decimal::ONE;
    principal
        .checked_mul(r)
        .and_then(|x| x.checked_mul(f))
        .and_then(|x| x.checked_div(denom))
        // A large principal at a high rate over a long term overflows P·r·(1+r)^n; the
        // factor r·(1+r)^n / ((1+r)^n − 1) itself stays below 1, so form it first.
        .or_else(|| {
            r.checked_mul(f)
                .and_then(|x| x.checked_div(denom))
                .and_then(|x| x.checked_mul(principal))
        })
        .ok_or_else(|| Error::overflow(None))
}

/// 1 + 10⁻²⁴ (1.000000000000000000000001): how far apart, relatively, two payments computed
/// in 28-digit decimals may be and still be the same exact value. r = annual / 1200 is cut to
/// 28 digits (1% gives 0.000833…3, a hair below 1/1200), so a payment that is exactly a half
/// fen, or exactly the budget, comes out a hair (about 10⁻²⁶ of it) either side. A real
/// difference is far larger: the closest the inputs bring a payment to a budget without
/// meeting it is about 10⁻²¹ of it (100% over 600 months, where 1 / ((1+r)^n − 1) is that
/// small), and a tolerance of 10⁻¹² yuan, tried first, wrongly let 0.24 of principal fit a
/// budget of 0.01 at 50% over 600 months.
const TIE: Decimal = Decimal::from_parts(0xa100_0001, 0x1bce_cced, 0x0000_d3c2, false, 24);

/// `x` raised by [`TIE`], so that a value a hair below an exact tie reaches it. One
/// multiplication: a multiplication and an addition were 2 KB more of wasm.
fn nudged(x: Decimal) -> Decimal {
    x.checked_mul(TIE).unwrap_or(x)
}

/// The monthly payment of an equal-instalment (等额本息) loan, rounded half-up to the fen. An
/// exact half fen rounds up even where the decimal computation lands a hair below it.
///
/// # Errors
/// `OUT_OF_RANGE` on overflow (not for amounts, rates and terms within the input bounds).
pub fn equal_installment_payment(principal: Money, r: Decimal, n: u64) -> Result<Money> {
    exact_installment(principal.decimal(), r, n).map(|x| Money::round_half_up(nudged(x)))
}

/// The largest principal, to the fen, whose exact equal-instalment payment
/// P·r·(1+r)^n / ((1+r)^n − 1) does not exceed `payment`: the repayment capacity of someone
/// who can pay `payment` a month. `payment` is exact (income × ratio, not rounded to the
/// fen first), and the comparison uses the exact payment, not the rounded one, so a limit
/// built on it is neither understated by an early rounding nor overstated by a late one (no
/// income gives no capacity, and 500 a month for 120 months at 0% gives 60,000.00, not the
/// 60,000.59 whose rounded payment would still read 500.00).
///
/// # Errors
/// `OUT_OF_RANGE` on overflow.
pub fn max_principal_for_payment(payment: Decimal, r: Decimal, n: u64) -> Result<Money> {
    let m = payment;
    let estimate = if r.is_zero() {
        m.checked_mul(Decimal::from(n.max(1)))
    } else {
        let f = growth(r, n)?;
        m.checked_mul(f - Decimal::ONE)
            .and_then(|x| x.checked_div(r))
            .and_then(|x| x.checked_div(f))
            // A large payment at a high rate over a long term overflows payment·((1+r)^n − 1);
            // the factor ((1+r)^n − 1) / (1+r)^n stays below 1, so form it first.
            .or_else(|| {
                (f - Decimal::ONE)
                    .checked_div(f)
                    .and_then(|x| x.checked_mul(m))
                    .and_then(|x| x.checked_div(r))
            })
    }
    .ok_or_else(|| Error::overflow(None))?;
    // The estimate is exact to 28 digits, so it can land a hair either side of an exact fen
    // (12.01 a month at 1% over 1 month is exactly 12.00 of principal): a payment within
    // [`TIE`] of the budget fits, and the search starts two fen above the estimate and steps
    // down a fen at a time.
    let fen = Decimal::new(1, 2);
    let budget = nudged(m);
    // Money::add rather than a Decimal sum here: the inlined sum was 2 KB of wasm.
    let mut p = Money::round_down(estimate).add(Money::round_down(Decimal::new(2, 2)))?;
    for _ in 0..6 {
        if p.is_zero() || exact_installment(p.decimal(), r, n)? <= budget {
            break;
        }
        p = Money::round_down(p.decimal() - fen);
    }
    Ok(p)
}

/// The exact (unrounded) equal-instalment payment of `principal`, for the repayment
/// capacity's property tests, which must not be blurred by rounding; test-only.
///
/// # Errors
/// `OUT_OF_RANGE` on overflow (not for amounts, rates and terms within the input bounds).
#[cfg(test)]
fn exact_installment_payment(principal: Money, r: Decimal, n: u64) -> Result<Decimal> {
    exact_installment(principal.decimal(), r, n)
}

/// The longest term, in months, that the "up to 5 years" default rates cover.
pub const SHORT_TERM_MONTHS: u64 = 60;

/// The default annual rate (People's Bank of China, from 2022-10-01; outside the gazette) for
/// a first or second home and a term: up to [`SHORT_TERM_MONTHS`] months is "5 years or less".
/// The rate is always something the user can change; the parameter carries its citation.
///
/// # Errors
/// `RULE_NOT_IN_SOURCE` only if the parameter table lacks the rate (a table error; tested).
pub fn default_rate(first_home: bool, term_months: u64) -> Result<&'static Parameter> {
    let short = term_months <= SHORT_TERM_MONTHS;
    params::current(match (first_home, short) {
        (true, true) => ParamId::RateFirstHomeUpTo5Years,
        (true, false) => ParamId::RateFirstHomeOver5Years,
        (false, true) => ParamId::RateSecondHomeUpTo5Years,
        (false, false) => ParamId::RateSecondHomeOver5Years,
    })
}

/// How the loan is repaid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Equal instalments (等额本息): the same payment every month but the last.
    EqualInstallment,
    /// Equal principal (等额本金): the same principal every month but the last, plus interest.
    EqualPrincipal,
}

/// The input of [`repayment_schedule`].
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RepaymentScheduleInput {
    /// The loan principal (more than 0).
    pub principal: MoneyIn,
    /// The annual rate in percent (0-100), e.g. `"3.1"`. When absent, the default rate for
    /// the term (see [`default_rate`]) is used, and the result says so.
    #[serde(default)]
    pub annual_rate_percent: Option<RateIn>,
    /// Whether the loan is for a first home; picks the default rate only (true when absent).
    #[serde(default)]
    pub first_home: Option<bool>,
    /// The term in months, 1..=[`MAX_TERM_MONTHS`].
    pub term_months: Count,
    /// Equal instalment or equal principal.
    pub method: Method,
}

/// One month of the schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Period {
    /// The month, from 1.
    pub period: u64,
    /// principal + interest.
    pub payment: Money,
    /// The principal repaid this month.
    pub principal: Money,
    /// The interest of this month: the remaining principal before it × r, rounded half-up.
    pub interest: Money,
    /// The principal still owed after this month.
    pub remaining: Money,
}

/// The result of [`repayment_schedule`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RepaymentScheduleResult {
    /// The method used.
    pub method: Method,
    /// The annual rate used, in percent (the input, or the default).
    pub annual_rate_percent: Rate,
    /// The monthly rate r = annual rate / 12 as a fraction, shown to 10 decimals; the
    /// calculation uses the exact value.
    pub monthly_rate: String,
    /// The first month's payment.
    pub first_payment: Money,
    /// The last month's payment.
    pub last_payment: Money,
    /// The sum of all interest.
    pub total_interest: Money,
    /// The sum of all payments: principal + total interest.
    pub total_payment: Money,
    /// Every month.
    pub schedule: Vec<Period>,
    /// The steps applied with their citations, warnings, reasons and rule version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

/// The schedule's formulas are the usual equal-instalment and equal-principal methods of fund
/// loans: standard practice, not a rule of the gazette or of any official figure, so applying
/// them is the library's choice and its steps say so.
const METHODS: Citation = Citation::INTERPRETATION;

/// One month's interest: remaining × annual percent / 1200, rounded half-up. Multiplying
/// before dividing keeps an exact half fen exact (remaining × r with r = 1/1200 cut to 28
/// digits would fall just short of it).
fn period_interest(remaining: Money, annual_percent: Decimal) -> Result<Money> {
    remaining
        .decimal()
        .checked_mul(annual_percent)
        .and_then(|x| x.checked_div(Decimal::from(1200)))
        .map(Money::round_half_up)
        .ok_or_else(|| Error::overflow(None))
}

/// Builds the month-by-month repayment schedule of a loan.
///
/// A principal of 0 is refused rather than answered with an empty schedule: it is almost
/// always an unfinished form, and an all-zero table would look like an answer.
///
/// # Errors
/// `OUT_OF_RANGE` at `principal` for 0, at `termMonths` outside 1..=[`MAX_TERM_MONTHS`], at
/// `annualRatePercent` above 100; `RULE_NOT_IN_SOURCE` only if the default rate is missing
/// from the parameter table (a table error; tested).
pub fn repayment_schedule(input: &RepaymentScheduleInput) -> Result<RepaymentScheduleResult> {
    if input.principal.is_zero() {
        return Err(Error::at(
            ErrorKind::OutOfRange,
            "principal",
            "贷款本金应大于 0",
            "The loan principal must be more than 0",
        ));
    }
    let n = checked_term(input.term_months, "termMonths")?;
    let mut trace = Trace::default();
    let annual = match input.annual_rate_percent {
        Some(rate) => {
            let v = checked_annual_rate(rate, "annualRatePercent")?;
            if input.first_home.is_some() {
                trace.warn(
                    Basis::Official,
                    "FIRST_HOME_NOT_USED",
                    "已填写年利率，是否首套住房只用于选择默认利率，本次未使用",
                    "A rate was entered: firstHome only picks the default rate and is not used",
                );
            }
            trace.step(
                Citation::INPUT,
                format!("年利率 {}%（输入值，非公报规定）", v.normalize()),
                format!(
                    "Annual rate {}% (entered; not the gazette's)",
                    v.normalize()
                ),
                Some(v.normalize().to_string()),
            );
            v
        }
        None => {
            let first_home = input.first_home.unwrap_or(true);
            let p = default_rate(first_home, n)?;
            trace.step(
                p.citation,
                format!(
                    "未输入年利率，采用默认值：{} {}%",
                    p.zh,
                    p.value.normalize()
                ),
                format!(
                    "No rate entered; the default is used: {} {}%",
                    p.en,
                    p.value.normalize()
                ),
                Some(p.value.normalize().to_string()),
            );
            trace.warn(
                Basis::Official,
                "DEFAULT_RATE",
                format!(
                    "年利率采用{}的默认值 {}%（不是公报规定），请以贷款合同利率为准",
                    p.citation.document,
                    p.value.normalize()
                ),
                format!(
                    "The rate is the default {}% of {} (not in the gazette); use the rate of the loan contract",
                    p.value.normalize(),
                    p.citation.document
                ),
            );
            p.value
        }
    };
    let r = monthly_rate(annual)?;
    let r_shown = r
        .round_dp_with_strategy(10, RoundingStrategy::MidpointAwayFromZero)
        .normalize()
        .to_string();
    trace.step(
        METHODS,
        format!("公报未规定还款方式，本库按住房公积金贷款通行的等额本息、等额本金算法计算，以贷款合同为准：月利率 = 年利率 ÷ 12 = {r_shown}（按精确值计算）"),
        format!("The gazette fixes no repayment method; the library applies the usual equal-instalment and equal-principal methods of fund loans (the loan contract governs): monthly rate = annual rate / 12 = {r_shown} (the exact value is used)"),
        Some(r_shown.clone()),
    );

    let principal = input.principal;
    let n_dec = Decimal::from(n);
    let regular = match input.method {
        Method::EqualInstallment => {
            let pay = equal_installment_payment(principal, r, n)?;
            trace.step(
                METHODS,
                if r.is_zero() {
                    format!("等额本息：利率为 0，每月还款 = 本金 ÷ 期数 = {principal} ÷ {n}，四舍五入到分")
                } else {
                    format!("等额本息：每月还款 = P·r·(1+r)^n ÷ ((1+r)^n − 1)，P = {principal}，n = {n}，四舍五入到分")
                },
                if r.is_zero() {
                    format!("Equal instalments at a zero rate: payment = principal / n = {principal} / {n}, rounded half-up to the fen")
                } else {
                    format!("Equal instalments: payment = P·r·(1+r)^n / ((1+r)^n − 1), P = {principal}, n = {n}, rounded half-up to the fen")
                },
                Some(pay.to_string()),
            );
            pay
        }
        Method::EqualPrincipal => {
            let part = principal
                .decimal()
                .checked_div(n_dec)
                .map(Money::round_half_up)
                .ok_or_else(|| Error::overflow(None))?;
            trace.step(
                METHODS,
                format!("等额本金：每月归还本金 = {principal} ÷ {n}，四舍五入到分，最后一期归还剩余本金"),
                format!("Equal principal: principal each month = {principal} / {n}, rounded half-up to the fen; the last month repays the rest"),
                Some(part.to_string()),
            );
            part
        }
    };
    trace.step(
        METHODS,
        "每期利息 = 上期末剩余本金 × 月利率".to_owned(),
        "Each month's interest = remaining principal × monthly rate".to_owned(),
        None,
    );
    // Neither the gazette nor the rate notice says how a schedule rounds; this is the
    // library's choice, made the way fund centres print their schedules.
    trace.step(
        Citation::INTERPRETATION,
        "公报未规定舍入方式：本库将月还款和每期利息四舍五入到分，最后一期还清剩余本金，各期本金之和等于贷款本金；以贷款合同为准".to_owned(),
        "The gazette sets no rounding: the library rounds the payment and each interest half-up to the fen, and the last month repays the rest, so the principal adds up exactly; the loan contract governs".to_owned(),
        None,
    );

    let mut schedule = Vec::with_capacity(usize::try_from(n).unwrap_or(0));
    let mut remaining = principal;
    let mut total_interest = Money::ZERO;
    let mut total_payment = Money::ZERO;
    let mut below_interest = false;
    for period in 1..=n {
        let interest = period_interest(remaining, annual)?;
        let principal_part = if period == n {
            remaining
        } else {
            match input.method {
                Method::EqualInstallment => {
                    if regular < interest {
                        below_interest = true;
                    }
                    regular.saturating_sub(interest).min(remaining)
                }
                Method::EqualPrincipal => regular.min(remaining),
            }
        };
        let payment = principal_part.add(interest)?;
        remaining = remaining.saturating_sub(principal_part);
        total_interest = total_interest.add(interest)?;
        total_payment = total_payment.add(payment)?;
        schedule.push(Period {
            period,
            payment,
            principal: principal_part,
            interest,
            remaining,
        });
    }
    if below_interest {
        trace.warn(
            Basis::Interpretation,
            "PAYMENT_BELOW_INTEREST",
            "有的月份四舍五入后的月还款低于当期利息；公报和贷款规则均未规定这种情况，本库选择当月本金按 0 计、利息照付（不让剩余本金增加），剩余本金在最后一期还清；以贷款合同为准",
            "In some months the rounded payment is below the interest; neither the gazette nor the loan rules cover this, and the library chooses to repay no principal that month and pay the interest in full (so the remaining principal never grows), the rest being repaid in the last month; the loan contract governs",
        );
    }
    let first_payment = schedule.first().map_or(Money::ZERO, |p| p.payment);
    let last_payment = schedule.last().map_or(Money::ZERO, |p| p.payment);
    trace.step(
        METHODS,
        format!("最后一期（第 {n} 期）还款"),
        format!("The last payment (month {n})"),
        Some(last_payment.to_string()),
    );
    trace.step(
        METHODS,
        format!("利息合计 {total_interest} 元，还款合计 {total_payment} 元"),
        format!("Total interest {total_interest} yuan; total paid {total_payment} yuan"),
        Some(total_interest.to_string()),
    );

    Ok(RepaymentScheduleResult {
        method: input.method,
        annual_rate_percent: Rate::from(annual.normalize()),
        monthly_rate: r_shown,
        first_payment,
        last_payment,
        total_interest,
        total_payment,
        schedule,
        explanation: trace.finish(PolicyRef {
            document: docs::REPAYMENT_METHODS.to_owned(),
            effective_from: None,
            effective_to: None,
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a6_worked_example_payment() {
        // The worked example of the README: 300,000 at 3.1% over 360 months → 1,281.05 a month.
        let r = monthly_rate(Decimal::new(31, 1)).unwrap();
        let p = equal_installment_payment(Money::yuan(300_000), r, 360).unwrap();
        assert_eq!(p.to_string(), "1281.05");
        // Back again: the largest principal whose exact payment fits in 1,281.05.
        let back = max_principal_for_payment(p.decimal(), r, 360).unwrap();
        assert!(exact_installment_payment(back, r, 360).unwrap() <= p.decimal());
        let over = Money::round_down(back.decimal() + Decimal::new(1, 2));
        assert!(exact_installment_payment(over, r, 360).unwrap() > p.decimal());
        assert!(back >= Money::yuan(300_000));
    }

    #[test]
    fn zero_rate() {
        let p = equal_installment_payment(Money::yuan(1200), Decimal::ZERO, 12).unwrap();
        assert_eq!(p.to_string(), "100.00");
        let back = max_principal_for_payment(p.decimal(), Decimal::ZERO, 12).unwrap();
        // Not 1,200.05, whose payment 100.004… would only round to 100.00.
        assert_eq!(back.to_string(), "1200.00");
        let none = max_principal_for_payment(Decimal::ZERO, Decimal::new(3, 2), 360).unwrap();
        assert_eq!(none, Money::ZERO);
    }

    fn schedule(
        principal: &str,
        rate: Option<&str>,
        n: u32,
        method: Method,
    ) -> RepaymentScheduleResult {
        repayment_schedule(&RepaymentScheduleInput {
            principal: principal.parse().unwrap(),
            annual_rate_percent: rate.map(|r| r.parse().unwrap()),
            first_home: None,
            term_months: Count::from(n),
            method,
        })
        .unwrap()
    }

    fn check_invariants(s: &RepaymentScheduleResult, principal: &str) {
        let mut sum = Money::ZERO;
        let mut interest = Money::ZERO;
        for p in &s.schedule {
            sum = sum.add(p.principal).unwrap();
            interest = interest.add(p.interest).unwrap();
            assert_eq!(p.payment, p.principal.add(p.interest).unwrap());
        }
        assert_eq!(sum, principal.parse::<Money>().unwrap());
        assert_eq!(interest, s.total_interest);
        assert_eq!(s.total_payment, sum.add(interest).unwrap());
        assert!(s.schedule.last().unwrap().remaining.is_zero());
    }

    #[test]
    fn a6_worked_example_equal_installment() {
        let s = schedule("300000", Some("3.1"), 360, Method::EqualInstallment);
        assert_eq!(s.first_payment.to_string(), "1281.05");
        assert_eq!(s.last_payment.to_string(), "1280.45");
        assert_eq!(s.total_interest.to_string(), "161177.40");
        assert_eq!(s.schedule.len(), 360);
        assert_eq!(s.schedule[0].interest.to_string(), "775.00");
        assert_eq!(s.schedule[0].principal.to_string(), "506.05");
        check_invariants(&s, "300000");
    }

    #[test]
    fn a6_worked_example_equal_principal() {
        let s = schedule("120000", Some("2.6"), 60, Method::EqualPrincipal);
        assert_eq!(s.first_payment.to_string(), "2260.00");
        assert_eq!(s.total_interest.to_string(), "7930.00");
        assert_eq!(s.last_payment.to_string(), "2004.33");
        check_invariants(&s, "120000");
    }

    #[test]
    fn zero_rate_and_uneven_division() {
        let s = schedule("100", Some("0"), 3, Method::EqualInstallment);
        let pays: Vec<String> = s.schedule.iter().map(|p| p.payment.to_string()).collect();
        assert_eq!(pays, ["33.33", "33.33", "33.34"]);
        assert!(s.total_interest.is_zero());
        let s = schedule("0.02", Some("0"), 3, Method::EqualPrincipal);
        let parts: Vec<String> = s.schedule.iter().map(|p| p.principal.to_string()).collect();
        assert_eq!(parts, ["0.01", "0.01", "0.00"]);
        check_invariants(&s, "0.02");
    }

    #[test]
    fn exact_half_fen_rounds_up() {
        // 6 × 1% / 12 = 0.005 exactly: 0.01, not 0.00 as 6 × (1/1200 cut to 28 digits) gives.
        let s = schedule("6", Some("1"), 2, Method::EqualPrincipal);
        assert_eq!(s.schedule[0].interest.to_string(), "0.01");
    }

    #[test]
    fn extremes_do_not_overflow() {
        let s = schedule("1000000000000", Some("100"), 600, Method::EqualInstallment);
        check_invariants(&s, "1000000000000");
        let s = schedule("0.01", Some("100"), 600, Method::EqualInstallment);
        check_invariants(&s, "0.01");
    }

    #[test]
    fn default_rate_by_term() {
        assert_eq!(default_rate(true, 60).unwrap().value, Decimal::new(26, 1));
        assert_eq!(default_rate(true, 61).unwrap().value, Decimal::new(31, 1));
        assert_eq!(
            default_rate(false, 60).unwrap().value,
            Decimal::new(3025, 3)
        );
        assert_eq!(
            default_rate(false, 61).unwrap().value,
            Decimal::new(3575, 3)
        );
        let s = schedule("300000", None, 360, Method::EqualInstallment);
        assert_eq!(s.first_payment.to_string(), "1281.05");
        assert_eq!(s.explanation.warnings[0].code, "DEFAULT_RATE");
        assert!(s.explanation.steps[0].rule.contains("中国人民银行"));
    }

    #[test]
    fn bounds() {
        let base = RepaymentScheduleInput {
            principal: Money::yuan(1000),
            annual_rate_percent: Some("3.1".parse().unwrap()),
            first_home: None,
            term_months: Count::from(12),
            method: Method::EqualInstallment,
        };
        let mut i = base.clone();
        i.principal = Money::ZERO;
        assert_eq!(
            repayment_schedule(&i).unwrap_err().field(),
            Some("principal")
        );
        for n in [0, 601] {
            let mut i = base.clone();
            i.term_months = Count::from(n);
            assert_eq!(
                repayment_schedule(&i).unwrap_err().field(),
                Some("termMonths")
            );
        }
        let mut i = base.clone();
        i.annual_rate_percent = Some("100.0000000001".parse().unwrap());
        assert_eq!(
            repayment_schedule(&i).unwrap_err().field(),
            Some("annualRatePercent")
        );
        let mut i = base;
        i.term_months = Count::from(600);
        i.annual_rate_percent = Some("100".parse().unwrap());
        assert!(repayment_schedule(&i).is_ok());
    }
}

/// The repayment capacity's property tests (they need the exact, unrounded payment, which is
/// not part of the API).
#[cfg(test)]
#[path = "repayment_capacity_tests.rs"]
mod capacity_tests;
