//! The 一县一业 incentives and employment subsidies of 钦政办规〔2023〕3号 (POLICY D): one module
//! per calculator (D1-D9), standing on the common rules of [`common`] (the plan's period, the
//! counties and their industries, who pays, the cap and threshold conventions).
//!
//! D10 (regional money the city only seeks, budgets, priorities) is not a calculator: the
//! README says why.

pub mod common;

pub mod above_scale_entry_reward;
pub mod employment_service_subsidy;
pub mod enclave_tax_reward;
pub mod enterprise_led_investment_reward;
pub mod introducer_reward;
pub mod park_infrastructure_subsidy;
pub mod revenue_milestone_bonus;
pub mod standard_factory_subsidy;
pub mod technology_innovation_award;
pub mod workshop_subsidy;
