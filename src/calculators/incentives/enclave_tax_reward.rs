//! D3. Enclave tax reward to the county — 飞地招商, 钦政办规〔2023〕3号 三(四)2(3).
//!
//! A featured-industry enterprise recommended by a county, registered in the 自贸区钦州港片区
//! and using none of the zone's land: the zone pays the county 100% of the tax it retains from
//! the enterprise, net of the tax rewards the enterprise enjoys. An enterprise on the county's
//! land or forest quota brings the county its statistics, not money.

use serde::{Deserialize, Serialize};

use super::common::{self, FeaturedCounty, Industry, Payer, PayerWords};
use crate::error::{Error, Result};
use crate::explain::{Basis, Citation, Explanation, Trace};
use crate::money::{Money, MoneyIn};
use crate::number::{Count, Rate};
use crate::params::{self, ParamId};
use crate::text::Text;

const CLAUSE: Citation = params::yxyy("三(四)2(3)");

/// Whose land the enterprise builds and operates on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum LandUse {
    /// No land of the zone ("非涉地项目").
    #[serde(rename = "none")]
    NoLand,
    /// The county's land or forest quota.
    CountyQuota,
    /// The zone's land.
    ZoneLand,
}

/// Which sentence of the clause applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum EnclaveRoute {
    /// The first: a non-land enterprise, money to the county.
    NonLand,
    /// The second: an enterprise on the county's quota, statistics to the county.
    CountyLandQuota,
}

/// The input of [`enclave_tax_reward`].
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EnclaveTaxRewardInput {
    /// The tax year (2023-2025).
    pub year: Count,
    /// The recommending county (the payee).
    pub county: FeaturedCounty,
    /// The enterprise's industry.
    pub industry: Industry,
    /// "由相关县区推荐引进".
    pub recommended_by_county: bool,
    /// "在自贸区钦州港片区注册".
    pub registered_in_zone: bool,
    /// Whose land the enterprise uses.
    pub land_use: LandUse,
    /// The tax the zone actually retains from the enterprise in the year.
    pub zone_retained_tax: MoneyIn,
    /// The tax-related rewards the enterprise enjoys, deducted; default 0.
    #[serde(default)]
    pub tax_rewards: Option<MoneyIn>,
}

/// The result of [`enclave_tax_reward`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct EnclaveTaxRewardResult {
    /// Whether every condition the gazette sets is met (`false` always with a reason); the
    /// amount may still be `"0.00"`, and a step then says why.
    pub eligible: bool,
    /// The sentence that applies; `null` on the zone's land.
    pub route: Option<EnclaveRoute>,
    /// max(0, retained − rewards).
    pub net_retained: Money,
    /// The rate (`"1"`).
    pub rate: Rate,
    /// What the zone pays the county (`"0.00"` when not eligible).
    pub amount_to_county: Money,
    /// The county paid; `null` when not eligible.
    pub payee_county: Option<FeaturedCounty>,
    /// Whether the enterprise's GDP and other statistics go to the county.
    pub statistics_to_county: bool,
    /// Who pays.
    pub payer: Option<Payer>,
    /// Steps, warnings, reasons and the rule version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

