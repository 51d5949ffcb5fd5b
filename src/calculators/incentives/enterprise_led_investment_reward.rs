//! D2. Enterprise-led investment reward — 以企招商, 钦政办规〔2023〕3号 三(四)2(4).
//!
//! An enterprise of its county's featured industry (or, "参照上述政策", of another industry in
//! the county) that brings in from outside the city a chain project whose fixed-asset
//! investment, land premium excluded, reaches the featured industry's threshold gets, from the
//! start of production, a one-off 2‰ of the production year's contracted fixed-asset
//! investment, at most 50万. The attachment prints 2%: the main text governs and the result
//! always shows both readings.

use serde::{Deserialize, Serialize};

use super::common::{self, County, Industry, Payer, PayerWords};
use crate::date::IsoDate;
use crate::error::{Error, Result};
use crate::explain::{Basis, Citation, Explanation, Trace};
use crate::money::{Money, MoneyIn};
use crate::number::Rate;
use crate::params::{self, ParamId};
use crate::text::Text;

const CLAUSE: Citation = params::yxyy("三(四)2(4)");

/// Which sentence of the clause the enterprise comes under.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Route {
    /// "属本县区优势特色产业企业".
    Featured,
    /// "县区内其他产业企业…参照上述政策给予同等支持".
    OtherIndustry,
}

/// The input of [`enterprise_led_investment_reward`].
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EnterpriseLedInvestmentRewardInput {
    /// The day the project started production: the qualifying date ("自投产之日起").
    pub production_start_date: IsoDate,
    /// The enterprise's county: fixes the featured industry.
    pub county: County,
    /// The enterprise's own industry.
    pub enterprise_industry: Industry,
    /// The project is an upstream/downstream supporting project of the county's featured industry.
    pub chain_project: bool,
    /// The project comes from outside the city ("从市外引进").
    pub from_outside_city: bool,
    /// The project's fixed-asset investment from outside the city.
    pub fixed_asset_investment: MoneyIn,
    /// The land premium included in it ("不含土地出让金"); default 0.
    #[serde(default)]
    pub land_premium: Option<MoneyIn>,
    /// The fixed-asset investment contracted for the production year.
    pub year_contracted_fixed_asset_investment: MoneyIn,
    /// The land premium included in the year's amount; default 0.
    #[serde(default)]
    pub year_land_premium: Option<MoneyIn>,
}

/// The result of [`enterprise_led_investment_reward`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct EnterpriseLedInvestmentRewardResult {
    /// Whether every condition the gazette sets is met (`false` always with a reason); the
    /// amount may still be `"0.00"`, and a step then says why.
    pub eligible: bool,
    /// The sentence the enterprise comes under; `null` for a county with no featured industry.
    pub route: Option<Route>,
    /// The county's featured industry, whose threshold applies; `null` for `county: "other"`.
    pub industry: Option<Industry>,
    /// That industry's threshold; `null` for `county: "other"`.
    pub threshold: Option<Money>,
    /// The measure compared with it: fixed-asset investment − land premium.
    pub threshold_measure: Money,
    /// The main text's rate (`"0.002"`).
    pub rate: Rate,
    /// The base: the year's contracted fixed-asset investment − its land premium.
    pub base: Money,
    /// base × rate, rounded down to the fen (`"0.00"` when not eligible).
    pub uncapped: Money,
    /// The cap per project.
    pub cap: Money,
    /// The reward (`"0.00"` when not eligible).
    pub amount: Money,
    /// Whether the cap bound.
    pub capped: bool,
    /// The attachment's rate (`"0.02"`), never used for `amount`.
    pub attachment_rate: Rate,
    /// What the attachment's reading would give: min(base × 2%, cap) (`"0.00"` when not eligible).
    pub attachment_amount: Money,
    /// Who pays.
    pub payer: Option<Payer>,
    /// Steps, warnings, reasons and the rule version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

