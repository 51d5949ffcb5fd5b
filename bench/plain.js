// The baseline users have today: the same housing-fund rules in plain JavaScript with floats,
// as a typical fund-site calculator writes them. For the benchmarks only (latency, cold start,
// and how far floats drift on a repayment schedule); it is not part of the package, does no
// more validation than such a page does, and gives no steps, citations or warnings.
//
// Same input shapes as the wasm package (strings or numbers), money out as toFixed(2) strings.

const num = (v, name) => {
  const n = typeof v === "number" ? v : Number(String(v ?? "").trim());
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name}: not a number`);
  return n;
};
const floorFen = (x) => Math.floor(x * 100 + 1e-9) / 100;
const fen = (x) => x.toFixed(2);

/** Points, 钦市金管委规〔2023〕1号 三: balance/5000 + months/6 + on-time months + 2 for contribution, household ≤ 10. */
export function voluntaryPoints({ members }) {
  if (!Array.isArray(members) || members.length < 1 || members.length > 2) throw new Error("members: 1 or 2");
  const out = members.map((m, i) => {
    const balance = num(m.balance, `members[${i}].balance`);
    const depositMonths = num(m.depositMonths, `members[${i}].depositMonths`);
    const onTimeMonths = num(m.onTimeMonths, `members[${i}].onTimeMonths`);
    if (onTimeMonths > depositMonths) throw new Error(`members[${i}].onTimeMonths > depositMonths`);
    if (m.accountStatus === "sealed" || m.accountStatus === "closed") {
      return { balancePoints: 0, timePoints: 0, onTimePoints: 0, contributionPoints: 0, total: 0 };
    }
    const balancePoints = Math.floor(balance / 5000);
    const timePoints = Math.floor(depositMonths / 6);
    const onTimePoints = Math.floor(onTimeMonths);
    const c = m.contribution;
    const contributionPoints =
      c && (c !== "martyr_family" || ["spouse", "parent", "child"].includes(m.martyrRelation)) ? 2 : 0;
    const total = balancePoints + timePoints + onTimePoints + contributionPoints;
    return { balancePoints, timePoints, onTimePoints, contributionPoints, total };
  });
  const householdRaw = out.reduce((s, m) => s + m.total, 0);
  return {
    members: out,
    householdRaw,
    household: Math.min(10, householdRaw),
    capped: householdRaw > 10,
    priority: out.some((m) => m.contributionPoints > 0),
  };
}

/** Equal-instalment payment for `principal` at monthly rate r over n months (float). */
function payment(principal, r, n) {
  if (r === 0) return principal / n;
  const g = Math.pow(1 + r, n);
  return (principal * r * g) / (g - 1);
}

/** Loan limit, 一: 450,000 / 350,000 caps; points, loan-to-value, balance multiple, repayment capacity. */
export function loanLimit(input) {
  const { date, maritalStatus, applicant, spouse, points, local = {} } = input;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? "")) throw new Error("date");
  if (date < "2023-01-01") throw new Error("date: rule not in source");
  const married = maritalStatus === "married";
  const a = !!applicant?.contributing;
  const s = married && !!spouse?.contributing;
  if (!a && !s) return { eligible: false, cap: null, limit: null, binding: null, constraints: [] };
  const cap = a && s ? 450000 : 350000;
  const constraints = [{ kind: "cap", amount: cap }];
  let pts;
  const voluntary = applicant?.scheme === "voluntary" || spouse?.scheme === "voluntary";
  if (voluntary) {
    if (!points) throw new Error("points: required");
    pts = voluntaryPoints(points);
    if (local.yuanPerPoint != null) constraints.push({ kind: "points", amount: pts.household * num(local.yuanPerPoint, "yuanPerPoint") });
  }
  if (local.housePrice != null) {
    constraints.push({ kind: "loan_to_value", amount: num(local.housePrice, "housePrice") * num(local.maxLoanToValue, "maxLoanToValue") });
  }
  if (local.accountBalance != null) {
    constraints.push({ kind: "balance_multiple", amount: num(local.accountBalance, "accountBalance") * num(local.balanceMultiple, "balanceMultiple") });
  }
  if (local.monthlyIncome != null) {
    const pay = num(local.monthlyIncome, "monthlyIncome") * num(local.maxRepaymentRatio, "maxRepaymentRatio");
    const r = num(local.annualRatePercent, "annualRatePercent") / 100 / 12;
    const n = num(local.termMonths, "termMonths");
    constraints.push({ kind: "repayment_capacity", amount: pay / payment(1, r, n) });
  }
  let best = constraints[0];
  for (const c of constraints) if (c.amount < best.amount) best = c;
  return {
    eligible: true,
    cap: fen(cap),
    limit: fen(floorFen(best.amount)),
    binding: best.kind,
    constraints: constraints.map((c) => ({ kind: c.kind, amount: fen(floorFen(c.amount)) })),
    points: pts,
  };
}

/** Rent withdrawal, 二(二): min(rent, 800 | 1,100) × months, applicant's account first, then the spouse's. */
export function rentWithdrawal(input) {
  const { date, maritalStatus, ownsHomeInQinzhou, balances = {} } = input;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? "")) throw new Error("date");
  const married = maritalStatus === "married";
  const rent = num(input.monthlyRent, "monthlyRent");
  const months = num(input.months, "months");
  if (ownsHomeInQinzhou) return { eligible: false, total: "0.00" };
  const newRules = date >= "2023-01-01";
  const monthlyCap = married ? (newRules ? 1100 : 1000) : newRules ? 800 : 700;
  const monthlyAllowed = Math.min(rent, monthlyCap);
  const fromA = num(balances.applicant, "balances.applicant");
  const fromS = married && balances.spouse != null ? num(balances.spouse, "balances.spouse") : 0;
  const wanted = monthlyAllowed * months;
  const total = Math.min(wanted, fromA + fromS);
  const fromApplicant = Math.min(total, fromA);
  return {
    eligible: true,
    monthlyCap: fen(monthlyCap),
    monthlyAllowed: fen(monthlyAllowed),
    total: fen(total),
    fromApplicant: fen(fromApplicant),
    fromSpouse: fen(total - fromApplicant),
    limitedByBalance: wanted > fromA + fromS,
  };
}

/**
 * Repayment schedule, equal instalment (等额本息), the way float calculators do it: the exact
 * formula in doubles, rounding only for display. `roundEachPeriod` rounds every period's
 * figures to the fen with Math.round (the "careful" float version).
 */
export function repaymentSchedule(input, { roundEachPeriod = false } = {}) {
  const principal = num(input.principal, "principal");
  const r = num(input.annualRatePercent, "annualRatePercent") / 100 / 12;
  const n = num(input.termMonths, "termMonths");
  if (input.method && input.method !== "equal_installment") throw new Error("method: only equal_installment here");
  const round = roundEachPeriod ? (x) => Math.round(x * 100) / 100 : (x) => x;
  const pay = round(payment(principal, r, n));
  let remaining = principal;
  let totalInterest = 0;
  const schedule = new Array(n);
  for (let period = 1; period <= n; period++) {
    const interest = round(remaining * r);
    const p = period === n ? remaining : round(pay - interest);
    const thisPayment = period === n ? round(remaining + interest) : pay;
    remaining = round(remaining - p);
    totalInterest += interest;
    schedule[period - 1] = {
      period,
      payment: fen(thisPayment),
      principal: fen(p),
      interest: fen(interest),
      remaining: fen(Math.abs(remaining) < 0.005 ? 0 : remaining),
    };
  }
  return {
    firstPayment: schedule[0].payment,
    lastPayment: schedule[n - 1].payment,
    totalInterest: fen(totalInterest),
    totalPayment: fen(principal + totalInterest),
    schedule,
  };
}
