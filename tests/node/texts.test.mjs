// The JavaScript renderer (texts/render.js, run by the package on every result) against the
// Rust one: every fixture, run through the built package, must read word for word as the
// reviewed golden file the native renderer wrote (tests/golden/texts.json), errors included.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";

import * as calc from "../../pkg/node.js";
import { fill, grouped, render, setTexts } from "../../pkg/texts/render.js";

const root = new URL("../../", import.meta.url);
const golden = JSON.parse(readFileSync(new URL("tests/golden/texts.json", root), "utf8"));

function collect(value, path, out) {
  if (Array.isArray(value)) value.forEach((v, i) => collect(v, `${path}.${i}`, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const here = path ? `${path}.${k}` : k;
      if ((k === "zh" || k === "en") && typeof v === "string") out[here] = v;
      else if (k !== "text") collect(v, here, out);
    }
  }
  return out;
}

test("every fixture's texts rendered in JavaScript equal the Rust rendering (golden file)", () => {
  const dir = new URL("tests/fixtures/", root);
  let compared = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const stem = file.slice(0, -5);
    JSON.parse(readFileSync(new URL(file, dir), "utf8")).forEach((c, i) => {
      const label = `${stem} ${String(i).padStart(3, "0")} ${c.name ?? ""}`;
      const want = golden[label];
      assert.ok(want, `${label}: not in the golden file`);
      let got;
      try {
        got = collect(calc[c.function](c.input), "", {});
      } catch (e) {
        got = { "error.zh": e.message, "error.en": e.messageEn };
      }
      assert.deepEqual(got, want, label);
      compared += Object.keys(want).length;
    });
  }
  assert.ok(compared > 1000, `only ${compared} texts compared`);
});

test("figures are formatted one way: grouped digits, 元 after money, dates by language", () => {
  assert.equal(grouped("1234567.50"), "1,234,567.50");
  assert.equal(grouped("-1200.00"), "-1,200.00");
  assert.equal(grouped("999"), "999");
  const args = { m: { money: "1200.00" }, d: { date: "2024-01-01" }, l: { list: [{ year: 2023 }, { count: 12000 }] } };
  assert.equal(fill("{m} {d} {l} {{x}}", args, "zh"), "1,200.00 元 2024年1月1日 2023、12,000 {x}");
  assert.equal(fill("{m} {d} {l}", args, "en"), "1,200.00 yuan 2024-01-01 2023, 12,000");
});

test("a site replaces a template without a rebuild, and a result uses it", () => {
  const r = calc.rentWithdrawal({ date: "2023-06-01", maritalStatus: "single", ownsHomeInQinzhou: false, monthlyRent: "1200", months: 12, balances: { applicant: "50000" } });
  const comparison = r.steps.find((s) => s.text?.key === "change.comparison");
  assert.ok(comparison, "the comparison step carries its text as data");
  const before = comparison.zh;
  setTexts("zh", { "change.comparison": "（本站说明）{day}：{before}" });
  try {
    const again = calc.rentWithdrawal({ date: "2023-06-01", maritalStatus: "single", ownsHomeInQinzhou: false, monthlyRent: "1200", months: 12, balances: { applicant: "50000" } });
    const step = again.steps.find((s) => s.text?.key === "change.comparison");
    assert.match(step.zh, /^（本站说明）2022年12月31日：调整前/);
    assert.equal(render(step.text, "zh"), step.zh);
  } finally {
    setTexts("zh", { "change.comparison": JSON.parse(readFileSync(new URL("texts/zh/change.json", root), "utf8"))["change.comparison"] });
  }
  assert.equal(calc.rentWithdrawal({ date: "2023-06-01", maritalStatus: "single", ownsHomeInQinzhou: false, monthlyRent: "1200", months: 12, balances: { applicant: "50000" } }).steps.find((s) => s.text?.key === "change.comparison").zh, before);
});
