//! The one table of policy parameters.
//!
//! Every number a calculator takes from a policy lives here, with its unit, the dates it is
//! in force and its citation, so that a rule change is a change of data, and what
//! `policyParameters()` shows users is exactly what the calculators use.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::Serialize;

use crate::date::Date;
use crate::date::IsoDate;
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{docs, Citation, PolicyRef};
use crate::text::Text;

/// The unit of a parameter's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Yuan.
    Yuan,
    /// Yuan per month.
    YuanPerMonth,
    /// Yuan of balance per point.
    YuanPerPoint,
    /// Months.
    Months,
    /// Years.
    Years,
    /// Points.
    Points,
    /// Applications.
    Applications,
    /// Percent per year.
    PercentPerYear,
    /// Places per 1,000 population.
    PerThousand,
    /// Yuan per square metre per month per person (the 公租房 rental subsidy standard).
    YuanPerSquareMetrePerMonthPerPerson,
    /// Square metres of floor area.
    SquareMetres,
    /// Percent.
    Percent,
    /// A fraction of a base: `0.01` is 1%, `0.002` is 2‰, `1` is 100% (the 一县一业 rates).
    Ratio,
    /// Yuan per person (the 一县一业 employment service subsidy range).
    YuanPerPerson,
    /// Yuan per person per year (the 一县一业 workshop employment subsidy).
    YuanPerPersonPerYear,
}

/// Names the parameters, so a calculator cannot ask for one that does not exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum ParamId {
    /// Loan cap when both spouses contribute normally in Qinzhou.
    #[serde(rename = "loan.cap.both_contributing")]
    LoanCapBoth,
    /// Loan cap when one side contributes normally (also applied, as an interpretation, to an
    /// unmarried applicant).
    #[serde(rename = "loan.cap.one_contributing")]
    LoanCapOne,
    /// Yuan of balance per balance point.
    #[serde(rename = "points.balance_step")]
    PointsBalanceStep,
    /// Months of deposit history per time point.
    #[serde(rename = "points.time_step")]
    PointsTimeStep,
    /// Points per month deducted on time and in full.
    #[serde(rename = "points.on_time_per_month")]
    PointsPerOnTimeMonth,
    /// Points for a social contribution.
    #[serde(rename = "points.social_contribution")]
    PointsContribution,
    /// Household points cap.
    #[serde(rename = "points.household_cap")]
    PointsHouseholdCap,
    /// Monthly rent ceiling, unmarried/single.
    #[serde(rename = "rent.monthly_cap.single")]
    RentCapSingle,
    /// Monthly rent ceiling, married.
    #[serde(rename = "rent.monthly_cap.married")]
    RentCapMarried,
    /// Months of the monthly deposit that a repayment withdrawal must leave.
    #[serde(rename = "repayment.retain_months")]
    RepaymentRetainMonths,
    /// Elevator withdrawals: most applications.
    #[serde(rename = "elevator.max_applications")]
    ElevatorMaxApplications,
    /// Elevator withdrawals: years from the permit.
    #[serde(rename = "elevator.window_years")]
    ElevatorWindowYears,
    /// Default rate, first home, term up to 5 years.
    #[serde(rename = "rate.first_home.up_to_5_years")]
    RateFirstHomeUpTo5Years,
    /// Default rate, first home, term over 5 years.
    #[serde(rename = "rate.first_home.over_5_years")]
    RateFirstHomeOver5Years,
    /// Default rate, second home, term up to 5 years.
    #[serde(rename = "rate.second_home.up_to_5_years")]
    RateSecondHomeUpTo5Years,
    /// Default rate, second home, term over 5 years.
    #[serde(rename = "rate.second_home.over_5_years")]
    RateSecondHomeOver5Years,
    /// The term, in months, above which a loan at the default rates is repriced from the
    /// start of the year after a rate change (银发〔1998〕190号 第十四条: "1年以上"; a loan
    /// of exactly 1 year is "1年以内（含1年）" and keeps its rate).
    #[serde(rename = "rate.repricing.term_over_months")]
    RateRepricingTermOverMonths,
    /// Childcare places per 1,000 population targeted for 2025.
    #[serde(rename = "childcare.target_per_thousand")]
    ChildcareTargetPerThousand,
    /// 公租房 rental subsidy standard, tier 1.
    #[serde(rename = "public_rental.subsidy_rate.tier1")]
    PublicRentalRateTier1,
    /// 公租房 rental subsidy standard, tier 2.
    #[serde(rename = "public_rental.subsidy_rate.tier2")]
    PublicRentalRateTier2,
    /// Months between two subsidy payments (paid once every half year).
    #[serde(rename = "public_rental.payment_interval_months")]
    PublicRentalPaymentMonths,
    /// Per-capita floor area below which a home-owning household still has housing difficulty.
    #[serde(rename = "public_rental.floor_area_threshold")]
    PublicRentalFloorArea,
    /// Years between reviews of the subsidy standard.
    #[serde(rename = "public_rental.standard_review_years")]
    PublicRentalReviewYears,
    /// The most an affordable rental unit may charge, in percent of the market rent.
    #[serde(rename = "affordable_rental.max_rent_percent")]
    AffordableRentPercent,
    /// The floor area affordable rental units are mainly within.
    #[serde(rename = "affordable_rental.main_unit_area")]
    AffordableUnitArea,
    /// 招商成效激励: the least 引进投资 of a project (1亿, inclusive).
    #[serde(rename = "yxyy.introducer.threshold")]
    YxyyIntroducerThreshold,
    /// 招商成效激励: the share of the first two years' contracted fixed-asset investment (1%).
    #[serde(rename = "yxyy.introducer.rate")]
    YxyyIntroducerRate,
    /// 招商成效激励: the most per project (50万).
    #[serde(rename = "yxyy.introducer.cap")]
    YxyyIntroducerCap,
    /// 以企招商: the share of the production year's contracted fixed-asset investment, main text (2‰).
    #[serde(rename = "yxyy.enterpriseLed.rate")]
    YxyyEnterpriseLedRate,
    /// 以企招商: the share the attachment prints (2%), shown beside the main text's, never used for the amount.
    #[serde(rename = "yxyy.enterpriseLed.attachmentRate")]
    YxyyEnterpriseLedAttachmentRate,
    /// 以企招商: the threshold of the 陈皮 industry (0.5亿).
    #[serde(rename = "yxyy.enterpriseLed.threshold.chenpi")]
    YxyyEnterpriseLedThresholdChenpi,
    /// 以企招商: the threshold of the toys and apparel industry (1亿).
    #[serde(rename = "yxyy.enterpriseLed.threshold.toys_apparel")]
    YxyyEnterpriseLedThresholdToysApparel,
    /// 以企招商: the threshold of the timber and furniture industry (5亿).
    #[serde(rename = "yxyy.enterpriseLed.threshold.timber_furniture")]
    YxyyEnterpriseLedThresholdTimberFurniture,
    /// 以企招商: the threshold of the chemicals industry (5亿).
    #[serde(rename = "yxyy.enterpriseLed.threshold.chemicals")]
    YxyyEnterpriseLedThresholdChemicals,
    /// 以企招商: the most per project (50万).
    #[serde(rename = "yxyy.enterpriseLed.cap")]
    YxyyEnterpriseLedCap,
    /// 飞地招商: the share of the zone's retained tax paid to the county (100%).
    #[serde(rename = "yxyy.enclave.rate")]
    YxyyEnclaveRate,
    /// 首次上规入库: the one-off reward per enterprise (15万).
    #[serde(rename = "yxyy.aboveScaleEntry.amount")]
    YxyyAboveScaleEntryAmount,
    /// 营收突破: the share of the original city reward (50%).
    #[serde(rename = "yxyy.milestone.rate")]
    YxyyMilestoneRate,
    /// 营收突破: the 1亿 milestone of main business revenue.
    #[serde(rename = "yxyy.milestone.revenue.1")]
    YxyyMilestone1Yi,
    /// 营收突破: the 10亿 milestone.
    #[serde(rename = "yxyy.milestone.revenue.10")]
    YxyyMilestone10Yi,
    /// 营收突破: the 30亿 milestone.
    #[serde(rename = "yxyy.milestone.revenue.30")]
    YxyyMilestone30Yi,
    /// 营收突破: the 50亿 milestone.
    #[serde(rename = "yxyy.milestone.revenue.50")]
    YxyyMilestone50Yi,
    /// 园区基础设施: the share of the previous year's actual investment (10%).
    #[serde(rename = "yxyy.parkInfrastructure.rate")]
    YxyyParkInfrastructureRate,
    /// 园区基础设施: the most per county (500万).
    #[serde(rename = "yxyy.parkInfrastructure.capPerCounty")]
    YxyyParkInfrastructureCap,
    /// 筑巢引凤: the share of the net local contribution (50%).
    #[serde(rename = "yxyy.standardFactory.rate")]
    YxyyStandardFactoryRate,
    /// 筑巢引凤: the occupancy to reach (60%, inclusive).
    #[serde(rename = "yxyy.standardFactory.occupancyPercent")]
    YxyyStandardFactoryOccupancy,
    /// 筑巢引凤: the years from being put into use within which the occupancy is reached (2).
    #[serde(rename = "yxyy.standardFactory.windowYears")]
    YxyyStandardFactoryWindowYears,
    /// 科技创新: the one-off amount per event (5万).
    #[serde(rename = "yxyy.technology.amount")]
    YxyyTechnologyAmount,
    /// 就业创业服务补助: the low end of the range per person (600).
    #[serde(rename = "yxyy.employmentService.rateMin")]
    YxyyEmploymentServiceRateMin,
    /// 就业创业服务补助: the high end of the range per person (1000).
    #[serde(rename = "yxyy.employmentService.rateMax")]
    YxyyEmploymentServiceRateMax,
    /// 帮扶车间: the employment subsidy per person per year (2000).
    #[serde(rename = "yxyy.workshop.employmentPerYear")]
    YxyyWorkshopEmploymentPerYear,
    /// 帮扶车间: the shortest labour contract, in months (1年（含）以上).
    #[serde(rename = "yxyy.workshop.contractMonths")]
    YxyyWorkshopContractMonths,
}

