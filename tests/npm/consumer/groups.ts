// One group's entry, typed: only its functions, its result types, the package's one
// CalculatorError, and init as the main entry has it.
import init, { rentWithdrawal, CalculatorError, type RentWithdrawalResult } from "qinzhou-policy-calc/rent";
import { loanLimit, type LoanLimitResult } from "qinzhou-policy-calc/loan";
import { CalculatorError as MainCalculatorError } from "qinzhou-policy-calc";

await init();
const rent: RentWithdrawalResult = rentWithdrawal({
  date: "2023-06-01",
  maritalStatus: "single",
  ownsHomeInQinzhou: false,
  monthlyRent: "1200",
  months: 1,
  balances: { applicant: "5000" },
});
const limit: LoanLimitResult = loanLimit({ date: "2023-06-01", maritalStatus: "single", applicant: { contributing: true } });
const sameClass: typeof MainCalculatorError = CalculatorError;
export { rent, limit, sameClass };
