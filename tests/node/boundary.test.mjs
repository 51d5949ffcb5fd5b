// What crosses the JS boundary: money as 2-decimal strings, numbers read as written, typed
// errors for every kind of bad input, and a module that still works after each of them.
import { test } from "node:test";
import assert from "node:assert/strict";
import pkg from "./load.mjs";

const rent = (over = {}) => ({
  date: "2023-06-01",
  maritalStatus: "single",
  ownsHomeInQinzhou: false,
  monthlyRent: "1200",
  months: 1,
  balances: { applicant: "5000" },
  ...over,
});
const subsidy = (over = {}) => ({
  date: "2023-06-01",
  householdSize: 3,
  perCapitaIncome: "20000",
  incomeLine: "40000",
  ownsHomeLocally: false,
  localHukou: true,
  ...over,
});
const both = {
  date: "2023-01-01",
  maritalStatus: "married",
  applicant: { contributing: true },
  spouse: { contributing: true },
};

const MONEY = /^\d+\.\d{2}$/;

function moneyFields(v, path = "", out = []) {
  if (Array.isArray(v)) v.forEach((x, i) => moneyFields(x, `${path}[${i}]`, out));
  else if (v && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) moneyFields(x, path ? `${path}.${k}` : k, out);
  } else if (typeof v === "string" && /^\d+\.\d+$/.test(v)) out.push([path, v]);
  return out;
}

test("money crosses as strings with exactly 2 decimals", () => {
  const r = pkg.loanLimit(both);
  assert.equal(r.limit, "450000.00");
  assert.equal(r.cap, "450000.00");
  const rw = pkg.rentWithdrawal(rent({ monthlyRent: "8000.1", months: 1, balances: { applicant: "8000.10" } }));
  assert.equal(rw.monthlyRent, undefined);
  assert.equal(rw.total, "800.00");
  for (const [path, v] of moneyFields(rw).filter(([p]) => !p.startsWith("steps"))) {
    assert.match(v, MONEY, path);
  }
  assert.equal(typeof rw.months, "number");
  assert.equal(rw.eligible, true);
});

test("numbers are read as the decimals they print as", () => {
  assert.equal(pkg.rentWithdrawal(rent({ monthlyRent: 0.1 })).total, "0.10");
  assert.equal(pkg.rentWithdrawal(rent({ monthlyRent: 799.99 })).total, "799.99");
});

const bad = [
  ["unknown field", rent({ monthlyRnt: 1 }), "UNKNOWN_FIELD", "monthlyRnt"],
  ["3 decimals", rent({ monthlyRent: "1.234" }), "INVALID_AMOUNT", "monthlyRent"],
  ["3 decimals as a number", rent({ monthlyRent: 1.234 }), "INVALID_AMOUNT", "monthlyRent"],
  ["float noise", rent({ monthlyRent: 0.1 + 0.2 }), "INVALID_AMOUNT", "monthlyRent"],
  ["NaN", rent({ monthlyRent: NaN }), "INVALID_AMOUNT", "monthlyRent"],
  ["Infinity", rent({ monthlyRent: Infinity }), "INVALID_AMOUNT", "monthlyRent"],
  ["-Infinity", rent({ monthlyRent: -Infinity }), "INVALID_AMOUNT", "monthlyRent"],
  ["null amount", rent({ monthlyRent: null }), "INVALID_AMOUNT", "monthlyRent"],
  ["1e400 text", rent({ monthlyRent: "1e400" }), "INVALID_AMOUNT", "monthlyRent"],
  ["1e308", rent({ monthlyRent: 1e308 }), "OUT_OF_RANGE", "monthlyRent"],
  ["negative money", rent({ monthlyRent: -1 }), "INVALID_AMOUNT", "monthlyRent"],
  ["negative spouse balance", rent({ maritalStatus: "married", balances: { applicant: "1", spouse: "-0.01" } }), "INVALID_AMOUNT", "balances.spouse"],
  ["string for an object", rent({ balances: "5000" }), "INVALID_TYPE", "balances"],
  ["array for an object", rent({ balances: ["5000"] }), "INVALID_TYPE", "balances"],
  ["array for a list item", { members: [["5000", 6, 1]] }, "INVALID_TYPE", "members[0]", "voluntaryPoints"],
  ["array for the input", ["2023-06-01", "single", false, "1200", 1, { applicant: "5000" }], "INVALID_TYPE", null],
  ["null input", null, "INVALID_TYPE", null],
  ["string input", "rent", "INVALID_TYPE", null],
  ["number input", 42, "INVALID_TYPE", null],
  ["no input", undefined, "INVALID_TYPE", null],
  ["missing field", (({ months, ...r }) => r)(rent()), "MISSING_FIELD", "months"],
  ["bad date", rent({ date: "2023-02-30" }), "INVALID_DATE", "date"],
  ["date as a number", rent({ date: 20230101 }), "INVALID_DATE", "date"],
  ["fractional months", rent({ months: 1.5 }), "INVALID_NUMBER", "months"],
  ["BigInt", rent({ months: 1n }), "INVALID_TYPE", "months"],
  ["throwing getter", { get date() { throw new Error("boom"); } }, "INVALID_INPUT", "date"],
  ["throwing Proxy", new Proxy({}, { ownKeys() { throw new Error("boom"); } }), "INVALID_INPUT", null],
  ["too deep", rent({ balances: JSON.parse("[".repeat(40) + "]".repeat(40)) }), "INVALID_INPUT", `balances${"[0]".repeat(31)}`],
  ["a million items", rent({ balances: new Array(1_000_000).fill(0) }), "INVALID_INPUT", "balances"],
  ["a billion values through shared arrays", rent({ balances: Array(1000).fill(Array(1000).fill(Array(1000).fill([]))) }), "INVALID_INPUT", "balances[0][9][982]"],
  ["a 1 MB string", rent({ date: "9".repeat(1 << 20) }), "INVALID_INPUT", "date"],
  ["__proto__ key", JSON.parse('{"__proto__": {"x": 1}}'), "UNKNOWN_FIELD", "__proto__"],
  // JSON text with a number beyond the doubles: JSON.parse gives ±Infinity, refused at its
  // field (tests/suite/errors.rs checks the native JSON reader gives the same).
  ["1e400 in JSON text", subsidy(JSON.parse('{"householdSize": 1e400}')), "INVALID_NUMBER", "householdSize", "publicRentalSubsidy"],
  ["-1e400 in JSON text", subsidy(JSON.parse('{"householdSize": -1e400}')), "INVALID_NUMBER", "householdSize", "publicRentalSubsidy"],
  ["1e400 money in JSON text", rent(JSON.parse('{"monthlyRent": 1e400}')), "INVALID_AMOUNT", "monthlyRent"],
];

