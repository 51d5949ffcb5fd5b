//! Housing-fund loan limit, 钦市金管委规〔2023〕1号 一 (caps) and 三 (points for voluntary
//! depositors), with the local constraints a fund site may add.
//!
//! The gazette fixes only the caps. The points-based amount needs a yuan-per-point rate the
//! gazette does not give, and loan-to-value, balance multiple and repayment capacity are usual
//! local rules it does not fix either: each applies only when the site supplies all its
//! parameters, so nothing is invented.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::date::IsoDate;
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{Basis, Citation, Explanation, StepUnit, Trace};
use crate::household::MaritalStatus;
use crate::money::Money;
use crate::money::MoneyIn;
use crate::number::RateIn;
use crate::number::{Count, Rate};
use crate::params::{self, ParamId};
use crate::points::{voluntary_points, AccountStatus, PointsInput, PointsResult};
use crate::repayment_schedule::{
    checked_annual_rate, checked_term, max_principal_for_payment, monthly_rate,
};

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
    /// The constraint's name in the texts, Chinese and English.
    fn names(self) -> (&'static str, &'static str) {
        match self {
            Binding::Cap => ("最高贷款额度", "maximum loan"),
            Binding::Points => ("按积分核算的额度", "points-based amount"),
            Binding::LoanToValue => ("房价乘最高贷款成数", "house price times loan-to-value"),
            Binding::BalanceMultiple => ("账户余额乘倍数", "balance times multiple"),
            Binding::RepaymentCapacity => ("还款能力", "repayment capacity"),
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
        return Err(Error::at(
            ErrorKind::OutOfRange,
            field,
            format!("应大于 {min_exclusive} 且不超过 {max}"),
            format!("Must be above {min_exclusive} and at most {max}"),
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
    Error::at(
        ErrorKind::MissingField,
        missing,
        format!("已填写 {given}，此项也须填写"),
        format!("Required together with {given}"),
    )
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
    let cap_both = params::on(ParamId::LoanCapBoth, input.date)?;
    let cap_one = params::on(ParamId::LoanCapOne, input.date)?;
    let mut trace = Trace::default();

    if input.marital_status == MaritalStatus::Single && input.spouse.is_some() {
        return Err(Error::at(
            ErrorKind::Inconsistent,
            "spouse",
            "未婚（单身）申请人不应填写配偶",
            "A single applicant has no spouse to enter",
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
    let mixed = any_voluntary && contributing.iter().any(|p| p.scheme == Scheme::Employed);

    // Points: computed whenever given (they are informative), used only for a voluntary
    // depositor.
    if input.marital_status == MaritalStatus::Single
        && input.points.as_ref().is_some_and(|p| p.members.len() > 1)
    {
        return Err(Error::at(
            ErrorKind::Inconsistent,
            "points.members",
            "未婚（单身）申请人只填写本人的积分",
            "A single applicant enters their own points only",
        ));
    }
    let mut points = match &input.points {
        Some(p) => Some(voluntary_points(p).map_err(|e| e.prefixed("points"))?),
        None if any_voluntary => {
            return Err(Error::at(
                ErrorKind::MissingField,
                "points",
                "自愿缴存人按缴存积分核算可贷额度，须填写积分信息",
                "A voluntary depositor's loan is computed from points; enter them",
            ))
        }
        None => None,
    };
    // members[i] belongs to parties[i] by position. A contributing voluntary spouse whose
    // entry is missing would silently count 0 points (a limit of 0.00) and would skip the
    // sealed-account check below: their entry is required, as the applicant's is.
    if let (Some(p), Some(s)) = (&input.points, spouse.as_ref()) {
        if s.contributing && s.scheme == Scheme::Voluntary && p.members.len() < 2 {
            return Err(Error::at(
                ErrorKind::MissingField,
                "points.members[1]",
                "配偶以自愿缴存方式正常缴存，须填写其积分信息；members 按位置对应，第1项为申请人，第2项为配偶",
                "The spouse contributes voluntarily, so their points are needed; members go by position: the applicant first, the spouse second",
            ));
        }
    }
    // Sealing or closing an account resets its points (三 第十六条) and ends normal
    // contribution: someone entered as contributing with such an account is a contradiction,
    // and taking either side would overstate or understate the cap.
    if let Some(p) = &input.points {
        let parties = [Some(&input.applicant), spouse.as_ref()];
        for (i, m) in p.members.iter().enumerate() {
            let contributing = parties
                .get(i)
                .copied()
                .flatten()
                .is_some_and(|p| p.contributing);
            if contributing && m.account_status != AccountStatus::Normal {
                let who = if i == 0 { "applicant" } else { "spouse" };
                let field = format!("points.members[{i}].accountStatus");
                return Err(Error::new(
                    ErrorKind::Inconsistent,
                    Some(field.clone()),
                    format!("账户已封存或销户，不是正常缴存；{who}.contributing 应为 false"),
                    format!("A sealed or closed account is not contributing normally; {who}.contributing must be false"),
                ));
            }
        }
    }
    if input.points.is_some() && !any_voluntary {
        trace.warn(
            Basis::Gazette,
            "POINTS_NOT_USED",
            "家庭中没有以自愿缴存方式正常缴存的人，积分不用于核算可贷额度",
            "Nobody contributing deposits voluntarily: points do not enter the limit",
        );
    }

    let local = input.local.clone().unwrap_or_default();
    let policy = cap_both.policy();

    let (cap_param, count_zh, count_en) = match contributing.len() {
        0 => {
            trace.reason(
                Basis::Interpretation,
                "NO_CONTRIBUTOR",
                "缴存人及配偶均未在本市正常缴存住房公积金；公报只规定有人正常缴存时的额度，本计算器据此判断不能申请贷款",
                "Neither the applicant nor the spouse contributes normally in Qinzhou; the gazette gives caps only where someone does, so the library reads this as not eligible",
            );
            return Ok(LoanLimitResult {
                eligible: false,
                cap: Money::ZERO,
                limit: Some(Money::ZERO),
                upper_bound: Money::ZERO,
                binding: Binding::Cap,
                constraints: Vec::new(),
                points_counted: None,
                points_amount: None,
                priority: false,
                points,
                explanation: trace.finish(policy),
            });
        }
        1 => (
            cap_one,
            "缴存人单方在本市正常缴存",
            "One side contributes normally in Qinzhou",
        ),
        _ => (
            cap_both,
            "夫妻双方均在本市正常缴存",
            "Both spouses contribute normally in Qinzhou",
        ),
    };
    let cap = Money::round_down(cap_param.value);
    let single = input.marital_status == MaritalStatus::Single;
    if single {
        // "缴存人单方" speaks of one side of a couple; the gazette has no cap for someone
        // unmarried. Giving them the one-side cap is the library's reading, so the amount is
        // carried by the interpretation step alone, never by a gazette step.
        trace.step(
            Citation::INTERPRETATION,
            format!(
                "“缴存人单方”指夫妻一方，公报未规定未婚（单身）缴存人的额度；本计算器按一人正常缴存适用 {}万元",
                cap.wan()
            ),
            format!(
                "The one-side cap speaks of a couple; the library applies it to an unmarried applicant too ({cap} yuan), as exactly one person contributes"
            ),
            Some(cap.to_string()),
        );
    } else {
        trace.step(
            cap_param.citation,
            format!("{count_zh}，最高贷款额度为 {}万元", cap.wan()),
            format!("{count_en}: the maximum loan is {cap} yuan"),
            Some(cap.to_string()),
        );
    }
    let mut constraints = vec![Constraint {
        kind: Binding::Cap,
        amount: cap,
        basis: if single {
            Basis::Interpretation
        } else {
            Basis::Gazette
        },
    }];

    let mut points_amount = None;
    let mut points_counted = None;
    let mut priority = false;
    // Whether the limit needs a points-based amount the site cannot compute.
    let mut points_amount_missing = false;
    // The counted household (raw, capped, priority, its step) for the nested points below.
    let mut counted_view = None;
    if let (true, Some(p)) = (any_voluntary, &points) {
        // Every step of the points but the last, the household total of everyone entered:
        // the step below states the total that counts, so the result never states two
        // different household totals.
        let member_steps = p
            .explanation
            .steps
            .split_last()
            .map_or(&[][..], |(_, rest)| rest);
        trace.steps.extend(member_steps.iter().cloned());
        // The points' own warnings (e.g. a group the fund centre still has to recognise)
        // matter as much when the points enter a loan limit.
        trace
            .warnings
            .extend(p.explanation.warnings.iter().cloned());
        // Only voluntary depositors earn points, and only husband and wife add theirs up
        // (三 第十六条): members[0] is the applicant, members[1] the spouse.
        let parties = [Some(&input.applicant), spouse.as_ref()];
        let mut sum: u64 = 0;
        let mut members_counted = 0;
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
                let (zh, en) = if i == 0 {
                    ("申请人", "the applicant")
                } else {
                    ("配偶", "the spouse")
                };
                // The gazette computes voluntary depositors' loans from their points and adds
                // up husband's and wife's; it says nothing of the points of someone who is not
                // (or no longer) contributing voluntarily. Leaving them out is the library's
                // choice: counting them would lend on deposits that are not being made.
                trace.warn(
                    Basis::Interpretation,
                    "POINTS_MEMBER_NOT_COUNTED",
                    format!("{zh}不是正常缴存的自愿缴存人，公报未规定其积分是否计入；本计算器不计入其 {} 分（积分核算的是正常自愿缴存人的可贷额度），以公积金中心核定为准", m.total),
                    format!(
                        "{en} is not a contributing voluntary depositor and the gazette does not say whether their points count; the library leaves their {} points out (points measure a contributing voluntary depositor's loan); the fund centre decides",
                        m.total
                    ),
                );
            }
        }
        let household_cap = params::current(ParamId::PointsHouseholdCap)?;
        let counted = sum.min(household_cap.whole());
        let shown_cap = params::shown(household_cap);
        let (whose_zh, whose_en) = if members_counted > 1 {
            (
                "正常自愿缴存的夫妻双方积分累加",
                "the contributing voluntary depositors' points added up",
            )
        } else {
            (
                "正常自愿缴存人的积分",
                "the contributing voluntary depositor's points",
            )
        };
        trace.step_in(
            household_cap.citation,
            if sum > counted {
                format!("计入可贷额度的家庭户积分：{whose_zh}，未封顶合计 {sum} 分，封顶{shown_cap}分，封顶后合计 {counted} 分")
            } else {
                format!("计入可贷额度的家庭户积分：{whose_zh}，合计 {counted} 分（未超过封顶{shown_cap}分）")
            },
            if sum > counted {
                format!("Household points that count: {whose_en}, raw total {sum}, capped at {shown_cap}: capped total {counted}")
            } else {
                format!("Household points that count: {whose_en}: total {counted} (within the cap of {shown_cap})")
            },
            counted.to_string(),
            StepUnit::Points,
        );
        points_counted = Some(counted);
        counted_view = Some((sum, counted, priority, trace.steps.last().cloned()));
        if mixed {
            trace.warn(
                Basis::Interpretation,
                "MIXED_SCHEMES",
                "家庭中既有单位缴存也有自愿缴存，公报未规定如何合并核算；本计算器把积分可贷额度作为一项限制（取较小者），以公积金中心核定为准",
                "Employed and voluntary deposits are mixed and the gazette does not say how they combine; the library applies the points-based amount as one more constraint (the smaller wins); the fund centre decides",
            );
        }
        match local.yuan_per_point {
            Some(rate) => {
                let amount = rate.times(counted)?;
                trace.step(
                    SITE,
                    format!("按缴存积分核算可贷额度：{counted} 分 × 每分 {rate} 元（本站配置）"),
                    format!(
                        "Loanable amount from points: {counted} points × {rate} yuan per point (site setting)"
                    ),
                    Some(amount.to_string()),
                );
                points_amount = Some(amount);
                constraints.push(Constraint {
                    kind: Binding::Points,
                    amount,
                    basis: Basis::Site,
                });
            }
            None => {
                points_amount_missing = true;
                trace.warn(
                    Basis::Site,
                    "POINTS_RATE_NOT_CONFIGURED",
                    "公报未规定每分对应的贷款金额，本站未配置（yuanPerPoint）：贷款额度由公积金中心按积分核算",
                    "The gazette does not give the yuan per point and this site has not set yuanPerPoint: the fund centre computes the limit from the points",
                );
            }
        }
    }

    // One result, one household total: in a loan limit the nested points count only the
    // members whose points enter the limit. A member left out keeps their own line in
    // `points.members` (and the POINTS_MEMBER_NOT_COUNTED warning says why), but the nested
    // household total, raw total, cap flag, priority and household step are the counted ones.
    if let (Some(p), Some((sum, counted, counted_priority, step))) = (points.as_mut(), counted_view)
    {
        if p.household_raw != sum {
            if let (Some(last), Some(step)) = (p.explanation.steps.last_mut(), step) {
                *last = step;
            }
        }
        p.household_raw = sum;
        p.household = counted;
        p.capped = sum > counted;
        p.priority = counted_priority;
    }

    if let Some((price, ltv)) = pair(
        local.house_price,
        local.max_loan_to_value,
        "local.housePrice",
        "local.maxLoanToValue",
    )? {
        let ltv = ratio_in(ltv, "local.maxLoanToValue", Decimal::ZERO, Decimal::ONE)?;
        let amount = price.times_down(ltv)?;
        trace.step(
            SITE,
            format!("房价 {price} 元 × 最高贷款成数 {ltv}（本站配置）"),
            format!("House price {price} yuan × maximum loan-to-value {ltv} (site setting)"),
            Some(amount.to_string()),
        );
        constraints.push(Constraint {
            kind: Binding::LoanToValue,
            amount,
            basis: Basis::Site,
        });
    }

    if let Some((balance, multiple)) = pair(
        local.account_balance,
        local.balance_multiple,
        "local.accountBalance",
        "local.balanceMultiple",
    )? {
        let multiple = ratio_in(
            multiple,
            "local.balanceMultiple",
            Decimal::ZERO,
            Decimal::from(1000),
        )?;
        let amount = balance.times_down(multiple)?;
        trace.step(
            SITE,
            format!("账户余额 {balance} 元 × 倍数 {multiple}（本站配置）"),
            format!("Account balance {balance} yuan × multiple {multiple} (site setting)"),
            Some(amount.to_string()),
        );
        constraints.push(Constraint {
            kind: Binding::BalanceMultiple,
            amount,
            basis: Basis::Site,
        });
    }

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
    if let (Some(income), Some(ratio), Some(rate), Some(term)) = (
        local.monthly_income,
        local.max_repayment_ratio,
        local.annual_rate_percent,
        local.term_months,
    ) {
        let ratio = ratio_in(
            ratio,
            "local.maxRepaymentRatio",
            Decimal::ZERO,
            Decimal::ONE,
        )?;
        let rate = checked_annual_rate(rate, "local.annualRatePercent")?;
        let n = checked_term(term, "local.termMonths")?;
        // The budget stays exact: rounding income × ratio to the fen first would understate
        // the capacity by up to a yuan over a long term.
        let payment = income
            .decimal()
            .checked_mul(ratio)
            .ok_or_else(|| Error::overflow(Some("local.monthlyIncome")))?
            .normalize();
        let amount = max_principal_for_payment(payment, monthly_rate(rate)?, n)?;
        trace.step(
            SITE,
            format!(
                "还款能力：月收入 {income} 元 × 还款比例 {ratio} = 月还款上限 {payment} 元（不先舍入）；按年利率 {rate}%、{n} 个月等额本息，精确月还款不超过该上限的最大本金（取整到分）（本站配置）"
            ),
            format!(
                "Repayment capacity: income {income} × ratio {ratio} = {payment} a month (not rounded first); the largest principal, to the fen, whose exact equal-instalment payment at {rate}% over {n} months fits in it (site setting)"
            ),
            Some(amount.to_string()),
        );
        constraints.push(Constraint {
            kind: Binding::RepaymentCapacity,
            amount,
            basis: Basis::Site,
        });
    }

    // The first smallest wins ties, so the gazette's cap is named when a constraint equals it
    // (and, between constraints, the one listed first).
    let smallest = constraints
        .iter()
        .copied()
        .reduce(|best, c| if c.amount < best.amount { c } else { best })
        .unwrap_or(Constraint {
            kind: Binding::Cap,
            amount: cap,
            basis: Basis::Gazette,
        });
    if points_amount_missing {
        // A1: the points-based amount decides and cannot be computed here. Showing the cap
        // (or any smaller known amount) as the limit would overstate it. Two steps, each with
        // its own basis: the gazette says the loan comes from points; the bound is the figure
        // of whichever constraint gives it (the gazette's cap, the library's reading of it for
        // an unmarried applicant, or a site setting).
        let bound = smallest.amount;
        let cite = params::current(ParamId::PointsHouseholdCap)?.citation;
        trace.step(
            cite,
            "自愿缴存人按缴存积分核算可贷额度".to_owned(),
            "A voluntary depositor's loan is computed from their deposit points".to_owned(),
            None,
        );
        let bound_cite = match smallest.basis {
            Basis::Gazette => cap_param.citation,
            Basis::Interpretation => Citation::INTERPRETATION,
            _ => SITE,
        };
        let (name_zh, name_en) = smallest.kind.names();
        if bound.is_zero() {
            // Whatever the points give, the smallest amount is already 0.00: the limit is
            // known. Taking the smallest is the site's rule, as below.
            trace.step(
                SITE,
                format!("按积分核算的额度虽未知，但{name_zh}为 {bound} 元，贷款额度取各项中的最小值，为 {bound} 元"),
                format!("The points-based amount is unknown, but the {name_en} is {bound} yuan: the limit, the smallest of all, is {bound} yuan"),
                Some(bound.to_string()),
            );
            return Ok(LoanLimitResult {
                eligible: true,
                cap,
                limit: Some(bound),
                upper_bound: bound,
                binding: smallest.kind,
                constraints,
                points,
                points_counted,
                points_amount: None,
                priority,
                explanation: trace.finish(policy),
            });
        }
        trace.step(
            bound_cite,
            format!("{name_zh} {bound} 元：按积分核算的贷款额度最高不超过 {bound} 元（上限，不是贷款额度）"),
            format!("The {name_en} is {bound} yuan: the limit computed from points is at most {bound} yuan (an upper bound, not the limit)"),
            None,
        );
        return Ok(LoanLimitResult {
            eligible: true,
            cap,
            limit: None,
            upper_bound: bound,
            binding: Binding::Points,
            constraints,
            points,
            points_counted,
            points_amount: None,
            priority,
            explanation: trace.finish(policy),
        });
    }
    let binding = smallest;
    // With no local constraint the gazette's cap is the limit; otherwise taking the smallest
    // is the site's rule (its constraints only ever lower the cap), not the gazette's.
    let (rule, zh, en) = if constraints.len() == 1 && single {
        (
            Citation::INTERPRETATION,
            "贷款额度即上述本计算器适用的最高贷款额度",
            "The limit is the cap the library applies above",
        )
    } else if constraints.len() == 1 {
        (
            cap_param.citation,
            "贷款额度即最高贷款额度",
            "The limit is the maximum loan",
        )
    } else {
        (
            SITE,
            "贷款额度取最高贷款额度与各项限制中的最小值",
            "The limit is the smallest of the cap and every active constraint",
        )
    };
    trace.step(
        rule,
        zh.to_owned(),
        en.to_owned(),
        Some(binding.amount.to_string()),
    );
    Ok(LoanLimitResult {
        eligible: true,
        cap,
        limit: Some(binding.amount),
        upper_bound: binding.amount,
        binding: binding.kind,
        constraints,
        points,
        points_counted,
        points_amount,
        priority,
        explanation: trace.finish(policy),
    })
}
