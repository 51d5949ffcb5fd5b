//! Every calculator, declared once.
//!
//! The private `calculators!` macro is the one table of the calculators: each line names
//! the group (the Cargo feature of the wasm module that exports it), the JavaScript function,
//! the Rust function, its TypeScript input and result types and its documentation. From it
//! come [`FUNCTIONS`], the dispatch of [`call`] (what the fixtures, the fuzzer and the native
//! benchmark run) and the wasm exports, so adding a calculator is one line here. A build
//! without a group's feature leaves its lines out of all three (the Rust modules themselves
//! stay public: the features only choose what a wasm module exports, and the linker drops
//! what is not exported).

use crate::error::Result;
use crate::input::{from_value, Value};

/// Calls `$then!` with the table of calculators: one `"group" jsName rust_name path, "Input"
/// "Result" "doc";` per calculator, where "group" is a feature of Cargo.toml (the module a
/// page loads for that calculator's widget). `policyParameters` takes no input and is handled apart.
macro_rules! calculators {
    ($then:ident) => {
        $then! {
            "loan" voluntaryPoints voluntary_points crate::points::voluntary_points, "PointsInput" "PointsResult"
                "Voluntary-deposit points (缴存积分) for the applicant and, optionally, the spouse. 钦市金管委规〔2023〕1号 三.";
            "loan" loanLimit loan_limit crate::loan_limit::loan_limit, "LoanLimitInput" "LoanLimitResult"
                "The housing-fund loan limit (最高贷款额度), 钦市金管委规〔2023〕1号 一, with points for voluntary depositors and the site's local constraints.";
            "rent" rentWithdrawal rent_withdrawal crate::rent_withdrawal::rent_withdrawal, "RentWithdrawalInput" "RentWithdrawalResult"
                "The rent withdrawal (租房提取), 钦市金管委规〔2023〕1号 二(二).";
            "repayment" repaymentWithdrawal repayment_withdrawal crate::repayment_withdrawal::repayment_withdrawal, "RepaymentWithdrawalInput" "RepaymentWithdrawalResult"
                "The loan-repayment withdrawal (偿还贷款本息提取), 钦市金管委规〔2023〕1号 二(一).";
            "elevator" elevatorWithdrawal elevator_withdrawal crate::elevator_withdrawal::elevator_withdrawal, "ElevatorWithdrawalInput" "ElevatorWithdrawalResult"
                "The elevator-installation withdrawal (既有住宅加装电梯提取), 钦市金管委规〔2023〕1号 二(三).";
            "childcare" childcarePlaces childcare_places crate::childcare_places::childcare_places, "ChildcarePlacesInput" "ChildcarePlacesResult"
                "Childcare places per 1,000 population against the 2025 target of 4.5, 钦政办〔2023〕3号.";
            "schedule" repaymentSchedule repayment_schedule crate::repayment_schedule::repayment_schedule, "RepaymentScheduleInput" "RepaymentScheduleResult"
                "A loan's month-by-month repayment schedule (等额本息 / 等额本金).";
            "subsidy" publicRentalSubsidy public_rental_subsidy crate::public_rental_subsidy::public_rental_subsidy, "PublicRentalSubsidyInput" "PublicRentalSubsidyResult"
                "The 公租房 rental subsidy (住房租赁补贴): eligibility, tier and, with the site's area per person, the monthly and half-yearly amounts, 钦政办规〔2023〕1号 一(三), 二(六).";
            "affordable" affordableRentalHousing affordable_rental_housing crate::affordable_rental_housing::affordable_rental_housing, "AffordableRentalHousingInput" "AffordableRentalHousingResult"
                "Affordable rental housing (保障性租赁住房): eligibility and the maximum rent (90% of the market rent), 钦政办规〔2023〕1号 一(三), 三(十一), 三(十五).";
            "incentives" introducerReward introducer_reward crate::incentives::introducer_reward::introducer_reward, "IntroducerRewardInput" "IntroducerRewardResult"
                "The introducer reward (招商成效激励), 钦政办规〔2023〕3号 三(四)2(2): 1% of the first two years' contracted fixed-asset investment, at most 50万 per project.";
            "incentives" enterpriseLedInvestmentReward enterprise_led_investment_reward crate::incentives::enterprise_led_investment_reward::enterprise_led_investment_reward, "EnterpriseLedInvestmentRewardInput" "EnterpriseLedInvestmentRewardResult"
                "The enterprise-led investment reward (以企招商), 钦政办规〔2023〕3号 三(四)2(4): 2‰ of the production year's contracted fixed-asset investment, at most 50万; the attachment's 2% shown beside it.";
            "incentives" enclaveTaxReward enclave_tax_reward crate::incentives::enclave_tax_reward::enclave_tax_reward, "EnclaveTaxRewardInput" "EnclaveTaxRewardResult"
                "The enclave tax reward to a county (飞地招商), 钦政办规〔2023〕3号 三(四)2(3): 100% of the zone's retained tax, net of tax rewards.";
            "incentives" aboveScaleEntryReward above_scale_entry_reward crate::incentives::above_scale_entry_reward::above_scale_entry_reward, "AboveScaleEntryRewardInput" "AboveScaleEntryRewardResult"
                "The first-entry-above-scale reward (首次上规入库), 钦政办规〔2023〕3号 三(六)1: 15万 per enterprise.";
            "incentives" revenueMilestoneBonus revenue_milestone_bonus crate::incentives::revenue_milestone_bonus::revenue_milestone_bonus, "RevenueMilestoneBonusInput" "RevenueMilestoneBonusResult"
                "The revenue milestone bonus (营收首次突破), 钦政办规〔2023〕3号 三(六)1: 50% of the city reward obtained for each milestone first crossed.";
            "incentives" parkInfrastructureSubsidy park_infrastructure_subsidy crate::incentives::park_infrastructure_subsidy::park_infrastructure_subsidy, "ParkInfrastructureSubsidyInput" "ParkInfrastructureSubsidyResult"
                "The park infrastructure subsidy, 钦政办规〔2023〕3号 三(二)3: 10% of the previous year's actual investment, at most 500万 per county.";
            "incentives" standardFactorySubsidy standard_factory_subsidy crate::incentives::standard_factory_subsidy::standard_factory_subsidy, "StandardFactorySubsidyInput" "StandardFactorySubsidyResult"
                "The standard-factory subsidy (筑巢引凤), 钦政办规〔2023〕3号 三(二)2: 50% of the net local contribution once 60% occupancy is reached within two years.";
            "incentives" technologyInnovationAward technology_innovation_award crate::incentives::technology_innovation_award::technology_innovation_award, "TechnologyInnovationAwardInput" "TechnologyInnovationAwardResult"
                "The technology innovation award, 钦政办规〔2023〕3号 三(四)1(1): 5万 per city-level platform or verified transformation.";
            "incentives" employmentServiceSubsidy employment_service_subsidy crate::incentives::employment_service_subsidy::employment_service_subsidy, "EmploymentServiceSubsidyInput" "EmploymentServiceSubsidyResult"
                "The employment service subsidy (就业创业服务补助), 钦政办规〔2023〕3号 三(四)3(1): 600-1,000 元 per person placed, the rate a site setting.";
            "incentives" assistanceWorkshopSubsidy assistance_workshop_subsidy crate::incentives::workshop_subsidy::assistance_workshop_subsidy, "AssistanceWorkshopSubsidyInput" "AssistanceWorkshopSubsidyResult"
                "The assistance workshop subsidies (就业帮扶车间), 钦政办规〔2023〕3号 三(四)3(2): the employer's social insurance paid and 2,000 元 per person per year.";
        }
    };
}

