#!/usr/bin/env node
// Rewrites positional fixture expectations (`steps.3.rule`, `steps.3.basis`, `warnings.0.code`,
// …) into keyed ones (`steps[rule=钦市金管委规〔2023〕1号 一].basis`, `warnings[code=X].basis`)
// wherever the key is unique in the case's result, so that the expectation names the rule or
// code it is about instead of its position (DESIGN.md, Tests).
//
//   node scripts/rekey-fixtures.mjs            # dry run: what it would convert, per file
//   node scripts/rekey-fixtures.mjs --write    # rewrite tests/fixtures/*.json in place
//   node scripts/rekey-fixtures.mjs --write tests/fixtures/loan_limit.json   # some files
//   node scripts/rekey-fixtures.mjs --any      # also key shared rules with `[rule=R]*`
//
// Needs the built package (bash scripts/build.sh): the result of each case tells which rule
// sits at a position and whether it is unique there. A group `steps.N.*` is rewritten as a
// whole or not at all: `steps.N.rule` itself becomes `steps[rule=R]: true` when nothing else of
// step N is asserted, and is dropped otherwise (a keyed path fails when no such step exists).
// Every rewritten case is checked against its result with the new keys before it is written.
// What stays positional: steps whose rule is shared by several steps (本库解释 above all),
// and warnings or reasons whose code repeats. With --any those become `steps[rule=R]*.field`
// ("some step with rule R has this"), which keeps the claim but not which of them.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { check } from "../tests/node/selectors.mjs";
import pkg from "../tests/node/load.mjs";

const args = process.argv.slice(2);
const write = args.includes("--write");
const anyMatch = args.includes("--any");
const only = args.filter((a) => a !== "--write" && a !== "--any");
const dir = new URL("../tests/fixtures/", import.meta.url);
const files = only.length
  ? only.map((f) => new URL(`../${f}`, import.meta.url))
  : readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => new URL(f, dir));

/** The field a list is keyed by. */
const KEY = { steps: "rule", warnings: "code", reasons: "code" };
const POSITIONAL = /^(steps|warnings|reasons)\.(\d+)(?:\.(.+))?$/;

const totals = { expectations: 0, positional: 0, converted: 0, dropped: 0, kept: 0, shared: 0, cases: 0, casesChanged: 0 };
const keptWhy = {};

for (const url of files) {
  const text = readFileSync(url, "utf8");
  const cases = JSON.parse(text);
  const stats = { positional: 0, converted: 0, dropped: 0, kept: 0, shared: 0 };
  for (const c of cases) {
    totals.cases += 1;
    if (!c.expect) continue;
    const entries = Object.entries(c.expect);
    totals.expectations += entries.length;
    const groups = new Map();
    for (const [path] of entries) {
      const m = POSITIONAL.exec(path);
      if (!m) continue;
      stats.positional += 1;
      const id = `${m[1]}.${m[2]}`;
      if (!groups.has(id)) groups.set(id, { list: m[1], index: Number(m[2]), fields: [] });
      groups.get(id).fields.push({ path, field: m[3] });
    }
    if (groups.size === 0) continue;
    const result = pkg[c.function](c.input);
    const rename = new Map(); // old path → new path, or null to drop
    for (const g of groups.values()) {
      const keyField = KEY[g.list];
      const item = result[g.list]?.[g.index];
      const value = item?.[keyField];
      const why =
        item === undefined ? "no such item" :
        typeof value !== "string" ? `no ${keyField}` :
        /[\]]/.test(value) ? "key holds ]" :
        !anyMatch && result[g.list].filter((x) => x[keyField] === value).length > 1 ? `${g.list} ${keyField} not unique (${value})` :
        g.fields.some((f) => f.field === undefined) ? "whole item asserted" :
        null;
      if (why) {
        stats.kept += g.fields.length;
        const reason = why.replace(/ \(.*\)$/, "");
        keptWhy[reason] = (keptWhy[reason] ?? 0) + g.fields.length;
        continue;
      }
      const shared = result[g.list].filter((x) => x[keyField] === value).length > 1;
      const selector = `${g.list}[${keyField}=${value}]${shared ? "*" : ""}`;
      if (shared) stats.shared += g.fields.length;
      const others = g.fields.filter((f) => f.field !== keyField);
      for (const f of g.fields) {
        if (f.field === keyField) {
          if (others.length === 0) {
            rename.set(f.path, selector);
          } else {
            rename.set(f.path, null);
            stats.dropped += 1;
            continue;
          }
        } else {
          rename.set(f.path, `${selector}.${f.field}`);
        }
        stats.converted += 1;
      }
    }
    if (rename.size === 0) continue;
    const expect = {};
    for (const [path, want] of entries) {
      if (!rename.has(path)) expect[path] = want;
      else if (rename.get(path) !== null) {
        const keyed = rename.get(path);
        // `steps[rule=R]` on its own asserts that such a step exists.
        expect[keyed] = keyed.endsWith("]") || keyed.endsWith("]*") ? true : want;
      }
    }
    for (const [path, want] of Object.entries(expect)) {
      try {
        check(result, path, want);
      } catch (e) {
        throw new Error(`${c.name}: the rewritten ${path} does not hold: ${e.message}`);
      }
    }
    c.expect = expect;
    totals.casesChanged += 1;
  }
  for (const k of Object.keys(stats)) totals[k] += stats[k];
  const name = url.pathname.split("/").pop();
  console.log(
    `${name}: ${stats.positional} positional, ${stats.converted} rewritten by key, ${stats.dropped} dropped (implied), ${stats.kept} left positional`,
  );
  if (write) writeFileSync(url, `${JSON.stringify(cases, null, 1)}\n`);
}
console.log(
  `\n${totals.cases} cases, ${totals.expectations} expectations: ${totals.positional} positional; ` +
    `${totals.converted} rewritten by rule or code (${totals.shared} of those with a shared rule, as [rule=R]*), ${totals.dropped} dropped as implied by them, ` +
    `${totals.kept} left positional (${Object.entries(keptWhy).map(([k, v]) => `${v}: ${k}`).join("; ")}); ` +
    `${totals.casesChanged} cases changed${write ? " and written" : " (dry run: nothing written)"}`,
);
