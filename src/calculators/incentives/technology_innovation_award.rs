//! D7. Technology innovation awards — 钦政办规〔2023〕3号 三(四)1(1).
//!
//! An enterprise meeting the 一县一业 conditions gets a one-off 5万 from the city for leading a
//! newly approved city-level key laboratory or technology innovation center ("资金扶持"), or
//! for a technology transformation verified by the region ("资金奖励").

use serde::{Deserialize, Serialize};

use super::common::{self, Payer, PayerWords};
use crate::date::IsoDate;
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{Basis, Citation, Explanation, Trace};
use crate::money::Money;
use crate::params::{self, ParamId};
use crate::text::Text;

const CLAUSE: Citation = params::yxyy("三(四)1(1)");

/// The event awarded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum TechnologyKind {
    /// 重点实验室.
    KeyLaboratory,
    /// 技术创新中心.
    TechnologyInnovationCenter,
    /// 科技成果转化.
    AchievementTransformation,
}

/// The level that approved a platform.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum ApprovalLevel {
    /// 市级.
    City,
    /// 自治区级.
    Region,
    /// 国家级.
    National,
}

/// Whether the money is support (扶持) or an award (奖励), as the clause words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum AwardNature {
    /// "资金扶持".
    Support,
    /// "资金奖励".
    Award,
}

/// The input of [`technology_innovation_award`].
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TechnologyInnovationAwardInput {
    /// The day of the approval or verification: the qualifying date.
    pub date: IsoDate,
    /// The enterprise "符合"一县一业"条件" (attested by the department).
    pub qualifies_yixian_yiye: bool,
    /// The event.
    pub kind: TechnologyKind,
    /// Platforms: the approving level.
    #[serde(default)]
    pub level: Option<ApprovalLevel>,
    /// Platforms: the enterprise led its creation ("牵头组建").
    #[serde(default)]
    pub lead_enterprise: Option<bool>,
    /// Platforms: newly approved ("新获批").
    #[serde(default)]
    pub newly_approved: Option<bool>,
    /// Transformation: advanced technology introduced.
    #[serde(default)]
    pub advanced_technology_introduced: Option<bool>,
    /// Transformation: passed the region's 重大科技成果转化绩效核实.
    #[serde(default)]
    pub regional_verification_passed: Option<bool>,
}

/// The result of [`technology_innovation_award`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct TechnologyInnovationAwardResult {
    /// Whether every condition the gazette sets is met (`false` always with a reason); the
    /// amount may still be `"0.00"`, and a step then says why.
    pub eligible: bool,
    /// Support or award.
    pub nature: AwardNature,
    /// 5万 or `"0.00"`.
    pub amount: Money,
    /// Who pays.
    pub payer: Option<Payer>,
    /// Steps, warnings, reasons and the rule version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

fn other_kind_field(input: &TechnologyInnovationAwardInput) -> Option<&'static str> {
    match input.kind {
        TechnologyKind::AchievementTransformation => {
            if input.level.is_some() {
                Some("level")
            } else if input.lead_enterprise.is_some() {
                Some("leadEnterprise")
            } else if input.newly_approved.is_some() {
                Some("newlyApproved")
            } else {
                None
            }
        }
        _ => {
            if input.advanced_technology_introduced.is_some() {
                Some("advancedTechnologyIntroduced")
            } else if input.regional_verification_passed.is_some() {
                Some("regionalVerificationPassed")
            } else {
                None
            }
        }
    }
}

