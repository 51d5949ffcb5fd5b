//! The 公租房 rental subsidy (住房租赁补贴), 钦政办规〔2023〕1号 一(三), 二(五), 二(六).
//!
//! A household qualifies for public rental housing when its per-capita annual income is
//! *below* the city's published line and it has no home where it applies *or* less than
//! 15 m² per person (一(三)). The subsidy covers every such household not yet housed in a
//! 公租房 unit (二(六)), in two tiers: 10 元/m²/月/人 for locally registered 低保户, 特困人员 and
//! child-welfare leavers aged 18+, 7 for everyone else qualified; it is paid every half year.
//!
//! The gazette gives neither the income line nor the area per person the standard is paid on,
//! so both come from the embedding site (`basis: "site"`); without the area the result says
//! who qualifies and in which tier, and warns that the amount needs it. Every reason a
//! household fails is reported at once, so a visitor sees all that applies.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::area::{Area, AreaIn};
use crate::date::IsoDate;
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{Basis, Citation, Explanation, StepUnit, Trace};
use crate::money::{Money, MoneyIn};
use crate::number::Count;
use crate::params::{self, ParamId};

/// The largest household accepted. A larger number is a typo, and it keeps every product exact.
pub const MAX_HOUSEHOLD_SIZE: u64 = 100;

/// The group a household belongs to, as 二(六) names the first tier.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// 低保户: a household receiving the minimum living allowance.
    MinimumLiving,
    /// 特困人员: any person in extreme poverty under relief support. 二(六) puts 特困人员 in
    /// tier 1 without qualification; 二(五)'s in-kind principle names the 分散救助供养 ones
    /// (supported outside an institution), and the warning says so.
    ExtremePoverty,
    /// 年满18周岁儿童福利机构安置对象: a child-welfare institution leaver aged 18 or over
    /// (the category means the leaver has reached 18).
    WelfareLeaver,
    /// None of the three. A 低收入 household is here too: it is tier 2, and 二(五) also
    /// houses it in kind in principle, but the inputs do not say whether a household is
    /// 低收入 (the gazette gives no test for it), so no warning is raised for it.
    #[default]
    None,
}

impl Category {
    fn names(self) -> Option<(&'static str, &'static str)> {
        match self {
            Category::MinimumLiving => Some(("低保户", "a minimum-living-allowance household")),
            Category::ExtremePoverty => Some(("特困人员", "a person in extreme poverty")),
            Category::WelfareLeaver => Some((
                "年满18周岁儿童福利机构安置对象",
                "a child-welfare leaver aged 18 or over",
            )),
            Category::None => None,
        }
    }
}

/// The input of [`public_rental_subsidy`].
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct PublicRentalSubsidyInput {
    /// The application date: picks the standard in force.
    pub date: IsoDate,
    /// People in the household (1 to [`MAX_HOUSEHOLD_SIZE`]).
    pub household_size: Count,
    /// The household's per-capita annual income, in yuan.
    pub per_capita_income: MoneyIn,
    /// Site setting: the city's published urban per-capita disposable income of last year,
    /// in yuan (the gazette names the line but gives no figure). More than 0.
    pub income_line: MoneyIn,
    /// Whether the household owns housing where it applies.
    pub owns_home_locally: bool,
    /// Per-capita floor area of the housing it owns, in m²; required when it owns housing.
    #[serde(default)]
    pub per_capita_floor_area: Option<AreaIn>,
    /// Whether the household is registered (户籍) in the city's protection area: tier 1 needs it.
    pub local_hukou: bool,
    /// The tier-1 group it belongs to, if any (`"none"` when absent). 低保 and 特困 households
    /// are in principle housed in kind (二(五)), and get a step and a warning saying so; 二(五)
    /// names 低收入 households too, which this field cannot express.
    #[serde(default)]
    pub category: Option<Category>,
    /// Whether it already lives in a 公租房 unit allocated in kind (实物配租). 二(五) houses
    /// 城镇低保, 低收入 and 分散救助供养特困人员 households in kind in principle; the subsidy is for
    /// qualified households not yet housed so (二(六)).
    #[serde(default)]
    pub in_kind_allocation: Option<bool>,
    /// Site setting: the floor area per person the standard is paid on, in m² (the gazette
    /// gives none). Without it, the result gives eligibility and tier only.
    #[serde(default)]
    pub area_per_person: Option<AreaIn>,
}

