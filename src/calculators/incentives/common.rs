//! What every 一县一业 calculator shares (POLICY D0): the plan's period and the qualifying date,
//! the counties and their featured industries, who pays, and the conventions of the words
//! "以上"/"达到" (the number itself included) and "不超过" (the cap itself allowed).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{Basis, Citation, PolicyRef, Trace};
use crate::money::Money;
use crate::number::Count;
use crate::params::{self, ParamId, Parameter};
use crate::text::Text;

/// The plan's preamble, which sets its period ("从2023年起到2025年底").
pub const PREAMBLE: Citation = params::yxyy("序言");
/// 一 指导思想: which county's featured industry is which.
pub const GUIDING: Citation = params::yxyy("一");
/// The attachment's row 四、2 (招商引资), where it differs from the main text.
pub const ATTACHMENT_ROW: Citation = params::yxyy("附件 四、2");
/// 民法典第一千二百五十九条: "以上" includes the number itself, "超过" does not.
pub const CIVIL_CODE_1259: Citation = Citation::law("民法典第一千二百五十九条", "");
/// 民法典第二百零一条: a period in years starts on the day after the event.
pub const CIVIL_CODE_201: Citation = Citation::law("民法典第二百零一条", "");
/// 民法典第二百零二条: a period in years ends on the corresponding day (or the month's last day).
pub const CIVIL_CODE_202: Citation = Citation::law("民法典第二百零二条", "");

/// A county-level unit of Qinzhou. Each of the four has one featured industry (一 指导思想);
/// any other unit (`other`) has none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum County {
    /// 灵山县: toys and apparel.
    Lingshan,
    /// 浦北县: chenpi.
    Pubei,
    /// 钦南区: imported timber processing and furniture.
    Qinnan,
    /// 钦北区: chemicals.
    Qinbei,
    /// Any other county-level unit: no 一县一业 industry.
    Other,
}

/// One of the four counties that have a featured industry (the payee of D3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum FeaturedCounty {
    /// 灵山县.
    Lingshan,
    /// 浦北县.
    Pubei,
    /// 钦南区.
    Qinnan,
    /// 钦北区.
    Qinbei,
}

impl From<FeaturedCounty> for County {
    fn from(c: FeaturedCounty) -> County {
        match c {
            FeaturedCounty::Lingshan => County::Lingshan,
            FeaturedCounty::Pubei => County::Pubei,
            FeaturedCounty::Qinnan => County::Qinnan,
            FeaturedCounty::Qinbei => County::Qinbei,
        }
    }
}

/// An industry as the plan names them; `other` is any industry it does not name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Industry {
    /// 陈皮产业.
    Chenpi,
    /// 玩具制造和服装纺织产业.
    ToysApparel,
    /// (进口)木材加工和高端家居产业.
    TimberFurniture,
    /// 化工及关联产业.
    Chemicals,
    /// Any other industry.
    Other,
}

/// Who pays, as the clause says (POLICY D0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Payer {
    /// The finance of the level where the enterprise's tax is paid ("企业税收入库同级财政",
    /// "企业税收收入库同级财政" or "企业税收入库的同级财政", as each clause words it).
    TaxLevelFinance,
    /// "市本级财政" / "市财政".
    CityFinance,
    /// The 自贸区钦州港片区 (its retained tax).
    FreeTradeZone,
}

impl County {
    /// The county's featured industry (一 指导思想); `None` for any other unit.
    pub const fn featured_industry(self) -> Option<Industry> {
        match self {
            County::Lingshan => Some(Industry::ToysApparel),
            County::Pubei => Some(Industry::Chenpi),
            County::Qinnan => Some(Industry::TimberFurniture),
            County::Qinbei => Some(Industry::Chemicals),
            County::Other => None,
        }
    }

    /// The county's name, as a text.
    pub fn name(self) -> Text {
        match self {
            County::Lingshan => Text::new("incentives.county.lingshan"),
            County::Pubei => Text::new("incentives.county.pubei"),
            County::Qinnan => Text::new("incentives.county.qinnan"),
            County::Qinbei => Text::new("incentives.county.qinbei"),
            County::Other => Text::new("incentives.county.other"),
        }
    }
}

