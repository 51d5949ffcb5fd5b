// A Node 20 ESM script using the installed package: no init call needed.
import { rentWithdrawal, repaymentSchedule } from "qinzhou-policy-calc";

const rent = rentWithdrawal({
  date: "2023-06-01",
  maritalStatus: "single",
  ownsHomeInQinzhou: false,
  monthlyRent: "1200",
  months: 1,
  balances: { applicant: "5000" },
});
const out = { rent: rent.total };
if (typeof repaymentSchedule === "function") {
  const s = repaymentSchedule({
    principal: "300000",
    annualRatePercent: "3.1",
    termMonths: 360,
    method: "equal_installment",
  });
  out.schedule = { firstPayment: s.firstPayment, lastPayment: s.lastPayment, totalInterest: s.totalInterest };
}
console.log(JSON.stringify(out));
