// The gazette fixtures (tests/fixtures/*.json) through the built wasm package: the same
// results must cross the JS boundary as they do natively.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import pkg from "./load.mjs";

const dir = new URL("../fixtures/", import.meta.url);
const lookup = (v, path) => path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), v);

for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
  const cases = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
  for (const c of cases) {
    test(`${file} [${c.clause}] ${c.name}`, () => {
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
        for (const [path, want] of Object.entries(c.expect)) {
          assert.deepEqual(lookup(result, path), want, path);
        }
      }
    });
  }
}
