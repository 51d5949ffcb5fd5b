export * from "./index.js";
export { default } from "./index.js";
export { aboveScaleEntryReward, assistanceWorkshopSubsidy, employmentServiceSubsidy, enclaveTaxReward, enterpriseLedInvestmentReward, introducerReward, parkInfrastructureSubsidy, revenueMilestoneBonus, standardFactorySubsidy, technologyInnovationAward } from "./modules/incentives/node.js";
