//! D9. Assistance workshop subsidies — 就业帮扶车间, 钦政办规〔2023〕3号 三(四)3(2).
//!
//! A recognised assistance workshop employing 脱贫劳动力 (monitored persons included) on a
//! labour contract of 1 year or more, with social insurance paid by law, gets the social
//! insurance it actually paid for them and 2,000 元 per person per year.

use serde::{Deserialize, Serialize};

use super::common;
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{Basis, Citation, Explanation, Notice, Trace};
use crate::money::{Money, MoneyIn};
use crate::number::Count;
use crate::params::{self, ParamId};
use crate::text::Text;

const CLAUSE: Citation = params::yxyy("三(四)3(2)");

/// A worker's status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum WorkerStatus {
    /// 脱贫劳动力.
    PovertyAlleviated,
    /// 监测对象 ("含监测对象").
    Monitored,
    /// Anyone else.
    Other,
}

/// How a part year is paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum PartialYear {
    /// 2,000 × full months / 12 (default).
    ProRataMonths,
    /// 2,000 for 12 months, else nothing.
    FullYearOnly,
}

/// Site settings of [`assistance_workshop_subsidy`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct WorkshopSettings {
    /// How a part year is paid (default `pro_rata_months`).
    #[serde(default)]
    pub partial_year: Option<PartialYear>,
}

/// One worker.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Worker {
    /// Status.
    pub status: WorkerStatus,
    /// The labour contract's length in months (or `openEndedContract`).
    #[serde(default)]
    pub contract_months: Option<Count>,
    /// An open-ended contract.
    #[serde(default)]
    pub open_ended_contract: Option<bool>,
    /// Social insurance paid by law.
    pub social_insurance_paid: bool,
    /// The employer's contributions actually paid for the worker in the year.
    pub employer_contribution_paid: MoneyIn,
    /// Full months employed in the year, 0-12.
    pub months_employed: Count,
}

/// The input of [`assistance_workshop_subsidy`].
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct AssistanceWorkshopSubsidyInput {
    /// The year (2023-2025).
    pub year: Count,
    /// A recognised 就业帮扶车间.
    pub recognized_workshop: bool,
    /// The workers (at least one).
    pub workers: Vec<Worker>,
    /// Site settings.
    #[serde(default)]
    pub settings: Option<WorkshopSettings>,
}

/// One worker's subsidies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct WorkerSubsidy {
    /// Whether the worker counts.
    pub eligible: bool,
    /// The social insurance subsidy (the employer's contributions paid).
    pub social_insurance_subsidy: Money,
    /// The employment subsidy.
    pub employment_subsidy: Money,
    /// The two together.
    pub total: Money,
    /// Why the worker does not count.
    pub reasons: Vec<Notice>,
}

/// The result of [`assistance_workshop_subsidy`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AssistanceWorkshopSubsidyResult {
    /// Whether every condition the gazette sets is met for at least one worker (`false` always
    /// with a reason); the total may still be `"0.00"`, and a step then says why.
    pub eligible: bool,
    /// Per worker, in input order.
    pub workers: Vec<WorkerSubsidy>,
    /// The social insurance subsidies together.
    pub social_insurance_total: Money,
    /// The employment subsidies together.
    pub employment_total: Money,
    /// Everything.
    pub total: Money,
    /// Who pays: the gazette does not say (`null`).
    pub payer: Option<common::Payer>,
    /// Steps, warnings, reasons and the rule version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

/// Checks the workers' fields before anything is computed.
fn check_workers(workers: &[Worker]) -> Result<()> {
    if workers.is_empty() {
        return Err(Error::text_at(
            ErrorKind::MissingField,
            "workers",
            Text::new("incentives.error.no_workers"),
        ));
    }
    for (i, w) in workers.iter().enumerate() {
        if w.months_employed.get() > 12 {
            return Err(Error::text_at(
                ErrorKind::OutOfRange,
                &format!("workers[{i}].monthsEmployed"),
                Text::new("incentives.error.months_above_12"),
            ));
        }
        match (w.contract_months, w.open_ended_contract) {
            (None, None) => {
                return Err(Error::text_at(
                    ErrorKind::MissingField,
                    &format!("workers[{i}].contractMonths"),
                    Text::new("incentives.error.contract_missing"),
                ))
            }
            (Some(_), Some(true)) => {
                return Err(Error::text_at(
                    ErrorKind::Inconsistent,
                    &format!("workers[{i}].openEndedContract"),
                    Text::new("incentives.error.contract_both"),
                ))
            }
            _ => {}
        }
    }
    Ok(())
}

