// A TypeScript page using the widgets: the tag names map to typed elements, every attribute
// has a property with a setter, the event details are typed, CalculatorError is a class.
import "qinzhou-policy-calc/widgets";
import { QzRentWithdrawal, type QzInvalidDetail, type QzResultDetail } from "qinzhou-policy-calc/widgets";
import { QzLoanLimit } from "qinzhou-policy-calc/widgets/loan-limit";
import { CalculatorError, loanLimit, type RentWithdrawalInput, type RentWithdrawalResult } from "qinzhou-policy-calc";
// The 一县一业 incentive elements (issue 19): their own entry, typed from the incentives module.
import { QzEnterpriseReward } from "qinzhou-policy-calc/widgets/incentives";
import { QzEmploymentSubsidy } from "qinzhou-policy-calc/widgets/employment-subsidy";
import type { EmploymentServiceSubsidyResult, AssistanceWorkshopSubsidyResult } from "qinzhou-policy-calc/incentives";

export function wire(): string[] {
  const seen: string[] = [];
  const rent: QzRentWithdrawal = document.createElement("qz-rent-withdrawal");
  rent.date = "2023-06-01";
  rent.emitInitial = true;
  rent.headingLevel = 3; // heading-level, on every widget
  const level: string | null = rent.headingLevel;
  seen.push(level ?? "");
  rent.addEventListener("qz-result", (e) => {
    const detail: QzResultDetail<RentWithdrawalResult, RentWithdrawalInput> = e.detail;
    seen.push(detail.result.total, String(detail.input.months));
  });
  rent.addEventListener("qz-invalid", (e) => {
    const d: QzInvalidDetail = e.detail;
    seen.push(d.code, d.field ?? "", d.messageEn, ...d.errors.map((x) => x.message));
  });
  const loan = document.querySelector("qz-loan-limit");
  if (loan instanceof QzLoanLimit) {
    loan.termMonths = 360;
    loan.maxLoanToValue = "0.8";
    loan.annualRatePercent = null;
    const limit: string | null | undefined = loan.result?.limit;
    seen.push(limit ?? "");
  }
  const jobs: QzEmploymentSubsidy = document.createElement("qz-employment-subsidy");
  jobs.calculator = "assistanceWorkshopSubsidy";
  jobs.ratePerPerson = 800;
  jobs.partialYear = "full_year_only";
  jobs.addEventListener("qz-result", (e) => {
    const r: EmploymentServiceSubsidyResult | AssistanceWorkshopSubsidyResult = e.detail.result;
    seen.push("total" in r ? r.total : (r.amount ?? r.amountMin));
  });
  const firms = document.querySelector("qz-enterprise-reward");
  if (firms instanceof QzEnterpriseReward) {
    firms.milestoneInclusive = true;
    const inclusive: boolean = firms.milestoneInclusive;
    seen.push(String(inclusive));
  }
  try {
    loanLimit({ date: "2023-01-01", maritalStatus: "single", applicant: { contributing: true } });
  } catch (e) {
    if (e instanceof CalculatorError) seen.push(e.code, e.field ?? "", e.messageEn);
  }
  return seen;
}
