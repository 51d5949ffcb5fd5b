//! D6. Standard-factory investment subsidy — 筑巢引凤, 钦政办规〔2023〕3号 三(二)2.
//!
//! A park standard factory built by social capital, completed and accepted, whose occupancy of
//! the total project floor area reaches 60% within two years of being put into use gets a
//! one-off 50% of that year's Qinzhou share of its tenants' local economic contribution, net of
//! the contribution rewards the tenants enjoy.

use serde::{Deserialize, Serialize};

use super::common::{self, Payer, PayerWords};
use crate::date::IsoDate;
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{Basis, Citation, Explanation, Trace};
use crate::money::{Money, MoneyIn};
use crate::number::{Rate, RateIn};
use crate::params::{self, ParamId};
use crate::text::Text;

const CLAUSE: Citation = params::yxyy("三(二)2");

/// The input of [`standard_factory_subsidy`].
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct StandardFactorySubsidyInput {
    /// Built by social (non-government) capital.
    pub social_capital: bool,
    /// In a park.
    pub in_park: bool,
    /// Completed and accepted ("竣工验收").
    pub completion_accepted: bool,
    /// The day the factory was put into use.
    pub in_use_date: IsoDate,
    /// The day the occupancy was reached: the qualifying date.
    pub occupancy_reached_date: IsoDate,
    /// The occupancy of the total project floor area, in percent (0-100).
    pub occupancy_rate_percent: RateIn,
    /// That year's Qinzhou share of the tenants' local economic contribution.
    pub local_contribution: MoneyIn,
    /// The contribution rewards the city gave those tenants, deducted; default 0.
    #[serde(default)]
    pub contribution_rewards: Option<MoneyIn>,
}

/// The result of [`standard_factory_subsidy`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct StandardFactorySubsidyResult {
    /// Whether every condition the gazette sets is met (`false` always with a reason); the
    /// amount may still be `"0.00"`, and a step then says why.
    pub eligible: bool,
    /// The last day of the two years from being put into use.
    pub window_ends: IsoDate,
    /// max(0, contribution − rewards).
    pub net: Money,
    /// The rate (`"0.5"`).
    pub rate: Rate,
    /// net × rate, rounded down to the fen (`"0.00"` when not eligible).
    pub amount: Money,
    /// Who pays.
    pub payer: Option<Payer>,
    /// Steps, warnings, reasons and the rule version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

