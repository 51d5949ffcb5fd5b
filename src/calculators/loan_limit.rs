//! Housing-fund loan limit, 钦市金管委规〔2023〕1号 一 (caps) and 三 (points for voluntary
//! depositors), with the local constraints a fund site may add.
//!
//! The gazette fixes only the caps. The points-based amount needs a yuan-per-point rate the
//! gazette does not give, and loan-to-value, balance multiple and repayment capacity are usual
//! local rules it does not fix either: each applies only when the site supplies all its
//! parameters, so nothing is invented.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::date::{Date, IsoDate};
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{Basis, Citation, Explanation, PolicyRef, Trace};
use crate::household::MaritalStatus;
use crate::money::Money;
use crate::money::MoneyIn;
use crate::number::RateIn;
use crate::number::{Count, Rate};
use crate::params::{self, ParamId, Parameter};
use crate::points::{self, voluntary_points, AccountStatus, PointsInput, PointsResult};
use crate::repayment_schedule::{
    checked_annual_rate, checked_term, max_principal_for_payment, monthly_rate,
};
use crate::text::Text;

/// How a person deposits into the fund.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Scheme {
    /// Through an employer.
    #[default]
    Employed,
    /// Voluntarily (自愿缴存, e.g. flexible employment): the limit is computed from points.
    Voluntary,
}

/// The applicant or the spouse.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Party {
    /// Whether the person contributes normally (正常缴存) in Qinzhou. Someone whose account
    /// is sealed or closed does not (their points are reset): `true` with such an account in
    /// `points` is `INCONSISTENT`.
    pub contributing: bool,
    /// How; employed when absent.
    #[serde(default)]
    pub scheme: Scheme,
}

/// Local constraints and rates a fund site may configure; the gazette gives none of them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct LocalConstraints {
    /// Yuan of loan per household point, for voluntary depositors.
    #[serde(default)]
    pub yuan_per_point: Option<MoneyIn>,
    /// The price of the home.
    #[serde(default)]
    pub house_price: Option<MoneyIn>,
    /// Maximum loan-to-value ratio, e.g. `"0.8"`.
    #[serde(default)]
    pub max_loan_to_value: Option<RateIn>,
    /// The applicant's account balance.
    #[serde(default)]
    pub account_balance: Option<MoneyIn>,
    /// Maximum multiple of the balance, e.g. `"15"`.
    #[serde(default)]
    pub balance_multiple: Option<RateIn>,
    /// Household monthly income.
    #[serde(default)]
    pub monthly_income: Option<MoneyIn>,
    /// Largest share of income the payment may take, e.g. `"0.5"`.
    #[serde(default)]
    pub max_repayment_ratio: Option<RateIn>,
    /// Annual rate in percent, e.g. `"3.1"`.
    #[serde(default)]
    pub annual_rate_percent: Option<RateIn>,
    /// Term in months.
    #[serde(default)]
    pub term_months: Option<Count>,
}

/// The input of [`loan_limit`].
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct LoanLimitInput {
    /// The application date: picks the rule version.
    pub date: IsoDate,
    /// Single or married.
    pub marital_status: MaritalStatus,
    /// The applicant.
    pub applicant: Party,
    /// The spouse; for a married applicant, absent means the spouse does not contribute.
    #[serde(default)]
    pub spouse: Option<Party>,
    /// The points input, required when a contributing party deposits voluntarily. Members go
    /// by position: `members[0]` is always the applicant and `members[1]` the spouse, so a
    /// contributing voluntary spouse needs an entry at `members[1]` (`MISSING_FIELD` there
    /// otherwise) even when the applicant is employed: enter the applicant's figures first.
    #[serde(default)]
    pub points: Option<PointsInput>,
    /// Site-configured constraints.
    #[serde(default)]
    pub local: Option<LocalConstraints>,
}

/// Which amount limits the loan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Binding {
    /// The gazette's cap.
    Cap,
    /// The points-based amount.
    Points,
    /// House price × maximum loan-to-value.
    LoanToValue,
    /// Account balance × multiple.
    BalanceMultiple,
    /// Repayment capacity.
    RepaymentCapacity,
}

