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
use crate::text::Text;

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
        return Err(Error::text_at(
            ErrorKind::OutOfRange,
            "marketRent",
            Text::new("affordable_rental_housing.market_rent_zero"),
        ));
    }
    let percent = params::on(ParamId::AffordableRentPercent, input.date)?;
    let main_area = params::on(ParamId::AffordableUnitArea, input.date)?;
    let mut trace = Trace::default();
    crate::public_rental_subsidy::record_plan_date(&mut trace, input.date, false)?;

    // 一(三), 三(十五): who may rent.
    trace.apply(
        cite("一(三)"),
        Text::new("affordable_rental_housing.who_may_rent"),
        None,
    );
    if input.owns_home_locally {
        trace.refusal(
            Basis::Gazette,
            "OWNS_HOME_LOCALLY",
            Text::new("affordable_rental_housing.owns_home_locally"),
        );
    }
    if input.in_public_rental {
        trace.refusal(
            Basis::Gazette,
            "IN_PUBLIC_RENTAL",
            Text::new("affordable_rental_housing.in_public_rental"),
        );
    } else {
        trace.apply(
            cite("三(十五)"),
            Text::new("affordable_rental_housing.not_in_public_rental"),
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
    trace.apply(
        percent.citation,
        Text::new("affordable_rental_housing.max_rent")
            .number("percent", pct)
            .money("market_rent", input.market_rent)
            .money("max_rent", max_rent),
        Some(max_rent.to_string()),
    );
    let (rent_within_cap, excess) = match input.rent {
        Some(rent) => {
            let within = rent <= max_rent;
            let excess = rent.saturating_sub(max_rent);
            let compared = if within {
                Text::new("affordable_rental_housing.rent_within_cap")
            } else {
                Text::new("affordable_rental_housing.rent_over_cap").money("excess", excess)
            };
            trace.apply(
                percent.citation,
                compared.money("rent", rent).money("max_rent", max_rent),
                Some(within.to_string()),
            );
            if !within {
                trace.warning(
                    Basis::Gazette,
                    "RENT_ABOVE_CAP",
                    Text::new("affordable_rental_housing.rent_above_cap")
                        .money("rent", rent)
                        .number("percent", pct)
                        .money("max_rent", max_rent),
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
            trace.warning(
                Basis::Interpretation,
                "UNIT_OVER_MAIN_AREA",
                Text::new("affordable_rental_housing.unit_over_main_area")
                    .number("area", area.decimal().normalize())
                    .number("limit", limit.decimal().normalize()),
            );
        } else {
            trace.apply_in(
                main_area.citation,
                Text::new("affordable_rental_housing.unit_within_main_area")
                    .number("area", area.decimal().normalize())
                    .number("limit", limit.decimal().normalize()),
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