for (const [name, input, code, field, fn = "rentWithdrawal"] of bad) {
  test(`typed error: ${name} → ${code}`, () => {
    assert.throws(
      () => pkg[fn](input),
      (e) => {
        assert.ok(e instanceof Error);
        assert.equal(e.code, code, `${e.code} ${e.messageEn}`);
        assert.equal(e.field, field);
        assert.ok(/[\u4e00-\u9fff]/.test(e.message), "Chinese message");
        assert.ok(e.messageEn.length > 0);
        return true;
      },
    );
    // The module still answers correctly after the error.
    assert.equal(pkg.rentWithdrawal(rent()).total, "800.00");
    assert.equal(pkg.loanLimit(both).limit, "450000.00");
  });
}

test("a cyclic input is a typed error that says so", () => {
  const cyc = rent();
  cyc.self = cyc;
  assert.throws(
    () => pkg.rentWithdrawal(cyc),
    (e) => e.code === "INVALID_INPUT" && /cycle/.test(e.messageEn) && e.field.startsWith("self.self"),
  );
  assert.equal(pkg.rentWithdrawal(rent()).total, "800.00");
});

test("policyParameters reads the same table the calculators use", () => {
  const params = pkg.policyParameters();
  const find = (id, from) => params.find((p) => p.id === id && p.effectiveFrom === from);
  assert.equal(find("loan.cap.both_contributing", "2023-01-01").value, "450000.00");
  assert.equal(find("loan.cap.one_contributing", "2023-01-01").value, "350000.00");
  assert.equal(find("rent.monthly_cap.single", "2023-01-01").value, "800.00");
  assert.equal(find("rent.monthly_cap.single", null).value, "700.00");
  assert.equal(find("points.household_cap", "2023-01-01").value, "10");
  for (const p of params) {
    assert.ok(p.document && p.zh && p.en && p.unit, p.id);
  }
  assert.equal(
    pkg.rentWithdrawal(rent()).monthlyCap,
    find("rent.monthly_cap.single", "2023-01-01").value,
  );
});

test("steps cite their clause", () => {
  const r = pkg.loanLimit(both);
  assert.ok(r.steps.length > 0);
  for (const s of r.steps) assert.ok(s.rule && s.zh && s.en);
  assert.ok(r.steps.some((s) => s.rule === "钦市金管委规〔2023〕1号 一"));
  assert.deepEqual(r.policy, { document: "钦市金管委规〔2023〕1号", effectiveFrom: "2023-01-01" });
});

test("the field path is in `field` only, never in the messages", () => {
  const cases = [
    ["rentWithdrawal", rent({ balances: { applicant: "1", spouse: "x" } })],
    ["rentWithdrawal", rent({ maritalStatus: "other" })],
    ["rentWithdrawal", rent({ months: 500 })],
    ["voluntaryPoints", { members: [{ balance: "1", depositMonths: 1, onTimeMonths: 2 }] }],
  ];
  for (const [fn, input] of cases) {
    assert.throws(
      () => pkg[fn](input),
      (e) => {
        assert.ok(e.field, e.messageEn);
        assert.ok(!e.message.includes(e.field), e.message);
        assert.ok(!e.messageEn.includes(`${e.field}:`), e.messageEn);
        assert.ok(!/expected|one of|invalid type/.test(e.message), `serde's English in ${e.message}`);
        return true;
      },
    );
  }
});

test("functions() lists every export from the same table", () => {
  const names = pkg.functions();
  assert.ok(names.length >= 8);
  for (const n of names) assert.equal(typeof pkg[n], "function", n);
});