impl Industry {
    /// Whether the plan names the industry (any of the four).
    pub const fn is_featured(self) -> bool {
        !matches!(self, Industry::Other)
    }

    /// The industry's name, as a text.
    pub fn name(self) -> Text {
        match self {
            Industry::Chenpi => Text::new("incentives.industry.chenpi"),
            Industry::ToysApparel => Text::new("incentives.industry.toys_apparel"),
            Industry::TimberFurniture => Text::new("incentives.industry.timber_furniture"),
            Industry::Chemicals => Text::new("incentives.industry.chemicals"),
            Industry::Other => Text::new("incentives.industry.other"),
        }
    }
}

/// The rule version of every D result.
pub fn policy() -> PolicyRef {
    params::yxyy_policy()
}

/// The parameter `id` for the plan's period (every D parameter is in force 2023-01-01 to
/// 2025-12-31; the calculators check the date first, so this reads the plan's version).
///
/// # Errors
/// `RULE_NOT_IN_SOURCE` if the table has no version for the plan (a table error).
pub fn param(id: ParamId) -> Result<&'static Parameter> {
    params::on(id, params::YXYY_PLAN_START)
}

/// A parameter's value as money (the table holds yuan as exact decimals).
pub fn money(p: &Parameter) -> Money {
    Money::round_down(p.value)
}

/// A ratio parameter as a percent for texts (`0.01` → `1`).
pub fn percent(p: &Parameter) -> Decimal {
    (p.value * Decimal::ONE_HUNDRED).normalize()
}

/// Checks the qualifying date of an event against the plan's period and records it: before
/// 2023-01-01 or after 2025-12-31 the gazette gives no rule; from 2023-01-01 to 2023-01-18
/// (before the notice was issued) the amount is computed with the warning `BEFORE_ISSUE_DATE`.
///
/// # Errors
/// `RULE_NOT_IN_SOURCE` at `field` for a date outside the plan's period.
pub fn qualifying_date(trace: &mut Trace, date: Date, field: &str, event: Text) -> Result<()> {
    let (start, end) = (params::YXYY_PLAN_START, params::YXYY_PLAN_END);
    if date < start {
        return Err(Error::text_at(
            ErrorKind::RuleNotInSource,
            field,
            Text::new("incentives.error.before_plan")
                .date("date", date)
                .date("start", start),
        ));
    }
    if date > end {
        return Err(Error::text_at(
            ErrorKind::RuleNotInSource,
            field,
            Text::new("incentives.error.after_plan")
                .date("date", date)
                .year("from", start.year())
                .year("to", end.year()),
        ));
    }
    trace.apply(
        PREAMBLE,
        Text::new("incentives.period")
            .text("event", event)
            .date("date", date)
            .date("start", start)
            .date("end", end),
        Some(date.to_string()),
    );
    if date < params::YXYY_ISSUED {
        trace.warning(
            Basis::Interpretation,
            "BEFORE_ISSUE_DATE",
            Text::new("incentives.before_issue")
                .date("date", date)
                .date("issued", params::YXYY_ISSUED),
        );
    }
    Ok(())
}

/// Checks a `year` (D3, D4b, D5, D9) against the plan's years and records it.
///
/// # Errors
/// `RULE_NOT_IN_SOURCE` at `field` for a year outside 2023-2025.
pub fn plan_year(trace: &mut Trace, year: Count, field: &str, what: Text) -> Result<i32> {
    let (start, end) = (params::YXYY_PLAN_START.year(), params::YXYY_PLAN_END.year());
    let y = i32::try_from(year.get())
        .ok()
        .filter(|y| (start..=end).contains(y));
    let Some(y) = y else {
        return Err(Error::text_at(
            ErrorKind::RuleNotInSource,
            field,
            Text::new("incentives.error.year_outside_plan")
                .raw("year", year.get().to_string())
                .year("from", start)
                .year("to", end),
        ));
    };
    trace.apply(
        PREAMBLE,
        Text::new("incentives.period_year")
            .text("what", what)
            .year("year", y)
            .year("from", start)
            .year("to", end),
        Some(y.to_string()),
    );
    Ok(y)
}

