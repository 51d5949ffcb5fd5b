//! Childcare places (托位) against the 2025 target, 钦政办〔2023〕3号 (the "一老一小" plan,
//! gazette lines 842-1090) and 钦政发〔2023〕1号 indicator 19 (line 194).
//!
//! The plan's target is 4.5 places for children under 3 per 1,000 population by 2025
//! (附件1 item 14; the health plan says "4.5左右"). Required places are the target × population
//! / 1,000, rounded up (the library's choice, said in an interpretation step: a fraction of a
//! place still has to be built); the gap is what is still missing. An entered target is the
//! caller's figure: the steps that follow from it cite the input, never the plan. The six childcare projects of 附件3 二 are carried as data so a page can count them
//! in.
//!
//! The gazette's own arithmetic does not quite add up: 4,613 places over the 2020 census
//! population of 3,302,238 is 1.40 per 1,000, not the 1.14 it states. The calculator shows its
//! own figure and warns when given the gazette's inputs, instead of reproducing the 1.14.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};
use crate::explain::{docs, Basis, Citation, Explanation, StepUnit, Trace};
use crate::number::RateIn;
use crate::number::{Count, Rate};
use crate::params::{self, ParamId};
use crate::text::{Arg, Text};

/// The largest target accepted, in places per 1,000 population: more than one place a person
/// is a typo.
pub const MAX_TARGET_PER_THOUSAND: u64 = 1000;

/// The input of [`childcare_places`].
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ChildcarePlacesInput {
    /// The (resident) population the rate is measured against; more than 0.
    pub population: Count,
    /// Existing childcare places.
    pub places: Count,
    /// Places per 1,000 population to reach; the plan's 4.5 when absent.
    #[serde(default)]
    pub target_per_thousand: Option<RateIn>,
    /// Other planned places, counted toward the target (0 when absent).
    #[serde(default)]
    pub planned: Option<Count>,
    /// Which projects of 附件3 二 to count in: `"none"` (default), `"gazette"` (all six), or
    /// a county name as the gazette writes it (e.g. `"灵山县"`).
    #[serde(default)]
    pub projects: Option<String>,
}

/// A childcare project of 附件3 二 (钦州市"十四五"时期"一老一小"建设项目计划表).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ChildcareProject {
    /// The row number in 附件3 二.
    pub number: u64,
    /// The project name.
    pub name: &'static str,
    /// The county or district (县/区).
    pub county: &'static str,
    /// Places it builds (托位数; 新增托位数 for 浦北县).
    pub places: u64,
    /// Construction years (建设起止年限).
    pub years: &'static str,
    /// Total investment in 万元 (10,000 yuan), as the table gives it.
    pub investment_wan: u64,
    /// The owner or preparing body (项目业主或前期工作单位).
    pub owner: &'static str,
}

/// The six childcare projects, gazette lines 1081-1088, in the table's order.
pub const GAZETTE_PROJECTS: [ChildcareProject; 6] = [
    ChildcareProject {
        number: 1,
        name: "灵山县综合性托育服务中心项目",
        county: "灵山县",
        places: 150,
        years: "2023-2024",
        investment_wan: 1998,
        owner: "灵山县南宾教育管理有限公司",
    },
    ChildcareProject {
        number: 2,
        name: "浦北县托育服务中心",
        county: "浦北县",
        places: 450,
        years: "2023-2024",
        investment_wan: 1200,
        owner: "浦北县教育局",
    },
    ChildcareProject {
        number: 3,
        name: "钦南区公办普惠托育服务中心",
        county: "钦南区",
        places: 150,
        years: "2023-2025",
        investment_wan: 5500,
        owner: "钦南区卫生健康局",
    },
    ChildcareProject {
        number: 4,
        name: "钦南区公办综合性托育中心(园)",
        county: "钦南区",
        places: 200,
        years: "2023-2024",
        investment_wan: 2000,
        owner: "钦南区妇幼保健院",
    },
    ChildcareProject {
        number: 5,
        name: "钦北区机关托幼托育中心",
        county: "钦北区",
        places: 200,
        years: "2023-2025",
        investment_wan: 10000,
        owner: "钦州皇马资产经营集团有限公司",
    },
    ChildcareProject {
        number: 6,
        name: "钦北区托育服务综合指导中心项目",
        county: "钦北区",
        places: 150,
        years: "2023-2024",
        investment_wan: 2100,
        owner: "钦北区卫生健康局",
    },
];