impl ParamId {
    /// The stable id users see, e.g. `loan.cap.both_contributing`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ParamId::LoanCapBoth => "loan.cap.both_contributing",
            ParamId::LoanCapOne => "loan.cap.one_contributing",
            ParamId::PointsBalanceStep => "points.balance_step",
            ParamId::PointsTimeStep => "points.time_step",
            ParamId::PointsPerOnTimeMonth => "points.on_time_per_month",
            ParamId::PointsContribution => "points.social_contribution",
            ParamId::PointsHouseholdCap => "points.household_cap",
            ParamId::RentCapSingle => "rent.monthly_cap.single",
            ParamId::RentCapMarried => "rent.monthly_cap.married",
            ParamId::RepaymentRetainMonths => "repayment.retain_months",
            ParamId::ElevatorMaxApplications => "elevator.max_applications",
            ParamId::ElevatorWindowYears => "elevator.window_years",
            ParamId::RateFirstHomeUpTo5Years => "rate.first_home.up_to_5_years",
            ParamId::RateFirstHomeOver5Years => "rate.first_home.over_5_years",
            ParamId::RateSecondHomeUpTo5Years => "rate.second_home.up_to_5_years",
            ParamId::RateSecondHomeOver5Years => "rate.second_home.over_5_years",
            ParamId::RateRepricingTermOverMonths => "rate.repricing.term_over_months",
            ParamId::ChildcareTargetPerThousand => "childcare.target_per_thousand",
            ParamId::PublicRentalRateTier1 => "public_rental.subsidy_rate.tier1",
            ParamId::PublicRentalRateTier2 => "public_rental.subsidy_rate.tier2",
            ParamId::PublicRentalPaymentMonths => "public_rental.payment_interval_months",
            ParamId::PublicRentalFloorArea => "public_rental.floor_area_threshold",
            ParamId::PublicRentalReviewYears => "public_rental.standard_review_years",
            ParamId::AffordableRentPercent => "affordable_rental.max_rent_percent",
            ParamId::AffordableUnitArea => "affordable_rental.main_unit_area",
            ParamId::YxyyIntroducerThreshold => "yxyy.introducer.threshold",
            ParamId::YxyyIntroducerRate => "yxyy.introducer.rate",
            ParamId::YxyyIntroducerCap => "yxyy.introducer.cap",
            ParamId::YxyyEnterpriseLedRate => "yxyy.enterpriseLed.rate",
            ParamId::YxyyEnterpriseLedAttachmentRate => "yxyy.enterpriseLed.attachmentRate",
            ParamId::YxyyEnterpriseLedThresholdChenpi => "yxyy.enterpriseLed.threshold.chenpi",
            ParamId::YxyyEnterpriseLedThresholdToysApparel => {
                "yxyy.enterpriseLed.threshold.toys_apparel"
            }
            ParamId::YxyyEnterpriseLedThresholdTimberFurniture => {
                "yxyy.enterpriseLed.threshold.timber_furniture"
            }
            ParamId::YxyyEnterpriseLedThresholdChemicals => {
                "yxyy.enterpriseLed.threshold.chemicals"
            }
            ParamId::YxyyEnterpriseLedCap => "yxyy.enterpriseLed.cap",
            ParamId::YxyyEnclaveRate => "yxyy.enclave.rate",
            ParamId::YxyyAboveScaleEntryAmount => "yxyy.aboveScaleEntry.amount",
            ParamId::YxyyMilestoneRate => "yxyy.milestone.rate",
            ParamId::YxyyMilestone1Yi => "yxyy.milestone.revenue.1",
            ParamId::YxyyMilestone10Yi => "yxyy.milestone.revenue.10",
            ParamId::YxyyMilestone30Yi => "yxyy.milestone.revenue.30",
            ParamId::YxyyMilestone50Yi => "yxyy.milestone.revenue.50",
            ParamId::YxyyParkInfrastructureRate => "yxyy.parkInfrastructure.rate",
            ParamId::YxyyParkInfrastructureCap => "yxyy.parkInfrastructure.capPerCounty",
            ParamId::YxyyStandardFactoryRate => "yxyy.standardFactory.rate",
            ParamId::YxyyStandardFactoryOccupancy => "yxyy.standardFactory.occupancyPercent",
            ParamId::YxyyStandardFactoryWindowYears => "yxyy.standardFactory.windowYears",
            ParamId::YxyyTechnologyAmount => "yxyy.technology.amount",
            ParamId::YxyyEmploymentServiceRateMin => "yxyy.employmentService.rateMin",
            ParamId::YxyyEmploymentServiceRateMax => "yxyy.employmentService.rateMax",
            ParamId::YxyyWorkshopEmploymentPerYear => "yxyy.workshop.employmentPerYear",
            ParamId::YxyyWorkshopContractMonths => "yxyy.workshop.contractMonths",
        }
    }
}

/// One effective-dated version of a parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parameter {
    /// Which parameter.
    pub id: ParamId,
    /// The exact value, in `unit`.
    pub value: Decimal,
    /// The unit.
    pub unit: Unit,
    /// First day in force; `None` where the source does not say when it started.
    pub effective_from: Option<Date>,
    /// Last day in force; `None` while in force.
    pub effective_to: Option<Date>,
    /// Where the value comes from.
    pub citation: Citation,
    /// What it is, in Chinese.
    pub zh: &'static str,
    /// What it is, in English.
    pub en: &'static str,
}

impl Parameter {
    /// Whether this version applies on `date`.
    pub fn applies_on(&self, date: Date) -> bool {
        self.effective_from.is_none_or(|from| from <= date)
            && self.effective_to.is_none_or(|to| date <= to)
    }

    /// The value as a whole number (for counts such as months or points).
    pub fn whole(&self) -> u64 {
        u64::try_from(self.value.trunc().mantissa()).unwrap_or(0)
    }

    /// The rule version this parameter belongs to, for a result's `policy`.
    pub fn policy(&self) -> PolicyRef {
        PolicyRef {
            document: self.citation.document.to_owned(),
            effective_from: self.effective_from,
            effective_to: self.effective_to,
        }
    }
}

const HPF_START: Option<Date> = Some(Date::ymd(2023, 1, 1));
const HPF_BEFORE: Option<Date> = Some(Date::ymd(2022, 12, 31));
const PBC_2022: Option<Date> = Some(Date::ymd(2022, 10, 1));
const PBC_2022_LAST: Option<Date> = Some(Date::ymd(2024, 5, 17));
const PBC_2024: Option<Date> = Some(Date::ymd(2024, 5, 18));
const PBC_2024_LAST: Option<Date> = Some(Date::ymd(2025, 5, 7));
const PBC_2025: Option<Date> = Some(Date::ymd(2025, 5, 8));

/// The day up to which the People's Bank of China's provident-fund loan rates in this table
/// were last checked against the Bank's published notices. A default rate taken for a later
/// day may have been changed since; results say so (quoting this date). Kept here, once, so
/// that re-checking the table is a change of one line next to the rates it vouches for.
pub const RATES_CHECKED_UNTIL: Date = Date::ymd(2026, 12, 1);

