// JSX types for React 19: `import type {} from "qinzhou-policy-calc/widgets/react"` once.
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { QzAffordableRental, QzChildcarePlaces, QzElevatorWithdrawal, QzLoanLimit, QzPublicRentalSubsidy, QzRentWithdrawal, QzRepaymentSchedule, QzRepaymentWithdrawal, QzElementAttributes, QzResultDetail, QzInvalidDetail } from "./index.js";
import type { QzEmploymentSubsidy, QzEnterpriseReward, QzIntroducerReward, QzIncentiveElementAttributes } from "./incentives.js";
import type { AffordableRentalHousingInput, AffordableRentalHousingResult, ChildcarePlacesInput, ChildcarePlacesResult, ElevatorWithdrawalInput, ElevatorWithdrawalResult, LoanLimitInput, LoanLimitResult, PublicRentalSubsidyInput, PublicRentalSubsidyResult, RentWithdrawalInput, RentWithdrawalResult, RepaymentScheduleInput, RepaymentScheduleResult, RepaymentWithdrawalInput, RepaymentWithdrawalResult } from "../index.js";
import type { EmploymentServiceSubsidyInput, EmploymentServiceSubsidyResult, AssistanceWorkshopSubsidyInput, AssistanceWorkshopSubsidyResult, AboveScaleEntryRewardInput, AboveScaleEntryRewardResult, RevenueMilestoneBonusInput, RevenueMilestoneBonusResult, TechnologyInnovationAwardInput, TechnologyInnovationAwardResult, IntroducerRewardInput, IntroducerRewardResult, EnterpriseLedInvestmentRewardInput, EnterpriseLedInvestmentRewardResult } from "../modules/incentives/index.js";

type QzAttributes = QzElementAttributes & QzIncentiveElementAttributes;
type QzProps<E, R, I, T extends keyof QzAttributes> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  QzAttributes[T] &
  { [K in Exclude<{ [K in keyof E]: E[K] extends Function ? never : K }[keyof E], keyof HTMLElement | "result" | "ready">]?: E[K] extends string | null ? string | number | null : E[K] } & {
    "onqz-result"?: (event: CustomEvent<QzResultDetail<R, I>>) => void;
    "onqz-invalid"?: (event: CustomEvent<QzInvalidDetail>) => void;
  };

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "qz-affordable-rental": QzProps<QzAffordableRental, AffordableRentalHousingResult, AffordableRentalHousingInput, "qz-affordable-rental">;
      "qz-childcare-places": QzProps<QzChildcarePlaces, ChildcarePlacesResult, ChildcarePlacesInput, "qz-childcare-places">;
      "qz-elevator-withdrawal": QzProps<QzElevatorWithdrawal, ElevatorWithdrawalResult, ElevatorWithdrawalInput, "qz-elevator-withdrawal">;
      "qz-loan-limit": QzProps<QzLoanLimit, LoanLimitResult, LoanLimitInput, "qz-loan-limit">;
      "qz-public-rental-subsidy": QzProps<QzPublicRentalSubsidy, PublicRentalSubsidyResult, PublicRentalSubsidyInput, "qz-public-rental-subsidy">;
      "qz-rent-withdrawal": QzProps<QzRentWithdrawal, RentWithdrawalResult, RentWithdrawalInput, "qz-rent-withdrawal">;
      "qz-repayment-schedule": QzProps<QzRepaymentSchedule, RepaymentScheduleResult, RepaymentScheduleInput, "qz-repayment-schedule">;
      "qz-repayment-withdrawal": QzProps<QzRepaymentWithdrawal, RepaymentWithdrawalResult, RepaymentWithdrawalInput, "qz-repayment-withdrawal">;
      "qz-employment-subsidy": QzProps<QzEmploymentSubsidy, EmploymentServiceSubsidyResult | AssistanceWorkshopSubsidyResult, EmploymentServiceSubsidyInput | AssistanceWorkshopSubsidyInput, "qz-employment-subsidy">;
      "qz-enterprise-reward": QzProps<QzEnterpriseReward, AboveScaleEntryRewardResult | RevenueMilestoneBonusResult | TechnologyInnovationAwardResult, AboveScaleEntryRewardInput | RevenueMilestoneBonusInput | TechnologyInnovationAwardInput, "qz-enterprise-reward">;
      "qz-introducer-reward": QzProps<QzIntroducerReward, IntroducerRewardResult | EnterpriseLedInvestmentRewardResult, IntroducerRewardInput | EnterpriseLedInvestmentRewardInput, "qz-introducer-reward">;
    }
  }
}
