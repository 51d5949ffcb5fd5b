// Hostile values at the JS boundary: at least 100,000 generated, deterministic (seeded PRNG)
// calls with NaN, ±Infinity, -0, 1e308, 5e-324, 1 MB strings, other scripts' digits, arrays
// for objects, deep junk, __proto__ / constructor keys, throwing getters, Proxies, Symbols,
// BigInt, functions, Dates and cycles — as the whole input and at every field of a valid input
// of every exported function. Each call returns or throws an Error with a known `code`, a
// `message` and a `messageEn`; the module keeps answering correctly; no prototype is touched.
import { test } from "node:test";
import assert from "node:assert/strict";
import pkg from "./load.mjs";

const CODES = new Set([
  "INVALID_INPUT",
  "INVALID_TYPE",
  "INVALID_AMOUNT",
  "INVALID_NUMBER",
  "INVALID_DATE",
  "INVALID_VALUE",
  "MISSING_FIELD",
  "UNKNOWN_FIELD",
  "OUT_OF_RANGE",
  "INCONSISTENT",
  "RULE_NOT_IN_SOURCE",
]);

const CALLS = 100_000;
const SEED = 0x51a2c0;

// mulberry32: small, fast, deterministic.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VALID = {
  voluntaryPoints: () => ({
    members: [
      { balance: "52000.5", depositMonths: 60, onTimeMonths: 48, accountStatus: "normal",
        contribution: "martyr_family", martyrRelation: "parent" },
      { balance: 10000, depositMonths: 12, onTimeMonths: 12, contribution: "veteran" },
    ],
  }),
  loanLimit: () => ({
    date: "2023-06-01",
    maritalStatus: "married",
    applicant: { contributing: true, scheme: "voluntary" },
    spouse: { contributing: true, scheme: "employed" },
    points: { members: [{ balance: "30000", depositMonths: 24, onTimeMonths: 20 }] },
    local: {
      yuanPerPoint: "50000", housePrice: "600000", maxLoanToValue: "0.8", accountBalance: "20000",
      balanceMultiple: "15", monthlyIncome: "9000", maxRepaymentRatio: "0.5",
      annualRatePercent: "3.1", termMonths: 360,
    },
  }),
  rentWithdrawal: () => ({
    date: "2023-06-01", maritalStatus: "married", ownsHomeInQinzhou: false, monthlyRent: "1200",
    months: 12, balances: { applicant: "5000", spouse: "9000.25" },
  }),
  repaymentWithdrawal: () => ({
    date: "2023-06-01", balance: "10000", monthlyDeposit: "1000", amountDue: "1500",
  }),
  elevatorWithdrawal: () => ({
    permitDate: "2023-03-15", applicationDate: "2024-06-01", entitlement: "60000",
    previous: [{ date: "2023-06-01", amount: "10000" }],
    accounts: [
      { relation: "self", balance: "5000" },
      { relation: "spouse", balance: "8000" },
      { relation: "parent", balance: "20000" },
    ],
  }),
  childcarePlaces: () => ({
    population: 3302238, places: 4613, targetPerThousand: "4.5", planned: 100, projects: "gazette",
  }),
  repaymentSchedule: () => ({
    principal: "300000", annualRatePercent: "3.1", termMonths: 120, method: "equal_principal",
  }),
  publicRentalSubsidy: () => ({
    date: "2023-06-01", householdSize: 3, perCapitaIncome: "20000", incomeLine: "40000",
    ownsHomeLocally: true, perCapitaFloorArea: "14.99", localHukou: true, category: "minimum_living",
    inKindAllocation: false, areaPerPerson: "15",
  }),
  affordableRentalHousing: () => ({
    date: "2023-06-01", ownsHomeLocally: false, inPublicRental: false, marketRent: "2000",
    rent: "1800", unitArea: "70",
  }),
  policyParameters: () => ({}),
};
// Every export, from the package's own list (the table that generates the exports); a
// function without a valid input above is still fed every hostile value from `{}`.
const FUNCTIONS = pkg.functions();
for (const f of FUNCTIONS) VALID[f] ??= () => ({});
// INTERNAL is deliberately not in CODES: no input may produce it.