/// Whether `id` is one of the default loan rates, the parameters [`RATES_CHECKED_UNTIL`]
/// vouches for.
pub const fn is_default_rate(id: ParamId) -> bool {
    matches!(
        id,
        ParamId::RateFirstHomeUpTo5Years
            | ParamId::RateFirstHomeOver5Years
            | ParamId::RateSecondHomeUpTo5Years
            | ParamId::RateSecondHomeOver5Years
    )
}
/// The day 钦政办规〔2023〕1号 was issued. The plan states no commencement date, so the library
/// applies it from the day it was issued (an interpretation the README lists); earlier dates
/// are `RULE_NOT_IN_SOURCE`, since the gazette gives no earlier standard.
pub const HOUSING_PLAN_ISSUED: Date = Date::ymd(2023, 1, 9);
const HOUSING_START: Option<Date> = Some(HOUSING_PLAN_ISSUED);

/// The rule version of every result under the housing plan: one document, in force from the
/// day it was issued.
pub(crate) fn housing_policy() -> PolicyRef {
    PolicyRef {
        document: docs::HOUSING_2023_1.to_owned(),
        effective_from: HOUSING_START,
        effective_to: None,
    }
}
/// The first day of the fund notice's changes (钦市金管委规〔2023〕1号): results dated from it
/// are compared with the rule in force the day before.
pub const HPF_CHANGE_DAY: Date = Date::ymd(2023, 1, 1);
/// The last day of the rules the fund notice changed.
pub const HPF_LAST_DAY_BEFORE_CHANGE: Date = Date::ymd(2022, 12, 31);

const fn hpf(clause: &'static str) -> Citation {
    Citation::gazette(docs::HPF_2023_1, clause)
}

/// A clause of the housing plan 钦政办规〔2023〕1号.
pub(crate) const fn housing(clause: &'static str) -> Citation {
    Citation::gazette(docs::HOUSING_2023_1, clause)
}

/// The People's Bank of China's decisions on provident-fund loan rates, one per version. Only
/// the 2025 notice's title was found verbatim; the earlier two are cited by the Bank, the day
/// they took effect and their subject, without a document number that was not found.
pub mod pbc_docs {
    /// First-home rates cut by 0.15 points from 2022-10-01 (second-home rates unchanged:
    /// "不低于" 3.025% / 3.575%).
    pub const RATES_2022: &str = "中国人民银行 2022年10月1日起个人住房公积金贷款利率";
    /// All rates cut by 0.25 points from 2024-05-18.
    pub const RATES_2024: &str = "中国人民银行 2024年5月18日起个人住房公积金贷款利率";
    /// All rates cut by 0.25 points from 2025-05-08 (the notice is dated 2025-05-07).
    pub const RATES_2025: &str = "中国人民银行关于下调个人住房公积金贷款利率的通知（2025年5月7日）";
    /// The Bank's rules for personal housing loans, whose art. 14 says when a rate change
    /// reaches a loan already made.
    pub const HOUSING_LOAN_MEASURES_1998: &str = "《个人住房贷款管理办法》（银发〔1998〕190号）";
}

/// 银发〔1998〕190号 第十四条, the repricing rule, as the schedule's steps cite it.
pub const REPRICING_RULE: Citation =
    Citation::official(pbc_docs::HOUSING_LOAN_MEASURES_1998, "第十四条");

/// 第十四条 as a step quotes it: verbatim in Chinese, in English words. A loan of 1 year or
/// less keeps its contract rate (the first half; it is what puts a 12-month loan outside the
/// repricing, "含1年", where "1年以上" alone would include it, Civil Code art. 1259, so the step
/// for such a loan quotes it alone); a loan over 1 year is repriced from the start of the next
/// year at the rate of its band (the second half, quoted with the first for such a loan).
pub fn repricing_rule_words(over_1_year: bool) -> Text {
    if over_1_year {
        Text::new("params.art14")
    } else {
        Text::new("params.art14_up_to_1_year")
    }
}

const fn pbc(document: &'static str) -> Citation {
    Citation::official(document, "")
}

// --- 一县一业 incentives and employment subsidies (钦政办规〔2023〕3号, POLICY D) ---

/// The 一县一业 plan document.
pub const YXYY_DOC: &str = "钦政办规〔2023〕3号";
/// The first day of the 一县一业 plan's period: "从2023年起到2025年底" (序言).
pub const YXYY_PLAN_START: Date = Date::ymd(2023, 1, 1);
/// The last day of the plan's period. No later rule is in the gazette: a successor plan is a
/// new dated version of these parameters.
pub const YXYY_PLAN_END: Date = Date::ymd(2025, 12, 31);
/// The day the notice 钦政办规〔2023〕3号 was issued (line 1458). Events from the plan's start to
/// the day before are computed with a warning (the notice states no commencement date).
pub const YXYY_ISSUED: Date = Date::ymd(2023, 1, 19);
const YXYY_START: Option<Date> = Some(YXYY_PLAN_START);
const YXYY_END: Option<Date> = Some(YXYY_PLAN_END);

/// A clause of the 一县一业 plan 钦政办规〔2023〕3号.
pub(crate) const fn yxyy(clause: &'static str) -> Citation {
    Citation::gazette(YXYY_DOC, clause)
}

/// The rule version of every 一县一业 result: the plan, in force for its period.
pub(crate) fn yxyy_policy() -> PolicyRef {
    PolicyRef {
        document: YXYY_DOC.to_owned(),
        effective_from: YXYY_START,
        effective_to: YXYY_END,
    }
}

