//! D1. Introducer reward — 招商成效激励, 钦政办规〔2023〕3号 三(四)2(2).
//!
//! Whoever introduced a featured-industry project (or a supporting project) of 1亿 or more,
//! played the main role and is registered gets 1% of the fixed-asset investment contracted for
//! the project's first two years, at most 50万 per project; public servants are excluded.

use serde::{Deserialize, Serialize};

use super::common::{self, Industry, Payer, PayerWords};
use crate::date::IsoDate;
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{Basis, Citation, Explanation, Trace};
use crate::money::{Money, MoneyIn};
use crate::number::Rate;
use crate::params::{self, ParamId};
use crate::text::Text;

const CLAUSE: Citation = params::yxyy("三(四)2(2)");

/// Who introduced the project.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum IntroducerKind {
    /// 招商团队.
    Team,
    /// 招商企业.
    Enterprise,
    /// 个人.
    Individual,
}

/// How many of a team's members are 机关事业单位公职人员.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum PublicServantMembers {
    /// None of them.
    None,
    /// Some of them.
    Some,
    /// All of them.
    All,
}

/// The introducer.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Introducer {
    /// Team, enterprise or individual.
    pub kind: IntroducerKind,
    /// For an individual only: whether they are a 机关事业单位公职人员 (excluded).
    #[serde(default)]
    pub public_servant: Option<bool>,
    /// For a team only: how many members are public servants.
    #[serde(default)]
    pub public_servant_members: Option<PublicServantMembers>,
}

/// The input of [`introducer_reward`].
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct IntroducerRewardInput {
    /// The day the project landed (the contract was signed): the qualifying date.
    pub landing_date: IsoDate,
    /// The project's industry.
    pub industry: Industry,
    /// Whether the project is a 配套项目 of a featured industry (for `industry: "other"`).
    #[serde(default)]
    pub supporting_project: Option<bool>,
    /// 引进投资: the project's total contracted investment (threshold 1亿, inclusive).
    pub total_investment: MoneyIn,
    /// 前两年合同约定的固定资产投资额: the base; at most `totalInvestment`.
    pub first_two_years_fixed_asset_investment: MoneyIn,
    /// The introducer.
    pub introducer: Introducer,
    /// "在项目引荐中起到主要推动作用".
    pub main_role: bool,
    /// "备案": the introducer is registered.
    pub registered: bool,
}

/// The result of [`introducer_reward`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct IntroducerRewardResult {
    /// Whether every condition the gazette sets is met (`false` always with a reason); the
    /// amount may still be `"0.00"`, and a step then says why.
    pub eligible: bool,
    /// The least 引进投资 (1亿).
    pub threshold: Money,
    /// The rate (`"0.01"`).
    pub rate: Rate,
    /// The base: the first two years' contracted fixed-asset investment.
    pub base: Money,
    /// base × rate, rounded down to the fen (`"0.00"` when not eligible).
    pub uncapped: Money,
    /// The cap per project.
    pub cap: Money,
    /// The reward (`"0.00"` when not eligible).
    pub amount: Money,
    /// Whether the cap bound (the uncapped amount exceeds it).
    pub capped: bool,
    /// Who pays.
    pub payer: Option<Payer>,
    /// Steps, warnings, reasons and the rule version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

