// Every Qinzhou policy calculator as a custom element: importing this module registers all
// eight. Each is also its own module (qinzhou-policy-calc/widgets/<name>) for a page that
// needs only one. They share one WebAssembly instance, the package's all-in-one module (a
// page that imports one element's module loads that element's group module instead).
import "./kit/all-in-one.js";
export { QzCalculator, DEBOUNCE_MS } from "./kit/element.js";
export { CSS_PROPERTIES } from "./kit/styles.js";
export { QzLoanLimit } from "./loan-limit/loan-limit.js";
export { QzRentWithdrawal } from "./rent-withdrawal/rent-withdrawal.js";
export { QzRepaymentWithdrawal } from "./repayment-withdrawal/repayment-withdrawal.js";
export { QzElevatorWithdrawal } from "./elevator-withdrawal/elevator-withdrawal.js";
export { QzRepaymentSchedule } from "./repayment-schedule/repayment-schedule.js";
export { QzChildcarePlaces } from "./childcare-places/childcare-places.js";
export { QzPublicRentalSubsidy } from "./public-rental-subsidy/public-rental-subsidy.js";
export { QzAffordableRental } from "./affordable-rental/affordable-rental.js";
export { ready } from "./kit/package.js";
