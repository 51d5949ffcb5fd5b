//! D5. Park infrastructure subsidy — 钦政办规〔2023〕3号 三(二)3.
//!
//! For roads, water and drainage, standard factories and other infrastructure inside a
//! featured-industry park, the city pays 10% of the previous year's actual investment, at most
//! 500万 per county.

use serde::{Deserialize, Serialize};

use super::common::{self, County, Payer, PayerWords};
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{Basis, Citation, Explanation, Trace};
use crate::money::{Money, MoneyIn};
use crate::number::{Count, Rate};
use crate::params::{self, ParamId};
use crate::text::Text;

const CLAUSE: Citation = params::yxyy("三(二)3");

/// The kind of an infrastructure project.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum InfrastructureKind {
    /// 道路.
    Road,
    /// 给排水.
    WaterDrainage,
    /// 标准厂房.
    StandardFactory,
    /// Another kind ("等": an open list).
    OtherInfrastructure,
}

/// One infrastructure project's actual investment in the previous year.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct InfrastructureProject {
    /// The kind.
    pub kind: InfrastructureKind,
    /// The actual investment in `year − 1`.
    pub actual_investment: MoneyIn,
    /// Whether the project is inside the park.
    pub in_park: bool,
}

/// How far the 500万 reaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum CapScope {
    /// Per county per year (default).
    PerYear,
    /// Per county over the whole plan.
    PlanTotal,
}

/// Site settings of [`park_infrastructure_subsidy`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ParkSettings {
    /// How far the cap reaches (default `per_year`).
    #[serde(default)]
    pub cap_scope: Option<CapScope>,
}

/// The input of [`park_infrastructure_subsidy`].
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ParkInfrastructureSubsidyInput {
    /// The year of the grant (2023-2025); the base is the year before.
    pub year: Count,
    /// The county.
    pub county: County,
    /// The park is the county's featured-industry park.
    pub featured_industry_park: bool,
    /// The projects.
    #[serde(default)]
    pub projects: Vec<InfrastructureProject>,
    /// Site settings.
    #[serde(default)]
    pub settings: Option<ParkSettings>,
    /// With `plan_total`: what the county was granted before in the plan.
    #[serde(default)]
    pub granted_before: Option<MoneyIn>,
}

/// The result of [`park_infrastructure_subsidy`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ParkInfrastructureSubsidyResult {
    /// Whether every condition the gazette sets is met (`false` always with a reason); the
    /// amount may still be `"0.00"`, and a step then says why.
    pub eligible: bool,
    /// The year whose investment counts (`year − 1`).
    pub base_year: i32,
    /// The actual investment of the projects inside the park.
    pub base: Money,
    /// The rate (`"0.1"`).
    pub rate: Rate,
    /// base × rate, rounded down to the fen (`"0.00"` when not eligible).
    pub uncapped: Money,
    /// The cap per county.
    pub cap: Money,
    /// What is left of the cap.
    pub cap_remaining: Money,
    /// The subsidy (`"0.00"` when not eligible).
    pub amount: Money,
    /// Whether the cap bound.
    pub capped: bool,
    /// Who pays.
    pub payer: Option<Payer>,
    /// Steps, warnings, reasons and the rule version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