/// The gazette's own figures, carried in every result so a page can show them beside the
/// calculation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct GazetteFigures {
    /// Places at the end of 2020 (line 864).
    pub places_2020: u64,
    /// Places per 1,000 at the end of 2020 as the gazette states it (line 874).
    pub per_thousand_2020: &'static str,
    /// The region's (自治区) level it compares with (line 874).
    pub region_per_thousand: &'static str,
    /// The 2025 target (附件1 item 14; indicator 19 "…左右"), from the parameter table.
    pub target_per_thousand: Rate,
    /// Total places needed by 2025, "1.48万个左右" (line 874).
    pub need_2025_total: u64,
    /// New places needed by 2025, "1.02万个" (line 874).
    pub need_2025_new: u64,
    /// The population basis, "以七普常住人口测算": the 2020 census resident population of
    /// Qinzhou (the number itself is not printed in the gazette).
    pub census_population: u64,
    /// Places of the six projects of 附件3 二.
    pub projects_places: u64,
    /// Investment of the six projects, 万元 (the table's 22798).
    pub projects_investment_wan: u64,
}

/// Places at the end of 2020 (line 864).
const PLACES_2020: u64 = 4613;
/// Places per 1,000 at the end of 2020, as the gazette prints it (line 874).
const PER_THOUSAND_2020: &str = "1.14";
/// [`PER_THOUSAND_2020`] as a number, for the texts that quote it (a test keeps the two equal).
const PER_THOUSAND_2020_RATE: Decimal = rust_decimal_macros::dec!(1.14);
/// The 2020 census resident population of Qinzhou.
const CENSUS_POPULATION: u64 = 3_302_238;

/// The gazette's own figures. The target is read from the parameter table, so the plan's
/// 4.5 has one source.
///
/// # Errors
/// `RULE_NOT_IN_SOURCE` only if the target is missing from the parameter table.
pub fn gazette_figures() -> Result<GazetteFigures> {
    let target = params::current(ParamId::ChildcareTargetPerThousand)?;
    Ok(GazetteFigures {
        places_2020: PLACES_2020,
        per_thousand_2020: PER_THOUSAND_2020,
        region_per_thousand: "1.2",
        target_per_thousand: Rate::from(target.value.normalize()),
        need_2025_total: 14_800,
        need_2025_new: 10_200,
        census_population: CENSUS_POPULATION,
        projects_places: 1300,
        projects_investment_wan: 22_798,
    })
}

/// The result of [`childcare_places`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ChildcarePlacesResult {
    /// places / population × 1,000, to 2 decimals, half-up (e.g. `"1.40"`).
    pub per_thousand: String,
    /// The target used, places per 1,000.
    pub target: Rate,
    /// ceil(target × population / 1,000).
    pub required: u64,
    /// max(0, required − places − planned): the gazette's projects not counted.
    pub gap: u64,
    /// `planned` + the places of the selected projects.
    pub planned_places: u64,
    /// max(0, required − places − plannedPlaces).
    pub gap_after_planned: u64,
    /// Whether the existing places already meet the target (places ≥ required).
    pub met: bool,
    /// Whether the target is met once everything planned is built (gapAfterPlanned = 0).
    pub met_after_planned: bool,
    /// The projects counted in.
    pub projects: Vec<ChildcareProject>,
    /// The gazette's own figures.
    pub gazette: GazetteFigures,
    /// The steps applied with their citations, warnings, reasons and rule version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

const PLAN: &str = docs::CHILDCARE_2023_3;

const fn plan(clause: &'static str) -> Citation {
    Citation::gazette(PLAN, clause)
}

