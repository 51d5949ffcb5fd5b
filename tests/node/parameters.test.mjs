// The package's Node main entry exposes the 一县一业 incentive calculators beside every other
// one, so its policyParameters() lists their yxyy.* parameters too: the same ids, in the same
// order, as the native all-features table (tests/golden/parameter-ids.json, checked against
// the Rust table by tests/suite/incentives_texts.rs), each version once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import pkg from "./load.mjs";
import * as incentives from "../../pkg/modules/incentives/node.js";

const native = JSON.parse(readFileSync(new URL("../golden/parameter-ids.json", import.meta.url), "utf8"));

test("the golden native list has both the housing and the yxyy parameters", () => {
  assert.ok(native.some((id) => id.startsWith("yxyy.")));
  assert.ok(native.some((id) => id.startsWith("loan.")));
});

test("the main Node entry's policyParameters() is the native list: every yxyy.* id, same order, no duplicates", () => {
  const listed = pkg.policyParameters();
  const ids = listed.map((p) => p.id);
  assert.deepEqual(ids, native);
  const yxyy = incentives.policyParameters().filter((p) => p.id.startsWith("yxyy."));
  assert.ok(yxyy.length >= 20, `${yxyy.length}`);
  for (const p of yxyy) {
    assert.equal(listed.filter((q) => q.id === p.id && q.effectiveFrom === p.effectiveFrom).length, 1, p.id);
    assert.deepEqual(listed.find((q) => q.id === p.id), p, p.id);
  }
});

test("the main Node entry's functions() names every function it exports, the incentives' too, once", () => {
  const names = pkg.functions();
  assert.equal(new Set(names).size, names.length);
  for (const f of ["loanLimit", "repaymentSchedule", "introducerReward", "assistanceWorkshopSubsidy", "policyParameters"]) {
    assert.ok(names.includes(f), f);
  }
  for (const f of incentives.functions()) assert.ok(names.includes(f), f);
  for (const f of names) assert.equal(typeof pkg[f], "function", f);
});
