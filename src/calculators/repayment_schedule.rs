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

use crate::date::{Date, IsoDate};
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{docs, Basis, Citation, Explanation, PolicyRef, Trace};
use crate::money::Money;
use crate::money::MoneyIn;
use crate::number::RateIn;
use crate::number::{Count, Rate};
use crate::params::{self, ParamId, Parameter};
use crate::text::Text;

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
        return Err(Error::text_at(
            ErrorKind::OutOfRange,
            field,
            Text::new("repayment_schedule.rate_range"),
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
        return Err(Error::text_at(
            ErrorKind::OutOfRange,
            field,
            Text::new("repayment_schedule.term_range").count("max", MAX_TERM_MONTHS),
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

/// Which default rate a loan takes: first or second home, and a term up to
/// [`SHORT_TERM_MONTHS`] months ("5 years or less") or over. The band is the loan's term and
/// stays the band when the rate is repriced ("按相应利率档次").
pub fn rate_band(first_home: bool, term_months: u64) -> ParamId {
    match (first_home, term_months <= SHORT_TERM_MONTHS) {
        (true, true) => ParamId::RateFirstHomeUpTo5Years,
        (true, false) => ParamId::RateFirstHomeOver5Years,
        (false, true) => ParamId::RateSecondHomeUpTo5Years,
        (false, false) => ParamId::RateSecondHomeOver5Years,
    }
}

/// The default annual rate (the People's Bank of China's provident-fund loan rate; outside the
/// gazette) for a first or second home and a term: the version in force on `date` (the loan's
/// start), or without a date the latest version in the table. The rate is always something
/// the user can change; the parameter carries its citation.
///
/// # Errors
/// `RULE_NOT_IN_SOURCE` at `date` for a day before the table's first version (the table
/// holds no earlier rate and none is invented), or if the table lacks the rate (a table
/// error; tested).
pub fn default_rate(
    first_home: bool,
    term_months: u64,
    date: Option<Date>,
) -> Result<&'static Parameter> {
    let id = rate_band(first_home, term_months);
    let Some(date) = date else {
        return params::current(id);
    };
    params::on(id, date).map_err(|_| {
        let text = match params::earliest_from(id) {
            Some(earliest) => Text::new("repayment_schedule.no_default_rate")
                .date("earliest", earliest)
                .date("date", date),
            None => Text::new("repayment_schedule.no_default_rate_for_day").date("date", date),
        };
        Error::text_at(ErrorKind::RuleNotInSource, "date", text)
    })
}

/// The first period that begins on or after `day`, where period k begins on `start` + (k − 1)
/// months: the corresponding day, or the month's last day where it does not exist (Civil
/// Code art. 202, as [`Date::add_months`] computes it).
///
/// # Errors
/// `OUT_OF_RANGE` past the last year a date may have.
pub fn first_period_on_or_after(start: Date, day: Date) -> Result<u64> {
    // The period beginning in `day`'s month is `months` after the start; it begins before
    // `day` only when `day` is later in that month, and then the next one is the first.
    let months = (i64::from(day.year()) - i64::from(start.year())) * 12 + i64::from(day.month())
        - i64::from(start.month());
    let mut k = u32::try_from(months.max(0)).map_err(|_| Error::overflow(Some("date")))?;
    if start.add_months(k)? < day {
        k += 1;
    }
    Ok(u64::from(k) + 1)
}

/// A later default rate reaching a loan: the version, the 1 January it applies from, and the
/// first period at it.
#[derive(Clone, Copy, Debug)]
struct Repricing {
    param: &'static Parameter,
    from: Date,
    /// The day the first period at the new rate begins.
    begins: Date,
    first_period: u64,
    /// An earlier version that took effect in the same year and is superseded by `param`
    /// before it reached the loan (the library's reading: the year's last change applies).
    superseded: Option<&'static Parameter>,
}

/// The later versions of the loan's default rate that reach it under 银发〔1998〕190号 第十四条:
/// each version that took effect after `start` applies from the 1 January after it took
/// effect, from the first period beginning on or after that day (the library's reading). Two
/// versions taking effect in one year: the later one is the rate at the start of the next; a
/// version whose rate is the rate already applied changes nothing and is left out.
///
/// # Errors
/// `OUT_OF_RANGE` past the last year a date may have.
fn repricings(id: ParamId, start: Date, n: u64, start_rate: Decimal) -> Result<Vec<Repricing>> {
    // The table lists a parameter's versions in the order they took effect (tested in
    // params), so no sorting here.
    let later = params::versions(id).filter_map(|p| {
        p.effective_from
            .filter(|from| *from > start)
            .map(|from| (p, from))
    });
    let mut plan: Vec<Repricing> = Vec::new();
    for (param, took_effect) in later {
        let from = Date::new(took_effect.year().saturating_add(1), 1, 1)?;
        let first_period = first_period_on_or_after(start, from)?;
        if first_period > n {
            break;
        }
        match plan.last_mut() {
            Some(last) if last.from == from => {
                last.superseded = Some(last.param);
                last.param = param;
            }
            _ => plan.push(Repricing {
                param,
                from,
                begins: start.add_months(
                    u32::try_from(first_period - 1).map_err(|_| Error::overflow(Some("date")))?,
                )?,
                first_period,
                superseded: None,
            }),
        }
    }
    let mut rate = start_rate;
    plan.retain(|c| {
        let changed = c.param.value != rate;
        rate = c.param.value;
        changed
    });
    Ok(plan)
}

/// How the loan is repaid.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Equal instalments (等额本息): the same payment every month but the last.
    #[default]
    EqualInstallment,
    /// Equal principal (等额本金): the same principal every month but the last, plus interest.
    EqualPrincipal,
}

/// The input of [`repayment_schedule`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RepaymentScheduleInput {
    /// The loan principal (more than 0).
    pub principal: MoneyIn,
    /// The annual rate in percent (0-100), e.g. `"3.1"`: the contract rate, never repriced.
    /// When absent, the default rate for the term (see [`default_rate`]) is used, and the
    /// result says so.
    #[serde(default)]
    pub annual_rate_percent: Option<RateIn>,
    /// Whether the loan is for a first home; picks the default rate only (true when absent).
    #[serde(default)]
    pub first_home: Option<bool>,
    /// The term in months, 1..=[`MAX_TERM_MONTHS`].
    pub term_months: Count,
    /// Equal instalment or equal principal.
    pub method: Method,
    /// The loan's start: picks the default rate in force that day and, for a term over 12
    /// months, reprices the default from each 1 January after a later rate took effect.
    /// Without it (and without a rate) the latest default is used, with a warning.
    #[serde(default)]
    pub date: Option<IsoDate>,
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

/// A change of the default rate within the loan (银发〔1998〕190号 第十四条).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RateChange {
    /// The 1 January from which the new rate applies.
    pub from: IsoDate,
    /// The first period at the new rate: the first beginning on or after `from`.
    pub first_period: u64,
    /// The new annual rate, in percent.
    pub annual_rate_percent: Rate,
    /// The payment of `firstPeriod`: for equal instalments, the payment recomputed on the
    /// remaining principal over the remaining periods.
    pub payment: Money,
}

/// The result of [`repayment_schedule`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RepaymentScheduleResult {
    /// The method used.
    pub method: Method,
    /// The annual rate of the first period, in percent (the input, or the default in force on
    /// the loan's start); later rates are in `rate_changes`.
    pub annual_rate_percent: Rate,
    /// The first period's monthly rate r = annual rate / 12 as a fraction, shown to 10
    /// decimals; the calculation uses the exact value.
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
    /// Each repricing of the default rate, in order; empty when none.
    pub rate_changes: Vec<RateChange>,
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

/// Where the schedule's rate comes from: the starting rate, and the plan of repricings.
struct RatePlan {
    annual: Decimal,
    repricings: Vec<Repricing>,
}

/// Picks the starting rate (entered, or the default for the day) and, for a default with a
/// start date and a term over the repricing threshold, the repricings; records the steps and
/// warnings that say so.
fn rate_plan(input: &RepaymentScheduleInput, n: u64, trace: &mut Trace) -> Result<RatePlan> {
    match input.annual_rate_percent {
        Some(rate) => entered_rate(input, rate, trace),
        None => default_rate_plan(input, n, trace),
    }
}

/// An entered rate: the contract rate, never repriced.
fn entered_rate(input: &RepaymentScheduleInput, rate: Rate, trace: &mut Trace) -> Result<RatePlan> {
    let v = checked_annual_rate(rate, "annualRatePercent")?;
    let shown = v.normalize();
    if input.first_home.is_some() {
        trace.warning(
            Basis::Interpretation,
            "FIRST_HOME_NOT_USED",
            Text::new("repayment_schedule.first_home_not_used"),
        );
    }
    trace.apply(
        Citation::INPUT,
        Text::new("repayment_schedule.entered_rate").number("rate", shown),
        Some(shown.to_string()),
    );
    trace.apply(
        Citation::INTERPRETATION,
        Text::new("repayment_schedule.contract_rate").number("rate", shown),
        None,
    );
    Ok(RatePlan {
        annual: v,
        repricings: Vec::new(),
    })
}

/// The default rate for the term and the loan's start, and (with a start date) the later
/// rates that reprice it.
fn default_rate_plan(
    input: &RepaymentScheduleInput,
    n: u64,
    trace: &mut Trace,
) -> Result<RatePlan> {
    let first_home = input.first_home.unwrap_or(true);
    let p = default_rate(first_home, n, input.date)?;
    let v = p.value.normalize();
    let in_force = params::in_force_from(p)?;
    let checked = params::RATES_CHECKED_UNTIL;
    let which = match input.date {
        Some(date) => Text::new("repayment_schedule.default_on_start").date("date", date),
        None => Text::new("repayment_schedule.default_latest"),
    };
    trace.apply(
        p.citation,
        Text::new("repayment_schedule.default_rate")
            .text("which", which)
            .text("name", params::label(p))
            .number("rate", v)
            .date("from", in_force),
        Some(v.to_string()),
    );
    let mut plan = RatePlan {
        annual: p.value,
        repricings: Vec::new(),
    };
    let default_rate_warning = |trace: &mut Trace, repriced: bool| {
        let text = if repriced {
            Text::new("repayment_schedule.default_rate_repriced_warning")
        } else {
            Text::new("repayment_schedule.default_rate_warning")
        };
        trace.warning(
            Basis::Official,
            "DEFAULT_RATE",
            text.raw("document", p.citation.document)
                .number("rate", v)
                .date("from", in_force),
        );
    };
    let Some(date) = input.date else {
        default_rate_warning(trace, false);
        trace.warning(
            Basis::Interpretation,
            "RATE_DATE_NOT_GIVEN",
            Text::new("repayment_schedule.rate_date_not_given")
                .date("from", in_force)
                .date("checked", checked),
        );
        return Ok(plan);
    };
    let threshold = params::current(ParamId::RateRepricingTermOverMonths)?;
    let rule = params::REPRICING_RULE;
    if n > threshold.whole() {
        plan.repricings = repricings(p.id, date, n, p.value)?;
        trace.apply(
            rule,
            Text::new("repayment_schedule.repriced_from_next_year")
                .raw("document", rule.document)
                .raw("clause", rule.clause)
                .text("rule", params::repricing_rule_words(true))
                .count("months", n)
                .count("threshold", threshold.whole())
                .date("checked", checked),
            None,
        );
        if !plan.repricings.is_empty() {
            first_period_reading(n, trace);
        }
    } else {
        trace.apply(
            rule,
            Text::new("repayment_schedule.contract_rate_up_to_1_year")
                .raw("document", rule.document)
                .raw("clause", rule.clause)
                .text("rule", params::repricing_rule_words(false))
                .count("months", n)
                .count("threshold", threshold.whole())
                .number("rate", v),
            None,
        );
    }
    default_rate_warning(trace, !plan.repricings.is_empty());
    if date > checked {
        trace.warning(
            Basis::Official,
            "RATE_TABLE_CHECKED_UNTIL",
            Text::new("repayment_schedule.start_after_checked")
                .date("date", date)
                .date("checked", checked),
        );
    }
    // A change after the checked day would reach the loan from the next 1 January: a period
    // beginning on or after it may be at a rate the table does not know.
    let unknown_from = Date::new(checked.year().saturating_add(1), 1, 1)?;
    let last_begins = date.add_months(u32::try_from(n - 1).map_err(|_| Error::overflow(None))?)?;
    if n > threshold.whole() && last_begins >= unknown_from {
        let last = plan
            .repricings
            .last()
            .map_or(p.value, |c| c.param.value)
            .normalize();
        trace.warning(
            Basis::Interpretation,
            "RATE_CHANGES_AFTER_CHECKED_UNKNOWN",
            Text::new("repayment_schedule.changes_after_checked_unknown")
                .date("from", unknown_from)
                .date("checked", checked)
                .number("rate", last),
        );
    }
    Ok(plan)
}

/// The library's reading of 第十四条 where it is silent: which period is "the start of the
/// next year", and which band a shortening loan stays in.
fn first_period_reading(n: u64, trace: &mut Trace) {
    let band = if n > SHORT_TERM_MONTHS {
        Text::new("repayment_schedule.band_over").count("months", SHORT_TERM_MONTHS)
    } else {
        Text::new("repayment_schedule.band_up_to").count("months", SHORT_TERM_MONTHS)
    };
    trace.apply(
        Citation::INTERPRETATION,
        Text::new("repayment_schedule.first_period_reading")
            .count("months", n)
            .text("band", band)
            .count("short", SHORT_TERM_MONTHS),
        None,
    );
}

/// The steps of each repricing applied: the new rate and the day it reaches the loan, then
/// the first period at it and its payment.
fn repricing_steps(
    applied: &[(Repricing, Money, RateChange)],
    method: Method,
    regular: Money,
    n: u64,
    trace: &mut Trace,
) -> Result<()> {
    let rule = params::REPRICING_RULE;
    for (c, owed, change) in applied {
        let p = c.param;
        let v = p.value.normalize();
        let took_effect = params::in_force_from(p)?;
        let pay = change.payment;
        trace.apply(
            p.citation,
            Text::new("repayment_schedule.rate_changed")
                .date("took_effect", took_effect)
                .text("name", params::label(p))
                .number("rate", v)
                .raw("document", rule.document)
                .raw("clause", rule.clause)
                .date("from", c.from),
            Some(v.to_string()),
        );
        let k = change.first_period;
        let how = match method {
            Method::EqualInstallment => Text::new("repayment_schedule.recomputed_installment")
                .money("owed", *owed)
                .count("months", n - k + 1)
                .money("payment", pay),
            Method::EqualPrincipal => Text::new("repayment_schedule.same_principal_part")
                .money("part", regular)
                .money("payment", pay),
        };
        let text = match c.superseded {
            Some(q) => Text::new("repayment_schedule.repriced_period_after_two_changes")
                .year("year", c.from.year().saturating_sub(1))
                .date("earlier_day", params::in_force_from(q)?)
                .number("earlier_rate", q.value.normalize())
                .date("took_effect", took_effect),
            None => Text::new("repayment_schedule.repriced_period"),
        };
        trace.apply(
            Citation::INTERPRETATION,
            text.count("period", k)
                .date("begins", c.begins)
                .date("from", c.from)
                .number("rate", v)
                .text("how", how),
            Some(pay.to_string()),
        );
    }
    Ok(())
}

/// The method's payment (equal instalment) or principal part (equal principal), with the
/// steps that say how every period is computed.
fn regular_payment(
    input: &RepaymentScheduleInput,
    r: Decimal,
    n: u64,
    trace: &mut Trace,
) -> Result<Money> {
    let principal = input.principal;
    let regular = match input.method {
        Method::EqualInstallment => {
            let pay = equal_installment_payment(principal, r, n)?;
            let text = if r.is_zero() {
                Text::new("repayment_schedule.installment_zero_rate")
            } else {
                Text::new("repayment_schedule.installment")
            };
            trace.apply(
                METHODS,
                text.money("principal", principal).count("months", n),
                Some(pay.to_string()),
            );
            pay
        }
        Method::EqualPrincipal => {
            let part = principal
                .decimal()
                .checked_div(Decimal::from(n))
                .map(Money::round_half_up)
                .ok_or_else(|| Error::overflow(None))?;
            trace.apply(
                METHODS,
                Text::new("repayment_schedule.equal_principal")
                    .money("principal", principal)
                    .count("months", n),
                Some(part.to_string()),
            );
            part
        }
    };
    trace.apply(METHODS, Text::new("repayment_schedule.interest"), None);
    // Neither the gazette nor the rate notice says how a schedule rounds; this is the
    // library's choice, made the way fund centres print their schedules.
    trace.apply(
        Citation::INTERPRETATION,
        Text::new("repayment_schedule.rounding"),
        None,
    );
    Ok(regular)
}

/// The periods of a schedule and what building them found.
struct Built {
    schedule: Vec<Period>,
    total_interest: Money,
    total_payment: Money,
    /// Whether a rounded payment fell below its period's interest.
    below_interest: bool,
    /// Each repricing applied: the plan entry, the principal owed before it and the change.
    applied: Vec<(Repricing, Money, RateChange)>,
    /// The regular payment or principal part in force at the end.
    regular: Money,
}

/// Builds the schedule period by period, repricing where the plan says.
fn build(
    input: &RepaymentScheduleInput,
    plan: &RatePlan,
    mut regular: Money,
    n: u64,
) -> Result<Built> {
    let mut schedule = Vec::with_capacity(usize::try_from(n).unwrap_or(0));
    let mut remaining = input.principal;
    let mut total_interest = Money::ZERO;
    let mut total_payment = Money::ZERO;
    let mut below_interest = false;
    let mut annual = plan.annual;
    let mut pending = plan.repricings.iter().peekable();
    let mut applied: Vec<(Repricing, Money, RateChange)> = Vec::new();
    for period in 1..=n {
        let change = pending.next_if(|c| c.first_period == period).copied();
        if let Some(c) = change {
            annual = c.param.value;
            if input.method == Method::EqualInstallment {
                regular =
                    equal_installment_payment(remaining, monthly_rate(annual)?, n - period + 1)?;
            }
        }
        let owed = remaining;
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
        if let Some(c) = change {
            applied.push((
                c,
                owed,
                RateChange {
                    from: c.from,
                    first_period: period,
                    annual_rate_percent: Rate::from(annual.normalize()),
                    payment,
                },
            ));
        }
    }
    Ok(Built {
        schedule,
        total_interest,
        total_payment,
        below_interest,
        applied,
        regular,
    })
}

/// Builds the month-by-month repayment schedule of a loan.
///
/// A principal of 0 is refused rather than answered with an empty schedule: it is almost
/// always an unfinished form, and an all-zero table would look like an answer.
///
/// With the default rates and a start `date`, a term over 12 months follows the People's Bank
/// of China's later rates from each following 1 January (银发〔1998〕190号 第十四条), listed in
/// `rate_changes`; an entered rate is the contract rate and is never repriced.
///
/// # Errors
/// `OUT_OF_RANGE` at `principal` for 0, at `termMonths` outside 1..=[`MAX_TERM_MONTHS`], at
/// `annualRatePercent` above 100; `RULE_NOT_IN_SOURCE` at `date` when no rate is entered and
/// the day is before the first default rate in the table (or if the table lacks the rate, a
/// table error; tested).
pub fn repayment_schedule(input: &RepaymentScheduleInput) -> Result<RepaymentScheduleResult> {
    if input.principal.is_zero() {
        return Err(Error::text_at(
            ErrorKind::OutOfRange,
            "principal",
            Text::new("repayment_schedule.principal_zero"),
        ));
    }
    let n = checked_term(input.term_months, "termMonths")?;
    let mut trace = Trace::default();
    let plan = rate_plan(input, n, &mut trace)?;
    let start_annual = plan.annual;
    let r = monthly_rate(start_annual)?;
    let r_rounded = r
        .round_dp_with_strategy(10, RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    let r_shown = r_rounded.to_string();
    trace.apply(
        METHODS,
        Text::new("repayment_schedule.monthly_rate").number("rate", r_rounded),
        Some(r_shown.clone()),
    );

    let regular = regular_payment(input, r, n, &mut trace)?;
    let Built {
        schedule,
        total_interest,
        total_payment,
        below_interest,
        applied,
        regular,
    } = build(input, &plan, regular, n)?;
    repricing_steps(&applied, input.method, regular, n, &mut trace)?;
    if below_interest {
        trace.warning(
            Basis::Interpretation,
            "PAYMENT_BELOW_INTEREST",
            Text::new("repayment_schedule.payment_below_interest"),
        );
    }
    let first_payment = schedule.first().map_or(Money::ZERO, |p| p.payment);
    let last_payment = schedule.last().map_or(Money::ZERO, |p| p.payment);
    trace.apply(
        METHODS,
        Text::new("repayment_schedule.last_payment").count("period", n),
        Some(last_payment.to_string()),
    );
    trace.apply(
        METHODS,
        Text::new("repayment_schedule.totals")
            .money("interest", total_interest)
            .money("total", total_payment),
        Some(total_interest.to_string()),
    );

    Ok(RepaymentScheduleResult {
        method: input.method,
        annual_rate_percent: Rate::from(start_annual.normalize()),
        monthly_rate: r_shown,
        first_payment,
        last_payment,
        total_interest,
        total_payment,
        schedule,
        rate_changes: applied.into_iter().map(|(_, _, c)| c).collect(),
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
            date: None,
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

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn default_rate_by_term_and_date() {
        // POLICY A6's table: the version in force on the day, the term picking the band.
        let on = |first, n, d: &str| default_rate(first, n, Some(day(d))).unwrap().value;
        assert_eq!(on(true, 60, "2022-10-01"), Decimal::new(26, 1));
        assert_eq!(on(true, 61, "2024-05-17"), Decimal::new(31, 1));
        assert_eq!(on(true, 61, "2024-05-18"), Decimal::new(285, 2));
        assert_eq!(on(true, 60, "2025-05-07"), Decimal::new(235, 2));
        assert_eq!(on(true, 60, "2025-05-08"), Decimal::new(21, 1));
        assert_eq!(on(false, 60, "2023-01-01"), Decimal::new(3025, 3));
        assert_eq!(on(false, 61, "2024-06-01"), Decimal::new(3325, 3));
        assert_eq!(on(false, 61, "2030-01-01"), Decimal::new(3075, 3));
        // Without a date: the latest version.
        assert_eq!(
            default_rate(true, 61, None).unwrap().value,
            Decimal::new(26, 1)
        );
        // Before the table's first version: not invented.
        let e = default_rate(true, 61, Some(day("2022-09-30"))).unwrap_err();
        assert_eq!(e.code(), "RULE_NOT_IN_SOURCE");
        assert_eq!(e.field(), Some("date"));
        let s = schedule("300000", None, 360, Method::EqualInstallment);
        assert_eq!(s.first_payment.to_string(), "1201.02");
        let codes: Vec<&str> = s
            .explanation
            .warnings
            .iter()
            .map(|w| w.code.as_str())
            .collect();
        assert_eq!(codes, ["DEFAULT_RATE", "RATE_DATE_NOT_GIVEN"]);
        assert!(s.explanation.steps[0].rule.contains("中国人民银行"));
        assert!(s.rate_changes.is_empty());
    }

    #[test]
    fn first_period_on_or_after_follows_the_corresponding_day() {
        // Period k begins k - 1 months after the start (Civil Code art. 202).
        let jan = day("2025-01-01");
        assert_eq!(
            first_period_on_or_after(day("2023-06-01"), jan).unwrap(),
            20
        );
        assert_eq!(
            first_period_on_or_after(day("2023-12-31"), jan).unwrap(),
            14
        );
        assert_eq!(
            first_period_on_or_after(day("2024-01-01"), jan).unwrap(),
            13
        );
        assert_eq!(first_period_on_or_after(day("2024-12-31"), jan).unwrap(), 2);
        // A mid-month day: the period beginning earlier in that month is before it.
        assert_eq!(
            first_period_on_or_after(day("2024-01-20"), day("2024-03-15")).unwrap(),
            3
        );
        assert_eq!(
            first_period_on_or_after(day("2024-01-10"), day("2024-03-15")).unwrap(),
            4
        );
    }

    /// POLICY A6's worked repricing example (银发〔1998〕190号 第十四条 with the library's
    /// reading of the first period): 3.1%, 1,281.05; from period 20 2.85%, 1,242.43; from
    /// period 32 2.6%, 1,205.61.
    #[test]
    fn a6_worked_repricing_example() {
        let s = repayment_schedule(&RepaymentScheduleInput {
            principal: Money::yuan(300_000),
            annual_rate_percent: None,
            first_home: Some(true),
            term_months: Count::from(360),
            method: Method::EqualInstallment,
            date: Some(day("2023-06-01")),
        })
        .unwrap();
        assert_eq!(s.annual_rate_percent.decimal().to_string(), "3.1");
        assert_eq!(s.first_payment.to_string(), "1281.05");
        let changes: Vec<(String, u64, String, String)> = s
            .rate_changes
            .iter()
            .map(|c| {
                (
                    c.from.to_string(),
                    c.first_period,
                    c.annual_rate_percent.decimal().to_string(),
                    c.payment.to_string(),
                )
            })
            .collect();
        assert_eq!(
            changes,
            [
                ("2025-01-01".into(), 20, "2.85".into(), "1242.43".into()),
                ("2026-01-01".into(), 32, "2.6".into(), "1205.61".into()),
            ]
        );
        assert_eq!(s.schedule[18].payment.to_string(), "1281.05");
        assert_eq!(s.schedule[30].payment.to_string(), "1242.43");
        check_invariants(&s, "300000");
    }

    /// A test-only table: the real one with the first-home over-5-years rate's versions
    /// replaced by `versions` (day it took effect, last day or none, rate).
    fn table_with(versions: &[(&str, Option<&str>, Decimal)]) -> Vec<Parameter> {
        let id = ParamId::RateFirstHomeOver5Years;
        let model = *params::versions(id).next().unwrap();
        let mut table: Vec<Parameter> = params::PARAMETERS
            .iter()
            .filter(|p| p.id != id)
            .copied()
            .collect();
        for (from, to, value) in versions {
            table.push(Parameter {
                value: *value,
                effective_from: Some(day(from)),
                effective_to: to.map(day),
                ..model
            });
        }
        table
    }

    fn repriced(start: &str, n: u32) -> RepaymentScheduleResult {
        repayment_schedule(&RepaymentScheduleInput {
            principal: Money::yuan(300_000),
            annual_rate_percent: None,
            first_home: Some(true),
            term_months: Count::from(n),
            method: Method::EqualInstallment,
            date: Some(day(start)),
        })
        .unwrap()
    }

    fn changes(s: &RepaymentScheduleResult) -> Vec<(String, u64, String)> {
        s.rate_changes
            .iter()
            .map(|c| {
                (
                    c.from.to_string(),
                    c.first_period,
                    c.annual_rate_percent.decimal().to_string(),
                )
            })
            .collect()
    }

    /// 银发〔1998〕190号 第十四条 "于下年初开始" with two changes in one calendar year: the
    /// library's reading (a fund centre reads the article the same way) is that the year's
    /// last change applies from the next 1 January, once; a year whose last change returns to
    /// the rate already applied changes nothing.
    #[test]
    fn two_changes_in_one_year_the_later_applies() {
        let table = table_with(&[
            ("2022-10-01", Some("2024-03-31"), dec("3.1")),
            ("2024-04-01", Some("2024-09-30"), dec("2.9")),
            ("2024-10-01", None, dec("2.7")),
        ]);
        let s = params::tests::with_table(table, || repriced("2023-06-01", 360));
        assert_eq!(
            changes(&s),
            [("2025-01-01".to_owned(), 20, "2.7".to_owned())]
        );
        // Period 19 (2024-12-01) is still at 3.1%; 2.9% is never charged.
        assert_eq!(
            s.schedule[18].interest,
            period_interest(s.schedule[17].remaining, dec("3.1")).unwrap()
        );
        assert_eq!(
            s.schedule[19].interest,
            period_interest(s.schedule[18].remaining, dec("2.7")).unwrap()
        );
        let step = s
            .explanation
            .steps
            .iter()
            .find(|st| st.zh().contains("年内利率调整了两次"))
            .expect("the step says the year's last change applies");
        assert_eq!(step.rule, "本库解释");
        assert!(
            step.zh().contains("2024年4月1日 调整为 2.9%"),
            "{}",
            step.zh()
        );
        check_invariants(&s, "300000");

        let table = table_with(&[
            ("2022-10-01", Some("2024-03-31"), dec("3.1")),
            ("2024-04-01", Some("2024-09-30"), dec("2.9")),
            ("2024-10-01", None, dec("3.1")),
        ]);
        let s = params::tests::with_table(table, || repriced("2023-06-01", 360));
        assert!(s.rate_changes.is_empty(), "{:?}", changes(&s));
        assert!(s
            .schedule
            .iter()
            .all(|p| p.payment.to_string() == "1281.05" || p.period == 360));
    }

    /// A version that keeps the rate already applied (a notice that changed another band
    /// only) is no change for this loan: no `rateChanges` entry, no recomputed payment.
    #[test]
    fn a_version_with_the_same_rate_is_no_change() {
        let table = table_with(&[
            ("2022-10-01", Some("2023-12-31"), dec("3.1")),
            ("2024-01-01", Some("2024-12-31"), dec("3.1")),
            ("2025-01-01", None, dec("2.85")),
        ]);
        let s = params::tests::with_table(table, || repriced("2023-06-01", 360));
        assert_eq!(
            changes(&s),
            [("2026-01-01".to_owned(), 32, "2.85".to_owned())]
        );
        assert_eq!(s.schedule[30].payment.to_string(), "1281.05");
        check_invariants(&s, "300000");
    }

    fn dec(x: &str) -> Decimal {
        x.parse().unwrap()
    }

    fn warning_codes(s: &RepaymentScheduleResult) -> Vec<&str> {
        s.explanation
            .warnings
            .iter()
            .map(|w| w.code.as_str())
            .collect()
    }

    /// The rate table is checked up to 2026-12-01; a later change would reprice a loan over
    /// 12 months (第十四条) from 2027-01-01. A default-rate schedule with a period beginning
    /// then or later warns that such changes are unknown and the last known rate is assumed
    /// (the library's reading); one that ends before, or is not repriced, does not.
    #[test]
    fn a_schedule_past_the_checked_day_warns_that_later_changes_are_unknown() {
        let code = "RATE_CHANGES_AFTER_CHECKED_UNKNOWN";
        let s = repriced("2023-06-01", 360);
        let w = s
            .explanation
            .warnings
            .iter()
            .find(|w| w.code == code)
            .unwrap();
        assert_eq!(w.basis, Basis::Interpretation);
        assert!(
            w.zh().contains("2.6%")
                && w.zh().contains("2026年12月1日")
                && w.zh().contains("本计算器的理解"),
            "{}",
            w.zh()
        );
        // The last period begins 2027-01-01: it would take a change made after the check.
        assert!(warning_codes(&repriced("2025-02-01", 24)).contains(&code));
        // The last period begins 2026-12-01: no later change could reach it.
        assert!(!warning_codes(&repriced("2025-01-01", 24)).contains(&code));
        // 12 months: the contract rate throughout (1年以内（含1年）), nothing to reprice.
        assert!(!warning_codes(&repriced("2026-06-01", 12)).contains(&code));
        // A contract rate is never repriced.
        let s = repayment_schedule(&RepaymentScheduleInput {
            annual_rate_percent: Some("3.1".parse().unwrap()),
            date: Some(day("2023-06-01")),
            ..RepaymentScheduleInput {
                principal: Money::yuan(300_000),
                annual_rate_percent: None,
                first_home: None,
                term_months: Count::from(360),
                method: Method::EqualInstallment,
                date: None,
            }
        })
        .unwrap();
        assert!(!warning_codes(&s).contains(&code));
    }

    #[test]
    fn bounds() {
        let base = RepaymentScheduleInput {
            principal: Money::yuan(1000),
            annual_rate_percent: Some("3.1".parse().unwrap()),
            first_home: None,
            term_months: Count::from(12),
            method: Method::EqualInstallment,
            date: None,
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
