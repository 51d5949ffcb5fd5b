//! Affordable rental housing (保障性租赁住房), 钦政办规〔2023〕1号 一(三), 三(十一), 三(十五).
//!
//! The rent is at most 90% of the market rent of the same location and quality (三(十一)), so
//! the maximum rent is that share rounded down to the fen (a ceiling is never overstated).
//! Tenants are new residents, young people, migrant workers and the like ("等": an open list,
//! so it is not asked) with no home of their own where they apply, with no income line
//! (一(三)), and not together with the city's 公租房 protection (三(十五)). Units are "mainly"
//! up to 70 m² ("以…为主"): a larger unit is a warning, never a refusal.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::area::{Area, AreaIn};
use crate::date::IsoDate;
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{Basis, Explanation, StepUnit, Trace};
use crate::money::{Money, MoneyIn};
use crate::params::{self, ParamId};

/// The input of [`affordable_rental_housing`].
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct AffordableRentalHousingInput {
    /// The date: picks the rule in force.
    pub date: IsoDate,
    /// Whether the applicant has a home of their own where they apply.
    pub owns_home_locally: bool,
    /// Whether the applicant already enjoys the city's 公租房 protection (a unit or the subsidy).
    pub in_public_rental: bool,
    /// Monthly market rent of housing of the same location and quality; more than 0.
    pub market_rent: MoneyIn,
    /// The monthly rent the unit asks, to check against the maximum.
    #[serde(default)]
    pub rent: Option<MoneyIn>,
    /// The unit's floor area (建筑面积) in m².
    #[serde(default)]
    pub unit_area: Option<AreaIn>,
}

/// The result of [`affordable_rental_housing`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AffordableRentalHousingResult {
    /// Whether the applicant may rent affordable rental housing.
    pub eligible: bool,
    /// The most the unit may charge a month: 90% of the market rent, rounded down to the fen.
    pub max_rent: Money,
    /// Whether the given rent is within the maximum; absent when no rent was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rent_within_cap: Option<bool>,
    /// The rent above the maximum (0 when within); absent when no rent was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub excess: Option<Money>,
    /// The steps applied with their citations, warnings, reasons and rule version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

use crate::params::housing as cite;

