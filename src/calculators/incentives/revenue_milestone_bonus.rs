//! D4b. Revenue milestone bonus — 钦政办规〔2023〕3号 三(六)1, second sentence.
//!
//! An above-scale industrial enterprise (in a park, of a featured industry) whose main
//! business revenue first breaks 1亿, 10亿, 30亿 or 50亿 gets, on top of the city reward it
//! already obtained for that milestone, a further one-off 50% of that reward. The city rewards
//! are not in the gazette: they are inputs.

use serde::{Deserialize, Serialize};

use super::above_scale_entry_reward::{park_and_industry, CLAUSE};
use super::common::{self, County, Industry, Payer, PayerWords};
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{Basis, Citation, Explanation, Trace};
use crate::money::{Money, MoneyIn};
use crate::number::{Count, Rate};
use crate::params::ParamId;
use crate::text::{Arg, Text};

/// A city reward already obtained for a milestone ("已获市级奖励").
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct CityReward {
    /// The milestone in 亿元: 1, 10, 30 or 50.
    pub milestone_yi: Count,
    /// The city reward obtained for it.
    pub amount: MoneyIn,
}

/// Site settings of [`revenue_milestone_bonus`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct MilestoneSettings {
    /// Whether "突破" includes revenue exactly at the milestone (default `false`: it must exceed).
    #[serde(default)]
    pub milestone_inclusive: Option<bool>,
}

/// The input of [`revenue_milestone_bonus`].
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RevenueMilestoneBonusInput {
    /// The revenue year (2023-2025).
    pub year: Count,
    /// The enterprise's county.
    pub county: County,
    /// The enterprise's industry.
    pub industry: Industry,
    /// "入驻园区".
    pub in_park: bool,
    /// A 规模以上工业企业.
    pub above_scale_industrial: bool,
    /// The year's main business revenue.
    pub revenue: MoneyIn,
    /// The highest annual main business revenue of any earlier year.
    pub previous_highest_revenue: MoneyIn,
    /// The city rewards obtained, one per milestone.
    #[serde(default)]
    pub city_rewards: Vec<CityReward>,
    /// Site settings.
    #[serde(default)]
    pub settings: Option<MilestoneSettings>,
}

/// One milestone's bonus.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct MilestoneBonus {
    /// The milestone in 亿元.
    pub milestone_yi: u64,
    /// The city reward obtained for it.
    pub original_reward: Money,
    /// The rate (`"0.5"`).
    pub rate: Rate,
    /// original × rate, rounded down to the fen.
    pub bonus: Money,
}

/// The result of [`revenue_milestone_bonus`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RevenueMilestoneBonusResult {
    /// Whether every condition the gazette sets is met and the total is above 0 (POLICY D4b;
    /// `false` always with a reason, `BONUS_BELOW_ONE_FEN` when the bonuses round down to 0.00).
    pub eligible: bool,
    /// The milestones first crossed in the year, ascending.
    pub milestones_crossed: Vec<u64>,
    /// The bonus of each crossed milestone with a city reward (empty when not eligible).
    pub bonuses: Vec<MilestoneBonus>,
    /// The sum of the bonuses.
    pub total: Money,
    /// Who pays.
    pub payer: Option<Payer>,
    /// Steps, warnings, reasons and the rule version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

/// The milestones, in 亿元, ascending, with their parameters.
const MILESTONES: [(u64, ParamId); 4] = [
    (1, ParamId::YxyyMilestone1Yi),
    (10, ParamId::YxyyMilestone10Yi),
    (30, ParamId::YxyyMilestone30Yi),
    (50, ParamId::YxyyMilestone50Yi),
];

