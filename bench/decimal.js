// The second peer: what a JavaScript developer who needs exact money writes instead of the
// library — the same arithmetic as the package with decimal.js (limits round down, payments
// and interest half-up), the same input shapes, money out as 2-decimal strings, and nothing
// else: no validation beyond what the arithmetic needs, no steps, citations, warnings or texts.
// For the benchmarks only.
import Decimal from "decimal.js";

// rust_decimal keeps 28 significant digits; so does this peer.
const D = Decimal.clone({ precision: 28, rounding: Decimal.ROUND_HALF_UP });
const num = (v, name) => {
  const d = new D(typeof v === "number" ? v : String(v ?? ""));
  if (!d.isFinite() || d.isNegative()) throw new Error(`${name}: not a number`);
  return d;
};
const down = (d) => d.toDecimalPlaces(2, D.ROUND_DOWN);
const halfUp = (d) => d.toDecimalPlaces(2, D.ROUND_HALF_UP);
const fen = (d) => d.toFixed(2);

/** Monthly rate from an annual percent. */
const monthly = (annualPercent) => annualPercent.div(1200);

/** The exact equal-instalment payment of `principal` at monthly rate r over n months. */
function exactPayment(principal, r, n) {
  if (r.isZero()) return principal.div(n);
  const g = r.plus(1).pow(n);
  return principal.times(r).times(g).div(g.minus(1));
}

/** Loan limit: 450,000 / 350,000 caps, loan-to-value, balance multiple, repayment capacity. */
export function loanLimit(input) {
  const { date, maritalStatus, applicant, spouse, local = {} } = input;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? "")) throw new Error("date");
  if (date < "2023-01-01") throw new Error("date: rule not in source");
  const married = maritalStatus === "married";
  const a = !!applicant?.contributing;
  const s = married && !!spouse?.contributing;
  if (!a && !s) return { eligible: false, cap: null, limit: null, binding: null, constraints: [] };
  const cap = new D(a && s ? 450000 : 350000);
  const constraints = [{ kind: "cap", amount: cap }];
  if (local.housePrice != null) {
    constraints.push({
      kind: "loan_to_value",
      amount: down(num(local.housePrice, "housePrice").times(num(local.maxLoanToValue, "maxLoanToValue"))),
    });
  }
  if (local.accountBalance != null) {
    constraints.push({
      kind: "balance_multiple",
      amount: down(num(local.accountBalance, "accountBalance").times(num(local.balanceMultiple, "balanceMultiple"))),
    });
  }
  if (local.monthlyIncome != null) {
    const budget = down(num(local.monthlyIncome, "monthlyIncome").times(num(local.maxRepaymentRatio, "maxRepaymentRatio")));
    const r = monthly(num(local.annualRatePercent, "annualRatePercent"));
    const n = num(local.termMonths, "termMonths").toNumber();
    constraints.push({ kind: "repayment_capacity", amount: down(budget.div(exactPayment(new D(1), r, n))) });
  }
  let best = constraints[0];
  for (const c of constraints) if (c.amount.lt(best.amount)) best = c;
  return {
    eligible: true,
    cap: fen(cap),
    limit: fen(best.amount),
    binding: best.kind,
    constraints: constraints.map((c) => ({ kind: c.kind, amount: fen(c.amount) })),
  };
}

/** Rent withdrawal: min(rent, 800 | 1,100) × months, the applicant's account first. */
export function rentWithdrawal(input) {
  const { date, maritalStatus, ownsHomeInQinzhou, balances = {} } = input;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? "")) throw new Error("date");
  const married = maritalStatus === "married";
  const rent = num(input.monthlyRent, "monthlyRent");
  const months = num(input.months, "months");
  if (ownsHomeInQinzhou) return { eligible: false, total: "0.00" };
  const newRules = date >= "2023-01-01";
  const monthlyCap = new D(married ? (newRules ? 1100 : 1000) : newRules ? 800 : 700);
  const monthlyAllowed = D.min(rent, monthlyCap);
  const fromA = num(balances.applicant, "balances.applicant");
  const fromS = married && balances.spouse != null ? num(balances.spouse, "balances.spouse") : new D(0);
  const wanted = monthlyAllowed.times(months);
  const available = fromA.plus(fromS);
  const total = D.min(wanted, available);
  const fromApplicant = D.min(total, fromA);
  return {
    eligible: true,
    monthlyCap: fen(monthlyCap),
    monthlyAllowed: fen(monthlyAllowed),
    total: fen(total),
    fromApplicant: fen(fromApplicant),
    fromSpouse: fen(total.minus(fromApplicant)),
    limitedByBalance: wanted.gt(available),
  };
}

/** Equal-instalment schedule: payment and interest half-up to the fen each period. */
export function repaymentSchedule(input) {
  const principal = num(input.principal, "principal");
  const r = monthly(num(input.annualRatePercent, "annualRatePercent"));
  const n = num(input.termMonths, "termMonths").toNumber();
  if (input.method && input.method !== "equal_installment") throw new Error("method: only equal_installment here");
  const pay = halfUp(exactPayment(principal, r, n));
  let remaining = principal;
  let totalInterest = new D(0);
  const schedule = new Array(n);
  for (let period = 1; period <= n; period++) {
    const interest = halfUp(remaining.times(r));
    const last = period === n;
    const p = last ? remaining : pay.minus(interest);
    const thisPayment = last ? remaining.plus(interest) : pay;
    remaining = remaining.minus(p);
    totalInterest = totalInterest.plus(interest);
    schedule[period - 1] = {
      period,
      payment: fen(thisPayment),
      principal: fen(p),
      interest: fen(interest),
      remaining: fen(remaining),
    };
  }
  return {
    firstPayment: schedule[0].payment,
    lastPayment: schedule[n - 1].payment,
    totalInterest: fen(totalInterest),
    totalPayment: fen(principal.plus(totalInterest)),
    schedule,
  };
}