// Every path (list of keys) into a value: objects and arrays, including the root.
function paths(v, prefix = [], out = []) {
  out.push(prefix);
  if (v && typeof v === "object") {
    for (const k of Object.keys(v)) paths(v[k], [...prefix, k], out);
  }
  return out;
}
const PATHS = Object.fromEntries(FUNCTIONS.map((f) => [f, paths(VALID[f]())]));

function setAt(root, path, value) {
  if (path.length === 0) return value;
  let o = root;
  for (const k of path.slice(0, -1)) o = o[k];
  // A hostile value placed earlier may be a prototype or the global object itself: the test
  // must not write into those (that would be the test polluting them, not the module).
  if (SHARED.has(o) || o === null || typeof o !== "object") throw new TypeError("not a fresh parent");
  o[path[path.length - 1]] = value;
  return root;
}

const protoNames = (p) => Object.getOwnPropertyNames(p).sort();
const PROTOS = [Object.prototype, Array.prototype, Function.prototype, Error.prototype, String.prototype];
const SHARED = new Set([...PROTOS, globalThis]);

const MB = "9".repeat(1 << 20);
const MB_OBJ = { k: "x".repeat(1 << 20) };
const RENT_TEMPLATE = { date: "2023-06-01", maritalStatus: "single", ownsHomeInQinzhou: false,
  monthlyRent: "1200", months: 1, balances: { applicant: "5000" } };

function deepArray(depth) {
  let v = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}
function deepObject(depth) {
  let v = {};
  for (let i = 0; i < depth; i++) v = { members: v };
  return v;
}

// Fixed hostile values: each a thunk, so mutable ones are fresh per call.
const FIXED = [
  () => NaN, () => Infinity, () => -Infinity, () => -0, () => 0, () => 1e308, () => -1e308,
  () => 5e-324, () => -5e-324, () => Number.MAX_SAFE_INTEGER + 2, () => Number.MIN_SAFE_INTEGER,
  () => 2 ** 64, () => 1e21, () => 0.1 + 0.2, () => 1.005, () => -1, () => 1e12 + 0.01,
  () => "", () => " ", () => "NaN", () => "Infinity", () => "-0", () => "1e308", () => "0x10",
  () => "١٢٣", () => "１２３", () => "１２３.４５", () => "۱۲۳", () => "१२३", () => "12\u00a0345",
  () => "1,000", () => "1_000", () => "+1", () => "１", () => "2023-01-01T00:00:00Z",
  () => "２０２３-０１-０１", () => "2023-02-29", () => "9999-12-31", () => "0000-01-01",
  () => "\u0000", () => "\ud800", () => "\u202e1", () => "'; DROP TABLE", () => "<script>",
  () => "__proto__", () => "constructor", () => MB, () => MB_OBJ,
  () => null, () => undefined, () => true, () => false,
  () => [], () => [1, 2, 3], () => [{}], () => [[[]]], () => ["5000"], () => {},
  () => ({ length: 1e9 }), () => new Array(5), () => new Uint8Array(16), () => new ArrayBuffer(8),
  () => deepArray(5000), () => deepObject(5000), () => deepArray(100), () => deepObject(100),
  () => JSON.parse('{"__proto__": {"polluted": 1}}'),
  () => JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}'),
  () => ({ constructor: { prototype: { polluted: 1 } } }),
  () => Object.create(null),
  () => Object.assign(Object.create(null), { __proto__: { polluted: 1 } }),
  () => ({ get balance() { throw new Error("getter"); } }),
  () => ({ get x() { throw new TypeError("getter"); }, toString() { throw new Error("toString"); } }),
  () => ({ toJSON() { throw new Error("toJSON"); } }),
  () => ({ toJSON() { return undefined; } }),
  () => ({ toJSON() { return { polluted: 1 }; } }),
  () => ({ valueOf() { throw new Error("valueOf"); } }),
  () => new Proxy({}, { ownKeys() { throw new Error("ownKeys"); } }),
  () => new Proxy({}, { get() { throw new Error("get"); } }),
  () => new Proxy({ a: 1 }, { getOwnPropertyDescriptor() { throw new Error("gOPD"); } }),
  () => new Proxy([], { get(t, k) { return k === "length" ? 1e9 : undefined; } }),
  () => new Proxy({}, { ownKeys: () => ["__proto__", "polluted"], getOwnPropertyDescriptor: () => ({ value: 1, enumerable: true, configurable: true }) }),
  () => Symbol("s"), () => Symbol.iterator, () => ({ [Symbol("k")]: 1 }),
  () => 1n, () => 2n ** 70n, () => ({ x: 1n }), () => Object(1n),
  () => () => 1, () => function named() {}, () => class {}, () => Math.max,
  () => new Date(0), () => new Date(NaN), () => new Date("2023-06-01"),
  () => /re/g, () => new Map([[1, 2]]), () => new Set([1]), () => new WeakMap(), () => Promise.resolve(1),
  () => new Error("e"), () => new String("5000"), () => new Number(5000), () => new Boolean(false),
  () => globalThis, () => Object.prototype, () => Array.prototype,
  () => { const o = {}; o.self = o; return o; },
  () => ({ ...RENT_TEMPLATE, balances: { applicant: "5000", self: null } }),
  () => { const a = []; a.push(a); return a; },
];