const HEALTH_PLAN_19: Citation = Citation::gazette(docs::HEALTH_PLAN_2023_1, "主要指标 第19项");

/// The projects a `projects` value selects.
///
/// # Errors
/// `INVALID_VALUE` at `projects` for anything but `"none"`, `"gazette"` or a county with a
/// project in 附件3 二.
pub fn select_projects(selection: Option<&str>) -> Result<Vec<ChildcareProject>> {
    match selection {
        None | Some("none") => Ok(Vec::new()),
        Some("gazette") => Ok(GAZETTE_PROJECTS.to_vec()),
        Some(county) => {
            let chosen: Vec<ChildcareProject> = GAZETTE_PROJECTS
                .iter()
                .copied()
                .filter(|p| p.county == county)
                .collect();
            if chosen.is_empty() {
                let mut counties: Vec<&str> = GAZETTE_PROJECTS.iter().map(|p| p.county).collect();
                counties.dedup();
                return Err(Error::text_at(
                    ErrorKind::InvalidValue,
                    "projects",
                    Text::new("childcare_places.unknown_projects")
                        .raw("county", county)
                        .list(
                            "counties",
                            counties
                                .into_iter()
                                .map(|c| Arg::Raw(c.to_owned()))
                                .collect(),
                        ),
                ));
            }
            Ok(chosen)
        }
    }
}

fn out_of_range(field: &str, text: Text) -> Error {
    Error::text_at(ErrorKind::OutOfRange, field, text)
}

fn to_count(d: Decimal, field: &str) -> Result<u64> {
    u64::try_from(d).map_err(|_| Error::overflow(Some(field)))
}