impl Binding {
    /// The constraint's name in the texts.
    fn name(self) -> Text {
        match self {
            Binding::Cap => Text::new("loan_limit.name_cap"),
            Binding::Points => Text::new("loan_limit.name_points"),
            Binding::LoanToValue => Text::new("loan_limit.name_loan_to_value"),
            Binding::BalanceMultiple => Text::new("loan_limit.name_balance_multiple"),
            Binding::RepaymentCapacity => Text::new("loan_limit.name_repayment_capacity"),
        }
    }
}

/// One amount the limit is the smallest of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Constraint {
    /// Which one.
    pub kind: Binding,
    /// Its amount, rounded down to the fen.
    pub amount: Money,
    /// Where the amount comes from: `gazette` for the cap (`interpretation` for an unmarried
    /// applicant, whose cap the gazette does not state); `site` for every other kind,
    /// including `points`: the gazette says to compute it from points, but the amount is
    /// the site's yuan per point times the points, a figure the gazette does not give.
    pub basis: Basis,
}

/// The result of [`loan_limit`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct LoanLimitResult {
    /// Whether anyone in the household contributes normally in Qinzhou.
    pub eligible: bool,
    /// The gazette's cap for this household (0.00 when not eligible).
    pub cap: Money,
    /// The loan limit: the smallest of the cap and every active constraint; `null` when it
    /// depends on the points-based amount and the site has not set `yuanPerPoint` (the fund
    /// centre computes it from points): the cap is then only an upper bound, never the limit.
    pub limit: Option<Money>,
    /// The limit is at most this: the smallest amount known (equal to `limit` when that is
    /// known; 0.00 when not eligible).
    pub upper_bound: Money,
    /// Which constraint gave the limit; `points` when the limit is unknown for want of
    /// `yuanPerPoint`. On a tie the first in `constraints` order wins (cap, points,
    /// loan-to-value, balance multiple, repayment capacity), so the gazette's cap is named
    /// when a site constraint equals it.
    pub binding: Binding,
    /// Every active constraint, the cap first.
    pub constraints: Vec<Constraint>,
    /// The voluntary-deposit points, when a points input was given. When the points enter
    /// the limit, their household total, raw total, cap flag, priority and household step
    /// count only the contributing voluntary depositors (the same total as `pointsCounted`);
    /// each member's own points stay in `members`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points: Option<PointsResult>,
    /// The household points that enter the limit: only contributing voluntary depositors'
    /// points, husband's and wife's added up, capped at 10; `null` when points are not used.
    pub points_counted: Option<u64>,
    /// The points-based amount; `null` when the site has not configured yuan per point.
    pub points_amount: Option<Money>,
    /// Priority approval and disbursement (a contribution group among the depositors).
    pub priority: bool,
    /// The steps applied with their citations, warnings, reasons and rule version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

const SITE: Citation = Citation::SITE;

fn ratio_in(value: Rate, field: &str, min_exclusive: Decimal, max: Decimal) -> Result<Decimal> {
    let v = value.decimal();
    if v <= min_exclusive || v > max {
        return Err(Error::text_at(
            ErrorKind::OutOfRange,
            field,
            Text::new("loan_limit.ratio_range")
                .number("min", min_exclusive)
                .number("max", max),
        ));
    }
    Ok(v)
}

/// Both or neither: a half-configured constraint is a site error, not something to ignore.
fn pair<A: Copy, B: Copy>(
    a: Option<A>,
    b: Option<B>,
    a_name: &str,
    b_name: &str,
) -> Result<Option<(A, B)>> {
    match (a, b) {
        (Some(a), Some(b)) => Ok(Some((a, b))),
        (None, None) => Ok(None),
        (Some(_), None) => Err(missing_with(b_name, a_name)),
        (None, Some(_)) => Err(missing_with(a_name, b_name)),
    }
}

