// Each group's entry (qinzhou-policy-calc/<group>) in Node, as the installed package resolves
// it (its `node` condition initialises itself): which functions it exports, and whether every
// fixture of those functions gives the same result (or the same error) as the main entry.
// argv[2]: a JSON file { groups: { group: [function, …] }, fixtures: [{ name, function, input }] }.
import { readFileSync } from "node:fs";
import * as main from "qinzhou-policy-calc";

// The words' functions every entry has besides its calculators (the text catalogue's API).
const TEXT_API = ["setTexts", "languages", "localize", "renderText", "loadLanguage"];
const { groups, fixtures } = JSON.parse(readFileSync(process.argv[2], "utf8"));
const outcome = (fn, input) => {
  try {
    return JSON.stringify(fn(input));
  } catch (e) {
    return `error ${e.code} ${e.field} ${e.message} ${e.messageEn} ${e instanceof main.CalculatorError}`;
  }
};
const out = {};
for (const group of Object.keys(groups)) {
  const mod = await import(`qinzhou-policy-calc/${group}`);
  const functions = Object.keys(mod).filter((k) => typeof mod[k] === "function" && !["default", "initSync", "CalculatorError", ...TEXT_API].includes(k));
  const same = [];
  const differ = [];
  for (const f of fixtures.filter((f) => functions.includes(f.function))) {
    (outcome(mod[f.function], f.input) === outcome(main[f.function], f.input) ? same : differ).push(`${f.function}: ${f.name}`);
  }
  out[group] = {
    functions: functions.sort(),
    listed: mod.functions(),
    same,
    differ,
    oneErrorClass: mod.CalculatorError === main.CalculatorError,
    hasInit: typeof mod.default === "function" && typeof mod.initSync === "function",
  };
}
console.log(JSON.stringify(out));