/// How a clause words who pays. The gazette does not use one formula: 三(四)2(2) writes
/// "企业税收入库同级财政", 三(四)2(4) and 三(六)1 "企业税收收入库同级财政", 三(二)2 "企业税收入库的同级财政",
/// 三(二)3 "市本级财政" and 三(四)1(1) "市财政"; the step quotes the clause's own words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayerWords {
    /// 三(四)2(2): "奖励资金由企业税收入库同级财政负担".
    Introducer,
    /// 三(四)2(4) and 三(六)1: "奖励资金由企业税收收入库同级财政负担".
    TaxRevenue,
    /// 三(二)2: "奖励资金由企业税收入库的同级财政负担".
    StandardFactory,
    /// 三(二)3: "市本级财政…给予补助".
    ParkInfrastructure,
    /// 三(四)1(1): "由市财政给予".
    Technology,
    /// 三(四)2(3): the zone's retained tax, to the county.
    Enclave,
}

/// Records who pays, in the clause's own words.
pub fn record_payer(trace: &mut Trace, cite: Citation, words: PayerWords) {
    let text = match words {
        PayerWords::Introducer => Text::new("incentives.payer.introducer"),
        PayerWords::TaxRevenue => Text::new("incentives.payer.tax_revenue"),
        PayerWords::StandardFactory => Text::new("incentives.payer.standard_factory"),
        PayerWords::ParkInfrastructure => Text::new("incentives.payer.park_infrastructure"),
        PayerWords::Technology => Text::new("incentives.payer.technology"),
        PayerWords::Enclave => Text::new("incentives.payer.free_trade_zone"),
    };
    trace.apply(cite, text, None);
}

/// Records, for an eligible result that owes `0.00`, why in words (every condition the gazette
/// sets is met, but the clause's formula gives nothing: see README, "eligible").
pub fn nothing_owed(trace: &mut Trace, cite: Citation, why: Text) {
    trace.apply_in(
        cite,
        Text::new("incentives.nothing_owed").text("why", why),
        Money::ZERO.to_string(),
        crate::explain::StepUnit::Yuan,
    );
}

/// Checks a measure against a threshold the gazette states with "以上" or "达到" (the number
/// itself included, 民法典第一千二百五十九条), records the comparison and, when the measure is
/// exactly the threshold, the law that lets it count. Returns whether the threshold is met.
pub fn at_least(trace: &mut Trace, threshold: &Parameter, measure: Money, what: Text) -> bool {
    let limit = money(threshold);
    let met = measure >= limit;
    trace.apply(
        threshold.citation,
        if met {
            Text::new("incentives.threshold_met")
        } else {
            Text::new("incentives.threshold_not_met")
        }
        .text("what", what)
        .money("measure", measure)
        .money("threshold", limit),
        Some(met.to_string()),
    );
    if measure == limit {
        trace.apply(
            CIVIL_CODE_1259,
            Text::new("incentives.inclusive_threshold").money("threshold", limit),
            None,
        );
    }
    met
}

/// An amount owed: the full-precision product rounded down to the fen, then capped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Capped {
    /// `base × rate`, rounded down to the fen.
    pub uncapped: Money,
    /// The smaller of `uncapped` and the cap.
    pub amount: Money,
    /// Whether the uncapped amount exceeds the cap ("不超过": the cap itself is allowed).
    pub capped: bool,
}

/// `base × rate` rounded down to the fen, then at most `cap`; records the product (cited to
/// the rate's clause) and the cap (cited to the cap's clause, with the law when the product is
/// exactly the cap).
///
/// # Errors
/// `OUT_OF_RANGE` at `field` if the product overflows (never within the money limits).
pub fn rate_then_cap(
    trace: &mut Trace,
    base: Money,
    rate: &Parameter,
    cap_cite: Citation,
    cap: Money,
    field: &str,
) -> Result<Capped> {
    let uncapped = base
        .times_down(rate.value)
        .map_err(|_| Error::overflow(Some(field)))?;
    // A rate the gazette writes in per mille (2‰) is shown so, not as 0.2%.
    let pct = percent(rate);
    let text = if pct.fract().is_zero() {
        Text::new("incentives.product").number("rate", pct)
    } else {
        Text::new("incentives.product_permille")
            .number("rate", (rate.value * Decimal::ONE_THOUSAND).normalize())
    };
    trace.apply_in(
        rate.citation,
        text.money("base", base).money("product", uncapped),
        uncapped.to_string(),
        crate::explain::StepUnit::Yuan,
    );
    Ok(apply_cap(trace, uncapped, cap_cite, cap))
}