fn missing_with(missing: &str, given: &str) -> Error {
    Error::text_at(
        ErrorKind::MissingField,
        missing,
        Text::new("loan_limit.required_with").raw("given", given),
    )
}

/// Who is in the household and how they contribute.
struct Household {
    /// The spouse, for a married applicant.
    spouse: Option<Party>,
    /// How many contribute normally (0, 1 or 2).
    contributing: usize,
    /// Whether a contributing party deposits voluntarily.
    any_voluntary: bool,
    /// Whether contributing parties deposit both ways.
    mixed: bool,
}

impl Household {
    /// The household the input describes; a spouse counts only for a married applicant.
    ///
    /// # Errors
    /// `INCONSISTENT` for a spouse given for a single applicant.
    fn of(input: &LoanLimitInput) -> Result<Household> {
        if input.marital_status == MaritalStatus::Single && input.spouse.is_some() {
            return Err(Error::text_at(
                ErrorKind::Inconsistent,
                "spouse",
                Text::new("loan_limit.single_with_spouse"),
            ));
        }
        let spouse = input
            .spouse
            .filter(|_| input.marital_status == MaritalStatus::Married);
        let contributing: Vec<&Party> = std::iter::once(&input.applicant)
            .chain(spouse.as_ref())
            .filter(|p| p.contributing)
            .collect();
        let any_voluntary = contributing.iter().any(|p| p.scheme == Scheme::Voluntary);
        Ok(Household {
            spouse,
            contributing: contributing.len(),
            any_voluntary,
            mixed: any_voluntary && contributing.iter().any(|p| p.scheme == Scheme::Employed),
        })
    }

    /// The parties by the position of their points: `members[0]` is the applicant,
    /// `members[1]` the spouse.
    fn parties<'a>(&'a self, input: &'a LoanLimitInput) -> [Option<&'a Party>; 2] {
        [Some(&input.applicant), self.spouse.as_ref()]
    }
}

/// The points, computed whenever given (they are informative) and checked against the
/// parties they belong to; required when a contributing party deposits voluntarily.
fn checked_points(input: &LoanLimitInput, house: &Household) -> Result<Option<PointsResult>> {
    if input.marital_status == MaritalStatus::Single
        && input.points.as_ref().is_some_and(|p| p.members.len() > 1)
    {
        return Err(Error::text_at(
            ErrorKind::Inconsistent,
            "points.members",
            Text::new("loan_limit.single_points_members"),
        ));
    }
    let points = match &input.points {
        Some(p) => Some(voluntary_points(p).map_err(|e| e.prefixed("points"))?),
        None if house.any_voluntary => {
            return Err(Error::text_at(
                ErrorKind::MissingField,
                "points",
                Text::new("loan_limit.points_required"),
            ))
        }
        None => None,
    };
    let Some(p) = &input.points else {
        return Ok(points);
    };
    // members[i] belongs to parties[i] by position. A contributing voluntary spouse whose
    // entry is missing would silently count 0 points (a limit of 0.00) and would skip the
    // sealed-account check below: their entry is required, as the applicant's is.
    if let Some(s) = house.spouse.as_ref() {
        if s.contributing && s.scheme == Scheme::Voluntary && p.members.len() < 2 {
            return Err(Error::text_at(
                ErrorKind::MissingField,
                "points.members[1]",
                Text::new("loan_limit.spouse_points_required"),
            ));
        }
    }
    // Sealing or closing an account resets its points (三 第十六条) and ends normal
    // contribution: someone entered as contributing with such an account is a contradiction,
    // and taking either side would overstate or understate the cap.
    let parties = house.parties(input);
    for (i, m) in p.members.iter().enumerate() {
        let contributing = parties
            .get(i)
            .copied()
            .flatten()
            .is_some_and(|p| p.contributing);
        if contributing && m.account_status != AccountStatus::Normal {
            let party = if i == 0 { "applicant" } else { "spouse" };
            return Err(Error::with_text(
                ErrorKind::Inconsistent,
                Some(format!("points.members[{i}].accountStatus")),
                Text::new("loan_limit.sealed_contributing").raw("party", party),
            ));
        }
    }
    Ok(points)
}