/// The subsidies of an assistance workshop for a year (POLICY D9).
///
/// # Errors
/// `MISSING_FIELD` for no workers or a worker with neither `contractMonths` nor
/// `openEndedContract`; `OUT_OF_RANGE` for more than 12 months employed; `INCONSISTENT` for a
/// contract both open-ended and of a length; `RULE_NOT_IN_SOURCE` for a year outside 2023-2025.
pub fn assistance_workshop_subsidy(
    input: &AssistanceWorkshopSubsidyInput,
) -> Result<AssistanceWorkshopSubsidyResult> {
    check_workers(&input.workers)?;
    let per_year_p = common::param(ParamId::YxyyWorkshopEmploymentPerYear)?;
    let per_year = common::money(per_year_p);
    let contract_p = common::param(ParamId::YxyyWorkshopContractMonths)?;
    let min_months = contract_p.whole();
    let partial = input
        .settings
        .as_ref()
        .and_then(|s| s.partial_year)
        .unwrap_or(PartialYear::ProRataMonths);
    let mut trace = Trace::default();
    common::plan_year(
        &mut trace,
        input.year,
        "year",
        Text::new("incentives.event.workshop_year"),
    )?;
    let workshop = common::condition(
        &mut trace,
        input.recognized_workshop,
        CLAUSE,
        Text::new("incentives.workshop.recognized"),
        "NOT_ASSISTANCE_WORKSHOP",
        Text::new("incentives.workshop.not_recognized"),
    );
    trace.apply(
        Citation::INTERPRETATION,
        Text::new("incentives.workshop.reading"),
        None,
    );
    match partial {
        PartialYear::ProRataMonths => trace.apply(
            Citation::INTERPRETATION,
            Text::new("incentives.workshop.pro_rata").money("perYear", per_year),
            None,
        ),
        PartialYear::FullYearOnly => trace.apply(
            Citation::SITE,
            Text::new("incentives.workshop.full_year_only").money("perYear", per_year),
            None,
        ),
    }
    let mut out = Vec::with_capacity(input.workers.len());
    let (mut si_total, mut emp_total) = (Money::ZERO, Money::ZERO);
    for (i, w) in input.workers.iter().enumerate() {
        let n = u64::try_from(i).unwrap_or(u64::MAX).saturating_add(1);
        let mut reasons = Vec::new();
        // The subsidies are the workshop's, for its workers: a worker of a workshop that is not
        // recognised gets nothing for that reason, listed beside the worker's own so that every
        // ineligible entry says why (README, "eligible").
        if !workshop {
            reasons.push(Notice {
                code: "NOT_ASSISTANCE_WORKSHOP".to_owned(),
                basis: Basis::Gazette,
                text: Text::new("incentives.workshop.not_recognized"),
            });
        }
        if w.status == WorkerStatus::Other {
            reasons.push(Notice {
                code: "NOT_POVERTY_ALLEVIATED".to_owned(),
                basis: Basis::Gazette,
                text: Text::new("incentives.workshop.not_poverty_alleviated"),
            });
        }
        let contract_ok = w.open_ended_contract == Some(true)
            || w.contract_months.is_some_and(|m| m.get() >= min_months);
        if !contract_ok {
            reasons.push(Notice {
                code: "CONTRACT_UNDER_ONE_YEAR".to_owned(),
                basis: Basis::Gazette,
                text: Text::new("incentives.workshop.contract_short")
                    .count("months", w.contract_months.map_or(0, Count::get))
                    .count("min", min_months),
            });
        }
        if !w.social_insurance_paid {
            reasons.push(Notice {
                code: "SOCIAL_INSURANCE_NOT_PAID".to_owned(),
                basis: Basis::Gazette,
                text: Text::new("incentives.workshop.no_social_insurance"),
            });
        }
        let eligible = reasons.is_empty();
        let (si, emp) = if eligible {
            let months = w.months_employed.get();
            let emp = match partial {
                PartialYear::ProRataMonths => Money::round_down(
                    per_year.times(months)?.decimal() / rust_decimal::Decimal::from(12u32),
                ),
                PartialYear::FullYearOnly => {
                    if months == 12 {
                        per_year
                    } else {
                        Money::ZERO
                    }
                }
            };
            let si = w.employer_contribution_paid;
            trace.apply_in(
                CLAUSE,
                Text::new("incentives.workshop.worker_amount")
                    .count("n", n)
                    .money("si", si)
                    .money("perYear", per_year)
                    .count("months", months)
                    .money("emp", emp),
                si.add(emp)?.to_string(),
                crate::explain::StepUnit::Yuan,
            );
            (si, emp)
        } else {
            trace.apply(
                CLAUSE,
                Text::new("incentives.workshop.worker_not_counted").count("n", n),
                Some("false".to_owned()),
            );
            (Money::ZERO, Money::ZERO)
        };
        si_total = si_total.add(si)?;
        emp_total = emp_total.add(emp)?;
        out.push(WorkerSubsidy {
            eligible,
            social_insurance_subsidy: si,
            employment_subsidy: emp,
            total: si.add(emp)?,
            reasons,
        });
    }
    let total = si_total.add(emp_total)?;
    if workshop && out.iter().all(|w| !w.eligible) {
        trace.refusal(
            Basis::Gazette,
            "NO_ELIGIBLE_WORKER",
            Text::new("incentives.workshop.no_eligible_worker"),
        );
    }
    let eligible = out.iter().any(|w| w.eligible);
    if eligible && total.is_zero() {
        common::nothing_owed(
            &mut trace,
            CLAUSE,
            Text::new("incentives.workshop.zero_paid_and_months"),
        );
    }
    trace.apply_in(
        CLAUSE,
        Text::new("incentives.workshop.totals")
            .money("si", si_total)
            .money("emp", emp_total)
            .money("total", total),
        total.to_string(),
        crate::explain::StepUnit::Yuan,
    );
    Ok(AssistanceWorkshopSubsidyResult {
        eligible,
        workers: out,
        social_insurance_total: si_total,
        employment_total: emp_total,
        total,
        payer: None,
        explanation: trace.finish(common::policy()),
    })
}