/// The revenue milestone bonus of an enterprise for a year (POLICY D4b).
///
/// # Errors
/// `RULE_NOT_IN_SOURCE` for a year outside 2023-2025; `INVALID_VALUE` for a milestone other
/// than 1, 10, 30, 50; `INCONSISTENT` for a milestone listed twice.
pub fn revenue_milestone_bonus(
    input: &RevenueMilestoneBonusInput,
) -> Result<RevenueMilestoneBonusResult> {
    for (i, r) in input.city_rewards.iter().enumerate() {
        let m = r.milestone_yi.get();
        if !MILESTONES.iter().any(|(y, _)| *y == m) {
            return Err(Error::text_at(
                ErrorKind::InvalidValue,
                &format!("cityRewards[{i}].milestoneYi"),
                Text::new("incentives.error.milestone_unknown")
                    .raw("milestone", m.to_string())
                    .list(
                        "valid",
                        MILESTONES.iter().map(|(y, _)| Arg::Count(*y)).collect(),
                    ),
            ));
        }
        if input
            .city_rewards
            .iter()
            .take(i)
            .any(|q| q.milestone_yi.get() == m)
        {
            return Err(Error::text_at(
                ErrorKind::Inconsistent,
                &format!("cityRewards[{i}].milestoneYi"),
                Text::new("incentives.error.milestone_twice").raw("milestone", m.to_string()),
            ));
        }
    }
    let rate = common::param(ParamId::YxyyMilestoneRate)?;
    let inclusive = input
        .settings
        .as_ref()
        .and_then(|s| s.milestone_inclusive)
        .unwrap_or(false);
    let mut trace = Trace::default();
    common::plan_year(
        &mut trace,
        input.year,
        "year",
        Text::new("incentives.event.revenue_year"),
    )?;
    // The opening words govern this second sentence only by the library's reading (POLICY D4):
    // a reason they give rests on that reading.
    let base_ok = park_and_industry(
        &mut trace,
        Citation::INTERPRETATION,
        input.county,
        input.industry,
        input.in_park,
    );
    let above = common::condition(
        &mut trace,
        input.above_scale_industrial,
        CLAUSE,
        Text::new("incentives.milestone.above_scale"),
        "NOT_ABOVE_SCALE_INDUSTRIAL",
        Text::new("incentives.milestone.not_above_scale"),
    );
    if inclusive {
        trace.apply(
            Citation::SITE,
            Text::new("incentives.milestone.inclusive_setting"),
            None,
        );
    } else {
        trace.apply(
            Citation::INTERPRETATION,
            Text::new("incentives.milestone.exceeds_reading"),
            None,
        );
    }
    let (revenue, previous) = (input.revenue, input.previous_highest_revenue);
    let mut crossed = Vec::new();
    let mut exactly = Vec::new();
    for (yi, id) in MILESTONES {
        let p = common::param(id)?;
        let m = common::money(p);
        if revenue == m || previous == m {
            exactly.push(Arg::Money(m));
        }
        let is_crossed = if inclusive {
            revenue >= m && previous < m
        } else {
            revenue > m && previous <= m
        };
        if is_crossed {
            // The value is the milestone in yuan: a bare "1" (亿) would read as one yuan.
            trace.apply_in(
                p.citation,
                Text::new("incentives.milestone.crossed")
                    .money("milestone", m)
                    .money("revenue", revenue)
                    .money("previous", previous),
                m.to_string(),
                crate::explain::StepUnit::Yuan,
            );
            crossed.push((yi, m));
        }
    }
    if !exactly.is_empty() {
        // One warning, however many milestones a revenue sits on exactly.
        trace.warning(
            Basis::Interpretation,
            "AT_MILESTONE_EXACTLY",
            Text::new("incentives.milestone.at_exactly").list("milestones", exactly),
        );
    }
    if crossed.is_empty() {
        trace.refusal(
            Basis::Gazette,
            "NO_MILESTONE_CROSSED",
            Text::new("incentives.milestone.none_crossed")
                .money("revenue", revenue)
                .money("previous", previous),
        );
    }
    trace.apply(
        Citation::INTERPRETATION,
        Text::new("incentives.milestone.original_reading"),
        None,
    );
    for r in &input.city_rewards {
        if !crossed.iter().any(|(yi, _)| *yi == r.milestone_yi.get()) {
            trace.warning(
                Basis::Gazette,
                "CITY_REWARD_IGNORED",
                Text::new("incentives.milestone.reward_ignored")
                    .raw("milestone", r.milestone_yi.get().to_string()),
            );
        }
    }
    // The bonus is granted "在已获市级奖励的基础上": a crossed milestone needs a city reward
    // already obtained, and a reward of 0.00 is none obtained. This condition is checked
    // whenever a milestone is crossed, whatever the others, so that every failing condition is
    // listed. Without a reward for any crossed milestone there is no bonus (ineligible, with that
    // reason); without one for some, those are warned and the rest paid.
    let conditions_met = base_ok && above;
    let mut without_reward = Vec::new();
    let mut computed = Vec::new();
    for (yi, _) in &crossed {
        match input
            .city_rewards
            .iter()
            .find(|r| r.milestone_yi.get() == *yi && !r.amount.is_zero())
        {
            Some(r) => {
                let bonus = r
                    .amount
                    .times_down(rate.value)
                    .map_err(|_| Error::overflow(Some("cityRewards")))?;
                computed.push((*yi, r.amount, bonus));
            }
            None => without_reward.push(*yi),
        }
    }
    let mut total = Money::ZERO;
    for (_, _, bonus) in &computed {
        total = total.add(*bonus)?;
    }
    if !crossed.is_empty() && computed.is_empty() {
        trace.refusal(
            Basis::Gazette,
            "NO_CITY_REWARD_FOR_MILESTONE",
            Text::new("incentives.milestone.zero_no_city_reward").list(
                "milestones",
                without_reward
                    .iter()
                    .map(|yi| Arg::Raw(format!("{yi}亿")))
                    .collect(),
            ),
        );
    } else {
        for yi in &without_reward {
            trace.warning(
                Basis::Gazette,
                "NO_CITY_REWARD_FOR_MILESTONE",
                Text::new("incentives.milestone.no_city_reward").raw("milestone", yi.to_string()),
            );
        }
    }
    // Each bonus is shown, then (POLICY D4b: eligible only when the total is above 0) a total
    // that rounds down to 0.00 from positive city rewards is a reason, not an eligible 0.00.
    for (yi, original, bonus) in computed.iter().filter(|_| conditions_met) {
        trace.apply_in(
            rate.citation,
            Text::new("incentives.milestone.bonus")
                .raw("milestone", yi.to_string())
                .money("original", *original)
                .number("rate", common::percent(rate))
                .money("bonus", *bonus),
            bonus.to_string(),
            crate::explain::StepUnit::Yuan,
        );
    }
    if !computed.is_empty() && total.is_zero() {
        trace.refusal(
            Basis::Interpretation,
            "BONUS_BELOW_ONE_FEN",
            Text::new("incentives.milestone.below_one_fen").list(
                "milestones",
                computed
                    .iter()
                    .map(|(yi, _, _)| Arg::Raw(format!("{yi}亿")))
                    .collect(),
            ),
        );
    }
    let eligible = conditions_met && !total.is_zero();
    let bonuses = if eligible {
        trace.apply_in(
            CLAUSE,
            Text::new("incentives.milestone.total").money("total", total),
            total.to_string(),
            crate::explain::StepUnit::Yuan,
        );
        common::record_payer(&mut trace, CLAUSE, PayerWords::TaxRevenue);
        computed
            .iter()
            .map(|(yi, original, bonus)| MilestoneBonus {
                milestone_yi: *yi,
                original_reward: *original,
                rate: Rate::from(rate.value.normalize()),
                bonus: *bonus,
            })
            .collect()
    } else {
        total = Money::ZERO;
        Vec::new()
    };
    Ok(RevenueMilestoneBonusResult {
        eligible,
        milestones_crossed: crossed.iter().map(|(yi, _)| *yi).collect(),
        bonuses,
        total,
        payer: Some(Payer::TaxLevelFinance),
        explanation: trace.finish(common::policy()),
    })
}