/// The enclave tax reward of a county for a year (POLICY D3).
///
/// # Errors
/// `RULE_NOT_IN_SOURCE` for a year outside 2023-2025; `OUT_OF_RANGE` on overflow.
pub fn enclave_tax_reward(input: &EnclaveTaxRewardInput) -> Result<EnclaveTaxRewardResult> {
    let rate = common::param(ParamId::YxyyEnclaveRate)?;
    let mut trace = Trace::default();
    common::plan_year(
        &mut trace,
        input.year,
        "year",
        Text::new("incentives.event.tax_year"),
    )?;
    let county = common::County::from(input.county);
    let recommended = common::condition(
        &mut trace,
        input.recommended_by_county,
        CLAUSE,
        Text::new("incentives.enclave.recommended").text("county", county.name()),
        "NOT_RECOMMENDED_BY_COUNTY",
        Text::new("incentives.enclave.not_recommended"),
    );
    let registered = common::condition(
        &mut trace,
        input.registered_in_zone,
        CLAUSE,
        Text::new("incentives.enclave.registered"),
        "NOT_REGISTERED_IN_ZONE",
        Text::new("incentives.enclave.not_registered"),
    );
    let featured = common::condition(
        &mut trace,
        input.industry.is_featured(),
        CLAUSE,
        Text::new("incentives.featured_enterprise").text("industry", input.industry.name()),
        "NOT_FEATURED_INDUSTRY",
        Text::new("incentives.not_featured_industry"),
    );
    let (route, statistics, non_land) = match input.land_use {
        LandUse::NoLand => {
            trace.apply(CLAUSE, Text::new("incentives.enclave.non_land"), None);
            (Some(EnclaveRoute::NonLand), false, true)
        }
        LandUse::CountyQuota => {
            let stats = registered && featured;
            // The words follow the value: the statistics go to the county only when the
            // second sentence's conditions (registered in the zone, featured industry) hold.
            trace.refusal(
                Basis::Gazette,
                "LAND_USING_ENTERPRISE",
                if stats {
                    Text::new("incentives.enclave.land_using")
                } else {
                    Text::new("incentives.enclave.land_using_no_statistics")
                },
            );
            if stats {
                trace.apply(
                    CLAUSE,
                    Text::new("incentives.enclave.statistics").text("county", county.name()),
                    Some("true".to_owned()),
                );
            }
            (Some(EnclaveRoute::CountyLandQuota), stats, false)
        }
        LandUse::ZoneLand => {
            trace.refusal(
                Basis::Gazette,
                "ZONE_LAND_USED",
                Text::new("incentives.enclave.zone_land"),
            );
            (None, false, false)
        }
    };
    trace.apply(
        Citation::INTERPRETATION,
        Text::new("incentives.enclave.reading"),
        None,
    );
    let eligible = recommended && registered && featured && non_land;
    let rewards = input.tax_rewards.unwrap_or(Money::ZERO);
    let net = input.zone_retained_tax.saturating_sub(rewards);
    trace.apply_in(
        CLAUSE,
        Text::new("incentives.enclave.net")
            .money("retained", input.zone_retained_tax)
            .money("rewards", rewards)
            .money("net", net),
        net.to_string(),
        crate::explain::StepUnit::Yuan,
    );
    if rewards > input.zone_retained_tax {
        trace.warning(
            Basis::Interpretation,
            "REWARDS_EXCEED_RETAINED_TAX",
            Text::new("incentives.enclave.rewards_exceed")
                .money("retained", input.zone_retained_tax)
                .money("rewards", rewards),
        );
    }
    let amount = if eligible {
        let a = net
            .times_down(rate.value)
            .map_err(|_| Error::overflow(Some("zoneRetainedTax")))?;
        trace.apply_in(
            rate.citation,
            Text::new("incentives.enclave.amount")
                .money("net", net)
                .number("rate", common::percent(rate))
                .money("amount", a)
                .text("county", county.name()),
            a.to_string(),
            crate::explain::StepUnit::Yuan,
        );
        if a.is_zero() {
            common::nothing_owed(&mut trace, CLAUSE, Text::new("incentives.enclave.zero_net"));
        }
        common::record_payer(&mut trace, CLAUSE, PayerWords::Enclave);
        a
    } else {
        Money::ZERO
    };
    Ok(EnclaveTaxRewardResult {
        eligible,
        route,
        net_retained: net,
        rate: Rate::from(rate.value.normalize()),
        amount_to_county: amount,
        payee_county: eligible.then_some(input.county),
        statistics_to_county: statistics,
        payer: Some(Payer::FreeTradeZone),
        explanation: trace.finish(common::policy()),
    })
}