macro_rules! names {
    ($($group:literal $js:ident $rust:ident $calc:path, $input:literal $output:literal $doc:literal;)*) => {
        /// The JavaScript names of every function of this build: the calculators of its
        /// groups (every calculator with the default features), then `policyParameters`.
        pub const FUNCTIONS: &[&str] = &[$(#[cfg(feature = $group)] stringify!($js),)* "policyParameters"];
    };
}
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_imports))]
pub(crate) use calculators;
calculators!(names);

/// Types `input` and runs `calculator` on it: the one path of every call, whatever the input
/// was read from.
///
/// # Errors
/// Every error of [`from_value`] and of the calculator.
pub fn run<I, O>(input: &Value, calculator: fn(&I) -> Result<O>) -> Result<O>
where
    I: serde::de::DeserializeOwned,
{
    calculator(&from_value(input)?)
}

/// Parses `json` as a calculator's input and runs the calculator: the path every JavaScript
/// call takes after the object is read, for tests, fuzzing and Rust callers holding JSON.
///
/// # Errors
/// Every error of [`Value::from_json`], of [`from_value`] and of the calculator.
#[cfg(not(target_arch = "wasm32"))]
pub fn run_json<I, O>(json: &str, calculator: fn(&I) -> Result<O>) -> Result<O>
where
    I: serde::de::DeserializeOwned,
{
    run(&Value::from_json(json)?, calculator)
}

#[cfg(not(target_arch = "wasm32"))]
fn value<T: serde::Serialize>(result: Result<T>) -> Result<serde_json::Value> {
    serde_json::to_value(&result?).map_err(|_| crate::Error::internal())
}

#[cfg(not(target_arch = "wasm32"))]
macro_rules! dispatch {
    ($($group:literal $js:ident $rust:ident $calc:path, $input:literal $output:literal $doc:literal;)*) => {
        /// Runs the calculator named `function` (its JavaScript name, one of [`FUNCTIONS`]) on
        /// `json`, with the result as a JSON value.
        ///
        /// # Errors
        /// `INVALID_VALUE` for an unknown function name; `INTERNAL` for a result that cannot
        /// be written out; otherwise every error of the calculator and of [`run_json`].
        // A build with no group of calculators (only policyParameters) never reads `json`.
        #[cfg_attr(not(any($(feature = $group),*)), allow(unused_variables))]
        pub fn call(function: &str, json: &str) -> Result<serde_json::Value> {
            match function {
                $(#[cfg(feature = $group)] stringify!($js) => value(run_json(json, $calc)),)*
                "policyParameters" => value(Ok(crate::params::policy_parameters())),
                other => Err(crate::Error::with_text(
                    crate::ErrorKind::InvalidValue,
                    None,
                    crate::text::Text::new("errors.unknown_function").raw("name", other),
                )),
            }
        }
    };
}
#[cfg(not(target_arch = "wasm32"))]
calculators!(dispatch);