/// Decides whether an applicant may rent affordable rental housing, the most a unit may charge,
/// and whether a proposed rent is within it.
///
/// # Errors
/// `RULE_NOT_IN_SOURCE` for a date before 2023-01-09 (the plan gives no earlier rule);
/// `OUT_OF_RANGE` for a market rent of 0 (there is nothing to take 90% of).
pub fn affordable_rental_housing(
    input: &AffordableRentalHousingInput,
) -> Result<AffordableRentalHousingResult> {
    if input.market_rent.is_zero() {
        return Err(Error::at(
            ErrorKind::OutOfRange,
            "marketRent",
            "同地段同品质市场租赁住房租金应大于 0",
            "The market rent of the same location and quality must be above 0",
        ));
    }
    let percent = params::on(ParamId::AffordableRentPercent, input.date)?;
    let main_area = params::on(ParamId::AffordableUnitArea, input.date)?;
    let mut trace = Trace::default();
    crate::public_rental_subsidy::record_plan_date(&mut trace, input.date, false)?;

    // 一(三), 三(十五): who may rent.
    trace.step(
        cite("一(三)"),
        "保障性租赁住房面向在申请所在地无自有房产的新市民、青年人和进城务工人员等群体，不设置收入线条件".to_owned(),
        "Affordable rental housing is for new residents, young people, migrant workers and similar groups with no home of their own where they apply; there is no income line".to_owned(),
        None,
    );
    if input.owns_home_locally {
        trace.reason(
            Basis::Gazette,
            "OWNS_HOME_LOCALLY",
            "在申请所在地有自有房产：保障性租赁住房的配租对象须在申请所在地无自有房产",
            "Owns a home where applying: affordable rental housing is for applicants with no home of their own there",
        );
    }
    if input.in_public_rental {
        trace.reason(
            Basis::Gazette,
            "IN_PUBLIC_RENTAL",
            "正在享受本市公租房保障：申请保障性租赁住房时不得同时享受本市公租房保障",
            "Already under the city's public rental housing protection: affordable rental housing cannot be had at the same time",
        );
    } else {
        trace.step(
            cite("三(十五)"),
            "未同时享受本市公租房保障".to_owned(),
            "Not under the city's public rental housing protection at the same time".to_owned(),
            None,
        );
    }
    let eligible = !input.owns_home_locally && !input.in_public_rental;

    // 三(十一): the rent ceiling.
    let share = percent.value / Decimal::ONE_HUNDRED;
    let max_rent = input
        .market_rent
        .times_down(share)
        .map_err(|_| Error::overflow(Some("marketRent")))?;
    let pct = percent.value.normalize();
    trace.step(
        percent.citation,
        format!(
            "租金不高于同地段同品质市场租赁住房租金的 {pct}%：{} 元 × {pct}% = {max_rent} 元/月（向下取整到分）",
            input.market_rent
        ),
        format!(
            "Rent at most {pct}% of the market rent of the same location and quality: {} × {pct}% = {max_rent} yuan a month (rounded down to the fen)",
            input.market_rent
        ),
        Some(max_rent.to_string()),
    );
    let (rent_within_cap, excess) = match input.rent {
        Some(rent) => {
            let within = rent <= max_rent;
            let excess = rent.saturating_sub(max_rent);
            trace.step(
                percent.citation,
                if within {
                    format!("拟收租金 {rent} 元不高于上限 {max_rent} 元")
                } else {
                    format!("拟收租金 {rent} 元高于上限 {max_rent} 元，超出 {excess} 元")
                },
                if within {
                    format!("The proposed rent of {rent} yuan is within the maximum of {max_rent}")
                } else {
                    format!("The proposed rent of {rent} yuan is above the maximum of {max_rent}, by {excess}")
                },
                Some(within.to_string()),
            );
            if !within {
                trace.warn(
                    Basis::Gazette,
                    "RENT_ABOVE_CAP",
                    format!("租金 {rent} 元高于同地段同品质市场租金的 {pct}%（{max_rent} 元）"),
                    format!("The rent of {rent} yuan is above {pct}% of the market rent ({max_rent} yuan)"),
                );
            }
            (Some(within), Some(excess))
        }
        None => (None, None),
    };

    // 三(十一): mainly small units.
    let limit = Area::from_decimal(main_area.value);
    if let Some(area) = input.unit_area {
        if area > limit {
            // "以…小户型为主" describes the housing stock, not a condition on the tenant or the
            // unit: reading it as a warning rather than a refusal is the library's choice.
            trace.warn(
                Basis::Interpretation,
                "UNIT_OVER_MAIN_AREA",
                format!("建筑面积 {area} 平方米超过 {limit} 平方米：保障性租赁住房以不超过 {limit} 平方米的小户型为主；公报说的是房源构成，未规定较大户型不得出租，本计算器只作提示、不作为不符合条件的理由"),
                format!("The unit's {area} m² is over {limit} m²: affordable rental housing is mainly units of at most {limit} m²; the gazette describes the housing stock and does not exclude larger units, so the library only warns and does not refuse"),
            );
        } else {
            trace.step_in(
                main_area.citation,
                format!("建筑面积 {area} 平方米，不超过 {limit} 平方米"),
                format!("Floor area {area} m², at most {limit} m²"),
                area.to_string(),
                StepUnit::SquareMetres,
            );
        }
    }

    Ok(AffordableRentalHousingResult {
        eligible,
        max_rent,
        rent_within_cap,
        excess,
        explanation: trace.finish(params::housing_policy()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(market: &str, rent: Option<&str>, area: Option<u32>) -> AffordableRentalHousingResult {
        affordable_rental_housing(&AffordableRentalHousingInput {
            date: "2023-06-01".parse().unwrap(),
            owns_home_locally: false,
            in_public_rental: false,
            market_rent: market.parse().unwrap(),
            rent: rent.map(|r| r.parse().unwrap()),
            unit_area: area.map(Area::from),
        })
        .unwrap()
    }

    #[test]
    fn ninety_percent_rounded_down_and_exactly_ninety_is_within() {
        let r = run("1000.01", Some("900"), None);
        // 1000.01 × 0.9 = 900.009 → 900.00
        assert_eq!(r.max_rent.to_string(), "900.00");
        assert_eq!(r.rent_within_cap, Some(true));
        let over = run("1000", Some("900.01"), None);
        assert_eq!(over.rent_within_cap, Some(false));
        assert_eq!(over.excess.unwrap().to_string(), "0.01");
    }

    #[test]
    fn big_unit_is_a_warning_not_a_refusal() {
        let r = run("2000", None, Some(71));
        assert!(r.eligible);
        assert_eq!(r.explanation.warnings[0].code, "UNIT_OVER_MAIN_AREA");
        assert!(run("2000", None, Some(70)).explanation.warnings.is_empty());
    }
}