/// The gazette's cap for the household, with its step; `None` when nobody contributes.
fn cap_step(
    house: &Household,
    single: bool,
    date: Date,
    trace: &mut Trace,
) -> Result<Option<&'static Parameter>> {
    let (cap_param, text) = match house.contributing {
        0 => return Ok(None),
        1 => (
            params::on(ParamId::LoanCapOne, date)?,
            Text::new("loan_limit.cap_one"),
        ),
        _ => (
            params::on(ParamId::LoanCapBoth, date)?,
            Text::new("loan_limit.cap_both"),
        ),
    };
    let cap = Money::round_down(cap_param.value);
    if single {
        // "缴存人单方" speaks of one side of a couple; the gazette has no cap for someone
        // unmarried. Giving them the one-side cap is the library's reading, so the amount is
        // carried by the interpretation step alone, never by a gazette step.
        trace.apply(
            Citation::INTERPRETATION,
            Text::new("loan_limit.cap_single").money("cap", cap),
            Some(cap.to_string()),
        );
    } else {
        trace.apply(
            cap_param.citation,
            text.money("cap", cap),
            Some(cap.to_string()),
        );
    }
    Ok(Some(cap_param))
}

/// The household points that enter the limit: only contributing voluntary depositors' points,
/// husband's and wife's added up (三 第十六条), capped; and whether one of them has priority.
/// The nested points are brought to the same total, so one result states one household total.
fn counted_points(
    p: &mut PointsResult,
    parties: [Option<&Party>; 2],
    mixed: bool,
    trace: &mut Trace,
) -> Result<(u64, bool)> {
    // Every step of the points but the last, the household total of everyone entered: the
    // step below states the total that counts, so the result never states two different
    // household totals.
    let member_steps = p
        .explanation
        .steps
        .split_last()
        .map_or(&[][..], |(_, rest)| rest);
    trace.steps.extend(member_steps.iter().cloned());
    // The points' own warnings (e.g. a group the fund centre still has to recognise) matter
    // as much when the points enter a loan limit.
    trace
        .warnings
        .extend(p.explanation.warnings.iter().cloned());
    let mut sum: u64 = 0;
    let mut members_counted = 0;
    let mut priority = false;
    for (i, m) in p.members.iter().enumerate() {
        let counts = parties
            .get(i)
            .copied()
            .flatten()
            .is_some_and(|party| party.contributing && party.scheme == Scheme::Voluntary);
        if counts {
            members_counted += 1;
            sum = sum.saturating_add(m.total);
            priority |= m.contribution_points > 0;
        } else if m.total > 0 {
            // The gazette computes voluntary depositors' loans from their points and adds up
            // husband's and wife's; it says nothing of the points of someone who is not (or no
            // longer) contributing voluntarily. Leaving them out is the library's choice:
            // counting them would lend on deposits that are not being made.
            trace.warning(
                Basis::Interpretation,
                "POINTS_MEMBER_NOT_COUNTED",
                Text::new("loan_limit.member_not_counted")
                    .text("who", points::who_within(i))
                    .count("points", m.total),
            );
        }
    }
    let household_cap = params::current(ParamId::PointsHouseholdCap)?;
    let whose = if members_counted > 1 {
        Text::new("loan_limit.counted_spouses")
    } else {
        Text::new("loan_limit.counted_depositor")
    };
    let counted = points::household_total(trace, household_cap, whose, sum);
    // A member left out keeps their own line in `points.members` (and the
    // POINTS_MEMBER_NOT_COUNTED warning says why), but the nested household total, raw total,
    // cap flag, priority and household step are the counted ones.
    if p.household_raw != sum {
        if let (Some(last), Some(step)) = (p.explanation.steps.last_mut(), trace.steps.last()) {
            *last = step.clone();
        }
    }
    p.household_raw = sum;
    p.household = counted;
    p.capped = sum > counted;
    p.priority = priority;
    if mixed {
        trace.warning(
            Basis::Interpretation,
            "MIXED_SCHEMES",
            Text::new("loan_limit.mixed_schemes"),
        );
    }
    Ok((counted, priority))
}

