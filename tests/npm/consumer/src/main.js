// What a front-end team writes after `npm install qinzhou-policy-calc`.
import init, { loanLimit } from "qinzhou-policy-calc";

await init();
const result = loanLimit({
  date: "2023-01-01",
  maritalStatus: "married",
  applicant: { contributing: true },
  spouse: { contributing: true },
});
document.getElementById("limit").textContent = `${result.limit} (${result.binding})`;