/// Measures childcare places per 1,000 population against the target and says how many are
/// still missing, with and without what is planned.
///
/// # Errors
/// `OUT_OF_RANGE` at `population` for 0 and at `targetPerThousand` for 0 or above
/// [`MAX_TARGET_PER_THOUSAND`]; `INVALID_VALUE` at `projects` for an unknown selection;
/// `RULE_NOT_IN_SOURCE` only if the target is missing from the parameter table (a table
/// error; tested).
pub fn childcare_places(input: &ChildcarePlacesInput) -> Result<ChildcarePlacesResult> {
    let population = input.population.get();
    if population == 0 {
        return Err(out_of_range(
            "population",
            Text::new("childcare_places.population_zero"),
        ));
    }
    let places = input.places.get();
    let planned = input.planned.map_or(0, Count::get);
    let projects = select_projects(input.projects.as_deref())?;
    let param = params::current(ParamId::ChildcareTargetPerThousand)?;
    let mut trace = Trace::default();

    let figures = gazette_figures()?;
    // With an entered target, what follows from it is the caller's figure, not the plan's.
    let (target_cite, gap_cite) = if input.target_per_thousand.is_some() {
        (Citation::INPUT, Citation::INPUT)
    } else {
        (param.citation, plan("一(二)"))
    };
    let target = match input.target_per_thousand {
        Some(t) => {
            let v = t.decimal();
            if v.is_zero() || v > Decimal::from(MAX_TARGET_PER_THOUSAND) {
                return Err(out_of_range(
                    "targetPerThousand",
                    Text::new("childcare_places.target_out_of_range")
                        .count("max", MAX_TARGET_PER_THOUSAND),
                ));
            }
            let v = v.normalize();
            trace.apply_in(
                Citation::INPUT,
                Text::new("childcare_places.target_entered")
                    .number("target", v)
                    .number("plan", param.value.normalize()),
                v.to_string(),
                StepUnit::PerThousand,
            );
            v
        }
        None => {
            let v = param.value.normalize();
            trace.apply_in(
                param.citation,
                Text::new("childcare_places.target").number("target", v),
                v.to_string(),
                StepUnit::PerThousand,
            );
            trace.apply(
                HEALTH_PLAN_19,
                Text::new("childcare_places.health_plan_indicator")
                    .number("target", v)
                    .number("rate_2020", PER_THOUSAND_2020_RATE),
                None,
            );
            v
        }
    };

    let thousand = Decimal::from(1000);
    let population_dec = Decimal::from(population);
    let rate = Decimal::from(places)
        .checked_mul(thousand)
        .and_then(|x| x.checked_div(population_dec))
        .ok_or_else(|| Error::overflow(Some("places")))?;
    let mut shown = rate.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    shown.rescale(2);
    let per_thousand = shown.to_string();
    trace.apply(
        param.citation,
        Text::new("childcare_places.rate_formula")
            .count("places", places)
            .count("population", population),
        None,
    );
    trace.apply_in(
        Citation::INTERPRETATION,
        Text::new("childcare_places.rate_rounded").number("rate", shown),
        per_thousand.clone(),
        StepUnit::PerThousand,
    );
    if population == CENSUS_POPULATION && places == PLACES_2020 {
        // The gazette does not say why its 1.14 differs; the library does not guess.
        trace.warning(
            Basis::Official,
            "GAZETTE_RATE_MISMATCH",
            Text::new("childcare_places.gazette_rate_mismatch")
                .count("places", PLACES_2020)
                .count("population", CENSUS_POPULATION)
                .number("rate", shown)
                .number("stated", PER_THOUSAND_2020_RATE),
        );
    }

    let exact_required = target
        .checked_mul(population_dec)
        .and_then(|x| x.checked_div(thousand))
        .ok_or_else(|| Error::overflow(Some("population")))?
        .normalize();
    let required = to_count(exact_required.ceil(), "population")?;
    trace.apply_in(
        target_cite,
        Text::new("childcare_places.required")
            .number("target", target)
            .count("population", population)
            .number("required", exact_required),
        exact_required.to_string(),
        StepUnit::Places,
    );
    trace.apply_in(
        Citation::INTERPRETATION,
        Text::new("childcare_places.required_rounded").count("required", required),
        required.to_string(),
        StepUnit::Places,
    );

    let gap = required.saturating_sub(places).saturating_sub(planned);
    let gap_text = if planned == 0 {
        Text::new("childcare_places.gap")
    } else {
        Text::new("childcare_places.gap_with_planned").count("planned", planned)
    };
    trace.apply_in(
        gap_cite,
        gap_text.count("places", places).count("gap", gap),
        gap.to_string(),
        StepUnit::Places,
    );

    let project_places = projects
        .iter()
        .try_fold(0_u64, |acc, p| acc.checked_add(p.places))
        .ok_or_else(|| Error::overflow(Some("projects")))?;
    let planned_places = planned
        .checked_add(project_places)
        .ok_or_else(|| Error::overflow(Some("planned")))?;
    let gap_after_planned = required
        .saturating_sub(places)
        .saturating_sub(planned_places);
    if !projects.is_empty() {
        let names: Vec<Arg> = projects
            .iter()
            .map(|p| {
                Arg::Text(Box::new(
                    Text::new("childcare_places.project")
                        .raw("name", p.name)
                        .count("places", p.places),
                ))
            })
            .collect();
        trace.apply_in(
            plan("附件3 二"),
            Text::new("childcare_places.projects_counted")
                .list("projects", names)
                .count("places", project_places),
            project_places.to_string(),
            StepUnit::Places,
        );
    }
    trace.apply_in(
        gap_cite,
        Text::new("childcare_places.gap_after_planned")
            .count("planned", planned_places)
            .count("gap", gap_after_planned),
        gap_after_planned.to_string(),
        StepUnit::Places,
    );

    Ok(ChildcarePlacesResult {
        per_thousand,
        target: Rate::from(target),
        required,
        gap,
        planned_places,
        gap_after_planned,
        met: places >= required,
        met_after_planned: gap_after_planned == 0,
        projects,
        gazette: figures,
        explanation: trace.finish(param.policy()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(population: u32, places: u32) -> ChildcarePlacesInput {
        ChildcarePlacesInput {
            population: Count::from(population),
            places: Count::from(places),
            target_per_thousand: None,
            planned: None,
            projects: None,
        }
    }

    #[test]
    fn gazette_inputs() {
        let r = childcare_places(&input(3_302_238, 4613)).unwrap();
        assert_eq!(r.per_thousand, "1.40");
        // 4.5 × 3,302,238 / 1,000 = 14,860.071 → 14,861 (the gazette: "1.48万个左右").
        assert_eq!(r.required, 14_861);
        // 14,861 − 4,613 = 10,248 (the gazette: "1.02万个").
        assert_eq!(r.gap, 10_248);
        assert!(!r.met);
        assert_eq!(r.explanation.warnings[0].code, "GAZETTE_RATE_MISMATCH");
        assert_eq!(r.target.decimal(), Decimal::new(45, 1));
        assert_eq!(r.explanation.policy.document, docs::CHILDCARE_2023_3);
    }

    #[test]
    fn line_874_the_2020_rate_quoted_is_the_rate_carried() {
        // 钦政办〔2023〕3号 (line 874): the texts quote the same 1.14 the result carries.

        assert_eq!(PER_THOUSAND_2020_RATE.to_string(), PER_THOUSAND_2020);
    }

    #[test]
    fn projects_table_adds_up() {
        let total: u64 = GAZETTE_PROJECTS.iter().map(|p| p.places).sum();
        let investment: u64 = GAZETTE_PROJECTS.iter().map(|p| p.investment_wan).sum();
        let figures = gazette_figures().unwrap();
        assert_eq!(total, figures.projects_places);
        assert_eq!(investment, figures.projects_investment_wan);
        assert_eq!(select_projects(Some("钦南区")).unwrap().len(), 2);
        assert_eq!(select_projects(Some("gazette")).unwrap().len(), 6);
        assert!(select_projects(Some("none")).unwrap().is_empty());
        let e = select_projects(Some("钦州港区")).unwrap_err();
        assert_eq!((e.code(), e.field()), ("INVALID_VALUE", Some("projects")));
    }

    #[test]
    fn the_gazette_target_comes_from_the_parameter_table() {
        let figures = crate::params::tests::with_value(
            ParamId::ChildcareTargetPerThousand,
            Decimal::new(45, 1),
            Decimal::new(47, 1),
            || childcare_places(&input(1000, 1)).unwrap().gazette,
        );
        assert_eq!(figures.target_per_thousand.decimal(), Decimal::new(47, 1));
        assert_eq!(
            gazette_figures().unwrap().target_per_thousand.decimal(),
            Decimal::new(45, 1)
        );
    }

    #[test]
    fn planned_and_projects() {
        let mut i = input(3_302_238, 4613);
        i.planned = Some(Count::from(1000));
        i.projects = Some("gazette".to_owned());
        let r = childcare_places(&i).unwrap();
        assert_eq!(r.gap, 9248);
        assert_eq!(r.planned_places, 2300);
        assert_eq!(r.gap_after_planned, 7948);
        assert!(!r.met_after_planned);
    }

    #[test]
    fn rounding_and_met() {
        // 2 / 3 × 1000 = 666.666… → 666.67; 4.5 × 1000 / 1000 = 4.5 → 5 places.
        let r = childcare_places(&input(3, 2)).unwrap();
        assert_eq!(r.per_thousand, "666.67");
        let r = childcare_places(&input(1000, 5)).unwrap();
        assert_eq!(r.required, 5);
        assert!(r.met);
        assert_eq!(r.gap, 0);
        // 0.005 per 1,000 exactly rounds half-up.
        let r = childcare_places(&input(200_000, 1)).unwrap();
        assert_eq!(r.per_thousand, "0.01");
        assert!(r.explanation.warnings.is_empty());
    }

    #[test]
    fn bounds() {
        let e = childcare_places(&input(0, 1)).unwrap_err();
        assert_eq!((e.code(), e.field()), ("OUT_OF_RANGE", Some("population")));
        let mut i = input(1000, 1);
        i.target_per_thousand = Some(Rate::from(Decimal::ZERO));
        assert_eq!(
            childcare_places(&i).unwrap_err().field(),
            Some("targetPerThousand")
        );
    }
}