function randomJunk(r, depth = 0) {
  const pick = Math.floor(r() * 14);
  switch (pick) {
    case 0: return r() * 10 ** Math.floor(r() * 40 - 10);
    case 1: return Math.floor(r() * 2 ** 53) * (r() < 0.2 ? -1 : 1);
    case 2: return (r() * 1e6).toFixed(Math.floor(r() * 5));
    case 3: return String.fromCodePoint(...Array.from({ length: Math.floor(r() * 12) }, () => Math.floor(r() * 0x10ffff) & 0xffff));
    case 4: return `${1900 + Math.floor(r() * 1200)}-${String(Math.floor(r() * 14)).padStart(2, "0")}-${String(Math.floor(r() * 33)).padStart(2, "0")}`;
    case 5: return ["single", "married", "self", "spouse", "parent", "child", "gazette", "none", "equal_installment", "voluntary", "sealed"][Math.floor(r() * 11)];
    case 6:
    case 7:
      if (depth < 4) return Array.from({ length: Math.floor(r() * 4) }, () => randomJunk(r, depth + 1));
      return [];
    case 8:
    case 9: {
      if (depth >= 4) return {};
      const keys = ["balance", "date", "members", "applicant", "__proto__", "constructor", "months", "zz"];
      const o = {};
      for (let i = Math.floor(r() * 4); i > 0; i--) {
        Object.defineProperty(o, keys[Math.floor(r() * keys.length)], {
          value: randomJunk(r, depth + 1), enumerable: true, configurable: true, writable: true,
        });
      }
      return o;
    }
    case 10: return FIXED[Math.floor(r() * FIXED.length)]();
    case 11: return r() < 0.5;
    case 12: return null;
    default: return String(Math.floor(r() * 1e5));
  }
}

function checkOutcome(fn, input) {
  let result;
  try {
    result = fn === "policyParameters" ? pkg.policyParameters(input) : pkg[fn](input);
  } catch (e) {
    if (!(e instanceof Error)) assert.fail(`${fn}: threw a non-Error: ${String(e)}`);
    if (typeof e.code !== "string" || !CODES.has(e.code)) {
      assert.fail(`${fn}: error without a known code: ${e.code} ${e.message}`);
    }
    assert.equal(typeof e.message, "string");
    assert.ok(e.message.length > 0, `${fn}: empty message`);
    assert.equal(typeof e.messageEn, "string");
    assert.ok(e.messageEn.length > 0, `${fn}: empty messageEn`);
    assert.ok(e.field === null || typeof e.field === "string", `${fn}: field ${e.field}`);
    return e.code;
  }
  assert.ok(result !== null && typeof result === "object", `${fn}: result ${result}`);
  return "OK";
}