/// At most `cap`, recorded: `capped` only when the amount exceeds the cap.
pub fn apply_cap(trace: &mut Trace, uncapped: Money, cite: Citation, cap: Money) -> Capped {
    let capped = uncapped > cap;
    let amount = if capped { cap } else { uncapped };
    trace.apply_in(
        cite,
        if capped {
            Text::new("incentives.cap_applied")
        } else {
            Text::new("incentives.cap_not_exceeded")
        }
        .money("amount", uncapped)
        .money("cap", cap),
        amount.to_string(),
        crate::explain::StepUnit::Yuan,
    );
    if uncapped == cap {
        trace.apply(
            CIVIL_CODE_1259,
            Text::new("incentives.cap_inclusive").money("cap", cap),
            None,
        );
    }
    Capped {
        uncapped,
        amount,
        capped,
    }
}

/// A condition the department attests (a boolean input): recorded as a step when met, a reason
/// (basis of the clause) when not. Returns whether it is met.
pub fn condition(
    trace: &mut Trace,
    met: bool,
    cite: Citation,
    met_text: Text,
    code: &str,
    failed_text: Text,
) -> bool {
    if met {
        trace.apply(cite, met_text, Some("true".to_owned()));
    } else {
        trace.refusal(cite.basis, code, failed_text);
    }
    met
}

/// A fact the rule needs, given as an optional boolean: a missing one is an error, never read
/// as `false` (facts are attested by the department, not assumed).
///
/// # Errors
/// `MISSING_FIELD` at `field` when the fact is not given.
pub fn required(fact: Option<bool>, field: &str) -> Result<bool> {
    fact.ok_or_else(|| {
        Error::text_at(
            ErrorKind::MissingField,
            field,
            Text::new("incentives.error.fact_missing"),
        )
    })
}

