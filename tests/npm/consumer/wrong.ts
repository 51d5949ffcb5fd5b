// Deliberately wrong calls: each line marked EXPECT-ERROR must fail to compile.
import { loanLimit, rentWithdrawal } from "qinzhou-policy-calc";
import { voluntaryPoints } from "qinzhou-policy-calc/rent"; // EXPECT-ERROR a group entry has only its group's functions

rentWithdrawal({
  date: "2023-06-01",
  maritalStatus: "single",
  ownsHomeInQinzhou: false,
  monthlyRnt: "1200", // EXPECT-ERROR misspelled field
  months: 1,
  balances: { applicant: "5000" },
});

loanLimit({
  date: "2023-01-01",
  maritalStatus: 1, // EXPECT-ERROR number for an enum
  applicant: { contributing: true },
});

const r = rentWithdrawal({
  date: "2023-06-01",
  maritalStatus: "married",
  ownsHomeInQinzhou: false,
  monthlyRent: 1200,
  months: 1,
  balances: { applicant: "5000" },
});
const n: number = r.total; // EXPECT-ERROR money out is a string
export { n };

// The widgets' events are typed: a rent result has no `limit`.
import "qinzhou-policy-calc/widgets";
document.createElement("qz-rent-withdrawal").addEventListener("qz-result", (e) => e.detail.result.limit); // EXPECT-ERROR no such field

// A loan limit may be unknown (null) when it comes from points without a yuan per point.
const l: string = loanLimit({ date: "2023-01-01", maritalStatus: "single", applicant: { contributing: true } }).limit; // EXPECT-ERROR limit may be null
export { l };