const RENT = { date: "2023-06-01", maritalStatus: "single", ownsHomeInQinzhou: false,
  monthlyRent: "1200", months: 1, balances: { applicant: "5000" } };
const BOTH = { date: "2023-01-01", maritalStatus: "married",
  applicant: { contributing: true }, spouse: { contributing: true } };

function stillAnswers() {
  assert.equal(pkg.rentWithdrawal(RENT).total, "800.00");
  assert.equal(pkg.loanLimit(BOTH).limit, "450000.00");
  assert.equal(
    pkg.repaymentSchedule({ principal: "300000", annualRatePercent: "3.1", termMonths: 360,
      method: "equal_installment" }).firstPayment,
    "1281.05",
  );
}


test(`${CALLS} hostile calls: typed errors, a working module, untouched prototypes`, () => {
  const before = PROTOS.map(protoNames);
  const r = prng(SEED);
  const codes = new Map();
  const count = (c) => codes.set(c, (codes.get(c) ?? 0) + 1);
  let calls = 0;

  // Every fixed hostile value at every path (the root included) of every function, once.
  for (const fn of FUNCTIONS) {
    for (const path of PATHS[fn]) {
      for (const make of FIXED) {
        count(checkOutcome(fn, setAt(VALID[fn](), path, make())));
        calls++;
      }
    }
    // Extra keys, including the dangerous ones, next to valid fields.
    for (const key of ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"]) {
      const input = VALID[fn]();
      Object.defineProperty(input, key, { value: { polluted: 1 }, enumerable: true });
      count(checkOutcome(fn, input));
      calls++;
    }
    stillAnswers();
  }

  // Then random junk at random paths until CALLS.
  while (calls < CALLS) {
    const fn = FUNCTIONS[Math.floor(r() * FUNCTIONS.length)];
    const ps = PATHS[fn];
    let input = VALID[fn]();
    const edits = 1 + Math.floor(r() * 3);
    for (let i = 0; i < edits; i++) {
      const path = ps[Math.floor(r() * ps.length)];
      try {
        input = setAt(input, path, randomJunk(r));
      } catch {
        // An earlier edit replaced a parent with a non-object; keep the input as it is.
      }
    }
    count(checkOutcome(fn, input));
    calls++;
    if (calls % 5000 === 0) stillAnswers();
  }

  stillAnswers();
  assert.ok(calls >= CALLS);
  assert.deepEqual(PROTOS.map(protoNames), before, "a prototype gained or lost a property");
  assert.equal({}.polluted, undefined);
  assert.equal([].polluted, undefined);
  assert.equal(Object.prototype.polluted, undefined);
  assert.equal(Object.getPrototypeOf({}), Object.prototype);
  // The run reached the calculators, not only the parser.
  assert.ok((codes.get("OK") ?? 0) > 1000, `only ${codes.get("OK")} results`);
  for (const c of ["INVALID_INPUT", "INVALID_TYPE", "INVALID_AMOUNT", "INVALID_DATE", "UNKNOWN_FIELD"]) {
    assert.ok(codes.get(c) > 0, `no ${c}`);
  }
});

test("results are fresh plain objects: mutating one does not change the next", () => {
  const a = pkg.rentWithdrawal(RENT);
  a.total = "polluted";
  a.steps.length = 0;
  Object.setPrototypeOf(a, null);
  const b = pkg.rentWithdrawal(RENT);
  assert.equal(b.total, "800.00");
  assert.ok(b.steps.length > 0);
  assert.equal(Object.getPrototypeOf(b), Object.prototype);
});