/// `a − b` where `b` may not exceed `a`.
///
/// # Errors
/// `INCONSISTENT` at `field` when `b > a`, with the message `text`.
pub fn minus(a: Money, b: Money, field: &str, text: Text) -> Result<Money> {
    if b > a {
        return Err(Error::text_at(ErrorKind::Inconsistent, field, text));
    }
    Ok(a.saturating_sub(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counties_map_to_the_industries_of_guiding_thought_one() {
        assert_eq!(County::Pubei.featured_industry(), Some(Industry::Chenpi));
        assert_eq!(
            County::Lingshan.featured_industry(),
            Some(Industry::ToysApparel)
        );
        assert_eq!(
            County::Qinnan.featured_industry(),
            Some(Industry::TimberFurniture)
        );
        assert_eq!(
            County::Qinbei.featured_industry(),
            Some(Industry::Chemicals)
        );
        assert_eq!(County::Other.featured_industry(), None);
    }

    #[test]
    fn the_cap_itself_is_allowed_and_one_fen_over_is_capped() {
        let mut t = Trace::default();
        let cap = Money::yuan(500_000);
        let at = apply_cap(&mut t, cap, PREAMBLE, cap);
        assert!(!at.capped);
        assert_eq!(at.amount, cap);
        let over = apply_cap(&mut t, "500000.01".parse().unwrap(), PREAMBLE, cap);
        assert!(over.capped);
        assert_eq!(over.amount, cap);
    }

    #[test]
    fn the_period_runs_2023_01_01_to_2025_12_31_with_a_warning_before_issue() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        let ev = || Text::new("incentives.event.landing");
        let mut t = Trace::default();
        assert_eq!(
            qualifying_date(&mut t, d("2022-12-31"), "x", ev())
                .unwrap_err()
                .code(),
            "RULE_NOT_IN_SOURCE"
        );
        assert_eq!(
            qualifying_date(&mut t, d("2026-01-01"), "x", ev())
                .unwrap_err()
                .code(),
            "RULE_NOT_IN_SOURCE"
        );
        qualifying_date(&mut t, d("2023-01-18"), "x", ev()).unwrap();
        assert_eq!(t.warnings.len(), 1);
        qualifying_date(&mut t, d("2023-01-19"), "x", ev()).unwrap();
        qualifying_date(&mut t, d("2025-12-31"), "x", ev()).unwrap();
        assert_eq!(t.warnings.len(), 1);
    }
}

#[cfg(test)]
mod table_tests {
    //! One source of numbers (DESIGN.md): swap a 一县一业 parameter in a test-only table and
    //! every text quoting it follows, with none of the old value left.

    use rust_decimal::Decimal;
    use rust_decimal_macros::dec;

    use crate::params::tests::with_value;
    use crate::params::ParamId;

    /// Every text (steps, warnings, reasons, zh and en) of one call.
    fn texts(function: &str, input: &str) -> String {
        let r = crate::api::call(function, input).unwrap();
        let mut out = String::new();
        for kind in ["steps", "warnings", "reasons"] {
            for item in r[kind].as_array().into_iter().flatten() {
                for lang in ["zh", "en"] {
                    out.push_str(item[lang].as_str().unwrap_or(""));
                    out.push('\n');
                }
            }
        }
        out
    }

    const INTRODUCER: &str = r#"{"landingDate":"2024-03-01","industry":"chenpi","totalInvestment":"100000000",
        "firstTwoYearsFixedAssetInvestment":"40000000","introducer":{"kind":"enterprise"},"mainRole":true,"registered":true}"#;
    const ENTERPRISE_LED: &str = r#"{"productionStartDate":"2024-06-01","county":"pubei","enterpriseIndustry":"chenpi",
        "chainProject":true,"fromOutsideCity":true,"fixedAssetInvestment":"50000000","yearContractedFixedAssetInvestment":"30000000"}"#;
    const FACTORY: &str = r#"{"socialCapital":true,"inPark":true,"completionAccepted":true,"inUseDate":"2023-03-15",
        "occupancyReachedDate":"2025-03-15","occupancyRatePercent":"75","localContribution":"1000000"}"#;
    const EMPLOYMENT: &str = r#"{"date":"2024-04-01","providerKind":"commercial_hr_agency","ruralLabour":1,"registeredUnemployed":0}"#;
    const WORKSHOP: &str = r#"{"year":2024,"recognizedWorkshop":true,"workers":[{"status":"monitored","contractMonths":12,
        "socialInsurancePaid":true,"employerContributionPaid":"1","monthsEmployed":12}]}"#;
    const ENTRY: &str = r#"{"entryDate":"2024-05-10","county":"qinbei","industry":"chemicals","inPark":true,"industrial":true,
        "firstEntry":true,"transferredFromOtherSector":false,"exitedInEntryYear":false}"#;
    const PARK: &str = r#"{"year":2024,"county":"lingshan","featuredIndustryPark":true,
        "projects":[{"kind":"road","actualInvestment":"100000000","inPark":true}]}"#;

    #[test]
    fn incentive_texts_quote_the_parameter_table() {
        #[allow(clippy::type_complexity)]
        let cases: &[(ParamId, Decimal, Decimal, &str, &str, &[(&str, &str)])] = &[
            (
                ParamId::YxyyIntroducerRate,
                dec!(0.01),
                dec!(0.02),
                "introducerReward",
                INTRODUCER,
                &[(
                    "40,000,000.00 元 × 1% = 400,000.00 元",
                    "40,000,000.00 元 × 2% = 800,000.00 元",
                )],
            ),
            (
                ParamId::YxyyIntroducerCap,
                dec!(500000),
                dec!(450000),
                "introducerReward",
                INTRODUCER,
                &[
                    ("不超过上限 500,000.00 元", "不超过上限 450,000.00 元"),
                    (
                        "within the cap of 500,000.00",
                        "within the cap of 450,000.00",
                    ),
                ],
            ),
            (
                ParamId::YxyyIntroducerThreshold,
                dec!(100000000),
                dec!(90000000),
                "introducerReward",
                INTRODUCER,
                &[("达到 100,000,000.00 元 以上", "达到 90,000,000.00 元 以上")],
            ),
            (
                ParamId::YxyyEnterpriseLedRate,
                dec!(0.002),
                dec!(0.003),
                "enterpriseLedInvestmentReward",
                ENTERPRISE_LED,
                &[
                    ("× 2‰ = 60,000.00 元", "× 3‰ = 90,000.00 元"),
                    (
                        "固定资产投资额2‰的一次性奖励",
                        "固定资产投资额3‰的一次性奖励",
                    ),
                ],
            ),
            (
                ParamId::YxyyEnterpriseLedAttachmentRate,
                dec!(0.02),
                dec!(0.01),
                "enterpriseLedInvestmentReward",
                ENTERPRISE_LED,
                &[
                    ("投资额2%的一次性奖励", "投资额1%的一次性奖励"),
                    ("按附件为 500,000.00 元", "按附件为 300,000.00 元"),
                ],
            ),
            (
                ParamId::YxyyEnterpriseLedThresholdChenpi,
                dec!(50000000),
                dec!(40000000),
                "enterpriseLedInvestmentReward",
                ENTERPRISE_LED,
                &[("达到 50,000,000.00 元 以上", "达到 40,000,000.00 元 以上")],
            ),
            (
                ParamId::YxyyStandardFactoryOccupancy,
                dec!(60),
                dec!(70),
                "standardFactorySubsidy",
                FACTORY,
                &[("达到 60% 以上", "达到 70% 以上")],
            ),
            (
                ParamId::YxyyStandardFactoryWindowYears,
                dec!(2),
                dec!(3),
                "standardFactorySubsidy",
                FACTORY,
                &[("投入使用后 2 年的期间", "投入使用后 3 年的期间")],
            ),
            (
                ParamId::YxyyStandardFactoryRate,
                dec!(0.5),
                dec!(0.4),
                "standardFactorySubsidy",
                FACTORY,
                &[("× 50% = 500,000.00 元", "× 40% = 400,000.00 元")],
            ),
            (
                ParamId::YxyyEmploymentServiceRateMin,
                dec!(600),
                dec!(500),
                "employmentServiceSubsidy",
                EMPLOYMENT,
                &[
                    ("补助标准为 600.00 元 至", "补助标准为 500.00 元 至"),
                    ("只规定 600.00 元 至", "只规定 500.00 元 至"),
                ],
            ),
            (
                ParamId::YxyyEmploymentServiceRateMax,
                dec!(1000),
                dec!(1200),
                "employmentServiceSubsidy",
                EMPLOYMENT,
                &[("至 1,000.00 元/人", "至 1,200.00 元/人")],
            ),
            (
                ParamId::YxyyWorkshopEmploymentPerYear,
                dec!(2000),
                dec!(2400),
                "assistanceWorkshopSubsidy",
                WORKSHOP,
                &[
                    ("每人每年 2,000.00 元", "每人每年 2,400.00 元"),
                    ("带动就业补贴 2,000.00 元", "带动就业补贴 2,400.00 元"),
                ],
            ),
            (
                ParamId::YxyyAboveScaleEntryAmount,
                dec!(150000),
                dec!(160000),
                "aboveScaleEntryReward",
                ENTRY,
                &[("一次性奖励 150,000.00 元/户", "一次性奖励 160,000.00 元/户")],
            ),
            (
                ParamId::YxyyParkInfrastructureRate,
                dec!(0.1),
                dec!(0.05),
                "parkInfrastructureSubsidy",
                PARK,
                &[("× 10% = 10,000,000.00 元", "× 5% = 5,000,000.00 元")],
            ),
            (
                ParamId::YxyyParkInfrastructureCap,
                dec!(5000000),
                dec!(6000000),
                "parkInfrastructureSubsidy",
                PARK,
                &[("超过上限 5,000,000.00 元", "超过上限 6,000,000.00 元")],
            ),
        ];
        for (id, from, to, function, input, phrases) in cases {
            let before = texts(function, input);
            let after = with_value(*id, *from, *to, || texts(function, input));
            for (old, new) in *phrases {
                assert!(before.contains(old), "{id:?}: {old:?} not in\n{before}");
                assert!(after.contains(new), "{id:?}: {new:?} not in\n{after}");
                assert!(!after.contains(old), "{id:?}: {old:?} still in\n{after}");
            }
        }
    }
}
