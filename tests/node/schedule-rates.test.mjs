// repaymentSchedule's `date` and `rateChanges` across the JS boundary (POLICY A6: the People's
// Bank of China rates by date and 银发〔1998〕190号 第十六条 repricing), and the rate versions in
// policyParameters().
import { test } from "node:test";
import assert from "node:assert/strict";
import pkg from "./load.mjs";

const loan = (over = {}) => ({ principal: "300000", termMonths: 360, method: "equal_installment", ...over });

test("POLICY A6 worked example through the package: rateChanges as plain objects, money and rates as strings", () => {
  const r = pkg.repaymentSchedule(loan({ firstHome: true, date: "2023-06-01" }));
  assert.equal(r.annualRatePercent, "3.1");
  assert.equal(r.firstPayment, "1281.05");
  assert.deepEqual(r.rateChanges, [
    { from: "2025-01-01", firstPeriod: 20, annualRatePercent: "2.85", payment: "1242.43" },
    { from: "2026-01-01", firstPeriod: 32, annualRatePercent: "2.6", payment: "1205.61" },
  ]);
  assert.equal(r.schedule[19].payment, "1242.43");
  assert.equal(r.schedule[31].payment, "1205.61");
  assert.equal(r.schedule.at(-1).remaining, "0.00");
  const official = r.steps.filter((s) => s.basis === "official").map((s) => s.rule);
  assert.ok(official.includes("《个人住房贷款管理办法》（银发〔1998〕190号） 第十六条"), official.join("\n"));
});

test("rateChanges is always an array: empty without repricing (contract rate, no date, short term)", () => {
  for (const input of [loan({ annualRatePercent: "3.1", date: "2023-06-01" }), loan(), loan({ termMonths: 12, date: "2024-03-01" })]) {
    const r = pkg.repaymentSchedule(input);
    assert.ok(Array.isArray(r.rateChanges));
    assert.equal(r.rateChanges.length, 0, JSON.stringify(input));
  }
  const r = pkg.repaymentSchedule(loan());
  assert.deepEqual(r.warnings.map((w) => w.code), ["DEFAULT_RATE", "RATE_DATE_NOT_GIVEN"]);
  assert.equal(r.firstPayment, "1201.02"); // issue 16: 300,000 over 30 years at today's 2.6%
});

test("date: ISO text only; a day before the table without a rate is RULE_NOT_IN_SOURCE at date", () => {
  const bad = (date, code) =>
    assert.throws(
      () => pkg.repaymentSchedule(loan({ date })),
      (e) => e.code === code && e.field === "date" && e.message.length > 0 && e.messageEn.length > 0,
      `${JSON.stringify(date)} → ${code}`,
    );
  bad("2023-02-29", "INVALID_DATE");
  bad("2023/06/01", "INVALID_DATE");
  bad(20230601, "INVALID_DATE");
  bad(new Date(2023, 5, 1), "INVALID_DATE");
  bad("2022-09-30", "RULE_NOT_IN_SOURCE");
  // With the contract's rate the same day is fine.
  assert.equal(pkg.repaymentSchedule(loan({ date: "2022-09-30", annualRatePercent: "3.25" })).annualRatePercent, "3.25");
  // null is "not given".
  assert.equal(pkg.repaymentSchedule(loan({ date: null })).warnings[1].code, "RATE_DATE_NOT_GIVEN");
});

test("policyParameters lists every rate version, the superseded ones with effectiveTo, all with checkedUntil", () => {
  const rates = pkg.policyParameters().filter((p) => p.id.startsWith("rate.") && p.unit === "percent_per_year");
  assert.equal(rates.length, 12);
  for (const id of ["rate.first_home.up_to_5_years", "rate.first_home.over_5_years", "rate.second_home.up_to_5_years", "rate.second_home.over_5_years"]) {
    const v = rates.filter((p) => p.id === id);
    assert.deepEqual(v.map((p) => p.effectiveFrom), ["2022-10-01", "2024-05-18", "2025-05-08"], id);
    assert.deepEqual(v.map((p) => p.effectiveTo), ["2024-05-17", "2025-05-07", undefined], id);
    assert.ok(v.every((p) => p.basis === "official" && p.document.startsWith("中国人民银行") && p.checkedUntil === "2026-12-01"), id);
  }
  const threshold = pkg.policyParameters().find((p) => p.id === "rate.repricing.term_over_months");
  assert.equal(threshold.value, "12");
  assert.equal(threshold.clause, "第十六条");
  assert.equal(pkg.policyParameters().find((p) => p.id === "loan.cap.both_contributing").checkedUntil, undefined);
});

test("the TypeScript declarations describe date, rateChanges and checkedUntil (generated from the Rust types)", async () => {
  const { readFileSync } = await import("node:fs");
  const dts = readFileSync(new URL("../../pkg/qinzhou_policy_calc.d.ts", import.meta.url), "utf8");
  const block = (name) => dts.slice(dts.indexOf(`export interface ${name} `), dts.indexOf("\n}\n", dts.indexOf(`export interface ${name} `)));
  assert.match(block("RepaymentScheduleInput"), /\n\s+date\?: IsoDate \| null;/);
  assert.match(block("RepaymentScheduleResult"), /\n\s+rateChanges: RateChange\[\];/);
  const change = block("RateChange");
  for (const field of ["from: IsoDate;", "firstPeriod: number;", "annualRatePercent: Rate;", "payment: Money;"]) assert.ok(change.includes(field), field);
  assert.match(block("ParameterView"), /\n\s+checkedUntil\?: IsoDate;/);
});