/// The result of [`public_rental_subsidy`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct PublicRentalSubsidyResult {
    /// Whether the household qualifies for the rental subsidy.
    pub eligible: bool,
    /// The subsidy tier (1 or 2); `null` when not eligible.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "1 | 2 | null"))]
    pub tier: Option<u8>,
    /// The standard of that tier in 元 per m² per month per person; `null` when not eligible.
    pub rate_per_square_metre: Option<Money>,
    /// The area per person the site pays the standard on, when it gave one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area_per_person: Option<Area>,
    /// rate × area per person × household size, rounded down to the fen; absent when not
    /// eligible or without the area.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monthly: Option<Money>,
    /// The payment made every half year: 6 × monthly; absent with `monthly`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub half_yearly: Option<Money>,
    /// The steps applied with their citations, warnings, reasons and rule version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

use crate::params::housing as cite;

/// Records that the plan is applied from the day it was issued (it states no commencement
/// date), and warns when the three-year review of the standard may have happened.
pub(crate) fn record_plan_date(trace: &mut Trace, date: IsoDate, review: bool) -> Result<()> {
    trace.step(
        Citation::INTERPRETATION,
        format!(
            "本计算器的理解：钦政办规〔2023〕1号未载明施行日期，本计算器自其印发之日 {} 起适用；更早的日期公报未载明适用的规定",
            params::HOUSING_PLAN_ISSUED
        ),
        format!(
            "Library's reading: 钦政办规〔2023〕1号 states no commencement date, so the library applies it from the day it was issued, {}; the gazette gives no rule for earlier dates",
            params::HOUSING_PLAN_ISSUED
        ),
        None,
    );
    if review {
        let years = params::on(ParamId::PublicRentalReviewYears, date)?;
        let due =
            params::HOUSING_PLAN_ISSUED.add_years(u32::try_from(years.whole()).unwrap_or(3))?;
        if date >= due {
            // 二(六) says only that the standard is reviewed every 3 years; counting them from
            // the plan's issue date is the library's choice, so the warning says so.
            trace.warn(
                Basis::Interpretation,
                "STANDARD_MAY_HAVE_BEEN_REVIEWED",
                format!(
                    "本计算器的理解：钦政办规〔2023〕1号 二(六) 规定每{}年参照市场租金对住房租赁补贴标准进行调整，未载明从何时起算；本计算器自方案印发之日 {} 起算，该日期已满{}年，标准可能已调整，请以主管部门公布的现行标准为准",
                    years.whole(),
                    params::HOUSING_PLAN_ISSUED,
                    years.whole()
                ),
                format!(
                    "Library's reading: 钦政办规〔2023〕1号 二(六) has the standard reviewed against market rents every {} years without saying from when; counting from the plan's issue date, {}, this date is {} years or more later, so the standard may have changed: check the housing authority's current figure",
                    years.whole(),
                    params::HOUSING_PLAN_ISSUED,
                    years.whole()
                ),
            );
        }
    }
    Ok(())
}

