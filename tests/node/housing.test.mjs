// The housing plan's calculators and the 2023 comparison through the built package: what the
// fixtures cannot say (a field that must be absent, a sign that must be there) and the clause
// texts that ship with the package.
import { test } from "node:test";
import assert from "node:assert/strict";
import pkg from "./load.mjs";

const rent = (date) => ({ date, maritalStatus: "single", ownsHomeInQinzhou: false,
  monthlyRent: "1200", months: 12, balances: { applicant: "20000" } });

test("beforeChange and changeFromBefore from 2023-01-01 only", () => {
  const before = pkg.rentWithdrawal(rent("2022-12-31"));
  assert.equal(before.total, "8400.00");
  assert.ok(!("beforeChange" in before) && !("changeFromBefore" in before));
  const after = pkg.rentWithdrawal(rent("2023-01-01"));
  assert.deepEqual(after.beforeChange, { monthlyCap: "700.00", total: before.total });
  assert.equal(after.changeFromBefore, "+1200.00");
  // The comparison is the library's (POLICY A3): 本库解释, its value a signed yuan amount, and
  // the "before" run's assumption travels into the 2023 result.
  const last = after.steps.at(-1);
  assert.equal(last.rule, "本库解释");
  assert.equal(last.basis, "interpretation");
  assert.equal(last.value, "+1200.00");
  assert.equal(last.unit, "yuan");
  assert.match(last.zh, /比调整前多提取 1,200\.00 元/);
  assert.deepEqual(after.warnings.map((w) => [w.code, w.basis]), [["OLD_RULE_CONDITIONS_ASSUMED", "interpretation"]]);

  const repay = (date) => pkg.repaymentWithdrawal({ date, balance: "10000", monthlyDeposit: "1000" });
  assert.ok(!("beforeChange" in repay("2022-12-31")));
  const r = repay("2024-02-29");
  assert.deepEqual(r.beforeChange, { retainMonths: 6, retained: "6000.00", withdrawable: "4000.00" });
  assert.equal(r.changeFromBefore, "+3000.00");
});

test("publicRentalSubsidy without the site's area: no amount, a site warning", () => {
  const r = pkg.publicRentalSubsidy({ date: "2023-06-01", householdSize: 2, perCapitaIncome: 1000,
    incomeLine: 38000, ownsHomeLocally: false, localHukou: false });
  assert.equal(r.eligible, true);
  assert.equal(r.tier, 2);
  assert.equal(r.ratePerSquareMetre, "7.00");
  assert.ok(!("monthly" in r) && !("halfYearly" in r));
  assert.deepEqual(r.warnings.map((w) => [w.code, w.basis]), [["AREA_PER_PERSON_NOT_CONFIGURED", "site"]]);
  const bases = new Set(r.steps.map((s) => s.basis));
  assert.ok(bases.has("site") && bases.has("gazette") && bases.has("interpretation"));
});

test("errors keep their field, and the module keeps answering", () => {
  assert.throws(
    () => pkg.publicRentalSubsidy({ date: "2023-06-01", householdSize: 2, perCapitaIncome: 1000,
      incomeLine: 38000, ownsHomeLocally: true, localHukou: true }),
    (e) => e.code === "MISSING_FIELD" && e.field === "perCapitaFloorArea" && e.messageEn.length > 0,
  );
  assert.throws(
    () => pkg.affordableRentalHousing({ date: "2023-06-01", ownsHomeLocally: false, inPublicRental: false,
      marketRent: NaN }),
    (e) => e.code === "INVALID_AMOUNT" && e.field === "marketRent",
  );
  const a = pkg.affordableRentalHousing({ date: "2023-06-01", ownsHomeLocally: false,
    inPublicRental: false, marketRent: "1000.01", rent: 900 });
  assert.equal(a.maxRent, "900.00");
  assert.equal(a.rentWithinCap, true);
});

test("policyParameters lists the housing plan's numbers", () => {
  const ids = new Map(pkg.policyParameters().map((p) => [p.id, p]));
  assert.equal(ids.get("public_rental.subsidy_rate.tier1").value, "10.00");
  assert.equal(ids.get("public_rental.subsidy_rate.tier2").value, "7.00");
  assert.equal(ids.get("affordable_rental.max_rent_percent").value, "90");
  assert.equal(ids.get("public_rental.floor_area_threshold").clause, "一(三)");
});
