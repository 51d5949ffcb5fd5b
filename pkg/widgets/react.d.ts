// JSX types for React 19: `import type {} from "qinzhou-policy-calc/widgets/react"` once.
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { QzAffordableRental, QzChildcarePlaces, QzElevatorWithdrawal, QzLoanLimit, QzPublicRentalSubsidy, QzRentWithdrawal, QzRepaymentSchedule, QzRepaymentWithdrawal, QzElementAttributes, QzResultDetail, QzInvalidDetail } from "./index.js";
import type { AffordableRentalHousingInput, AffordableRentalHousingResult, ChildcarePlacesInput, ChildcarePlacesResult, ElevatorWithdrawalInput, ElevatorWithdrawalResult, LoanLimitInput, LoanLimitResult, PublicRentalSubsidyInput, PublicRentalSubsidyResult, RentWithdrawalInput, RentWithdrawalResult, RepaymentScheduleInput, RepaymentScheduleResult, RepaymentWithdrawalInput, RepaymentWithdrawalResult } from "../index.js";

type QzProps<E, R, I, T extends keyof QzElementAttributes> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  QzElementAttributes[T] &
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
    }
  }
}