/// The park infrastructure subsidy of a county for a year (POLICY D5).
///
/// # Errors
/// `RULE_NOT_IN_SOURCE` for a year outside 2023-2025; `MISSING_FIELD` for `plan_total` without
/// `grantedBefore`; `INCONSISTENT` at `grantedBefore` when it is above 0.00 with `per_year`
/// (explicit or by default) or exceeds the cap; `OUT_OF_RANGE` on overflow.
pub fn park_infrastructure_subsidy(
    input: &ParkInfrastructureSubsidyInput,
) -> Result<ParkInfrastructureSubsidyResult> {
    let chosen = input.settings.as_ref().and_then(|s| s.cap_scope);
    let scope = chosen.unwrap_or(CapScope::PerYear);
    let rate = common::param(ParamId::YxyyParkInfrastructureRate)?;
    let cap_param = common::param(ParamId::YxyyParkInfrastructureCap)?;
    let cap = common::money(cap_param);
    let granted = match (scope, input.granted_before) {
        (CapScope::PlanTotal, None) => {
            return Err(Error::text_at(
                ErrorKind::MissingField,
                "grantedBefore",
                Text::new("incentives.error.granted_before_missing"),
            ))
        }
        // What was granted before only means something against a cap over the whole plan:
        // under a yearly cap it would be ignored, so the site must say which reading it wants.
        // Nothing granted (0.00) contradicts nothing, so it is accepted with either scope.
        (CapScope::PerYear, Some(g)) if !g.is_zero() => {
            return Err(Error::text_at(
                ErrorKind::Inconsistent,
                "grantedBefore",
                Text::new("incentives.error.granted_before_per_year"),
            ))
        }
        (CapScope::PlanTotal, Some(g)) if g > cap => {
            return Err(Error::text_at(
                ErrorKind::Inconsistent,
                "grantedBefore",
                Text::new("incentives.error.granted_before_above_cap")
                    .money("granted", g)
                    .money("cap", cap),
            ))
        }
        (_, g) => g.unwrap_or(Money::ZERO),
    };
    let mut trace = Trace::default();
    let year = common::plan_year(
        &mut trace,
        input.year,
        "year",
        Text::new("incentives.event.grant_year"),
    )?;
    let base_year = year - 1;
    let county_ok = match input.county.featured_industry() {
        Some(ind) => {
            trace.apply(
                common::GUIDING,
                Text::new("incentives.county_industry")
                    .text("county", input.county.name())
                    .text("industry", ind.name()),
                None,
            );
            true
        }
        None => {
            trace.refusal(
                Basis::Gazette,
                "NO_FEATURED_INDUSTRY",
                Text::new("incentives.no_featured_industry").text("county", input.county.name()),
            );
            false
        }
    };
    let park_ok = common::condition(
        &mut trace,
        input.featured_industry_park,
        CLAUSE,
        Text::new("incentives.park.featured_park"),
        "NOT_FEATURED_PARK",
        Text::new("incentives.park.not_featured_park"),
    );
    let mut base = Money::ZERO;
    let mut outside = 0u64;
    let mut open_list = false;
    for p in &input.projects {
        if p.in_park {
            base = base
                .add(p.actual_investment)
                .map_err(|_| Error::overflow(Some("projects")))?;
            open_list |= p.kind == InfrastructureKind::OtherInfrastructure;
        } else {
            outside += 1;
        }
    }
    if outside > 0 {
        trace.warning(
            Basis::Gazette,
            "PROJECT_OUTSIDE_PARK_EXCLUDED",
            Text::new("incentives.park.outside_excluded").count("count", outside),
        );
    }
    if open_list {
        trace.warning(
            Basis::Gazette,
            "OPEN_LIST_INFRASTRUCTURE",
            Text::new("incentives.park.open_list"),
        );
    }
    trace.apply_in(
        CLAUSE,
        Text::new("incentives.park.base")
            .year("year", base_year)
            .money("base", base),
        base.to_string(),
        crate::explain::StepUnit::Yuan,
    );
    let invested = common::condition(
        &mut trace,
        !base.is_zero(),
        CLAUSE,
        Text::new("incentives.park.has_investment"),
        "NO_QUALIFYING_INVESTMENT",
        Text::new("incentives.park.no_investment").year("year", base_year),
    );
    trace.apply(
        Citation::INTERPRETATION,
        Text::new("incentives.park.year_reading"),
        None,
    );
    let eligible = county_ok && park_ok && invested;
    let (cap_remaining, cap_cite) = match scope {
        CapScope::PerYear => {
            trace.apply(
                Citation::INTERPRETATION,
                Text::new("incentives.park.cap_per_year").money("cap", cap),
                None,
            );
            // The default's warning is about the amount: an ineligible result owes nothing.
            if chosen.is_none() && eligible {
                trace.warning(
                    Basis::Interpretation,
                    "CAP_SCOPE_DEFAULT",
                    Text::new("incentives.park.cap_scope_default").money("cap", cap),
                );
            }
            (cap, cap_param.citation)
        }
        CapScope::PlanTotal => {
            let left = cap.saturating_sub(granted);
            trace.apply_in(
                Citation::SITE,
                Text::new("incentives.park.cap_plan_total")
                    .money("cap", cap)
                    .money("granted", granted)
                    .money("left", left),
                left.to_string(),
                crate::explain::StepUnit::Yuan,
            );
            // The remainder is the site's reading of the cap, not the gazette's figure.
            (left, Citation::SITE)
        }
    };
    let (uncapped, amount, capped) = if eligible {
        let c = common::rate_then_cap(&mut trace, base, rate, cap_cite, cap_remaining, "projects")?;
        if c.amount.is_zero() {
            // Cited to what makes it 0.00: the (site's) remainder of the cap when none is left,
            // else the rate whose product is under one fen.
            let (cite, why) = if cap_remaining.is_zero() {
                (
                    cap_cite,
                    Text::new("incentives.park.zero_cap_used").money("cap", cap),
                )
            } else {
                (rate.citation, Text::new("incentives.zero_product"))
            };
            common::nothing_owed(&mut trace, cite, why);
        }
        common::record_payer(&mut trace, CLAUSE, PayerWords::ParkInfrastructure);
        (c.uncapped, c.amount, c.capped)
    } else {
        (Money::ZERO, Money::ZERO, false)
    };
    Ok(ParkInfrastructureSubsidyResult {
        eligible,
        base_year,
        base,
        rate: Rate::from(rate.value.normalize()),
        uncapped,
        cap,
        cap_remaining,
        amount,
        capped,
        payer: Some(Payer::CityFinance),
        explanation: trace.finish(common::policy()),
    })
}