/// The amount from the counted points at the site's yuan per point; `None` (with a warning)
/// when the site has not set it.
fn points_amount(
    counted: u64,
    yuan_per_point: Option<Money>,
    trace: &mut Trace,
) -> Result<Option<Money>> {
    let Some(rate) = yuan_per_point else {
        trace.warning(
            Basis::Site,
            "POINTS_RATE_NOT_CONFIGURED",
            Text::new("loan_limit.points_rate_not_configured"),
        );
        return Ok(None);
    };
    let amount = rate.times(counted)?;
    trace.apply(
        SITE,
        Text::new("loan_limit.points_amount")
            .count("points", counted)
            .money("rate", rate),
        Some(amount.to_string()),
    );
    Ok(Some(amount))
}

/// The house price times the maximum loan-to-value, when the site sets both.
fn loan_to_value(local: &LocalConstraints, trace: &mut Trace) -> Result<Option<Money>> {
    let Some((price, ltv)) = pair(
        local.house_price,
        local.max_loan_to_value,
        "local.housePrice",
        "local.maxLoanToValue",
    )?
    else {
        return Ok(None);
    };
    let ltv = ratio_in(ltv, "local.maxLoanToValue", Decimal::ZERO, Decimal::ONE)?;
    let amount = price.times_down(ltv)?;
    trace.apply(
        SITE,
        Text::new("loan_limit.loan_to_value")
            .money("price", price)
            .number("ltv", ltv),
        Some(amount.to_string()),
    );
    Ok(Some(amount))
}

/// The account balance times a multiple, when the site sets both.
fn balance_multiple(local: &LocalConstraints, trace: &mut Trace) -> Result<Option<Money>> {
    let Some((balance, multiple)) = pair(
        local.account_balance,
        local.balance_multiple,
        "local.accountBalance",
        "local.balanceMultiple",
    )?
    else {
        return Ok(None);
    };
    let multiple = ratio_in(
        multiple,
        "local.balanceMultiple",
        Decimal::ZERO,
        Decimal::from(1000),
    )?;
    let amount = balance.times_down(multiple)?;
    trace.apply(
        SITE,
        Text::new("loan_limit.balance_multiple")
            .money("balance", balance)
            .number("multiple", multiple),
        Some(amount.to_string()),
    );
    Ok(Some(amount))
}

/// The largest principal the household can repay, when the site sets all four of income,
/// ratio, rate and term.
fn repayment_capacity(local: &LocalConstraints, trace: &mut Trace) -> Result<Option<Money>> {
    let capacity_fields = [
        ("local.monthlyIncome", local.monthly_income.is_some()),
        (
            "local.maxRepaymentRatio",
            local.max_repayment_ratio.is_some(),
        ),
        (
            "local.annualRatePercent",
            local.annual_rate_percent.is_some(),
        ),
        ("local.termMonths", local.term_months.is_some()),
    ];
    if let Some((given, _)) = capacity_fields.iter().find(|(_, set)| *set) {
        if let Some((missing, _)) = capacity_fields.iter().find(|(_, set)| !*set) {
            return Err(missing_with(missing, given));
        }
    }
    let (Some(income), Some(ratio), Some(rate), Some(term)) = (
        local.monthly_income,
        local.max_repayment_ratio,
        local.annual_rate_percent,
        local.term_months,
    ) else {
        return Ok(None);
    };
    let ratio = ratio_in(
        ratio,
        "local.maxRepaymentRatio",
        Decimal::ZERO,
        Decimal::ONE,
    )?;
    let rate = checked_annual_rate(rate, "local.annualRatePercent")?;
    let n = checked_term(term, "local.termMonths")?;
    // The budget stays exact: rounding income × ratio to the fen first would understate the
    // capacity by up to a yuan over a long term.
    let payment = income
        .decimal()
        .checked_mul(ratio)
        .ok_or_else(|| Error::overflow(Some("local.monthlyIncome")))?
        .normalize();
    let amount = max_principal_for_payment(payment, monthly_rate(rate)?, n)?;
    trace.apply(
        SITE,
        Text::new("loan_limit.repayment_capacity")
            .money("income", income)
            .number("ratio", ratio)
            .number("payment", payment)
            .number("rate", rate)
            .count("months", n),
        Some(amount.to_string()),
    );
    Ok(Some(amount))
}