/// The standard-factory subsidy of a project (POLICY D6).
///
/// # Errors
/// `INCONSISTENT` when the occupancy was reached before the factory was put into use;
/// `OUT_OF_RANGE` for an occupancy above 100%; `RULE_NOT_IN_SOURCE` for an occupancy date
/// outside 2023-01-01..2025-12-31.
pub fn standard_factory_subsidy(
    input: &StandardFactorySubsidyInput,
) -> Result<StandardFactorySubsidyResult> {
    let occupancy = input.occupancy_rate_percent.decimal();
    if occupancy > rust_decimal::Decimal::ONE_HUNDRED {
        return Err(Error::text_at(
            ErrorKind::OutOfRange,
            "occupancyRatePercent",
            Text::new("incentives.error.occupancy_above_100").number("percent", occupancy),
        ));
    }
    if input.occupancy_reached_date < input.in_use_date {
        return Err(Error::text_at(
            ErrorKind::Inconsistent,
            "occupancyReachedDate",
            Text::new("incentives.error.occupancy_before_use")
                .date("reached", input.occupancy_reached_date)
                .date("inUse", input.in_use_date),
        ));
    }
    let rate = common::param(ParamId::YxyyStandardFactoryRate)?;
    let threshold = common::param(ParamId::YxyyStandardFactoryOccupancy)?;
    let years = common::param(ParamId::YxyyStandardFactoryWindowYears)?;
    let window_ends = input
        .in_use_date
        .add_years(u32::try_from(years.whole()).unwrap_or(0))
        .map_err(|_| Error::overflow(Some("inUseDate")))?;

    let mut trace = Trace::default();
    common::qualifying_date(
        &mut trace,
        input.occupancy_reached_date,
        "occupancyReachedDate",
        Text::new("incentives.event.occupancy"),
    )?;
    let social = common::condition(
        &mut trace,
        input.social_capital,
        CLAUSE,
        Text::new("incentives.factory.social_capital"),
        "NOT_SOCIAL_CAPITAL",
        Text::new("incentives.factory.not_social_capital"),
    );
    let park = common::condition(
        &mut trace,
        input.in_park,
        CLAUSE,
        Text::new("incentives.factory.in_park"),
        "NOT_IN_PARK",
        Text::new("incentives.factory.not_in_park"),
    );
    let accepted = common::condition(
        &mut trace,
        input.completion_accepted,
        CLAUSE,
        Text::new("incentives.factory.accepted"),
        "NOT_COMPLETION_ACCEPTED",
        Text::new("incentives.factory.not_accepted"),
    );
    let occupied = occupancy >= threshold.value;
    trace.apply(
        threshold.citation,
        if occupied {
            Text::new("incentives.factory.occupancy_met")
        } else {
            Text::new("incentives.factory.occupancy_not_met")
        }
        .number("percent", occupancy.normalize())
        .number("threshold", threshold.value.normalize()),
        Some(occupied.to_string()),
    );
    if occupied && occupancy == threshold.value {
        trace.apply(
            common::CIVIL_CODE_1259,
            Text::new("incentives.factory.occupancy_inclusive")
                .number("threshold", threshold.value.normalize()),
            None,
        );
    }
    if !occupied {
        trace.refusal(
            Basis::Gazette,
            "OCCUPANCY_BELOW_60",
            Text::new("incentives.factory.occupancy_below")
                .number("percent", occupancy.normalize())
                .number("threshold", threshold.value.normalize()),
        );
    }
    trace.apply(
        common::CIVIL_CODE_201,
        Text::new("incentives.factory.window_start").date("inUse", input.in_use_date),
        None,
    );
    trace.apply(
        common::CIVIL_CODE_202,
        Text::new("incentives.factory.window_end")
            .count("years", years.whole())
            .date("end", window_ends),
        Some(window_ends.to_string()),
    );
    trace.apply(
        Citation::INTERPRETATION,
        Text::new("incentives.factory.no_rest_day_shift"),
        None,
    );
    let in_time = input.occupancy_reached_date <= window_ends;
    if in_time {
        trace.apply(
            years.citation,
            Text::new("incentives.factory.in_time")
                .date("reached", input.occupancy_reached_date)
                .date("end", window_ends),
            Some("true".to_owned()),
        );
    } else {
        trace.refusal(
            Basis::Gazette,
            "OCCUPANCY_TOO_LATE",
            Text::new("incentives.factory.too_late")
                .date("reached", input.occupancy_reached_date)
                .date("end", window_ends),
        );
    }
    trace.apply(
        Citation::INTERPRETATION,
        Text::new("incentives.factory.year_reading"),
        None,
    );
    let rewards = input.contribution_rewards.unwrap_or(Money::ZERO);
    let net = input.local_contribution.saturating_sub(rewards);
    trace.apply_in(
        CLAUSE,
        Text::new("incentives.factory.net")
            .money("contribution", input.local_contribution)
            .money("rewards", rewards)
            .money("net", net),
        net.to_string(),
        crate::explain::StepUnit::Yuan,
    );
    let eligible = social && park && accepted && occupied && in_time;
    let amount = if eligible {
        let a = net
            .times_down(rate.value)
            .map_err(|_| Error::overflow(Some("localContribution")))?;
        trace.apply_in(
            rate.citation,
            Text::new("incentives.product")
                .money("base", net)
                .number("rate", common::percent(rate))
                .money("product", a),
            a.to_string(),
            crate::explain::StepUnit::Yuan,
        );
        if a.is_zero() {
            let why = if net.is_zero() {
                Text::new("incentives.factory.zero_net")
            } else {
                Text::new("incentives.zero_product")
            };
            common::nothing_owed(&mut trace, rate.citation, why);
        }
        common::record_payer(&mut trace, CLAUSE, PayerWords::StandardFactory);
        a
    } else {
        Money::ZERO
    };
    Ok(StandardFactorySubsidyResult {
        eligible,
        window_ends,
        net,
        rate: Rate::from(rate.value.normalize()),
        amount,
        payer: Some(Payer::TaxLevelFinance),
        explanation: trace.finish(common::policy()),
    })
}