/// The table. Superseded versions stay in it: a date before a change gets the earlier value
/// where the gazette states one.
pub const PARAMETERS: &[Parameter] = &[
    Parameter {
        id: ParamId::LoanCapBoth,
        value: dec!(450000),
        unit: Unit::Yuan,
        effective_from: HPF_START,
        effective_to: None,
        citation: hpf("一"),
        zh: "夫妻双方均在本市正常缴存住房公积金的最高贷款额度",
        en: "Maximum loan when both spouses contribute normally in Qinzhou",
    },
    Parameter {
        id: ParamId::LoanCapOne,
        value: dec!(350000),
        unit: Unit::Yuan,
        effective_from: HPF_START,
        effective_to: None,
        citation: hpf("一"),
        zh: "缴存人单方在本市正常缴存住房公积金的最高贷款额度",
        en: "Maximum loan when one side contributes normally in Qinzhou",
    },
    Parameter {
        id: ParamId::PointsBalanceStep,
        value: dec!(5000),
        unit: Unit::YuanPerPoint,
        effective_from: HPF_START,
        effective_to: None,
        citation: hpf("三(一)"),
        zh: "缴存余额积分：每满5000元积1分",
        en: "Balance points: 1 point per full 5,000 yuan of balance",
    },
    Parameter {
        id: ParamId::PointsTimeStep,
        value: dec!(6),
        unit: Unit::Months,
        effective_from: HPF_START,
        effective_to: None,
        citation: hpf("三(二)"),
        zh: "缴存时间积分：每满半年（6个月）积1分",
        en: "Time points: 1 point per full 6 months of deposits",
    },
    Parameter {
        id: ParamId::PointsPerOnTimeMonth,
        value: dec!(1),
        unit: Unit::Points,
        effective_from: HPF_START,
        effective_to: None,
        citation: hpf("三(三)"),
        zh: "缴存按时率积分：每月按时足额扣缴积1分",
        en: "On-time points: 1 point per month deducted on time and in full",
    },
    Parameter {
        id: ParamId::PointsContribution,
        value: dec!(2),
        unit: Unit::Points,
        effective_from: HPF_START,
        effective_to: None,
        citation: hpf("三(四)"),
        zh: "社会贡献积分：有突出贡献群体积2分",
        en: "Social contribution points: 2 points for the listed groups",
    },
    Parameter {
        id: ParamId::PointsHouseholdCap,
        value: dec!(10),
        unit: Unit::Points,
        effective_from: HPF_START,
        effective_to: None,
        citation: hpf("三 第十六条"),
        zh: "自愿缴存人员家庭户夫妻双方积分累加，封顶10分",
        en: "Spouses' points add up; the household total is capped at 10",
    },
    Parameter {
        id: ParamId::RentCapSingle,
        value: dec!(700),
        unit: Unit::YuanPerMonth,
        effective_from: None,
        effective_to: HPF_BEFORE,
        citation: hpf("二(二)"),
        zh: "租房提取月租金标准上限（未婚/单身，调整前）",
        en: "Monthly rent ceiling for rent withdrawal, unmarried/single (before the change)",
    },
    Parameter {
        id: ParamId::RentCapSingle,
        value: dec!(800),
        unit: Unit::YuanPerMonth,
        effective_from: HPF_START,
        effective_to: None,
        citation: hpf("二(二)"),
        zh: "租房提取月租金标准上限（未婚/单身）",
        en: "Monthly rent ceiling for rent withdrawal, unmarried/single",
    },
    Parameter {
        id: ParamId::RentCapMarried,
        value: dec!(1000),
        unit: Unit::YuanPerMonth,
        effective_from: None,
        effective_to: HPF_BEFORE,
        citation: hpf("二(二)"),
        zh: "租房提取月租金标准上限（已婚，调整前）",
        en: "Monthly rent ceiling for rent withdrawal, married (before the change)",
    },
    Parameter {
        id: ParamId::RentCapMarried,
        value: dec!(1100),
        unit: Unit::YuanPerMonth,
        effective_from: HPF_START,
        effective_to: None,
        citation: hpf("二(二)"),
        zh: "租房提取月租金标准上限（已婚）",
        en: "Monthly rent ceiling for rent withdrawal, married",
    },
    Parameter {
        id: ParamId::RepaymentRetainMonths,
        value: dec!(6),
        unit: Unit::Months,
        effective_from: None,
        effective_to: HPF_BEFORE,
        citation: hpf("二(一)"),
        zh: "偿还贷款本息提取须留存的月缴存额月数（调整前）",
        en: "Months of monthly deposit to leave when withdrawing for loan repayment (before the change)",
    },
    Parameter {
        id: ParamId::RepaymentRetainMonths,
        value: dec!(3),
        unit: Unit::Months,
        effective_from: HPF_START,
        effective_to: None,
        citation: hpf("二(一)"),
        zh: "偿还贷款本息提取须留存的月缴存额月数",
        en: "Months of monthly deposit to leave when withdrawing for loan repayment",
    },
    Parameter {
        id: ParamId::ElevatorMaxApplications,
        value: dec!(3),
        unit: Unit::Applications,
        effective_from: HPF_START,
        effective_to: None,
        citation: hpf("二(三)2"),
        zh: "加装电梯提取：自规划许可之日起期限内最多申请次数",
        en: "Elevator withdrawal: most applications within the window",
    },
    Parameter {
        id: ParamId::ElevatorWindowYears,
        value: dec!(3),
        unit: Unit::Years,
        effective_from: HPF_START,
        effective_to: None,
        citation: hpf("二(三)2"),
        zh: "加装电梯提取：自规划许可之日起的年数",
        en: "Elevator withdrawal: years from the planning permit",
    },
    Parameter {
        id: ParamId::RateFirstHomeUpTo5Years,
        value: dec!(2.6),
        unit: Unit::PercentPerYear,
        effective_from: PBC_2022,
        effective_to: PBC_2022_LAST,
        citation: pbc(pbc_docs::RATES_2022),
        zh: "首套住房公积金贷款利率（5年以下含5年，默认值，可修改）",
        en: "Provident-fund loan rate, first home, up to 5 years (default, editable)",
    },
    Parameter {
        id: ParamId::RateFirstHomeUpTo5Years,
        value: dec!(2.35),
        unit: Unit::PercentPerYear,
        effective_from: PBC_2024,
        effective_to: PBC_2024_LAST,
        citation: pbc(pbc_docs::RATES_2024),
        zh: "首套住房公积金贷款利率（5年以下含5年，默认值，可修改）",
        en: "Provident-fund loan rate, first home, up to 5 years (default, editable)",
    },
    Parameter {
        id: ParamId::RateFirstHomeUpTo5Years,
        value: dec!(2.1),
        unit: Unit::PercentPerYear,
        effective_from: PBC_2025,
        effective_to: None,
        citation: pbc(pbc_docs::RATES_2025),
        zh: "首套住房公积金贷款利率（5年以下含5年，默认值，可修改）",
        en: "Provident-fund loan rate, first home, up to 5 years (default, editable)",
    },
    Parameter {
        id: ParamId::RateFirstHomeOver5Years,
        value: dec!(3.1),
        unit: Unit::PercentPerYear,
        effective_from: PBC_2022,
        effective_to: PBC_2022_LAST,
        citation: pbc(pbc_docs::RATES_2022),
        zh: "首套住房公积金贷款利率（5年以上，默认值，可修改）",
        en: "Provident-fund loan rate, first home, over 5 years (default, editable)",
    },
    Parameter {
        id: ParamId::RateFirstHomeOver5Years,
        value: dec!(2.85),
        unit: Unit::PercentPerYear,
        effective_from: PBC_2024,
        effective_to: PBC_2024_LAST,
        citation: pbc(pbc_docs::RATES_2024),
        zh: "首套住房公积金贷款利率（5年以上，默认值，可修改）",
        en: "Provident-fund loan rate, first home, over 5 years (default, editable)",
    },
    Parameter {
        id: ParamId::RateFirstHomeOver5Years,
        value: dec!(2.6),
        unit: Unit::PercentPerYear,
        effective_from: PBC_2025,
        effective_to: None,
        citation: pbc(pbc_docs::RATES_2025),
        zh: "首套住房公积金贷款利率（5年以上，默认值，可修改）",
        en: "Provident-fund loan rate, first home, over 5 years (default, editable)",
    },
    Parameter {
        id: ParamId::RateSecondHomeUpTo5Years,
        value: dec!(3.025),
        unit: Unit::PercentPerYear,
        effective_from: PBC_2022,
        effective_to: PBC_2022_LAST,
        citation: pbc(pbc_docs::RATES_2022),
        zh: "第二套住房公积金贷款利率（5年以下含5年，人民银行规定不低于此值，默认值，可修改）",
        en: "Provident-fund loan rate, second home, up to 5 years (the Bank's floor: not below it; default, editable)",
    },
    Parameter {
        id: ParamId::RateSecondHomeUpTo5Years,
        value: dec!(2.775),
        unit: Unit::PercentPerYear,
        effective_from: PBC_2024,
        effective_to: PBC_2024_LAST,
        citation: pbc(pbc_docs::RATES_2024),
        zh: "第二套住房公积金贷款利率（5年以下含5年，人民银行规定不低于此值，默认值，可修改）",
        en: "Provident-fund loan rate, second home, up to 5 years (the Bank's floor: not below it; default, editable)",
    },
    Parameter {
        id: ParamId::RateSecondHomeUpTo5Years,
        value: dec!(2.525),
        unit: Unit::PercentPerYear,
        effective_from: PBC_2025,
        effective_to: None,
        citation: pbc(pbc_docs::RATES_2025),
        zh: "第二套住房公积金贷款利率（5年以下含5年，人民银行规定不低于此值，默认值，可修改）",
        en: "Provident-fund loan rate, second home, up to 5 years (the Bank's floor: not below it; default, editable)",
    },
    Parameter {
        id: ParamId::RateSecondHomeOver5Years,
        value: dec!(3.575),
        unit: Unit::PercentPerYear,
        effective_from: PBC_2022,
        effective_to: PBC_2022_LAST,
        citation: pbc(pbc_docs::RATES_2022),
        zh: "第二套住房公积金贷款利率（5年以上，人民银行规定不低于此值，默认值，可修改）",
        en: "Provident-fund loan rate, second home, over 5 years (the Bank's floor: not below it; default, editable)",
    },
    Parameter {
        id: ParamId::RateSecondHomeOver5Years,
        value: dec!(3.325),
        unit: Unit::PercentPerYear,
        effective_from: PBC_2024,
        effective_to: PBC_2024_LAST,
        citation: pbc(pbc_docs::RATES_2024),
        zh: "第二套住房公积金贷款利率（5年以上，人民银行规定不低于此值，默认值，可修改）",
        en: "Provident-fund loan rate, second home, over 5 years (the Bank's floor: not below it; default, editable)",
    },
    Parameter {
        id: ParamId::RateSecondHomeOver5Years,
        value: dec!(3.075),
        unit: Unit::PercentPerYear,
        effective_from: PBC_2025,
        effective_to: None,
        citation: pbc(pbc_docs::RATES_2025),
        zh: "第二套住房公积金贷款利率（5年以上，人民银行规定不低于此值，默认值，可修改）",
        en: "Provident-fund loan rate, second home, over 5 years (the Bank's floor: not below it; default, editable)",
    },
    Parameter {
        id: ParamId::RateRepricingTermOverMonths,
        value: dec!(12),
        unit: Unit::Months,
        effective_from: None,
        effective_to: None,
        citation: REPRICING_RULE,
        zh: "贷款期限在1年（12个月）以上的，遇法定利率调整，于下年初开始执行新利率",
        en: "A loan for more than 1 year (12 months) takes a new statutory rate from the start of the next year",
    },
    Parameter {
        id: ParamId::ChildcareTargetPerThousand,
        value: dec!(4.5),
        unit: Unit::PerThousand,
        effective_from: None,
        effective_to: None,
        citation: Citation::gazette(docs::CHILDCARE_2023_3, "附件1 第14项"),
        zh: "2025年全市每千人口拥有3岁以下婴幼儿托位数目标",
        en: "2025 target: childcare places for children under 3 per 1,000 population",
    },
    Parameter {
        id: ParamId::PublicRentalRateTier1,
        value: dec!(10),
        unit: Unit::YuanPerSquareMetrePerMonthPerPerson,
        effective_from: HOUSING_START,
        effective_to: None,
        citation: housing("二(六)"),
        zh: "公租房住房租赁补贴第1档标准（我市保障范围户籍的低保户、特困人员、年满18周岁儿童福利机构安置对象）",
        en: "Public rental housing subsidy, tier 1 (locally registered minimum-living households, persons in extreme poverty, child-welfare leavers aged 18+)",
    },
    Parameter {
        id: ParamId::PublicRentalRateTier2,
        value: dec!(7),
        unit: Unit::YuanPerSquareMetrePerMonthPerPerson,
        effective_from: HOUSING_START,
        effective_to: None,
        citation: housing("二(六)"),
        zh: "公租房住房租赁补贴第2档标准（除第1档外的获得保障资格的对象）",
        en: "Public rental housing subsidy, tier 2 (every other qualified household)",
    },
    Parameter {
        id: ParamId::PublicRentalPaymentMonths,
        value: dec!(6),
        unit: Unit::Months,
        effective_from: HOUSING_START,
        effective_to: None,
        citation: housing("二(六)"),
        zh: "住房租赁补贴每半年（6个月）发放1次",
        en: "The rental subsidy is paid once every half year (6 months)",
    },
    Parameter {
        id: ParamId::PublicRentalFloorArea,
        value: dec!(15),
        unit: Unit::SquareMetres,
        effective_from: HOUSING_START,
        effective_to: None,
        citation: housing("一(三)"),
        zh: "公租房准入：有房产的家庭人均住房面积须不足15平方米",
        en: "Public rental housing: a household owning a home qualifies only with less than 15 m² per person",
    },
    Parameter {
        id: ParamId::PublicRentalReviewYears,
        value: dec!(3),
        unit: Unit::Years,
        effective_from: HOUSING_START,
        effective_to: None,
        citation: housing("二(六)"),
        zh: "每3年参照市场租金对住房租赁补贴标准进行调整",
        en: "The subsidy standard is reviewed against market rents every 3 years",
    },
    Parameter {
        id: ParamId::AffordableRentPercent,
        value: dec!(90),
        unit: Unit::Percent,
        effective_from: HOUSING_START,
        effective_to: None,
        citation: housing("三(十一)"),
        zh: "保障性租赁住房租金不高于同地段同品质市场租赁住房租金的90%",
        en: "Affordable rental housing rent: at most 90% of the market rent of the same location and quality",
    },
    Parameter {
        id: ParamId::AffordableUnitArea,
        value: dec!(70),
        unit: Unit::SquareMetres,
        effective_from: HOUSING_START,
        effective_to: None,
        citation: housing("三(十一)"),
        zh: "保障性租赁住房以建筑面积不超过70平方米的小户型为主",
        en: "Affordable rental housing is mainly small units of at most 70 m² floor area",
    },
    // 一县一业 (钦政办规〔2023〕3号, POLICY D): every version in force for the plan's period.
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyIntroducerThreshold,
        value: dec!(100000000),
        unit: Unit::Yuan,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(四)2(2)"),
        zh: "招商成效激励：引进投资1亿元（含）以上的优势特色产业及配套项目",
        en: "Introducer reward: projects with an introduced investment of 100 million yuan or more (inclusive)",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyIntroducerRate,
        value: dec!(0.01),
        unit: Unit::Ratio,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(四)2(2)"),
        zh: "招商成效激励：按引荐落地项目前两年合同约定的固定资产投资额的1%予以奖励",
        en: "Introducer reward: 1% of the fixed-asset investment contracted for the project's first two years",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyIntroducerCap,
        value: dec!(500000),
        unit: Unit::Yuan,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(四)2(2)"),
        zh: "招商成效激励：单个项目最高奖励不超过50万元",
        en: "Introducer reward: at most 500,000 yuan per project",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyEnterpriseLedRate,
        value: dec!(0.002),
        unit: Unit::Ratio,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(四)2(4)"),
        zh: "以企招商：引进项目当年合同约定固定资产投资额2‰的一次性奖励（正文）",
        en: "Enterprise-led investment: a one-off 2‰ of the year's contracted fixed-asset investment (main text)",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyEnterpriseLedAttachmentRate,
        value: dec!(0.02),
        unit: Unit::Ratio,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("附件 四、2"),
        zh: "以企招商：附件工作任务清单所载比例2%（与正文2‰不一致，仅作对照，不用于计算）",
        en: "Enterprise-led investment: the 2% printed in the attachment's task list (differs from the main text's 2‰; shown for comparison, not used)",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyEnterpriseLedThresholdChenpi,
        value: dec!(50000000),
        unit: Unit::Yuan,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(四)2(4)"),
        zh: "以企招商：陈皮产业从市外引进的固定资产投资须达到0.5亿元",
        en: "Enterprise-led investment: 50 million yuan of fixed-asset investment from outside the city for the chenpi industry",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyEnterpriseLedThresholdToysApparel,
        value: dec!(100000000),
        unit: Unit::Yuan,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(四)2(4)"),
        zh: "以企招商：玩具制造和服装纺织产业须达到1亿元",
        en: "Enterprise-led investment: 100 million yuan for the toys and apparel industry",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyEnterpriseLedThresholdTimberFurniture,
        value: dec!(500000000),
        unit: Unit::Yuan,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(四)2(4)"),
        zh: "以企招商：木材加工和高端家居产业须达到5亿元",
        en: "Enterprise-led investment: 500 million yuan for the timber processing and furniture industry",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyEnterpriseLedThresholdChemicals,
        value: dec!(500000000),
        unit: Unit::Yuan,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(四)2(4)"),
        zh: "以企招商：化工及关联产业须达到5亿元",
        en: "Enterprise-led investment: 500 million yuan for the chemicals industry",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyEnterpriseLedCap,
        value: dec!(500000),
        unit: Unit::Yuan,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(四)2(4)"),
        zh: "以企招商：单个项目当年奖励资金额度不超过50万元",
        en: "Enterprise-led investment: at most 500,000 yuan per project",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyEnclaveRate,
        value: dec!(1),
        unit: Unit::Ratio,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(四)2(3)"),
        zh: "飞地招商：按企业缴纳税收自贸区钦州港片区实际留存部分的100%奖励给相关县区",
        en: "Enclave investment: 100% of the tax the free trade zone retains, paid to the county",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyAboveScaleEntryAmount,
        value: dec!(150000),
        unit: Unit::Yuan,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(六)1"),
        zh: "首次上规入库工业企业给予一次性奖励15万元/户",
        en: "First entry into the above-scale database: a one-off 150,000 yuan per enterprise",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyMilestoneRate,
        value: dec!(0.5),
        unit: Unit::Ratio,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(六)1"),
        zh: "主营业务收入首次突破里程碑：再给予一次性原奖励资金50%的资金奖励",
        en: "Revenue milestone: a further one-off 50% of the original reward",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyMilestone1Yi,
        value: dec!(100000000),
        unit: Unit::Yuan,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(六)1"),
        zh: "主营业务收入首次突破1亿元",
        en: "Main business revenue first breaking 100 million yuan",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyMilestone10Yi,
        value: dec!(1000000000),
        unit: Unit::Yuan,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(六)1"),
        zh: "主营业务收入首次突破10亿元",
        en: "Main business revenue first breaking 1 billion yuan",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyMilestone30Yi,
        value: dec!(3000000000),
        unit: Unit::Yuan,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(六)1"),
        zh: "主营业务收入首次突破30亿元",
        en: "Main business revenue first breaking 3 billion yuan",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyMilestone50Yi,
        value: dec!(5000000000),
        unit: Unit::Yuan,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(六)1"),
        zh: "主营业务收入首次突破50亿元",
        en: "Main business revenue first breaking 5 billion yuan",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyParkInfrastructureRate,
        value: dec!(0.1),
        unit: Unit::Ratio,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(二)3"),
        zh: "园区基础设施：市本级财政按照上年度实际投资额的10%给予补助",
        en: "Park infrastructure: the city pays 10% of the previous year's actual investment",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyParkInfrastructureCap,
        value: dec!(5000000),
        unit: Unit::Yuan,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(二)3"),
        zh: "园区基础设施补助：每个县区不超过500万元",
        en: "Park infrastructure subsidy: at most 5 million yuan per county",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyStandardFactoryRate,
        value: dec!(0.5),
        unit: Unit::Ratio,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(二)2"),
        zh: "筑巢引凤：按标房内企业对地方经济贡献钦州所得部分（扣除相关奖励后）的50%给予一次性补助",
        en: "Standard factories: a one-off 50% of the Qinzhou share of the tenants' local contribution, net of rewards",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyStandardFactoryOccupancy,
        value: dec!(60),
        unit: Unit::Percent,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(二)2"),
        zh: "筑巢引凤：总项目面积入驻率达到60%以上",
        en: "Standard factories: occupancy of the total project floor area of 60% or more",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyStandardFactoryWindowYears,
        value: dec!(2),
        unit: Unit::Years,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(二)2"),
        zh: "筑巢引凤：投入使用两年内达到入驻率",
        en: "Standard factories: the occupancy is reached within two years of being put into use",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyTechnologyAmount,
        value: dec!(50000),
        unit: Unit::Yuan,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(四)1(1)"),
        zh: "科技创新：市财政给予一次性5万元",
        en: "Technology innovation: a one-off 50,000 yuan from the city",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyEmploymentServiceRateMin,
        value: dec!(600),
        unit: Unit::YuanPerPerson,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(四)3(1)"),
        zh: "就业创业服务补助标准下限：600元/人",
        en: "Employment service subsidy, low end of the range: 600 yuan per person",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyEmploymentServiceRateMax,
        value: dec!(1000),
        unit: Unit::YuanPerPerson,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(四)3(1)"),
        zh: "就业创业服务补助标准上限：1000元/人",
        en: "Employment service subsidy, high end of the range: 1,000 yuan per person",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyWorkshopEmploymentPerYear,
        value: dec!(2000),
        unit: Unit::YuanPerPersonPerYear,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(四)3(2)"),
        zh: "帮扶车间：每人每年2000元标准的带动就业补贴",
        en: "Assistance workshops: an employment subsidy of 2,000 yuan per person per year",
    },
    #[cfg(feature = "incentives")]
    Parameter {
        id: ParamId::YxyyWorkshopContractMonths,
        value: dec!(12),
        unit: Unit::Months,
        effective_from: YXYY_START,
        effective_to: YXYY_END,
        citation: yxyy("三(四)3(2)"),
        zh: "帮扶车间：签订1年（含）以上劳动合同",
        en: "Assistance workshops: a labour contract of 1 year (inclusive) or more",
    },
];