/// What every outcome states besides the limit itself.
struct Parts {
    cap: Money,
    constraints: Vec<Constraint>,
    points: Option<PointsResult>,
    points_counted: Option<u64>,
    points_amount: Option<Money>,
    priority: bool,
}

impl Parts {
    /// The result of an eligible household.
    fn result(
        self,
        limit: Option<Money>,
        upper_bound: Money,
        binding: Binding,
        explanation: Explanation,
    ) -> LoanLimitResult {
        LoanLimitResult {
            eligible: true,
            cap: self.cap,
            limit,
            upper_bound,
            binding,
            constraints: self.constraints,
            points: self.points,
            points_counted: self.points_counted,
            points_amount: self.points_amount,
            priority: self.priority,
            explanation,
        }
    }
}

/// Computes the loan limit for a household.
///
/// # Errors
/// `RULE_NOT_IN_SOURCE` before 2023-01-01 (the gazette does not give the earlier caps);
/// `INCONSISTENT` for a spouse given for a single applicant, or for a party entered as
/// contributing whose account in `points.members[i].accountStatus` is sealed or closed (a reset
/// account is not contributing normally); `MISSING_FIELD` for a voluntary
/// depositor without `points`, or a local constraint given only in part; `OUT_OF_RANGE` for
/// ratios, rates or terms outside their sensible range; `MISSING_FIELD` at `points.members[1]`
/// for a contributing voluntary spouse without an entry there; and every error of
/// [`voluntary_points`] under `points.…`.
pub fn loan_limit(input: &LoanLimitInput) -> Result<LoanLimitResult> {
    // Both caps are looked up first: a date before the notice is refused whoever contributes.
    let policy = params::on(ParamId::LoanCapBoth, input.date)?.policy();
    params::on(ParamId::LoanCapOne, input.date)?;
    let mut trace = Trace::default();
    let house = Household::of(input)?;
    let mut points = checked_points(input, &house)?;
    if input.points.is_some() && !house.any_voluntary {
        trace.warning(
            Basis::Gazette,
            "POINTS_NOT_USED",
            Text::new("loan_limit.points_not_used"),
        );
    }
    let local = input.local.clone().unwrap_or_default();
    let single = input.marital_status == MaritalStatus::Single;

    let Some(cap_param) = cap_step(&house, single, input.date, &mut trace)? else {
        trace.refusal(
            Basis::Interpretation,
            "NO_CONTRIBUTOR",
            Text::new("loan_limit.no_contributor"),
        );
        let parts = Parts {
            cap: Money::ZERO,
            constraints: Vec::new(),
            points,
            points_counted: None,
            points_amount: None,
            priority: false,
        };
        return Ok(LoanLimitResult {
            eligible: false,
            ..parts.result(
                Some(Money::ZERO),
                Money::ZERO,
                Binding::Cap,
                trace.finish(policy),
            )
        });
    };
    let cap = Money::round_down(cap_param.value);
    let mut parts = Parts {
        cap,
        constraints: vec![Constraint {
            kind: Binding::Cap,
            amount: cap,
            basis: if single {
                Basis::Interpretation
            } else {
                Basis::Gazette
            },
        }],
        points: None,
        points_counted: None,
        points_amount: None,
        priority: false,
    };
    // Whether the limit needs a points-based amount the site cannot compute.
    let mut points_amount_missing = false;
    if let (true, Some(p)) = (house.any_voluntary, points.as_mut()) {
        let (counted, priority) = counted_points(p, house.parties(input), house.mixed, &mut trace)?;
        parts.points_counted = Some(counted);
        parts.priority = priority;
        parts.points_amount = points_amount(counted, local.yuan_per_point, &mut trace)?;
        match parts.points_amount {
            Some(amount) => parts.constraints.push(Constraint {
                kind: Binding::Points,
                amount,
                basis: Basis::Site,
            }),
            None => points_amount_missing = true,
        }
    }
    parts.points = points;
    let site = [
        (Binding::LoanToValue, loan_to_value(&local, &mut trace)?),
        (
            Binding::BalanceMultiple,
            balance_multiple(&local, &mut trace)?,
        ),
        (
            Binding::RepaymentCapacity,
            repayment_capacity(&local, &mut trace)?,
        ),
    ];
    for (kind, amount) in site {
        if let Some(amount) = amount {
            parts.constraints.push(Constraint {
                kind,
                amount,
                basis: Basis::Site,
            });
        }
    }
    Ok(decide(
        parts,
        cap_param,
        single,
        points_amount_missing,
        trace,
        policy,
    ))
}

