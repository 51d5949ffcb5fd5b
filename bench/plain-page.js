// The plain-JS page's script: reads the form, runs bench/plain.js, shows the limit, and
// announces it with the same `qz-result` event as the widgets (the benchmark listens for it).
import { loanLimit } from "./plain.js";

const form = document.getElementById("f");
const out = document.getElementById("result");
const binding = document.getElementById("binding");
const today = new Date().toISOString().slice(0, 10);
form.elements.date.value = today;
const group3 = (s) => s.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

function compute() {
  const f = form.elements;
  const married = f.maritalStatus.value === "married";
  const local = {};
  if (f.housePrice.value) Object.assign(local, { housePrice: f.housePrice.value, maxLoanToValue: "0.8" });
  if (f.monthlyIncome.value) {
    Object.assign(local, { monthlyIncome: f.monthlyIncome.value, maxRepaymentRatio: "0.5", annualRatePercent: "3.1", termMonths: 360 });
  }
  try {
    const r = loanLimit({
      date: f.date.value || today,
      maritalStatus: f.maritalStatus.value,
      applicant: { contributing: f.applicant.checked },
      spouse: married ? { contributing: f.spouse.checked } : undefined,
      local,
    });
    out.textContent = r.eligible ? `${group3(r.limit)} 元` : "不符合贷款条件";
    binding.textContent = r.eligible ? `取决于：${r.binding}` : "";
    document.dispatchEvent(new CustomEvent("qz-result", { detail: r, bubbles: true, composed: true }));
  } catch (e) {
    out.textContent = e.message;
  }
}
form.addEventListener("input", compute);
compute();