/// The version of `id` in force on `date`.
///
/// # Errors
/// `RULE_NOT_IN_SOURCE` when no version covers the date (e.g. a loan cap before 2023-01-01,
/// which the gazette does not give).
pub fn on(id: ParamId, date: Date) -> Result<&'static Parameter> {
    table()
        .iter()
        .find(|p| p.id == id && p.applies_on(date))
        .ok_or_else(|| {
            Error::text_at(
                ErrorKind::RuleNotInSource,
                "date",
                Text::new("params.not_in_source")
                    .date("date", date)
                    .raw("id", id.as_str()),
            )
        })
}

/// The version of `id` in force now (the one with no end date), for rules that take no date.
///
/// # Errors
/// `RULE_NOT_IN_SOURCE` if the table has no open-ended version (a table error; tested).
pub fn current(id: ParamId) -> Result<&'static Parameter> {
    table()
        .iter()
        .find(|p| p.id == id && p.effective_to.is_none())
        .ok_or_else(|| {
            Error::with_text(
                ErrorKind::RuleNotInSource,
                None,
                Text::new("params.missing").raw("id", id.as_str()),
            )
        })
}

/// Every version of `id`, in table order (the order they took effect).
pub fn versions(id: ParamId) -> impl Iterator<Item = &'static Parameter> {
    table().iter().filter(move |p| p.id == id)
}

