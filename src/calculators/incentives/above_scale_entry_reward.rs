//! D4a. First entry above scale — 钦政办规〔2023〕3号 三(六)1, first sentence.
//!
//! A featured-industry enterprise in a park that enters the above-scale industrial database
//! for the first time gets a one-off 15万 ("转专业、当年入统当年退库企业除外").

use serde::{Deserialize, Serialize};

use super::common::{self, County, Industry, Payer, PayerWords};
use crate::date::IsoDate;
use crate::error::Result;
use crate::explain::{Basis, Citation, Explanation, Trace};
use crate::money::Money;
use crate::params::{self, ParamId};
use crate::text::Text;

pub(crate) const CLAUSE: Citation = params::yxyy("三(六)1");

/// The input of [`above_scale_entry_reward`].
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct AboveScaleEntryRewardInput {
    /// The day the enterprise entered the above-scale database: the qualifying date.
    pub entry_date: IsoDate,
    /// The enterprise's county.
    pub county: County,
    /// The enterprise's industry.
    pub industry: Industry,
    /// "入驻园区".
    pub in_park: bool,
    /// An industrial enterprise ("工业企业").
    pub industrial: bool,
    /// The first entry into the database ("首次上规入库").
    pub first_entry: bool,
    /// Entered by reclassification from another statistical sector ("转专业"): excluded.
    pub transferred_from_other_sector: bool,
    /// Left the database in the year it entered ("当年入统当年退库"): excluded.
    pub exited_in_entry_year: bool,
}

/// The result of [`above_scale_entry_reward`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AboveScaleEntryRewardResult {
    /// Whether every condition the gazette sets is met (`false` always with a reason); the
    /// amount may still be `"0.00"`, and a step then says why.
    pub eligible: bool,
    /// The reward: 15万 or `"0.00"`.
    pub amount: Money,
    /// Who pays.
    pub payer: Option<Payer>,
    /// Steps, warnings, reasons and the rule version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

/// "对入驻园区的优势特色产业企业": the opening words of 三(六)1, which govern both of its
/// sentences (the library's reading, recorded). Met steps and reasons are cited to `cite`: the
/// clause for the first sentence, 本库解释 for the second (POLICY D4). Returns whether both hold.
pub(crate) fn park_and_industry(
    trace: &mut Trace,
    cite: Citation,
    county: County,
    industry: Industry,
    in_park: bool,
) -> bool {
    // Met and failed alike rest on the same basis: a condition the library reads into a
    // sentence is cited to 本库解释 when met too, in words that say it is a reading.
    let reading = cite.basis == Basis::Interpretation;
    let park = common::condition(
        trace,
        in_park,
        cite,
        if reading {
            Text::new("incentives.milestone.in_park")
        } else {
            Text::new("incentives.in_park")
        },
        "NOT_IN_PARK",
        Text::new("incentives.not_in_park"),
    );
    let featured = common::condition(
        trace,
        industry.is_featured(),
        cite,
        if reading {
            Text::new("incentives.milestone.featured_enterprise")
        } else {
            Text::new("incentives.featured_enterprise")
        }
        .text("industry", industry.name()),
        "NOT_FEATURED_INDUSTRY",
        Text::new("incentives.not_featured_industry"),
    );
    if featured && county.featured_industry() != Some(industry) {
        trace.warning(
            Basis::Interpretation,
            "INDUSTRY_NOT_COUNTY_FEATURED",
            Text::new("incentives.industry_not_county_featured")
                .text("industry", industry.name())
                .text("county", county.name()),
        );
    }
    trace.apply(
        Citation::INTERPRETATION,
        Text::new("incentives.scale.opening_words"),
        None,
    );
    park && featured
}

/// The first-entry reward of an enterprise (POLICY D4a).
///
/// # Errors
/// `RULE_NOT_IN_SOURCE` for an entry date outside 2023-01-01..2025-12-31.
pub fn above_scale_entry_reward(
    input: &AboveScaleEntryRewardInput,
) -> Result<AboveScaleEntryRewardResult> {
    let amount_param = common::param(ParamId::YxyyAboveScaleEntryAmount)?;
    let mut trace = Trace::default();
    common::qualifying_date(
        &mut trace,
        input.entry_date,
        "entryDate",
        Text::new("incentives.event.entry"),
    )?;
    let base_ok = park_and_industry(
        &mut trace,
        CLAUSE,
        input.county,
        input.industry,
        input.in_park,
    );
    let industrial = common::condition(
        &mut trace,
        input.industrial,
        CLAUSE,
        Text::new("incentives.scale.industrial"),
        "NOT_INDUSTRIAL",
        Text::new("incentives.scale.not_industrial"),
    );
    let first = common::condition(
        &mut trace,
        input.first_entry,
        CLAUSE,
        Text::new("incentives.scale.first_entry"),
        "NOT_FIRST_ENTRY",
        Text::new("incentives.scale.not_first_entry"),
    );
    let not_transferred = common::condition(
        &mut trace,
        !input.transferred_from_other_sector,
        CLAUSE,
        Text::new("incentives.scale.not_transferred"),
        "TRANSFERRED_FROM_OTHER_SECTOR",
        Text::new("incentives.scale.transferred"),
    );
    let not_exited = common::condition(
        &mut trace,
        !input.exited_in_entry_year,
        CLAUSE,
        Text::new("incentives.scale.not_exited"),
        "EXITED_IN_ENTRY_YEAR",
        Text::new("incentives.scale.exited"),
    );
    let eligible = base_ok && industrial && first && not_transferred && not_exited;
    let amount = if eligible {
        let a = common::money(amount_param);
        trace.apply_in(
            amount_param.citation,
            Text::new("incentives.scale.amount").money("amount", a),
            a.to_string(),
            crate::explain::StepUnit::Yuan,
        );
        common::record_payer(&mut trace, CLAUSE, PayerWords::TaxRevenue);
        a
    } else {
        Money::ZERO
    };
    Ok(AboveScaleEntryRewardResult {
        eligible,
        amount,
        payer: Some(Payer::TaxLevelFinance),
        explanation: trace.finish(common::policy()),
    })
}
