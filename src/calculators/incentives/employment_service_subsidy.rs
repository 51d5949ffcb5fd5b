//! D8. Employment service subsidy — 就业创业服务补助, 钦政办规〔2023〕3号 三(四)3(1).
//!
//! A market entity (a commercial HR agency "等") that places rural workers and registered
//! unemployed people in enterprises gets 600-1,000 元 per person. The gazette gives a range,
//! not the rate: the rate is a setting of the site, and without it the result shows the range
//! and no single figure.

use serde::{Deserialize, Serialize};

use super::common::{self, Payer};
use crate::date::IsoDate;
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{Basis, Citation, Explanation, Trace};
use crate::money::{Money, MoneyIn};
use crate::number::Count;
use crate::params::{self, ParamId};
use crate::text::Text;

const CLAUSE: Citation = params::yxyy("三(四)3(1)");

/// Who placed the workers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum ProviderKind {
    /// 经营性人力资源服务机构.
    CommercialHrAgency,
    /// Another market entity ("等").
    OtherMarketEntity,
    /// A public employment service: not a 市场主体.
    PublicBody,
}

/// Site settings of [`employment_service_subsidy`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EmploymentServiceSettings {
    /// The rate per person the site applies: within 600-1,000 inclusive.
    #[serde(default)]
    pub rate_per_person: Option<MoneyIn>,
}

/// The input of [`employment_service_subsidy`].
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EmploymentServiceSubsidyInput {
    /// The day the placements started work: the qualifying date.
    pub date: IsoDate,
    /// Who placed them.
    pub provider_kind: ProviderKind,
    /// Rural workers placed in enterprises (each person once).
    pub rural_labour: Count,
    /// Registered unemployed placed in enterprises (each person once).
    pub registered_unemployed: Count,
    /// Site settings.
    #[serde(default)]
    pub settings: Option<EmploymentServiceSettings>,
}

/// The result of [`employment_service_subsidy`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct EmploymentServiceSubsidyResult {
    /// Whether every condition the gazette sets is met (`false` always with a reason); the
    /// amount may still be `"0.00"`, and a step then says why.
    pub eligible: bool,
    /// Persons placed.
    pub persons: u64,
    /// The low end of the gazette's range per person.
    pub rate_min: Money,
    /// The high end.
    pub rate_max: Money,
    /// The site's rate; `null` when the site set none.
    pub rate: Option<Money>,
    /// rate × persons; `null` when the site set no rate (`"0.00"` when not eligible).
    pub amount: Option<Money>,
    /// rateMin × persons (`"0.00"` when not eligible).
    pub amount_min: Money,
    /// rateMax × persons (`"0.00"` when not eligible).
    pub amount_max: Money,
    /// Who pays: the gazette does not say (`null`).
    pub payer: Option<Payer>,
    /// Steps, warnings, reasons and the rule version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

/// The most persons one call counts: far beyond any placement, small enough for exact products.
const MAX_PERSONS: u64 = 10_000_000;

/// The employment service subsidy of a provider (POLICY D8).
///
/// # Errors
/// `OUT_OF_RANGE` for a site rate outside 600-1,000 or more than 10,000,000 persons;
/// `RULE_NOT_IN_SOURCE` for a date outside 2023-01-01..2025-12-31.
pub fn employment_service_subsidy(
    input: &EmploymentServiceSubsidyInput,
) -> Result<EmploymentServiceSubsidyResult> {
    let min_p = common::param(ParamId::YxyyEmploymentServiceRateMin)?;
    let max_p = common::param(ParamId::YxyyEmploymentServiceRateMax)?;
    let (rate_min, rate_max) = (common::money(min_p), common::money(max_p));
    let rate = input.settings.as_ref().and_then(|s| s.rate_per_person);
    if let Some(r) = rate {
        if r < rate_min || r > rate_max {
            return Err(Error::text_at(
                ErrorKind::OutOfRange,
                "settings.ratePerPerson",
                Text::new("incentives.error.rate_outside_range")
                    .money("rate", r)
                    .money("min", rate_min)
                    .money("max", rate_max),
            ));
        }
    }
    let persons = input
        .rural_labour
        .get()
        .checked_add(input.registered_unemployed.get())
        .filter(|n| *n <= MAX_PERSONS)
        .ok_or_else(|| {
            Error::text_at(
                ErrorKind::OutOfRange,
                "ruralLabour",
                Text::new("incentives.error.too_many_persons").count("max", MAX_PERSONS),
            )
        })?;
    let mut trace = Trace::default();
    common::qualifying_date(
        &mut trace,
        input.date,
        "date",
        Text::new("incentives.event.placement"),
    )?;
    let market = match input.provider_kind {
        ProviderKind::CommercialHrAgency => {
            trace.apply(
                CLAUSE,
                Text::new("incentives.employment.hr_agency"),
                Some("true".to_owned()),
            );
            true
        }
        ProviderKind::OtherMarketEntity => {
            trace.warning(
                Basis::Gazette,
                "OPEN_LIST_PROVIDER",
                Text::new("incentives.employment.open_list"),
            );
            true
        }
        ProviderKind::PublicBody => {
            trace.refusal(
                Basis::Gazette,
                "NOT_MARKET_ENTITY",
                Text::new("incentives.employment.not_market_entity"),
            );
            false
        }
    };
    trace.apply(
        CLAUSE,
        Text::new("incentives.employment.persons")
            .count("rural", input.rural_labour.get())
            .count("unemployed", input.registered_unemployed.get())
            .count("persons", persons),
        Some(persons.to_string()),
    );
    let placed = persons > 0;
    if !placed {
        trace.refusal(
            Basis::Gazette,
            "NO_PERSONS_PLACED",
            Text::new("incentives.employment.no_persons"),
        );
    }
    trace.apply(
        Citation::INTERPRETATION,
        Text::new("incentives.employment.reading"),
        None,
    );
    let eligible = market && placed;
    let n = if eligible { persons } else { 0 };
    let overflow = |_| Error::overflow(Some("ruralLabour"));
    let amount_min = rate_min.times(n).map_err(overflow)?;
    let amount_max = rate_max.times(n).map_err(overflow)?;
    trace.apply(
        min_p.citation,
        Text::new("incentives.employment.range")
            .money("min", rate_min)
            .money("max", rate_max)
            .count("persons", n)
            .money("amountMin", amount_min)
            .money("amountMax", amount_max),
        None,
    );
    let amount = match rate {
        Some(r) => {
            let a = r.times(n).map_err(overflow)?;
            trace.apply_in(
                Citation::SITE,
                Text::new("incentives.employment.site_rate")
                    .money("rate", r)
                    .count("persons", n)
                    .money("amount", a),
                a.to_string(),
                crate::explain::StepUnit::Yuan,
            );
            Some(a)
        }
        None => {
            trace.warning(
                Basis::Site,
                "RATE_NOT_CONFIGURED",
                Text::new("incentives.employment.rate_not_configured")
                    .money("min", rate_min)
                    .money("max", rate_max),
            );
            None
        }
    };
    Ok(EmploymentServiceSubsidyResult {
        eligible,
        persons,
        rate_min,
        rate_max,
        rate,
        amount,
        amount_min,
        amount_max,
        payer: None,
        explanation: trace.finish(common::policy()),
    })
}