fn threshold_id(industry: Industry) -> Option<ParamId> {
    match industry {
        Industry::Chenpi => Some(ParamId::YxyyEnterpriseLedThresholdChenpi),
        Industry::ToysApparel => Some(ParamId::YxyyEnterpriseLedThresholdToysApparel),
        Industry::TimberFurniture => Some(ParamId::YxyyEnterpriseLedThresholdTimberFurniture),
        Industry::Chemicals => Some(ParamId::YxyyEnterpriseLedThresholdChemicals),
        Industry::Other => None,
    }
}

/// The enterprise-led investment reward of a project (POLICY D2).
///
/// # Errors
/// `RULE_NOT_IN_SOURCE` for a production start outside 2023-01-01..2025-12-31; `INCONSISTENT`
/// when a land premium exceeds its investment, the year's land premium exceeds the project's
/// (`yearLandPremium`), or the year's contracted investment exceeds the project's.
pub fn enterprise_led_investment_reward(
    input: &EnterpriseLedInvestmentRewardInput,
) -> Result<EnterpriseLedInvestmentRewardResult> {
    // An absent land premium is 0.
    let project_premium = input.land_premium.unwrap_or(Money::ZERO);
    let year_premium = input.year_land_premium.unwrap_or(Money::ZERO);
    let fai = input.fixed_asset_investment;
    let measure = common::minus(
        fai,
        project_premium,
        "landPremium",
        Text::new("incentives.error.land_premium_above_investment"),
    )?;
    let year = input.year_contracted_fixed_asset_investment;
    let base = common::minus(
        year,
        year_premium,
        "yearLandPremium",
        Text::new("incentives.error.land_premium_above_investment"),
    )?;
    // The year's land premium is part of the project's ("不含土地出让金" defines the project's
    // investment once): it cannot exceed the project's.
    if year_premium > project_premium {
        return Err(Error::text_at(
            crate::ErrorKind::Inconsistent,
            "yearLandPremium",
            Text::new("incentives.error.year_premium_above_project")
                .money("year", year_premium)
                .money("project", project_premium),
        ));
    }
    if year > fai {
        return Err(Error::text_at(
            crate::ErrorKind::Inconsistent,
            "yearContractedFixedAssetInvestment",
            Text::new("incentives.error.year_above_project")
                .money("year", year)
                .money("project", fai),
        ));
    }
    let rate = common::param(ParamId::YxyyEnterpriseLedRate)?;
    let attachment_rate = common::param(ParamId::YxyyEnterpriseLedAttachmentRate)?;
    let cap_param = common::param(ParamId::YxyyEnterpriseLedCap)?;
    let cap = common::money(cap_param);

    let mut trace = Trace::default();
    common::qualifying_date(
        &mut trace,
        input.production_start_date,
        "productionStartDate",
        Text::new("incentives.event.production_start"),
    )?;

    // The county's featured industry decides the route and the threshold.
    let featured = input.county.featured_industry();
    let route = match featured {
        None => {
            trace.refusal(
                Basis::Gazette,
                "NO_FEATURED_INDUSTRY",
                Text::new("incentives.no_featured_industry").text("county", input.county.name()),
            );
            None
        }
        Some(ind) => {
            trace.apply(
                common::GUIDING,
                Text::new("incentives.county_industry")
                    .text("county", input.county.name())
                    .text("industry", ind.name()),
                None,
            );
            if input.enterprise_industry == ind {
                trace.apply(
                    CLAUSE,
                    Text::new("incentives.enterprise_led.route_featured"),
                    None,
                );
                Some(Route::Featured)
            } else {
                trace.apply(
                    CLAUSE,
                    Text::new("incentives.enterprise_led.route_other")
                        .text("industry", input.enterprise_industry.name()),
                    None,
                );
                trace.apply(
                    Citation::INTERPRETATION,
                    Text::new("incentives.enterprise_led.same_support"),
                    None,
                );
                Some(Route::OtherIndustry)
            }
        }
    };
    let chain = common::condition(
        &mut trace,
        input.chain_project,
        CLAUSE,
        Text::new("incentives.enterprise_led.chain_project"),
        "NOT_CHAIN_PROJECT",
        Text::new("incentives.enterprise_led.not_chain_project"),
    );
    // "从市外引进" is in the first sentence only: the other-industry route needs it only by the
    // library's reading of "同等支持" (POLICY D2), so its refusal there rests on that reading.
    let outside = if input.from_outside_city {
        trace.apply(
            CLAUSE,
            Text::new("incentives.enterprise_led.from_outside_city"),
            Some("true".to_owned()),
        );
        true
    } else {
        trace.refusal(
            if route == Some(Route::OtherIndustry) {
                Basis::Interpretation
            } else {
                Basis::Gazette
            },
            "NOT_FROM_OUTSIDE_CITY",
            Text::new("incentives.enterprise_led.not_from_outside_city"),
        );
        false
    };
    trace.apply(
        CLAUSE,
        Text::new("incentives.enterprise_led.measure")
            .money("investment", fai)
            .money("premium", project_premium)
            .money("measure", measure),
        Some(measure.to_string()),
    );
    let threshold = match featured.and_then(threshold_id) {
        Some(id) => Some(common::param(id)?),
        None => None,
    };
    let enough = match threshold {
        Some(t) => {
            let met = common::at_least(
                &mut trace,
                t,
                measure,
                Text::new("incentives.what.investment_from_outside"),
            );
            if !met {
                // The other-industry route takes the featured industry's threshold only by the
                // library's reading of "同等支持" (POLICY D2).
                let basis = if route == Some(Route::OtherIndustry) {
                    Basis::Interpretation
                } else {
                    Basis::Gazette
                };
                trace.refusal(
                    basis,
                    "BELOW_THRESHOLD",
                    Text::new("incentives.below_threshold")
                        .text("what", Text::new("incentives.what.investment_from_outside"))
                        .money("measure", measure)
                        .money("threshold", common::money(t)),
                );
            }
            met
        }
        None => false,
    };
    trace.apply(
        Citation::INTERPRETATION,
        Text::new("incentives.enterprise_led.reading"),
        None,
    );
    let eligible = route.is_some() && chain && outside && enough;

    trace.apply(
        CLAUSE,
        Text::new("incentives.enterprise_led.base")
            .money("year", year)
            .money("premium", year_premium)
            .money("base", base),
        Some(base.to_string()),
    );
    let (uncapped, amount, capped, attachment_amount) = if eligible {
        let c = common::rate_then_cap(
            &mut trace,
            base,
            rate,
            cap_param.citation,
            cap,
            "yearContractedFixedAssetInvestment",
        )?;
        if c.amount.is_zero() {
            common::nothing_owed(
                &mut trace,
                rate.citation,
                Text::new("incentives.zero_product"),
            );
        }
        common::record_payer(&mut trace, CLAUSE, PayerWords::TaxRevenue);
        let at = base
            .times_down(attachment_rate.value)
            .map_err(|_| Error::overflow(Some("yearContractedFixedAssetInvestment")))?;
        (c.uncapped, c.amount, c.capped, at.min(cap))
    } else {
        (Money::ZERO, Money::ZERO, false, Money::ZERO)
    };
    trace.warning(
        Basis::Interpretation,
        "ATTACHMENT_CONFLICT",
        Text::new("incentives.enterprise_led.attachment_conflict")
            .number(
                "rate",
                (rate.value * rust_decimal::Decimal::ONE_THOUSAND).normalize(),
            )
            .number("attachment", common::percent(attachment_rate))
            .money("amount", amount)
            .money("attachmentAmount", attachment_amount)
            .raw("mainRule", CLAUSE.rule())
            .raw("attachmentRule", common::ATTACHMENT_ROW.rule()),
    );
    Ok(EnterpriseLedInvestmentRewardResult {
        eligible,
        route,
        industry: featured,
        threshold: threshold.map(common::money),
        threshold_measure: measure,
        rate: Rate::from(rate.value.normalize()),
        base,
        uncapped,
        cap,
        amount,
        capped,
        attachment_rate: Rate::from(attachment_rate.value.normalize()),
        attachment_amount,
        payer: Some(Payer::TaxLevelFinance),
        explanation: trace.finish(common::policy()),
    })
}
