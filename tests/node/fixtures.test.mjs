// The gazette fixtures (tests/fixtures/*.json) through the built wasm package: the same
// results must cross the JS boundary as they do natively. The expectation paths are those of
// tests/suite/fixtures.rs (DESIGN.md, Tests): keys, indexes, `name[key=value]` (the first
// element whose key is value), `name[key=value]*` (any such element), `codes` (the sorted
// codes of an array of { code }), and a selector with a true/false expectation for existence.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import pkg from "./load.mjs";
import { check, parsePath } from "./selectors.mjs";

const dir = new URL("../fixtures/", import.meta.url);
const { legacyWithoutDerivation } = JSON.parse(
  readFileSync(new URL("../fixture-derivations.json", import.meta.url), "utf8"),
);

test("selectors pick by rule and code, not position", () => {
  const r = {
    steps: [
      { rule: "甲 一", basis: "gazette", value: "1.00" },
      { rule: "本库解释", basis: "interpretation" },
      { rule: "本库解释", basis: "interpretation", value: "2.00" },
      { rule: "甲 二(一)", basis: "gazette", value: 3 },
    ],
    warnings: [{ code: "B", basis: "site" }, { code: "A", basis: "law" }],
    reasons: [],
  };
  const ok = (path, want) => check(r, path, want);
  const bad = (path, want) => assert.throws(() => check(r, path, want), undefined, `${path} = ${want} should fail`);
  ok("steps[rule=甲 一].basis", "gazette");
  ok("steps[rule=甲 二(一)].value", 3);
  bad("steps[rule=甲 二(一)].value", "3");
  bad("steps[rule=本库解释].value", "2.00");
  ok("steps[rule=本库解释]*.value", "2.00");
  bad("steps[rule=本库解释]*.value", "9.00");
  ok("steps[rule=甲 一]", true);
  ok("steps[rule=乙 一]", false);
  bad("steps[rule=乙 一].basis", "gazette");
  ok("warnings[code=A].basis", "law");
  ok("warnings.codes", ["A", "B"]);
  bad("warnings.codes", ["B", "A"]);
  ok("reasons.codes", []);
  ok("reasons[code=A]", false);
  ok("steps.1.basis", "interpretation");
  assert.throws(() => parsePath("steps[rule=x.basis"));
  assert.throws(() => parsePath("steps[rule].basis"));
  assert.throws(() => parsePath("steps..basis"));
});

let withoutDerivation = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
  const cases = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
  for (const c of cases) {
    if (!("derivation" in c)) withoutDerivation += 1;
    test(`${file} [${c.clause}] ${c.name}`, () => {
      if ("derivation" in c) {
        assert.ok(typeof c.derivation === "string" && c.derivation.trim() !== "", "derivation is a non-empty text");
      }
      const fn = pkg[c.function];
      assert.equal(typeof fn, "function", `${c.function} is exported by the package`);
      if (c.error) {
        assert.throws(
          () => fn(c.input),
          (e) => {
            assert.ok(e instanceof Error, "an Error");
            assert.equal(e.code, c.error.code, `${e.code}: ${e.messageEn}`);
            if ("field" in c.error) assert.equal(e.field, c.error.field);
            assert.ok(e.message.length > 0 && e.messageEn.length > 0);
            return true;
          },
        );
      } else {
        const result = fn(c.input);
        for (const [path, want] of Object.entries(c.expect)) check(result, path, want);
      }
    });
  }
}

test("no more cases without a derivation than the legacy ones", () => {
  assert.ok(
    withoutDerivation <= legacyWithoutDerivation,
    `${withoutDerivation} cases have no derivation, more than the ${legacyWithoutDerivation} legacy ones: every new case says how its expectation was worked out`,
  );
});
