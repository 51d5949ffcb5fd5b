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
use crate::explain::{docs, Basis, Citation, Explanation, StepUnit, Trace};
use crate::money::{Money, MoneyIn};
use crate::number::Count;
use crate::params::{self, ParamId};
use crate::text::Text;

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
    /// The words of a tier-1 group; `None` for none.
    fn name(self) -> Option<Text> {
        match self {
            Category::MinimumLiving => {
                Some(Text::new("public_rental_subsidy.category_minimum_living"))
            }
            Category::ExtremePoverty => {
                Some(Text::new("public_rental_subsidy.category_extreme_poverty"))
            }
            Category::WelfareLeaver => {
                Some(Text::new("public_rental_subsidy.category_welfare_leaver"))
            }
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
    trace.apply(
        Citation::INTERPRETATION,
        Text::new("public_rental_subsidy.plan_date")
            .raw("document", docs::HOUSING_2023_1)
            .date("day", params::HOUSING_PLAN_ISSUED),
        None,
    );
    if review {
        let years = params::on(ParamId::PublicRentalReviewYears, date)?;
        let due =
            params::HOUSING_PLAN_ISSUED.add_years(u32::try_from(years.whole()).unwrap_or(3))?;
        if date >= due {
            // 二(六) says only that the standard is reviewed every 3 years; counting them from
            // the plan's issue date is the library's choice, so the warning says so.
            trace.warning(
                Basis::Interpretation,
                "STANDARD_MAY_HAVE_BEEN_REVIEWED",
                Text::new("public_rental_subsidy.standard_may_have_been_reviewed")
                    .raw("rule", years.citation.rule())
                    .count("years", years.whole())
                    .date("day", params::HOUSING_PLAN_ISSUED),
            );
        }
    }
    Ok(())
}

/// Decides whether a household qualifies for the 公租房 rental subsidy, its tier, and, given
/// the site's area per person, the monthly and half-yearly amounts.
///
/// The steps, in order: the input checked, the plan's date, the three conditions of 一(三)
/// and 二(六) (income, housing difficulty, not yet housed in kind), the tier with what 二(五)
/// says of housing in kind, and the amounts.
///
/// # Errors
/// `RULE_NOT_IN_SOURCE` for a date before 2023-01-09 (the plan gives no earlier standard);
/// `OUT_OF_RANGE` for a household size of 0 or over [`MAX_HOUSEHOLD_SIZE`], an income line
/// or area per person of 0; `MISSING_FIELD` (`perCapitaFloorArea`) when the household owns
/// housing but gives no per-capita floor area, since eligibility turns on it.
pub fn public_rental_subsidy(
    input: &PublicRentalSubsidyInput,
) -> Result<PublicRentalSubsidyResult> {
    let size = checked_size(input)?;
    let floor_area = checked_floor_area(input)?;
    let threshold = params::on(ParamId::PublicRentalFloorArea, input.date)?;
    let interval = params::on(ParamId::PublicRentalPaymentMonths, input.date)?;
    let tiers = [
        params::on(ParamId::PublicRentalRateTier1, input.date)?,
        params::on(ParamId::PublicRentalRateTier2, input.date)?,
    ];

    let mut trace = Trace::default();
    record_plan_date(&mut trace, input.date, true)?;
    let income_below = income_test(input, &mut trace);
    let housing_difficulty = housing_difficulty_test(input, floor_area, threshold, &mut trace);
    let housed = !not_yet_housed_test(input, &mut trace);

    if !(income_below && housing_difficulty && !housed) {
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

    let category = input.category.unwrap_or_default();
    let (tier, rate_param) = tier(category, input.local_hukou, tiers, &mut trace);
    in_kind_in_principle(category, &mut trace);
    let rate = Money::round_down(rate_param.value);
    trace.apply(
        rate_param.citation,
        Text::new("public_rental_subsidy.rate")
            .count("tier", u64::from(tier))
            .money("rate", rate),
        Some(rate.to_string()),
    );

    let Some(area) = input.area_per_person else {
        trace.warning(
            Basis::Site,
            "AREA_PER_PERSON_NOT_CONFIGURED",
            Text::new("public_rental_subsidy.area_per_person_not_configured"),
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
    let (monthly, half_yearly) = amounts(rate, area, size, interval, &mut trace)?;
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

/// The household size, once it and the site's settings are known to be usable.
fn checked_size(input: &PublicRentalSubsidyInput) -> Result<u64> {
    let size = input.household_size.get();
    if size == 0 || size > MAX_HOUSEHOLD_SIZE {
        return Err(Error::text_at(
            ErrorKind::OutOfRange,
            "householdSize",
            Text::new("public_rental_subsidy.household_size_out_of_range")
                .count("max", MAX_HOUSEHOLD_SIZE),
        ));
    }
    if input.income_line.is_zero() {
        return Err(Error::text_at(
            ErrorKind::OutOfRange,
            "incomeLine",
            Text::new("public_rental_subsidy.income_line_zero"),
        ));
    }
    if input.area_per_person.is_some_and(Area::is_zero) {
        return Err(Error::text_at(
            ErrorKind::OutOfRange,
            "areaPerPerson",
            Text::new("public_rental_subsidy.area_per_person_zero"),
        ));
    }
    Ok(size)
}

/// The per-capita floor area, required when the household owns housing where it applies.
fn checked_floor_area(input: &PublicRentalSubsidyInput) -> Result<Option<Area>> {
    match (input.owns_home_locally, input.per_capita_floor_area) {
        (true, None) => Err(Error::text_at(
            ErrorKind::MissingField,
            "perCapitaFloorArea",
            Text::new("public_rental_subsidy.floor_area_missing"),
        )),
        (_, area) => Ok(area),
    }
}

/// 一(三): whether the per-capita income is below the site's income line.
fn income_test(input: &PublicRentalSubsidyInput, trace: &mut Trace) -> bool {
    trace.apply(
        Citation::SITE,
        Text::new("public_rental_subsidy.income_line").money("line", input.income_line),
        Some(input.income_line.to_string()),
    );
    let below = input.per_capita_income < input.income_line;
    let compared = if below {
        Text::new("public_rental_subsidy.income_below")
    } else {
        Text::new("public_rental_subsidy.income_not_below")
    };
    trace.apply(
        cite("一(三)"),
        compared
            .money("income", input.per_capita_income)
            .money("line", input.income_line),
        None,
    );
    if !below {
        trace.refusal(
            Basis::Gazette,
            "INCOME_NOT_BELOW_LINE",
            Text::new("public_rental_subsidy.income_not_below_line")
                .money("income", input.per_capita_income)
                .money("line", input.income_line),
        );
    }
    below
}

/// An area as texts show it: without trailing zeros (`15`, `14.5`).
fn area_in_texts(area: Area) -> rust_decimal::Decimal {
    area.decimal().normalize()
}

/// 一(三): no home where applying, or less than the threshold per person.
fn housing_difficulty_test(
    input: &PublicRentalSubsidyInput,
    floor_area: Option<Area>,
    threshold: &params::Parameter,
    trace: &mut Trace,
) -> bool {
    let min_area = Area::from_decimal(threshold.value);
    match floor_area {
        Some(area) if input.owns_home_locally => {
            let below = area < min_area;
            let compared = if below {
                Text::new("public_rental_subsidy.floor_area_below")
            } else {
                Text::new("public_rental_subsidy.floor_area_not_below")
            };
            trace.apply_in(
                threshold.citation,
                compared
                    .number("area", area_in_texts(area))
                    .number("threshold", area_in_texts(min_area)),
                area.to_string(),
                StepUnit::SquareMetres,
            );
            if !below {
                trace.refusal(
                    Basis::Gazette,
                    "OWNS_ENOUGH_HOUSING",
                    Text::new("public_rental_subsidy.owns_enough_housing")
                        .number("area", area_in_texts(area))
                        .number("threshold", area_in_texts(min_area)),
                );
            }
            below
        }
        _ => {
            trace.apply(
                threshold.citation,
                Text::new("public_rental_subsidy.no_home"),
                None,
            );
            true
        }
    }
}

/// 二(六): whether the household is not yet housed in kind (the subsidy covers only those).
fn not_yet_housed_test(input: &PublicRentalSubsidyInput, trace: &mut Trace) -> bool {
    if input.in_kind_allocation.unwrap_or(false) {
        trace.refusal(
            Basis::Gazette,
            "ALREADY_IN_PUBLIC_RENTAL",
            Text::new("public_rental_subsidy.already_in_public_rental"),
        );
        false
    } else {
        trace.apply(
            cite("二(六)"),
            Text::new("public_rental_subsidy.not_yet_housed"),
            None,
        );
        true
    }
}

/// 二(六): the tier and the standard it is paid at; tier 1 needs a tier-1 group and local
/// registration.
fn tier(
    category: Category,
    local_hukou: bool,
    [tier1, tier2]: [&'static params::Parameter; 2],
    trace: &mut Trace,
) -> (u8, &'static params::Parameter) {
    match category.name() {
        Some(name) if local_hukou => {
            trace.apply(
                tier1.citation,
                Text::new("public_rental_subsidy.tier1").text("category", name),
                Some("1".to_owned()),
            );
            (1, tier1)
        }
        Some(name) => {
            trace.apply(
                tier2.citation,
                Text::new("public_rental_subsidy.tier2_not_local").text("category", name.clone()),
                Some("2".to_owned()),
            );
            trace.warning(
                Basis::Gazette,
                "TIER1_NEEDS_LOCAL_HUKOU",
                Text::new("public_rental_subsidy.tier1_needs_local_hukou").text("category", name),
            );
            (2, tier2)
        }
        None => {
            trace.apply(
                tier2.citation,
                Text::new("public_rental_subsidy.tier2"),
                Some("2".to_owned()),
            );
            (2, tier2)
        }
    }
}

/// 二(五): 城镇低保, 低收入 and 分散救助供养特困人员 households are housed in kind in
/// principle. The inputs can say 低保 and 特困 but not 低收入 (the gazette gives no test for
/// it), so the step and the warning appear for the first two and name all three.
fn in_kind_in_principle(category: Category, trace: &mut Trace) {
    let who = match category {
        Category::MinimumLiving => Text::new("public_rental_subsidy.in_kind_minimum_living"),
        Category::ExtremePoverty => Text::new("public_rental_subsidy.in_kind_extreme_poverty"),
        Category::WelfareLeaver | Category::None => return,
    };
    trace.apply(
        cite("二(五)"),
        Text::new("public_rental_subsidy.in_kind").text("who", who),
        None,
    );
    trace.warning(
        Basis::Gazette,
        "IN_KIND_IN_PRINCIPLE",
        Text::new("public_rental_subsidy.in_kind_in_principle"),
    );
}

/// The monthly and half-yearly amounts, for the site's area per person.
fn amounts(
    rate: Money,
    area: Area,
    size: u64,
    interval: &params::Parameter,
    trace: &mut Trace,
) -> Result<(Money, Money)> {
    trace.apply_in(
        Citation::SITE,
        Text::new("public_rental_subsidy.area_per_person").number("area", area_in_texts(area)),
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
    let people = if size == 1 {
        Text::new("public_rental_subsidy.person")
    } else {
        Text::new("public_rental_subsidy.people")
    };
    trace.apply(
        Citation::INTERPRETATION,
        Text::new("public_rental_subsidy.monthly")
            .money("rate", rate)
            .number("area", area_in_texts(area))
            .count("size", size)
            .text("people", people)
            .money("monthly", monthly),
        Some(monthly.to_string()),
    );
    let months = interval.whole();
    let half_yearly = monthly.times(months)?;
    trace.apply(
        interval.citation,
        Text::new("public_rental_subsidy.half_yearly")
            .money("monthly", monthly)
            .count("months", months)
            .money("half_yearly", half_yearly),
        Some(half_yearly.to_string()),
    );
    Ok((monthly, half_yearly))
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