/// The technology innovation award of one event (POLICY D7).
///
/// # Errors
/// `INCONSISTENT` for a field of the other kind of event, or at `advancedTechnologyIntroduced`
/// when it is `false` beside `regionalVerificationPassed: true`; `MISSING_FIELD` for a platform
/// without `level`, `leadEnterprise` or `newlyApproved`, or a transformation without
/// `advancedTechnologyIntroduced` or `regionalVerificationPassed`; `RULE_NOT_IN_SOURCE` for a date outside 2023-01-01..2025-12-31.
pub fn technology_innovation_award(
    input: &TechnologyInnovationAwardInput,
) -> Result<TechnologyInnovationAwardResult> {
    if let Some(field) = other_kind_field(input) {
        return Err(Error::text_at(
            ErrorKind::Inconsistent,
            field,
            Text::new("incentives.error.field_of_other_kind"),
        ));
    }
    let platform = input.kind != TechnologyKind::AchievementTransformation;
    if platform && input.level.is_none() {
        return Err(Error::text_at(
            ErrorKind::MissingField,
            "level",
            Text::new("incentives.error.level_missing"),
        ));
    }
    // Every fact the clause needs for the kind must be given: a missing one is not read as false.
    let (lead_enterprise, newly_approved, advanced, verified) = if platform {
        (
            common::required(input.lead_enterprise, "leadEnterprise")?,
            common::required(input.newly_approved, "newlyApproved")?,
            false,
            false,
        )
    } else {
        (
            false,
            false,
            common::required(
                input.advanced_technology_introduced,
                "advancedTechnologyIntroduced",
            )?,
            common::required(
                input.regional_verification_passed,
                "regionalVerificationPassed",
            )?,
        )
    };
    // A passed 自治区重大科技成果转化绩效核实 attests that the technology was introduced and
    // transformed: "not introduced" beside "verified" is contradictory input, not a reason
    // (`verified` is false for a platform, whose kind has no such fact).
    if verified && !advanced {
        return Err(Error::text_at(
            ErrorKind::Inconsistent,
            "advancedTechnologyIntroduced",
            Text::new("incentives.error.verified_without_technology"),
        ));
    }
    let amount_param = common::param(ParamId::YxyyTechnologyAmount)?;
    let mut trace = Trace::default();
    common::qualifying_date(
        &mut trace,
        input.date,
        "date",
        Text::new("incentives.event.technology"),
    )?;
    let qualifies = common::condition(
        &mut trace,
        input.qualifies_yixian_yiye,
        CLAUSE,
        Text::new("incentives.technology.qualifies"),
        "NOT_YIXIAN_YIYE",
        Text::new("incentives.technology.not_qualifies"),
    );
    trace.apply(
        Citation::INTERPRETATION,
        Text::new("incentives.technology.reading"),
        None,
    );
    let (nature, ok) = if platform {
        let what = if input.kind == TechnologyKind::KeyLaboratory {
            Text::new("incentives.technology.key_laboratory")
        } else {
            Text::new("incentives.technology.innovation_center")
        };
        let city = input.level == Some(ApprovalLevel::City);
        if city {
            trace.apply(
                CLAUSE,
                Text::new("incentives.technology.city_level").text("what", what),
                Some("true".to_owned()),
            );
        } else {
            trace.refusal(
                Basis::Gazette,
                "LEVEL_NOT_CITY",
                Text::new("incentives.technology.level_not_city"),
            );
        }
        let lead = common::condition(
            &mut trace,
            lead_enterprise,
            CLAUSE,
            Text::new("incentives.technology.lead"),
            "NOT_LEAD_ENTERPRISE",
            Text::new("incentives.technology.not_lead"),
        );
        let new = common::condition(
            &mut trace,
            newly_approved,
            CLAUSE,
            Text::new("incentives.technology.newly_approved"),
            "NOT_NEWLY_APPROVED",
            Text::new("incentives.technology.not_newly_approved"),
        );
        (AwardNature::Support, city && lead && new)
    } else {
        // One condition in the clause ("引进先进科学技术进行科技成果转化，并且通过自治区重大科技成果转化绩效
        // 核实"): the verification attests the transformation of the introduced technology, so
        // either fact false is the one reason NOT_VERIFIED (verified without the technology was
        // refused above as contradictory); its words name the facts that are false.
        let met = advanced && verified;
        if met {
            trace.apply(
                CLAUSE,
                Text::new("incentives.technology.advanced"),
                Some("true".to_owned()),
            );
            trace.apply(
                CLAUSE,
                Text::new("incentives.technology.verified"),
                Some("true".to_owned()),
            );
        } else {
            trace.refusal(
                Basis::Gazette,
                "NOT_VERIFIED",
                if advanced {
                    Text::new("incentives.technology.not_verified")
                } else {
                    Text::new("incentives.technology.neither")
                },
            );
        }
        (AwardNature::Award, met)
    };
    let eligible = qualifies && ok;
    let amount = if eligible {
        let a = common::money(amount_param);
        trace.apply_in(
            amount_param.citation,
            match nature {
                AwardNature::Support => Text::new("incentives.technology.support_amount"),
                AwardNature::Award => Text::new("incentives.technology.award_amount"),
            }
            .money("amount", a),
            a.to_string(),
            crate::explain::StepUnit::Yuan,
        );
        common::record_payer(&mut trace, CLAUSE, PayerWords::Technology);
        a
    } else {
        Money::ZERO
    };
    Ok(TechnologyInnovationAwardResult {
        eligible,
        nature,
        amount,
        payer: Some(Payer::CityFinance),
        explanation: trace.finish(common::policy()),
    })
}