/// Decides whether a household qualifies for the 公租房 rental subsidy, its tier, and, given
/// the site's area per person, the monthly and half-yearly amounts.
///
/// # Errors
/// `RULE_NOT_IN_SOURCE` for a date before 2023-01-09 (the plan gives no earlier standard);
/// `OUT_OF_RANGE` for a household size of 0 or over [`MAX_HOUSEHOLD_SIZE`], an income line
/// or area per person of 0; `MISSING_FIELD` (`perCapitaFloorArea`) when the household owns
/// housing but gives no per-capita floor area, since eligibility turns on it.
pub fn public_rental_subsidy(
    input: &PublicRentalSubsidyInput,
) -> Result<PublicRentalSubsidyResult> {
    let size = input.household_size.get();
    if size == 0 || size > MAX_HOUSEHOLD_SIZE {
        return Err(Error::at(
            ErrorKind::OutOfRange,
            "householdSize",
            format!("家庭人口应为 1–{MAX_HOUSEHOLD_SIZE} 的整数"),
            format!("A whole number of people from 1 to {MAX_HOUSEHOLD_SIZE}"),
        ));
    }
    if input.income_line.is_zero() {
        return Err(Error::at(
            ErrorKind::OutOfRange,
            "incomeLine",
            "收入线应大于 0（市人民政府公布的上年度城镇居民人均可支配收入）",
            "The income line must be above 0 (last year's urban per-capita disposable income as published by the city)",
        ));
    }
    if input.area_per_person.is_some_and(Area::is_zero) {
        return Err(Error::at(
            ErrorKind::OutOfRange,
            "areaPerPerson",
            "补贴面积应大于 0 平方米",
            "The area the subsidy is paid on must be above 0 m²",
        ));
    }
    let floor_area = match (input.owns_home_locally, input.per_capita_floor_area) {
        (true, None) => {
            return Err(Error::at(
                ErrorKind::MissingField,
                "perCapitaFloorArea",
                "在申请地有房产时，须填写人均住房面积（人均住房面积是否低于规定标准决定是否符合条件）",
                "A household owning housing where it applies must give its per-capita floor area (whether it is below the threshold decides eligibility)",
            ))
        }
        (_, area) => area,
    };
    let threshold = params::on(ParamId::PublicRentalFloorArea, input.date)?;
    let tier1 = params::on(ParamId::PublicRentalRateTier1, input.date)?;
    let tier2 = params::on(ParamId::PublicRentalRateTier2, input.date)?;
    let interval = params::on(ParamId::PublicRentalPaymentMonths, input.date)?;

    let mut trace = Trace::default();
    record_plan_date(&mut trace, input.date, true)?;

    // 一(三): income below the line.
    trace.step(
        Citation::SITE,
        format!(
            "收入线：本站配置的市人民政府公布的上年度城镇居民人均可支配收入 {} 元（公报未载明具体数额）",
            input.income_line
        ),
        format!(
            "Income line: last year's urban per-capita disposable income as published by the city, set by this site at {} yuan (the gazette gives no figure)",
            input.income_line
        ),
        Some(input.income_line.to_string()),
    );
    let income_below = input.per_capita_income < input.income_line;
    trace.step(
        cite("一(三)"),
        format!(
            "家庭人均年收入 {} 元{}收入线 {} 元",
            input.per_capita_income,
            if income_below { "低于" } else { "不低于" },
            input.income_line
        ),
        format!(
            "Per-capita annual income {} yuan is {} the line of {} yuan",
            input.per_capita_income,
            if income_below { "below" } else { "not below" },
            input.income_line
        ),
        None,
    );
    if !income_below {
        trace.reason(
            Basis::Gazette,
            "INCOME_NOT_BELOW_LINE",
            format!(
                "人均年收入 {} 元不低于收入线 {} 元：公租房保障对象的人均年收入须低于市人民政府公布的上年度城镇居民人均可支配收入",
                input.per_capita_income, input.income_line
            ),
            format!(
                "Per-capita annual income {} yuan is not below the line of {} yuan: public rental housing requires income below last year's published urban per-capita disposable income",
                input.per_capita_income, input.income_line
            ),
        );
    }

    // 一(三): no home where applying, or less than 15 m² per person.
    let min_area = Area::from_decimal(threshold.value);
    let housing_difficulty = match floor_area {
        Some(area) if input.owns_home_locally => {
            let below = area < min_area;
            trace.step_in(
                threshold.citation,
                format!(
                    "在申请地有房产，人均住房面积 {area} 平方米{} {min_area} 平方米",
                    if below { "不足" } else { "不低于" }
                ),
                format!(
                    "Owns housing where applying, {area} m² per person: {} {min_area} m²",
                    if below { "below" } else { "not below" }
                ),
                area.to_string(),
                StepUnit::SquareMetres,
            );
            if !below {
                trace.reason(
                    Basis::Gazette,
                    "OWNS_ENOUGH_HOUSING",
                    format!(
                        "在申请地有房产且人均住房面积 {area} 平方米不低于 {min_area} 平方米：公租房保障对象须无房产或人均住房面积不足 {min_area} 平方米"
                    ),
                    format!(
                        "Owns housing where applying with {area} m² per person, not below {min_area} m²: public rental housing requires no home there or less than {min_area} m² per person"
                    ),
                );
            }
            below
        }
        _ => {
            trace.step(
                threshold.citation,
                "在申请公租房所在地无房产，符合住房困难条件".to_owned(),
                "No home where applying: the housing-difficulty condition is met".to_owned(),
                None,
            );
            true
        }
    };

    // 二(六): the subsidy covers households not yet housed in kind.
    let housed = input.in_kind_allocation.unwrap_or(false);
    if housed {
        trace.reason(
            Basis::Gazette,
            "ALREADY_IN_PUBLIC_RENTAL",
            "已享受公租房实物配租：住房租赁补贴覆盖的是符合条件但尚未享受实物配租的家庭",
            "Already housed in a public rental unit: the rental subsidy covers qualified households not yet allocated a unit",
        );
    } else {
        trace.step(
            cite("二(六)"),
            "尚未享受公租房实物配租，属住房租赁补贴覆盖范围".to_owned(),
            "Not yet housed in a public rental unit: covered by the rental subsidy".to_owned(),
            None,
        );
    }

    let eligible = income_below && housing_difficulty && !housed;
    let category = input.category.unwrap_or_default();
    if !eligible {
        return Ok(PublicRentalSubsidyResult {
            eligible: false,
            tier: None,
            rate_per_square_metre: None,
            area_per_person: input.area_per_person,
            monthly: None,
            half_yearly: None,
            explanation: trace.finish(params::housing_policy()),
        });
    }

    // 二(六): the tier.
    let (tier, rate_param) = match category.names() {
        Some((zh, en)) if input.local_hukou => {
            trace.step(
                tier1.citation,
                format!("我市保障范围户籍的{zh}：第1档"),
                format!("Registered locally and {en}: tier 1"),
                Some("1".to_owned()),
            );
            (1u8, tier1)
        }
        Some((zh, en)) => {
            trace.step(
                tier2.citation,
                format!("{zh}，但非我市保障范围户籍：第1档须为本市户籍，适用第2档"),
                format!("{en}, but not registered locally: tier 1 requires local registration, so tier 2"),
                Some("2".to_owned()),
            );
            trace.warn(
                Basis::Gazette,
                "TIER1_NEEDS_LOCAL_HUKOU",
                format!("{zh}须为我市保障范围户籍才适用第1档补贴标准；未登记本地户籍，按第2档计算"),
                format!("{en} gets the tier-1 standard only when registered locally; without local registration, tier 2 applies"),
            );
            (2u8, tier2)
        }
        None => {
            trace.step(
                tier2.citation,
                "除第1档外的获得保障资格的对象：第2档".to_owned(),
                "Qualified, not in a tier-1 group: tier 2".to_owned(),
                Some("2".to_owned()),
            );
            (2u8, tier2)
        }
    };
    // 二(五): 城镇低保, 低收入 and 分散救助供养特困人员 households are housed in kind in
    // principle. The inputs can say 低保 and 特困 but not 低收入 (the gazette gives no test
    // for it), so the step and the warning appear for the first two and name all three.
    let in_kind = match category {
        Category::MinimumLiving => Some((
            "本户为低保户",
            "This is a minimum-living-allowance household",
        )),
        Category::ExtremePoverty => Some((
            "本户为特困人员；二(五)所称为分散救助供养特困人员家庭（第1档则含全部特困人员）",
            "This is a person in extreme poverty; 二(五) names those supported outside an institution (分散救助供养), while tier 1 covers every 特困人员",
        )),
        Category::WelfareLeaver | Category::None => None,
    };
    if let Some((zh, en)) = in_kind {
        trace.step(
            cite("二(五)"),
            format!("对城镇低保、低收入、分散救助供养特困人员家庭，原则上实施实物配租：{zh}"),
            format!("城镇低保 (minimum living allowance), 低收入 (low-income) and 分散救助供养特困人员 (extreme poverty, supported outside an institution) households are in principle housed in a public rental unit: {en}"),
            None,
        );
        trace.warn(
            Basis::Gazette,
            "IN_KIND_IN_PRINCIPLE",
            "对城镇低保、低收入、分散救助供养特困人员家庭，原则上实施实物配租（二(五)）；住房租赁补贴覆盖符合条件但尚未享受实物配租的家庭（二(六)）",
            "城镇低保, 低收入 (low-income) and 分散救助供养特困人员 households are in principle housed in a public rental unit (二(五)); the rental subsidy covers qualified households not yet housed so (二(六))",
        );
    }
    let rate = Money::round_down(rate_param.value);
    trace.step(
        rate_param.citation,
        format!("第{tier}档补贴标准 {rate} 元/m²/月/人"),
        format!("Tier {tier} standard: {rate} yuan per m² per month per person"),
        Some(rate.to_string()),
    );

    let Some(area) = input.area_per_person else {
        trace.warn(
            Basis::Site,
            "AREA_PER_PERSON_NOT_CONFIGURED",
            "公报未载明按多少平方米计发补贴；本站未配置人均补贴面积（areaPerPerson），只给出资格与档次，不计算金额",
            "The gazette does not say how many square metres the standard is paid on, and this site has not set areaPerPerson: eligibility and tier only, no amount",
        );
        return Ok(PublicRentalSubsidyResult {
            eligible: true,
            tier: Some(tier),
            rate_per_square_metre: Some(rate),
            area_per_person: None,
            monthly: None,
            half_yearly: None,
            explanation: trace.finish(params::housing_policy()),
        });
    };
    trace.step_in(
        Citation::SITE,
        format!("人均补贴面积：本站配置 {area} 平方米/人（公报未载明）"),
        format!("Area per person the standard is paid on: {area} m², set by this site (the gazette gives none)"),
        area.to_string(),
        StepUnit::SquareMetres,
    );
    let exact = rate
        .decimal()
        .checked_mul(area.decimal())
        .and_then(|v| v.checked_mul(Decimal::from(size)))
        .ok_or_else(|| Error::overflow(Some("areaPerPerson")))?;
    let monthly = Money::round_down(exact);
    // The gazette gives the rate "元/m²/月/人" and the half-yearly payment, not how they
    // combine: rate × area per person × household size, with no deduction of floor area the
    // household already has, is the library's reading (POLICY C), so the step says so.
    trace.step(
        Citation::INTERPRETATION,
        format!("公报只规定补贴标准“元/m²/月/人”，未规定计算公式；本计算器按 标准 × 人均补贴面积 × 家庭人口 计算，不扣减家庭已有住房面积：每月补贴 = {rate} 元/m²/月/人 × {area} m² × {size} 人 = {monthly} 元（向下取整到分）"),
        format!(
            "The gazette gives the standard per m² per month per person, not the formula; the calculator computes standard × area per person × household size, with no deduction of floor area the household already has: monthly subsidy = {rate} yuan/m²/month/person × {area} m² × {size} {} = {monthly} yuan (rounded down to the fen)",
            if size == 1 { "person" } else { "people" }
        ),
        Some(monthly.to_string()),
    );
    let months = interval.whole();
    let half_yearly = monthly.times(months)?;
    trace.step(
        interval.citation,
        format!("每半年发放 1 次：按本计算器的理解算出的每月补贴 {monthly} 元 × {months} 个月 = {half_yearly} 元"),
        format!("Paid once every half year: the monthly subsidy computed by the calculator's reading, {monthly} yuan × {months} months = {half_yearly} yuan"),
        Some(half_yearly.to_string()),
    );
    Ok(PublicRentalSubsidyResult {
        eligible: true,
        tier: Some(tier),
        rate_per_square_metre: Some(rate),
        area_per_person: Some(area),
        monthly: Some(monthly),
        half_yearly: Some(half_yearly),
        explanation: trace.finish(params::housing_policy()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> PublicRentalSubsidyInput {
        PublicRentalSubsidyInput {
            date: "2023-06-01".parse().unwrap(),
            household_size: Count::from(3),
            per_capita_income: "20000".parse().unwrap(),
            income_line: "40000".parse().unwrap(),
            owns_home_locally: false,
            per_capita_floor_area: None,
            local_hukou: true,
            category: None,
            in_kind_allocation: None,
            area_per_person: Some(Area::from(15)),
        }
    }

    #[test]
    fn tier_two_amounts() {
        let r = public_rental_subsidy(&base()).unwrap();
        assert!(r.eligible);
        assert_eq!(r.tier, Some(2));
        // 7 × 15 × 3 = 315 a month, 1890 a half year.
        assert_eq!(r.monthly.unwrap().to_string(), "315.00");
        assert_eq!(r.half_yearly.unwrap().to_string(), "1890.00");
        assert!(r.explanation.reasons.is_empty());
    }

    #[test]
    fn every_reason_at_once() {
        let mut i = base();
        i.per_capita_income = "40000".parse().unwrap();
        i.owns_home_locally = true;
        i.per_capita_floor_area = Some(Area::from(15));
        i.in_kind_allocation = Some(true);
        let r = public_rental_subsidy(&i).unwrap();
        assert!(!r.eligible);
        assert_eq!(r.tier, None);
        let codes: Vec<_> = r
            .explanation
            .reasons
            .iter()
            .map(|n| n.code.as_str())
            .collect();
        assert_eq!(
            codes,
            [
                "INCOME_NOT_BELOW_LINE",
                "OWNS_ENOUGH_HOUSING",
                "ALREADY_IN_PUBLIC_RENTAL"
            ]
        );
    }

    #[test]
    fn before_the_plan_is_not_in_the_source() {
        let mut i = base();
        i.date = "2023-01-08".parse().unwrap();
        assert_eq!(
            public_rental_subsidy(&i).unwrap_err().code(),
            "RULE_NOT_IN_SOURCE"
        );
    }
}