/// The introducer reward of a project (POLICY D1).
///
/// # Errors
/// `RULE_NOT_IN_SOURCE` for a landing date outside 2023-01-01..2025-12-31; `INCONSISTENT` when
/// the base exceeds the total investment, or `publicServant` is given for a team or an
/// enterprise, or `publicServantMembers` for an individual or an enterprise; `MISSING_FIELD`
/// for an individual without `introducer.publicServant`, a team without
/// `introducer.publicServantMembers`, or `industry: "other"` without `supportingProject`.
pub fn introducer_reward(input: &IntroducerRewardInput) -> Result<IntroducerRewardResult> {
    let base = input.first_two_years_fixed_asset_investment;
    if base > input.total_investment {
        return Err(Error::text_at(
            ErrorKind::Inconsistent,
            "firstTwoYearsFixedAssetInvestment",
            Text::new("incentives.error.base_above_total")
                .money("base", base)
                .money("total", input.total_investment),
        ));
    }
    let intro = &input.introducer;
    if intro.public_servant.is_some() && intro.kind != IntroducerKind::Individual {
        return Err(Error::text_at(
            ErrorKind::Inconsistent,
            "introducer.publicServant",
            Text::new("incentives.error.public_servant_not_individual"),
        ));
    }
    if intro.public_servant_members.is_some() && intro.kind != IntroducerKind::Team {
        return Err(Error::text_at(
            ErrorKind::Inconsistent,
            "introducer.publicServantMembers",
            Text::new("incentives.error.members_not_team"),
        ));
    }
    // Whether the introducer is a public servant (or how many of a team are) is a fact the
    // department attests: without it the exclusion cannot be decided, and it is not assumed.
    match intro.kind {
        IntroducerKind::Individual => {
            common::required(intro.public_servant, "introducer.publicServant")?;
        }
        IntroducerKind::Team if intro.public_servant_members.is_none() => {
            return Err(Error::text_at(
                ErrorKind::MissingField,
                "introducer.publicServantMembers",
                Text::new("incentives.error.members_missing"),
            ));
        }
        IntroducerKind::Team | IntroducerKind::Enterprise => {}
    }
    let threshold = common::param(ParamId::YxyyIntroducerThreshold)?;
    let rate = common::param(ParamId::YxyyIntroducerRate)?;
    let cap_param = common::param(ParamId::YxyyIntroducerCap)?;
    let cap = common::money(cap_param);

    // Whether a project of another industry is a supporting project of a listed one is a fact
    // the condition depends on: attested, never read as false when absent.
    let supporting = if input.industry.is_featured() {
        false
    } else {
        common::required(input.supporting_project, "supportingProject")?
    };

    let mut trace = Trace::default();
    common::qualifying_date(
        &mut trace,
        input.landing_date,
        "landingDate",
        Text::new("incentives.event.landing"),
    )?;

    // The industry: one of the four named, or a supporting project of one.
    let industry_ok = if input.industry.is_featured() {
        trace.apply(
            CLAUSE,
            Text::new("incentives.introducer.industry_listed")
                .text("industry", input.industry.name()),
            Some("true".to_owned()),
        );
        true
    } else {
        common::condition(
            &mut trace,
            supporting,
            CLAUSE,
            Text::new("incentives.introducer.supporting_project"),
            "INDUSTRY_NOT_LISTED",
            Text::new("incentives.introducer.industry_not_listed"),
        )
    };
    let enough = common::at_least(
        &mut trace,
        threshold,
        input.total_investment,
        Text::new("incentives.what.introduced_investment"),
    );
    if !enough {
        trace.refusal(
            Basis::Gazette,
            "BELOW_THRESHOLD",
            Text::new("incentives.below_threshold")
                .text("what", Text::new("incentives.what.introduced_investment"))
                .money("measure", input.total_investment)
                .money("threshold", common::money(threshold)),
        );
    }
    let main_role = common::condition(
        &mut trace,
        input.main_role,
        CLAUSE,
        Text::new("incentives.introducer.main_role"),
        "NOT_MAIN_ROLE",
        Text::new("incentives.introducer.not_main_role"),
    );
    let registered = common::condition(
        &mut trace,
        input.registered,
        CLAUSE,
        Text::new("incentives.introducer.registered"),
        "NOT_REGISTERED",
        Text::new("incentives.introducer.not_registered"),
    );

    // 机关事业单位公职人员除外.
    let not_excluded = match (
        intro.kind,
        intro.public_servant,
        intro.public_servant_members,
    ) {
        (IntroducerKind::Individual, Some(true), _) => {
            trace.refusal(
                Basis::Gazette,
                "PUBLIC_SERVANT_EXCLUDED",
                Text::new("incentives.introducer.public_servant_excluded"),
            );
            false
        }
        (IntroducerKind::Team, _, Some(PublicServantMembers::All)) => {
            trace.refusal(
                Basis::Interpretation,
                "PUBLIC_SERVANT_EXCLUDED",
                Text::new("incentives.introducer.team_all_public_servants"),
            );
            false
        }
        (IntroducerKind::Team, _, Some(PublicServantMembers::Some)) => {
            trace.warning(
                Basis::Interpretation,
                "TEAM_INCLUDES_PUBLIC_SERVANTS",
                Text::new("incentives.introducer.team_some_public_servants"),
            );
            true
        }
        (IntroducerKind::Enterprise, _, _) => {
            trace.apply(
                CLAUSE,
                Text::new("incentives.introducer.enterprise_not_public_servant"),
                Some("true".to_owned()),
            );
            true
        }
        (IntroducerKind::Team, _, _) => {
            trace.apply(
                CLAUSE,
                Text::new("incentives.introducer.team_no_public_servants"),
                Some("true".to_owned()),
            );
            true
        }
        (IntroducerKind::Individual, _, _) => {
            trace.apply(
                CLAUSE,
                Text::new("incentives.introducer.not_public_servant"),
                Some("true".to_owned()),
            );
            true
        }
    };
    trace.apply(
        Citation::INTERPRETATION,
        Text::new("incentives.introducer.reading"),
        None,
    );

    let eligible = industry_ok && enough && main_role && registered && not_excluded;
    let (uncapped, amount, capped) = if eligible {
        let c = common::rate_then_cap(
            &mut trace,
            base,
            rate,
            cap_param.citation,
            cap,
            "firstTwoYearsFixedAssetInvestment",
        )?;
        if c.amount.is_zero() {
            common::nothing_owed(
                &mut trace,
                rate.citation,
                Text::new("incentives.zero_product"),
            );
        }
        common::record_payer(&mut trace, CLAUSE, PayerWords::Introducer);
        (c.uncapped, c.amount, c.capped)
    } else {
        (Money::ZERO, Money::ZERO, false)
    };
    Ok(IntroducerRewardResult {
        eligible,
        threshold: common::money(threshold),
        rate: Rate::from(rate.value.normalize()),
        base,
        uncapped,
        cap,
        amount,
        capped,
        payer: Some(Payer::TaxLevelFinance),
        explanation: trace.finish(common::policy()),
    })
}