/// The first day in force of the earliest version of `id` that says when it started; `None`
/// when no version does (or a version has no start day: then no day is before the table).
pub fn earliest_from(id: ParamId) -> Option<Date> {
    let mut earliest = None;
    for p in versions(id) {
        let from = p.effective_from?;
        earliest = Some(earliest.map_or(from, |e: Date| e.min(from)));
    }
    earliest
}

/// The first day of the version that replaced `p`, for texts that say "before `<day>`": the
/// day comes from the table, so a changed table changes the text.
pub fn replaced_on(p: &Parameter) -> Option<Date> {
    let end = p.effective_to?;
    versions(p.id)
        .filter_map(|q| q.effective_from)
        .find(|from| *from > end)
}

/// The first day `p` was in force, for a text that says so.
///
/// # Errors
/// `RULE_NOT_IN_SOURCE` when the table does not say (a table error: every version a text
/// dates has a first day; tested for the default rates).
pub fn in_force_from(p: &Parameter) -> Result<Date> {
    p.effective_from.ok_or_else(|| {
        Error::with_text(
            ErrorKind::RuleNotInSource,
            None,
            Text::new("params.no_start").raw("id", p.id.as_str()),
        )
    })
}

/// What a parameter is, as a text names it: the default loan rates by their catalogue name
/// (the same words as the table's `zh` / `en`, tested), any other parameter by the table's
/// own words.
pub fn label(p: &Parameter) -> Text {
    match p.id {
        ParamId::RateFirstHomeUpTo5Years => Text::new("params.rate_first_home_up_to_5_years"),
        ParamId::RateFirstHomeOver5Years => Text::new("params.rate_first_home_over_5_years"),
        ParamId::RateSecondHomeUpTo5Years => Text::new("params.rate_second_home_up_to_5_years"),
        ParamId::RateSecondHomeOver5Years => Text::new("params.rate_second_home_over_5_years"),
        _ => Text::literal(p.zh, p.en),
    }
}

/// A parameter's value as texts quote it: money as whole yuan where it is whole (`5000`,
/// not `5000.00`), everything else in its shortest exact form (`4.5`, `3.1`).
pub fn shown(p: &Parameter) -> String {
    p.value.normalize().to_string()
}

/// The table the calculators read. Outside tests it is [`PARAMETERS`]; a test can swap one
/// value (see `tests::with_value`) to prove that every text quoting it follows the table.
#[cfg(not(test))]
fn table() -> &'static [Parameter] {
    PARAMETERS
}

#[cfg(test)]
fn table() -> &'static [Parameter] {
    tests::OVERRIDE.with(|o| match *o.borrow() {
        Some(t) => t,
        None => PARAMETERS,
    })
}

/// A parameter as `policyParameters()` shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ParameterView {
    /// Stable id.
    pub id: ParamId,
    /// The value as exact decimal text (money with 2 decimals).
    pub value: String,
    /// The unit.
    pub unit: Unit,
    /// First day in force, `null` where the source does not say.
    pub effective_from: Option<IsoDate>,
    /// Last day in force, absent while in force.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_to: Option<IsoDate>,
    /// The document number.
    pub document: String,
    /// The clause.
    pub clause: String,
    /// What kind of authority the value rests on.
    pub basis: crate::explain::Basis,
    /// Chinese label.
    pub zh: String,
    /// English label.
    pub en: String,
    /// For the default loan rates only: the day up to which the table was checked against the
    /// People's Bank of China's notices (the same day for every rate), so a page can say how
    /// far the defaults are vouched for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checked_until: Option<IsoDate>,
}