/// The limit: the smallest of the cap and every constraint, or, when the points-based amount
/// decides and the site cannot compute it, unknown below an upper bound.
fn decide(
    parts: Parts,
    cap_param: &Parameter,
    single: bool,
    points_amount_missing: bool,
    mut trace: Trace,
    policy: PolicyRef,
) -> LoanLimitResult {
    // The first smallest wins ties, so the gazette's cap is named when a constraint equals it
    // (and, between constraints, the one listed first).
    let smallest = parts
        .constraints
        .iter()
        .copied()
        .reduce(|best, c| if c.amount < best.amount { c } else { best })
        .unwrap_or(Constraint {
            kind: Binding::Cap,
            amount: parts.cap,
            basis: Basis::Gazette,
        });
    let bound = smallest.amount;
    if points_amount_missing {
        // A1: the points-based amount decides and cannot be computed here. Showing the cap
        // (or any smaller known amount) as the limit would overstate it. Two steps, each with
        // its own basis: the gazette says the loan comes from points; the bound is the figure
        // of whichever constraint gives it (the gazette's cap, the library's reading of it for
        // an unmarried applicant, or a site setting).
        let cite =
            params::current(ParamId::PointsHouseholdCap).map_or(cap_param.citation, |p| p.citation);
        trace.apply(cite, Text::new("loan_limit.points_basis"), None);
        if bound.is_zero() {
            // Whatever the points give, the smallest amount is already 0.00: the limit is
            // known. Taking the smallest is the site's rule, as below.
            trace.apply(
                SITE,
                Text::new("loan_limit.bound_is_zero")
                    .text("name", smallest.kind.name())
                    .money("bound", bound),
                Some(bound.to_string()),
            );
            return parts.result(Some(bound), bound, smallest.kind, trace.finish(policy));
        }
        let bound_cite = match smallest.basis {
            Basis::Gazette => cap_param.citation,
            Basis::Interpretation => Citation::INTERPRETATION,
            _ => SITE,
        };
        trace.apply(
            bound_cite,
            Text::new("loan_limit.upper_bound")
                .text("name", smallest.kind.name())
                .money("bound", bound),
            None,
        );
        return parts.result(None, bound, Binding::Points, trace.finish(policy));
    }
    // With no local constraint the gazette's cap is the limit; otherwise taking the smallest
    // is the site's rule (its constraints only ever lower the cap), not the gazette's.
    let (rule, text) = if parts.constraints.len() == 1 && single {
        (
            Citation::INTERPRETATION,
            Text::new("loan_limit.limit_is_cap_applied"),
        )
    } else if parts.constraints.len() == 1 {
        (cap_param.citation, Text::new("loan_limit.limit_is_cap"))
    } else {
        (SITE, Text::new("loan_limit.limit_is_smallest"))
    };
    trace.apply(rule, text, Some(bound.to_string()));
    parts.result(Some(bound), bound, smallest.kind, trace.finish(policy))
}