/// Every parameter, every version, in table order.
pub fn policy_parameters() -> Vec<ParameterView> {
    PARAMETERS
        .iter()
        .map(|p| {
            let value = match p.unit {
                Unit::Yuan
                | Unit::YuanPerMonth
                | Unit::YuanPerPoint
                | Unit::YuanPerSquareMetrePerMonthPerPerson
                | Unit::YuanPerPerson
                | Unit::YuanPerPersonPerYear => {
                    crate::money::Money::round_down(p.value).to_string()
                }
                _ => p.value.normalize().to_string(),
            };
            ParameterView {
                id: p.id,
                value,
                unit: p.unit,
                effective_from: p.effective_from,
                effective_to: p.effective_to,
                document: p.citation.document.to_owned(),
                clause: p.citation.clause.to_owned(),
                basis: p.citation.basis,
                zh: p.zh.to_owned(),
                en: p.en.to_owned(),
                checked_until: is_default_rate(p.id).then_some(RATES_CHECKED_UNTIL),
            }
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::cell::RefCell;

    thread_local! {
        pub(crate) static OVERRIDE: RefCell<Option<&'static [Parameter]>> = const { RefCell::new(None) };
    }

    /// Runs `f` with the version of `id` valued `from` valued `to` instead (this thread only).
    pub(crate) fn with_value<T>(
        id: ParamId,
        from: Decimal,
        to: Decimal,
        f: impl FnOnce() -> T,
    ) -> T {
        let table: Vec<Parameter> = PARAMETERS
            .iter()
            .map(|p| {
                let mut p = *p;
                if p.id == id && p.value == from {
                    p.value = to;
                }
                p
            })
            .collect();
        assert_ne!(
            table.as_slice(),
            PARAMETERS,
            "{id:?} has no version valued {from}"
        );
        let leaked: &'static [Parameter] = Box::leak(table.into_boxed_slice());
        OVERRIDE.with(|o| *o.borrow_mut() = Some(leaked));
        let out = f();
        OVERRIDE.with(|o| *o.borrow_mut() = None);
        out
    }

    /// Runs `f` with `table` instead of [`PARAMETERS`] (this thread only), for a case the
    /// real table does not have (two rate changes in one year, a version that keeps the rate).
    pub(crate) fn with_table<T>(table: Vec<Parameter>, f: impl FnOnce() -> T) -> T {
        let leaked: &'static [Parameter] = Box::leak(table.into_boxed_slice());
        OVERRIDE.with(|o| *o.borrow_mut() = Some(leaked));
        let out = f();
        OVERRIDE.with(|o| *o.borrow_mut() = None);
        out
    }

    #[test]
    fn every_table_date_is_real_and_versions_do_not_overlap() {
        for p in PARAMETERS {
            for d in [p.effective_from, p.effective_to].into_iter().flatten() {
                assert_eq!(
                    Date::new(d.year(), d.month(), d.day()).unwrap(),
                    d,
                    "{:?}",
                    p.id
                );
            }
            if let (Some(f), Some(t)) = (p.effective_from, p.effective_to) {
                assert!(f <= t, "{:?}", p.id);
            }
            for q in PARAMETERS {
                if std::ptr::eq(p, q) || p.id != q.id {
                    continue;
                }
                let p_end = p.effective_to;
                let q_start = q.effective_from;
                let apart = matches!((p_end, q_start), (Some(e), Some(s)) if e < s)
                    || matches!((q.effective_to, p.effective_from), (Some(e), Some(s)) if e < s);
                assert!(apart, "{:?} versions overlap", p.id);
            }
        }
    }

    /// Calculators walk a parameter's versions in table order as the order they took effect
    /// (the repayment schedule's repricing does, without sorting): keep the table so.
    #[test]
    fn versions_are_listed_in_the_order_they_took_effect() {
        for p in PARAMETERS {
            let froms: Vec<Option<Date>> = versions(p.id).map(|v| v.effective_from).collect();
            // None (no known start) sorts first, as it must: it is the earliest version.
            assert!(
                froms.windows(2).all(|w| w[0] < w[1]),
                "{:?}: {froms:?}",
                p.id
            );
        }
    }

    #[test]
    fn serialized_ids_are_the_stable_ids() {
        for p in PARAMETERS {
            let json = serde_json::to_string(&p.id).unwrap();
            assert_eq!(json, format!("\"{}\"", p.id.as_str()));
        }
    }

    #[test]
    fn every_id_has_a_version_in_force() {
        for p in PARAMETERS {
            // The 一县一业 plan states its own period (2023-2025): its parameters end with it,
            // and a successor plan would be a new version (checked below).
            if p.citation.document == YXYY_DOC {
                continue;
            }
            assert!(current(p.id).is_ok(), "{:?}", p.id);
        }
    }

    /// POLICY D0: every 一县一业 parameter is in force for the plan's period, 2023-01-01 to
    /// 2025-12-31, and only then.
    #[test]
    fn yxyy_parameters_cover_the_plan_period_exactly() {
        let yxyy: Vec<&Parameter> = PARAMETERS
            .iter()
            .filter(|p| p.citation.document == YXYY_DOC)
            .collect();
        assert!(yxyy.len() >= 20);
        for p in yxyy {
            assert_eq!(p.effective_from, Some(Date::ymd(2023, 1, 1)), "{:?}", p.id);
            assert_eq!(p.effective_to, Some(Date::ymd(2025, 12, 31)), "{:?}", p.id);
            assert!(p.id.as_str().starts_with("yxyy."), "{:?}", p.id);
        }
    }

    #[test]
    fn change_day_switches_versions() {
        let before = Date::new(2022, 12, 31).unwrap();
        let after = Date::new(2023, 1, 1).unwrap();
        assert_eq!(on(ParamId::RentCapSingle, before).unwrap().value, dec!(700));
        assert_eq!(on(ParamId::RentCapSingle, after).unwrap().value, dec!(800));
        assert_eq!(
            on(ParamId::LoanCapBoth, before).unwrap_err().code(),
            "RULE_NOT_IN_SOURCE"
        );
    }

    /// POLICY A6's rate table: three People's Bank of China versions of the four rates, each
    /// superseded one ending the day before the next, every version listed by
    /// A default rate is named in texts by its catalogue name: the same words as the table's
    /// own label, in both languages, for every version (POLICY A6), and every version says
    /// from when it applies (the texts date it).
    #[test]
    fn rate_labels_are_the_table_s_words() {
        for p in PARAMETERS.iter().filter(|p| is_default_rate(p.id)) {
            let label = label(p);
            assert!(label.key().is_some(), "{:?}", p.id);
            assert_eq!(label.zh(), p.zh, "{:?}", p.id);
            assert_eq!(label.en(), p.en, "{:?}", p.id);
            assert_eq!(in_force_from(p).ok(), p.effective_from, "{:?}", p.id);
            assert!(p.effective_from.is_some(), "{:?}", p.id);
        }
        let cap = current(ParamId::LoanCapBoth).unwrap();
        assert_eq!(label(cap).zh(), cap.zh);
    }

    /// `policyParameters()` with the day the table was checked up to.
    #[test]
    fn pbc_rate_versions_are_policy_a6s_table() {
        let rows: [(ParamId, [Decimal; 3]); 4] = [
            (
                ParamId::RateFirstHomeUpTo5Years,
                [dec!(2.6), dec!(2.35), dec!(2.1)],
            ),
            (
                ParamId::RateFirstHomeOver5Years,
                [dec!(3.1), dec!(2.85), dec!(2.6)],
            ),
            (
                ParamId::RateSecondHomeUpTo5Years,
                [dec!(3.025), dec!(2.775), dec!(2.525)],
            ),
            (
                ParamId::RateSecondHomeOver5Years,
                [dec!(3.575), dec!(3.325), dec!(3.075)],
            ),
        ];
        let froms = ["2022-10-01", "2024-05-18", "2025-05-08"];
        let tos = [Some("2024-05-17"), Some("2025-05-07"), None];
        let listed = policy_parameters();
        for (id, values) in rows {
            let versions: Vec<&Parameter> = versions(id).collect();
            assert_eq!(versions.len(), 3, "{id:?}");
            for (i, p) in versions.iter().enumerate() {
                assert_eq!(p.value, values[i], "{id:?}");
                assert_eq!(p.effective_from.unwrap().to_string(), froms[i]);
                assert_eq!(p.effective_to.map(|d| d.to_string()).as_deref(), tos[i]);
                assert_eq!(p.citation.basis, crate::explain::Basis::Official);
                assert!(p.citation.document.starts_with("中国人民银行"));
            }
            let shown: Vec<&ParameterView> = listed.iter().filter(|v| v.id == id).collect();
            assert_eq!(shown.len(), 3, "{id:?}");
            assert!(shown
                .iter()
                .all(|v| v.checked_until == Some(RATES_CHECKED_UNTIL)));
        }
        assert_eq!(RATES_CHECKED_UNTIL.to_string(), "2026-12-01");
        assert_eq!(earliest_from(ParamId::RateFirstHomeOver5Years), PBC_2022);
        assert!(listed
            .iter()
            .filter(|v| !is_default_rate(v.id))
            .all(|v| v.checked_until.is_none()));
    }

    /// Every text (steps, warnings, reasons, in both languages) of every fixture case that
    /// succeeds, under the table in force on this thread.
    fn fixture_texts() -> Vec<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        let mut texts = Vec::new();
        for file in files {
            let cases: Vec<serde_json::Value> =
                serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
            for case in cases {
                let function = case["function"].as_str().unwrap();
                let Ok(result) = crate::api::call(function, &case["input"].to_string()) else {
                    continue;
                };
                for kind in ["steps", "warnings", "reasons"] {
                    for item in result[kind].as_array().into_iter().flatten() {
                        for lang in ["zh", "en"] {
                            texts.push(item[lang].as_str().unwrap().to_owned());
                        }
                    }
                }
            }
        }
        texts
    }

    /// One source of numbers: change a parameter in a test-only table and every text that
    /// quotes it follows, with none of the old value left. Each entry: the parameter, its
    /// value and a new one, and the phrases that quote it before and after (the phrases pin
    /// the number to its context, since a bare "6" or "2" also occurs as a computed figure).
    #[test]
    fn texts_quote_the_parameter_table() {
        #[allow(clippy::type_complexity)]
        let cases: &[(ParamId, Decimal, Decimal, &[(&str, &str)])] = &[
            (
                ParamId::LoanCapBoth,
                dec!(450000),
                dec!(460000),
                &[
                    (
                        "最高贷款额度为 450,000.00 元",
                        "最高贷款额度为 460,000.00 元",
                    ),
                    (
                        "maximum loan is 450,000.00 yuan",
                        "maximum loan is 460,000.00 yuan",
                    ),
                ],
            ),
            (
                ParamId::LoanCapOne,
                dec!(350000),
                dec!(360000),
                &[
                    (
                        "最高贷款额度为 350,000.00 元",
                        "最高贷款额度为 360,000.00 元",
                    ),
                    ("适用 350,000.00 元", "适用 360,000.00 元"),
                    (
                        "maximum loan is 350,000.00 yuan",
                        "maximum loan is 360,000.00 yuan",
                    ),
                    (
                        "unmarried applicant too (350,000.00 yuan)",
                        "unmarried applicant too (360,000.00 yuan)",
                    ),
                ],
            ),
            (
                ParamId::PointsBalanceStep,
                dec!(5000),
                dec!(7000),
                &[
                    ("每满5,000.00 元积1分", "每满7,000.00 元积1分"),
                    ("per full 5,000.00 yuan", "per full 7,000.00 yuan"),
                ],
            ),
            (
                ParamId::PointsTimeStep,
                dec!(6),
                dec!(7),
                &[
                    ("每满6个月积1分", "每满7个月积1分"),
                    ("per full 6 months", "per full 7 months"),
                ],
            ),
            (
                ParamId::PointsPerOnTimeMonth,
                dec!(1),
                dec!(3),
                &[
                    ("每月积1分", "每月积3分"),
                    ("1 point(s) each", "3 point(s) each"),
                ],
            ),
            (
                ParamId::PointsContribution,
                dec!(2),
                dec!(5),
                &[
                    ("群体，积2分", "群体，积5分"),
                    ("2 points and priority", "5 points and priority"),
                    ("不计这 2 分", "不计这 5 分"),
                    ("these 2 points", "these 5 points"),
                ],
            ),
            (
                ParamId::PointsHouseholdCap,
                dec!(10),
                dec!(12),
                &[("封顶10分", "封顶12分"), ("capped at 10", "capped at 12")],
            ),
            (
                ParamId::RentCapSingle,
                dec!(800),
                dec!(850),
                &[
                    ("上限 800.00 元/月", "上限 850.00 元/月"),
                    (
                        "ceiling for a unmarried/single depositor: 800.00",
                        "ceiling for a unmarried/single depositor: 850.00",
                    ),
                ],
            ),
            (
                ParamId::RentCapSingle,
                dec!(700),
                dec!(750),
                &[("上限 700.00 元/月", "上限 750.00 元/月")],
            ),
            (
                ParamId::RentCapMarried,
                dec!(1100),
                dec!(1150),
                &[
                    ("上限 1,100.00 元/月", "上限 1,150.00 元/月"),
                    ("married depositor: 1,100.00", "married depositor: 1,150.00"),
                ],
            ),
            (
                ParamId::RepaymentRetainMonths,
                dec!(3),
                dec!(4),
                &[
                    ("留存 3 个月的月缴存额", "留存 4 个月的月缴存额"),
                    (
                        "While the loan is outstanding, 3 months",
                        "While the loan is outstanding, 4 months",
                    ),
                ],
            ),
            (
                ParamId::RepaymentRetainMonths,
                dec!(6),
                dec!(5),
                &[
                    ("留存6个月月缴存额", "留存5个月月缴存额"),
                    ("retain 6 months", "retain 5 months"),
                    ("留存 6 个月的月缴存额", "留存 5 个月的月缴存额"),
                ],
            ),
            (
                ParamId::RateFirstHomeOver5Years,
                dec!(3.1),
                dec!(3.2),
                &[
                    ("的默认值 3.1%", "的默认值 3.2%"),
                    (
                        "The rate is the default 3.1%",
                        "The rate is the default 3.2%",
                    ),
                ],
            ),
            (
                ParamId::RateFirstHomeOver5Years,
                dec!(2.85),
                dec!(2.9),
                &[
                    ("可修改）调整为 2.85%", "可修改）调整为 2.9%"),
                    ("自该期起按 2.85% 计息", "自该期起按 2.9% 计息"),
                    ("from it the rate is 2.85%", "from it the rate is 2.9%"),
                ],
            ),
            (
                ParamId::RateFirstHomeOver5Years,
                dec!(2.6),
                dec!(2.7),
                &[
                    (
                        "（2025年5月7日）的默认值 2.6%",
                        "（2025年5月7日）的默认值 2.7%",
                    ),
                    (
                        "5年以上，默认值，可修改）调整为 2.6%",
                        "5年以上，默认值，可修改）调整为 2.7%",
                    ),
                    (
                        "The rate is the default 2.6%, the People's Bank of China provident-fund loan rate in force from 2025-05-08",
                        "The rate is the default 2.7%, the People's Bank of China provident-fund loan rate in force from 2025-05-08",
                    ),
                ],
            ),
            (
                ParamId::RateFirstHomeUpTo5Years,
                dec!(2.6),
                dec!(2.65),
                &[(
                    "起个人住房公积金贷款利率的默认值 2.6%",
                    "起个人住房公积金贷款利率的默认值 2.65%",
                )],
            ),
            (
                ParamId::RateFirstHomeUpTo5Years,
                dec!(2.35),
                dec!(2.4),
                &[("调整为 2.35%", "调整为 2.4%")],
            ),
            (
                ParamId::RateFirstHomeUpTo5Years,
                dec!(2.1),
                dec!(2.2),
                &[("的默认值 2.1%", "的默认值 2.2%")],
            ),
            (
                ParamId::RateSecondHomeUpTo5Years,
                dec!(3.025),
                dec!(3.05),
                &[("的默认值 3.025%", "的默认值 3.05%")],
            ),
            (
                ParamId::RateSecondHomeUpTo5Years,
                dec!(2.525),
                dec!(2.55),
                &[("的默认值 2.525%", "的默认值 2.55%")],
            ),
            (
                ParamId::RateSecondHomeOver5Years,
                dec!(3.575),
                dec!(3.6),
                &[("的默认值 3.575%", "的默认值 3.6%")],
            ),
            (
                ParamId::RateSecondHomeOver5Years,
                dec!(3.325),
                dec!(3.35),
                &[("调整为 3.325%", "调整为 3.35%")],
            ),
            (
                ParamId::RateSecondHomeOver5Years,
                dec!(3.075),
                dec!(3.1),
                &[("调整为 3.075%", "调整为 3.1%")],
            ),
            (
                ParamId::RateRepricingTermOverMonths,
                dec!(12),
                dec!(24),
                &[
                    ("未超过 12 个月", "未超过 24 个月"),
                    ("个月，超过 12 个月：", "个月，超过 24 个月："),
                    ("not over 12:", "not over 24:"),
                    ("months, over 12:", "months, over 24:"),
                ],
            ),
            (
                ParamId::ChildcareTargetPerThousand,
                dec!(4.5),
                dec!(4.7),
                &[
                    ("托位数目标：4.5 个", "托位数目标：4.7 个"),
                    ("2025年目标“4.5左右”", "2025年目标“4.7左右”"),
                    ("所需托位数 = 4.5 ×", "所需托位数 = 4.7 ×"),
                    ("规划目标为 4.5 个", "规划目标为 4.7 个"),
                ],
            ),
        ];
        let base = fixture_texts();
        let mut failures = Vec::new();
        for (id, from, to, quotes) in cases {
            let changed = with_value(*id, *from, *to, fixture_texts);
            for (old, new) in *quotes {
                if !base.iter().any(|t| t.contains(old)) {
                    failures.push(format!(
                        "{id:?}: no text quotes {old:?} under the real table"
                    ));
                }
                if let Some(t) = changed.iter().find(|t| t.contains(old)) {
                    failures.push(format!("{id:?} {from} -> {to}: still {old:?} in {t:?}"));
                }
                if !changed.iter().any(|t| t.contains(new)) {
                    failures.push(format!("{id:?} {from} -> {to}: no text says {new:?}"));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
