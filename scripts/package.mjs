// Completes pkg/ after wasm-bindgen: the TypeScript declarations' comments in plain words,
// the JS entries (index.js, and modules/<group>/index.js for each group module: the
// calculators wrapped by wrap.js with CalculatorError and NOT_INITIALIZED), the Node entries, the README, the clause texts
// (sources.json), the widgets (widgets/: one module per element and a shared kit, with their
// TypeScript declarations), the one-file script for a plain <script type="module"> embed
// (widgets/qz-widgets.js, and one per element, bundled with esbuild), the Custom Elements
// Manifest, and package.json.
import { readFileSync, writeFileSync, copyFileSync, existsSync, cpSync, rmSync, readdirSync, mkdirSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const root = resolve(new URL("..", import.meta.url).pathname);
process.chdir(root);
const crate = "qinzhou_policy_calc";
const cargo = readFileSync("Cargo.toml", "utf8");
const field = (name) => {
  const m = cargo.match(new RegExp(`^${name} = "(.*)"$`, "m"));
  if (!m) throw new Error(`Cargo.toml has no ${name}`);
  return m[1];
};

// ---- the JS entries: wrap every calculator each module's glue exports ---------------------
// The all-in-one module (pkg/) and one per group (pkg/modules/<group>/, built by build.sh
// from the features in Cargo.toml). Every entry is a few generated lines that hand its glue to
// the one wrapper, wrap.js (from npm/wrap.js), so what a call does is written once. Which
// functions a group has is read from its glue: the one table in src/boundary/api.rs decided.
const exportsOf = (dir) =>
  [...readFileSync(`${dir}/${crate}.js`, "utf8").matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]).filter((n) => n !== "initSync");
const functions = exportsOf("pkg");
if (!functions.includes("loanLimit")) throw new Error("package.mjs: no calculators found in the glue");
const groups = existsSync("pkg/modules") ? readdirSync("pkg/modules").sort() : [];
const groupFunctions = Object.fromEntries(groups.map((g) => [g, exportsOf(`pkg/modules/${g}`)]));
const COMMON = ["policyParameters", "functions"];
// Groups outside the browser's all-in-one module: the modules build.sh made for a feature that
// Cargo.toml's `all` does not list (the 一县一业 incentives, for the investment and labour sites,
// never downloaded by a housing-fund page). The Node main entry exposes them with every other
// function (below).
const ALL_FEATURES = (cargo.match(/^all = \[([^\]]*)\]$/m)?.[1] ?? "").match(/[\w-]+/g) ?? [];
const SEPARATE = groups.filter((g) => !ALL_FEATURES.includes(g));
for (const [g, fns] of Object.entries(groupFunctions)) {
  if (!COMMON.every((f) => fns.includes(f))) throw new Error(`package.mjs: module ${g} lacks ${COMMON.join(" or ")}`);
  if (fns.length === COMMON.length) throw new Error(`package.mjs: module ${g} has no calculator (is its feature in the table?)`);
  if (SEPARATE.includes(g)) continue;
  for (const f of fns) if (!functions.includes(f)) throw new Error(`package.mjs: ${g} exports ${f}, the all-in-one module does not`);
}
// Every calculator in some group, so every widget has a module to load.
for (const f of functions) {
  if (!groups.some((g) => groupFunctions[g].includes(f))) throw new Error(`package.mjs: ${f} is in no group module`);
}
// Every page loads wrap.js, so it ships without its comments and spaces (nothing renamed:
// CalculatorError keeps its name); npm/wrap.js is the source to read and edit. The entries
// below are a few lines each, with a one-line comment for the same reason.
const esbuild = await import("esbuild");
const BROWSER_TARGETS = ["chrome96", "edge96", "safari15.1", "ios15.1", "firefox79"];
writeFileSync(
  "pkg/wrap.js",
  esbuild.transformSync(readFileSync("npm/wrap.js", "utf8"), { minifyWhitespace: true, format: "esm", target: BROWSER_TARGETS, legalComments: "none", charset: "utf8" }).code,
);
copyFileSync("npm/wrap.d.ts", "pkg/wrap.d.ts");
// ---- the text catalogue ---------------------------------------------------------------
// texts/<lang>/<group>.json is the catalogue the Rust crate compiles in. The package ships the
// renderer (pkg/texts/render.js) and, beside each entry, one module per language with the
// groups that entry's calculators speak (texts-<lang>.js, written with the entries below):
// modules, not JSON, since a JSON import needs import attributes, which Safari 15.1 and
// Firefox 79 lack.
const LANGS = readdirSync("texts", { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const TEXT_GROUPS = readdirSync(`texts/${LANGS[0]}`).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();
for (const lang of LANGS) {
  const groups = readdirSync(`texts/${lang}`).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();
  if (groups.join() !== TEXT_GROUPS.join()) throw new Error(`package.mjs: texts/${lang}/ has other groups than texts/${LANGS[0]}/`);
}
rmSync("pkg/texts", { recursive: true, force: true });
mkdirSync("pkg/texts", { recursive: true });
writeFileSync(
  "pkg/texts/render.js",
  esbuild.transformSync(readFileSync("texts/render.js", "utf8"), { minifyWhitespace: true, format: "esm", target: BROWSER_TARGETS, legalComments: "none", charset: "utf8" }).code,
);

// Which catalogue groups an entry loads: those of the Rust modules its calculators reach. A
// group is named after the module that uses its keys (texts/zh/loan_limit.json: the keys of
// src/calculators/loan_limit.rs; the tests check every key sits in its module's group), so the
// groups a calculator needs are the modules it imports, followed through `crate::…` paths, plus
// the shared words of errors and input (common, errors) that every call can produce.
const sourceOf = new Map(
  readdirSync("src", { recursive: true })
    .filter((f) => f.endsWith(".rs"))
    // The code only: a module's tests (from its first #[cfg(test)]) may call anything.
    .map((f) => [f.split("/").pop().slice(0, -3), readFileSync(`src/${f}`, "utf8").split("#[cfg(test)]")[0]]),
);
// The folder a module lives in, when it is a group of its own (src/calculators/incentives/).
const folderOf = new Map(
  readdirSync("src", { recursive: true })
    .filter((f) => f.endsWith(".rs"))
    .map((f) => [f.split("/").pop().slice(0, -3), f.split("/").slice(-2, -1)[0]]),
);
const table = readFileSync("src/boundary/api.rs", "utf8");
const moduleOfFunction = Object.fromEntries(
  [...table.matchAll(/^\s*"(\w+)" (\w+) \w+ crate::(?:\w+::)*?(\w+)::\w+,/gm)].map((m) => [m[2], m[3]]),
);
function textGroupsOf(fns) {
  const seen = new Set(["common", "errors"]);
  const todo = fns.map((f) => moduleOfFunction[f]).filter(Boolean);
  const reached = new Set();
  while (todo.length) {
    const m = todo.pop();
    if (TEXT_GROUPS.includes(m)) seen.add(m);
    // The boundary (api, input) names every calculator; it adds only errors' words.
    if (reached.has(m) || !sourceOf.has(m) || m === "api" || m === "input") continue;
    reached.add(m);
    if (TEXT_GROUPS.includes(folderOf.get(m))) seen.add(folderOf.get(m));
    for (const [, used] of sourceOf.get(m).matchAll(/(?:crate|super)::(\w+)/g)) todo.push(used);
  }
  for (const m of reached) if (TEXT_GROUPS.includes(m)) seen.add(m);
  return [...seen].sort();
}
const entryJs = (base, fns, what, outDir) => {
  const calculators = fns.filter((f) => !COMMON.includes(f));
  const groups = textGroupsOf(calculators);
  // A group entry's words come in one file per language (its groups' templates together: one
  // request and one gzip stream, not one per group); the all-in-one entry loads texts/<lang>.js.
  // The all-in-one entry's file holds every group.
  for (const lang of LANGS) {
    const templates = Object.assign({}, ...groups.map((g) => JSON.parse(readFileSync(`texts/${lang}/${g}.json`, "utf8"))));
    writeFileSync(`${outDir}/texts-${lang}.js`, `import{setTexts}from"${base}texts/render.js";setTexts(${JSON.stringify(lang)},${JSON.stringify(templates)});\n`);
  }
  const loaders = LANGS.map((lang) => `${lang}:()=>import("./texts-${lang}.js")`).join(",");
  return `// Entry of ${what}, generated by scripts/package.mjs; the wrapper is npm/wrap.js.
import rawInit, * as raw from "./${crate}.js";
import { entry } from "${base}wrap.js";

export { CalculatorError, setTexts, languages, localize, renderText } from "${base}wrap.js";
const { init, initSync, wrap, loadLanguage } = entry(rawInit, raw, {${loaders}});
export default init;
export { initSync, loadLanguage };
` + fns.map((f) => `export const ${f} = wrap(${JSON.stringify(f)});\n`).join("");
};
writeFileSync("pkg/index.js", entryJs("./", functions, "every calculator", "pkg"));
for (const f of ["index.d.ts", "node.js", "node.d.ts", "README.md"]) copyFileSync(`npm/${f}`, `pkg/${f}`);
// In Node the main entry has every function: the separate groups' calculators too, from their
// own (self-initialising) Node entries.
for (const g of SEPARATE.filter((g) => groups.includes(g))) {
  const own = groupFunctions[g].filter((f) => !COMMON.includes(f));
  const line = `export { ${own.join(", ")} } from "./modules/${g}/node.js";\n`;
  writeFileSync("pkg/node.js", readFileSync("pkg/node.js", "utf8") + line);
  writeFileSync("pkg/node.d.ts", readFileSync("pkg/node.d.ts", "utf8") + line);
}
// ... and policyParameters() lists what those calculators use too: this entry's table, then each
// separate group's parameters it lacks (a version once, keyed by id and dates). The separate
// groups' parameters close the native table, so this is the native (all-features) order;
// tests/node/parameters.test.mjs checks it against tests/golden/parameter-ids.json.
const separateHere = SEPARATE.filter((g) => groups.includes(g));
if (separateHere.length > 0) {
  const imports = separateHere
    .map((g, i) => `import { policyParameters as p${i}, functions as f${i} } from "./modules/${g}/node.js";\n`)
    .join("");
  const lists = separateHere.map((_, i) => `p${i}(...a)`).join(", ");
  const names = separateHere.map((_, i) => `f${i}()`).join(", ");
  writeFileSync(
    "pkg/node.js",
    readFileSync("pkg/node.js", "utf8") +
      `import { policyParameters as own, functions as ownFunctions } from "./index.js";\n${imports}` +
      // functions() names every function this entry exports, the separate groups' too, once each.
      `export function functions() {\n  return [...new Set([ownFunctions(), ${names}].flat())];\n}\n` +
      `export function policyParameters(...a) {\n  const seen = new Set();\n  return [own(...a), ${lists}].flat().filter((p) => {\n` +
      "    const key = `${p.id} ${p.effectiveFrom} ${p.effectiveTo}`;\n" +
      "    return !seen.has(key) && seen.add(key);\n  });\n}\n",
  );
}
for (const g of groups) {
  const dir = `pkg/modules/${g}`;
  writeFileSync(`${dir}/index.js`, entryJs("../../", groupFunctions[g], `the ${g} group (${groupFunctions[g].filter((f) => !COMMON.includes(f)).join(", ")})`, dir));
  const dts = readFileSync("npm/index.d.ts", "utf8");
  if (!dts.includes('"./wrap.js"')) throw new Error("package.mjs: npm/index.d.ts no longer names ./wrap.js");
  writeFileSync(`${dir}/index.d.ts`, dts.replace('"./wrap.js"', '"../../wrap.js"'));
  // node.js finds its wasm beside itself, so the same file serves every folder.
  for (const f of ["node.js", "node.d.ts"]) copyFileSync(`npm/${f}`, `${dir}/${f}`);
}

// ---- the TypeScript declarations' comments in plain words ---------------------------------
// tsify copies the Rust doc comments into the .d.ts as JSDoc, with their intra-doc links
// ([`MAX_TERM_MONTHS`], [`loan_limit`]) and range syntax (1..=N), which mean nothing in a
// TypeScript editor. They are rewritten here: a constant becomes its value (read from src/),
// a calculator its JavaScript function, a field of the same type its JavaScript name, a type
// the .d.ts declares its name, `a..=b` "a to b". A link with no plain reading fails the build, so the doc comment gets reworded.
for (const dtsFile of [`pkg/${crate}.d.ts`, ...groups.map((g) => `pkg/modules/${g}/${crate}.d.ts`)]) {
  const constants = new Map();
  for (const f of readdirSync("src", { recursive: true }).filter((n) => n.endsWith(".rs"))) {
    for (const m of readFileSync(`src/${f}`, "utf8").matchAll(/^pub const ([A-Z][A-Z0-9_]*): [a-z0-9]+ = ([0-9_]+);$/gm)) {
      constants.set(m[1], Number(m[2].replaceAll("_", "")).toLocaleString("en-US"));
    }
  }
  const camel = (snake) => snake.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
  // Rust-only items a comment may name, in the words a JavaScript reader needs.
  const RUST_ONLY = {
    default_rate: "`policyParameters()`: the People's Bank of China rates by home and term",
  };
  const unresolved = [];
  const text = readFileSync(dtsFile, "utf8");
  const tsTypes = new Set([...text.matchAll(/^export (?:interface|type|enum) (\w+)/gm)].map((m) => m[1]));
  const plain = text
    // [`name`] and [`name`](path): the path is Rust's, the name is read below.
    .replace(/\[`([^`\]]+)`\](?:\([^)\s]*\))?/g, (link, name) => {
      if (constants.has(name)) return constants.get(name);
      if (functions.includes(camel(name)) || Object.values(groupFunctions).some((fns) => fns.includes(camel(name)))) return `\`${camel(name)}()\``;
      if (name.startsWith("Self::")) return `\`${camel(name.slice(6))}\``;
      if (tsTypes.has(name)) return `\`${name}\``;
      if (RUST_ONLY[name]) return RUST_ONLY[name];
      unresolved.push(link);
      return link;
    })
    .replace(/(\d[\d,]*)\.\.=(\d[\d,]*)/g, "$1 to $2");
  if (unresolved.length) throw new Error(`package.mjs: no plain words for ${unresolved.join(", ")} in ${dtsFile}: reword the doc comment or add it here`);
  writeFileSync(dtsFile, plain);
}

// ---- the clause texts ---------------------------------------------------------------------
// data/sources.json is the clause texts' source of truth (checked against the gazette by its
// own test). Without it the package ships an empty list, so that a widget whose reader opens
// 计算依据 shows the steps without quotes rather than failing a request.
if (existsSync("data/sources.json")) copyFileSync("data/sources.json", "pkg/sources.json");
else {
  console.warn("package.mjs: data/sources.json is missing; the package ships an empty sources.json");
  writeFileSync("pkg/sources.json", "[]\n");
}

// ---- the widgets -------------------------------------------------------------------------
rmSync("pkg/widgets", { recursive: true, force: true });
cpSync("www/widgets", "pkg/widgets", { recursive: true });
// The kit's map of modules (kit/package.js imports it): which group each calculator is in, as
// the group modules' own exports say, and one literal import() per group module, so that a
// bundler (esbuild below, Vite, webpack) sees each module and a page fetches only the one its
// widget asks for. groupOf(fn, allInOne) says which module a widget loads. The file in the
// package has every group; a one-element bundle gets the groups of its own side only (a
// housing-fund element's bundle carries no incentive group, an incentive element's no housing
// one), and the all-widgets bundle none (see bundle() below).
const modulesJs = (list, full) =>
  `// Generated by scripts/package.mjs from the group modules (the calculators table in
// src/boundary/api.rs): the group of each calculator, and how to load each module.
export const GROUP = ${JSON.stringify(
    Object.fromEntries(list.flatMap((g) => groupFunctions[g].filter((f) => !COMMON.includes(f)).map((f) => [f, g]))),
    null,
    2,
  )};
export const LOAD = {
${list.map((g) => `  ${JSON.stringify(g)}: () => import("../../modules/${g}/index.js"),\n`).join("")}};
export const ALL = () => import("../../index.js");
` +
  (full
    ? `// The groups outside the all-in-one module (the 一县一业 incentives): their own module even
// where every housing-fund element shares the all-in-one (useAllInOne()).
export const SEPARATE = ${JSON.stringify(SEPARATE)};
/** The module for the calculator \`fn\`: its group's, else (or after useAllInOne()) "all". */
export const groupOf = (fn, allInOne) => (GROUP[fn] && !(allInOne && !SEPARATE.includes(GROUP[fn])) ? GROUP[fn] : "all");
`
    : `export const groupOf = (fn) => GROUP[fn] || "all";\n`);
writeFileSync("pkg/widgets/kit/modules.js", modulesJs(groups, true));

// Load them in Node (they load without a DOM, as under SSR) to read what each element declares:
// the housing-fund elements (widgets/index.js, the all-in-one module) and the 一县一业 incentive
// elements (widgets/incentives.js, the incentives module), whose types come from that module.
const widgets = await import(pathToFileURL(resolve("pkg/widgets/index.js")).href);
const incentiveWidgets = await import(pathToFileURL(resolve("pkg/widgets/incentives.js")).href);
const elementsOf = (mod) => Object.values(mod).filter((c) => typeof c === "function" && c.tagName && c !== mod.QzCalculator);
const housingElements = elementsOf(widgets);
const incentiveElements = elementsOf(incentiveWidgets);
const elements = [...housingElements, ...incentiveElements];
/** The functions an element calls: one, or (an incentive element) the calculators it offers. */
const fnsOf = (cls) => cls.fns ?? [cls.fn];
const dir = (cls) => cls.tagName.replace(/^qz-/, "");
const modulePath = (cls) => `widgets/${dir(cls)}/${dir(cls)}.js`;
const pascal = (fn) => fn[0].toUpperCase() + fn.slice(1);

const ATTRIBUTE_DOCS = {
  lang: "Language of the widget: `zh` (default; also follows <html lang>) or `en`.",
  date: "The day whose rules apply, `YYYY-MM-DD` (default: today).",
  "emit-initial": "Boolean: also fire `qz-result` for the first result, computed from the defaults.",
  "heading-level": "The level of the widget's title, `1` to `6` (default `2`: an `<h2>`); its sub-headings are one level below. Set it to fit the page's outline.",
  "yuan-per-point": "Site setting: yuan of loan per deposit point (voluntary depositors); the gazette sets none.",
  "max-loan-to-value": "Site setting: the loan may not exceed this share of the home's price, e.g. `0.8`; shows the price field.",
  "balance-multiple": "Site setting: the loan may not exceed this multiple of the account balance; shows the balance field.",
  "max-repayment-ratio": "Site setting: the monthly payment may not exceed this share of income, e.g. `0.5` (with annual-rate-percent and term-months, shows the income field).",
  "annual-rate-percent": "Annual loan rate in percent used for the calculation, e.g. `3.1`.",
  "term-months": "Loan term in months, e.g. `360`.",
  "income-line": "Site setting: the 公租房 income line, last year's urban per-capita disposable income as published by the city, in yuan; the gazette gives no figure. Without it the visitor enters it.",
  "area-per-person": "Site setting: m² per person the 公租房 subsidy standard is paid on; the gazette sets none. Without it the result gives eligibility and tier only.",
  calculator: "Which of the element's calculators is chosen first (its function's name, e.g. `enterpriseLedInvestmentReward`); the visitor can change it. Default: the first.",
  "milestone-inclusive": "Site setting (boolean): revenue exactly at a milestone counts as exceeding it (`settings.milestoneInclusive` of revenueMilestoneBonus); the gazette says 突破, read as exceeding by default.",
  "rate-per-person": "Site setting: the employment service subsidy per person placed, in yuan, within the gazette's 600–1000 (`settings.ratePerPerson`). Without it the result gives the range.",
  "partial-year": "Site setting: how the workshop's employment subsidy pays a part year (`settings.partialYear`): `pro_rata_months` (default) or `full_year_only`.",
};
const EVENTS = [
  {
    name: "qz-result",
    detail: "QzResultDetail",
    description:
      "A new valid result is shown: after the person's input (debounced " + widgets.DEBOUNCE_MS + " ms while typing; at once on Calculate, Enter, a choice or leaving a field) or a change of an attribute. Not for the first result from the defaults unless `emit-initial`; not twice for the same input. `detail`: `{ result, input }`.",
  },
  {
    name: "qz-invalid",
    detail: "QzInvalidDetail",
    description:
      "The input became invalid or incomplete, so the last `qz-result` no longer matches the form (fired once per distinct set of errors). `detail`: `{ code, field, message, messageEn, errors }`: the first problem, and `errors`, every problem found (each `{ code, field, message, messageEn }`).",
  },
];
const PARTS = {
  card: "The whole calculator (border, background, padding).",
  title: "The calculator's title (a heading at heading-level).",
  "error-summary": "The list of every problem at the top, shown after Calculate.",
  echo: "What a number was read as, under its field (\"= 450,000 元\" for \"45万\").",
  fallback: "Around the page's own content inside the tag, shown only when the browser cannot run the calculator.",
  form: "The form.",
  field: "One field: label, control, error and hint.",
  label: "A field's label.",
  input: "Every input and select (also `checkbox`, `select`).",
  hint: "A field's hint.",
  error: "A field's error message.",
  button: "Every button (also `calculate`, `reset`).",
  result: "The result box (headline).",
  amount: "The headline amount.",
  steps: "The 计算依据 (how this was calculated) section.",
  disclaimer: "The rule applied and the disclaimer under the result.",
};
const CSS_DOCS = {
  "--qz-font-family": "Font family.",
  "--qz-font-size": "Base font size; everything scales from it.",
  "--qz-text-color": "Text colour.",
  "--qz-title-color": "Title colour.",
  "--qz-muted-color": "Hints, labels and secondary text.",
  "--qz-accent": "Primary button, focus and highlights.",
  "--qz-accent-hover": "Primary button on hover.",
  "--qz-on-accent": "Text on the accent colour.",
  "--qz-bg": "Card background.",
  "--qz-border-color": "Card, fieldset and table borders.",
  "--qz-border-width": "Border width: the card and every border (inputs 1.5×, errors 2×).",
  "--qz-radius": "Card corner radius.",
  "--qz-input-bg": "Input background.",
  "--qz-input-border-color": "Input border.",
  "--qz-input-radius": "Input, button and notice corner radius.",
  "--qz-focus-color": "Focus ring.",
  "--qz-result-bg": "Result box background.",
  "--qz-result-border-color": "Result box border.",
  "--qz-result-radius": "Result box corner radius.",
  "--qz-amount-color": "The headline amount.",
  "--qz-error-color": "Errors and ineligible verdicts.",
  "--qz-ok-color": "Positive verdicts and information notices.",
  "--qz-warn-color": "Warnings and the out-of-date note.",
  "--qz-spacing": "Base spacing; every padding, gap and margin scales from it.",
  "--qz-chart-1": "Chart: principal, existing places.",
  "--qz-chart-2": "Chart: interest, planned places.",
  "--qz-chart-3": "Chart: places needed.",
};
for (const name of Object.keys(widgets.CSS_PROPERTIES)) if (!CSS_DOCS[name]) throw new Error(`package.mjs: document ${name}`);

const allAttributes = (cls) => [["lang", "lang", "string"], ...cls.attributes];
const manifest = {
  schemaVersion: "2.1.0",
  readme: "README.md",
  modules: elements.map((cls) => ({
    kind: "javascript-module",
    path: modulePath(cls),
    declarations: [
      {
        kind: "class",
        name: cls.name,
        tagName: cls.tagName,
        customElement: true,
        summary: `${cls.title[1]} (${cls.title[0]}), computed with ${fnsOf(cls).map((f) => `${f}()`).join(" or ")}.`,
        superclass: incentiveElements.includes(cls) ? { name: "QzIncentiveCalculator", module: "widgets/kit/incentive.js" } : { name: "QzCalculator", module: "widgets/kit/element.js" },
        attributes: allAttributes(cls).map(([name, prop, type]) => ({
          name,
          fieldName: prop,
          type: { text: type === "boolean" ? "boolean" : "string" },
          description: ATTRIBUTE_DOCS[name] ?? "",
        })),
        members: [
          ...cls.attributes.map(([name, prop, type]) => ({
            kind: "field",
            name: prop,
            type: { text: type === "boolean" ? "boolean" : "string | null" },
            attribute: name,
            reflects: true,
            description: ATTRIBUTE_DOCS[name] ?? "",
          })),
          { kind: "field", name: "result", readonly: true, type: { text: `${fnsOf(cls).map((f) => `${pascal(f)}Result`).join(" | ")} | null` }, description: "The last valid result shown, or null." },
          { kind: "field", name: "ready", readonly: true, type: { text: "Promise<boolean>" }, description: "Resolves when the package is loaded and the form is built (false if loading failed)." },
        ],
        events: EVENTS.map((e) => ({ name: e.name, type: { text: `CustomEvent<${e.detail}>` }, description: e.description })),
        cssProperties: Object.entries(widgets.CSS_PROPERTIES).map(([name, def]) => ({ name, default: def, description: CSS_DOCS[name] })),
        cssParts: Object.entries(PARTS).map(([name, description]) => ({ name, description })),
      },
    ],
    exports: [
      { kind: "js", name: cls.name, declaration: { name: cls.name, module: modulePath(cls) } },
      { kind: "custom-element-definition", name: cls.tagName, declaration: { name: cls.name, module: modulePath(cls) } },
    ],
  })),
};
writeFileSync("pkg/custom-elements.json", JSON.stringify(manifest, null, 2) + "\n");

// TypeScript: the element classes, typed events, HTMLElementTagNameMap and JSX elements. The
// housing-fund elements in widgets/index.d.ts (types from the all-in-one entry), the incentive
// elements in widgets/incentives.d.ts (types from the incentives entry, which alone has them).
const propType = (type) => (type === "boolean" ? "boolean" : "string | null");
const resultType = (c) => fnsOf(c).map((f) => `${pascal(f)}Result`).join(" | ");
const inputType = (c) => fnsOf(c).map((f) => `${pascal(f)}Input`).join(" | ");
const typeNames = (els) => els.flatMap((c) => fnsOf(c).flatMap((f) => [`${pascal(f)}Input`, `${pascal(f)}Result`])).join(", ");
const classDecl = (c, base = "QzCalculator") => `
/** <${c.tagName}>: ${c.title[1]} (${c.title[0]}). */
export declare class ${c.name} extends ${base}<${resultType(c)}, ${inputType(c)}> {${c.attributes
  .filter(([n]) => !["date", "emit-initial", "heading-level"].includes(n))
  .map(([name, prop, type]) => `\n  /** ${ATTRIBUTE_DOCS[name]} Mirrors ${name}. */\n  get ${prop}(): ${propType(type)};\n  set ${prop}(value: ${type === "boolean" ? "boolean | null | undefined" : "string | number | null | undefined"});`)
  .join("")}
}`;
const attributesDecl = (els) =>
  els
    .map(
      (c) =>
        `\n  ${JSON.stringify(c.tagName)}: {${allAttributes(c)
          .map(([name, , type]) => ` ${JSON.stringify(name)}?: ${type === "boolean" ? "boolean" : "string | number"};`)
          .join("")} };`,
    )
    .join("");
const tagMap = (els) => `declare global {
  interface HTMLElementTagNameMap {${els.map((c) => `\n    ${JSON.stringify(c.tagName)}: ${c.name};`).join("")}
  }
}
`;
const dts = `// Generated by scripts/package.mjs from the elements themselves.
import type { ${typeNames(housingElements)}, CalculatorError } from "../index.js";

/** \`qz-result\`: ${EVENTS[0].description.replace(/`/g, "'")} */
export interface QzResultDetail<R = unknown, I = unknown> {
  /** What the library returned. */
  result: R;
  /** The input it was computed from. */
  input: I;
}
/** \`qz-invalid\`: ${EVENTS[1].description.replace(/`/g, "'")} */
export interface QzInvalidProblem {
  /** The error code, e.g. INVALID_NUMBER. */
  code: CalculatorError["code"] | "INVALID_NUMBER";
  /** The input field it concerns (a path such as "balances.applicant"), or null. */
  field: string | null;
  /** The message in Chinese, naming the field. */
  message: string;
  /** The message in English. */
  messageEn: string;
}
export interface QzInvalidDetail extends QzInvalidProblem {
  /** Every problem the form found (the first is the one above). */
  errors: QzInvalidProblem[];
}
export interface QzEventMap<R = unknown, I = unknown> extends HTMLElementEventMap {
  "qz-result": CustomEvent<QzResultDetail<R, I>>;
  "qz-invalid": CustomEvent<QzInvalidDetail>;
}

/** What every calculator element has. */
export declare class QzCalculator<R = unknown, I = unknown> extends HTMLElement {
  /** The day whose rules apply (YYYY-MM-DD); mirrors the date attribute. */
  get date(): string | null;
  set date(value: string | null | undefined);
  /** Also fire qz-result for the first result from the defaults; mirrors emit-initial. */
  emitInitial: boolean;
  /** The title's heading level, "1" to "6" (default 2); mirrors heading-level. */
  get headingLevel(): string | null;
  set headingLevel(value: string | number | null | undefined);
  /** The last valid result shown, or null. */
  readonly result: R | null;
  /** Resolves when the package is loaded and the form is built (false if loading failed). */
  readonly ready: Promise<boolean>;
  addEventListener<K extends keyof QzEventMap<R, I>>(type: K, listener: (this: this, ev: QzEventMap<R, I>[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof QzEventMap<R, I>>(type: K, listener: (this: this, ev: QzEventMap<R, I>[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
${housingElements.map((c) => classDecl(c)).join("\n")}

/**
 * Resolves with the package module that has the calculator \`fn\` (its group's module; the
 * all-in-one after importing every widget, or without \`fn\`) once its wasm is loaded: each
 * module once per page, shared by the widgets that need it.
 */
export declare function ready(fn?: string): Promise<typeof import("../index.js")>;
/** How long typing must pause before a result is computed and announced (ms). */
export declare const DEBOUNCE_MS: number;
/** Every --qz-* custom property with its default. */
export declare const CSS_PROPERTIES: Record<string, string>;

/** Attributes any framework may set on an element, by tag (attribute names). */
export interface QzElementAttributes {${attributesDecl(housingElements)}
}

${tagMap(housingElements)}`;
writeFileSync("pkg/widgets/index.d.ts", dts);
writeFileSync(
  "pkg/widgets/incentives.d.ts",
  `// Generated by scripts/package.mjs from the elements themselves: the 一县一业 incentive elements.
import type { ${typeNames(incentiveElements)} } from "../modules/incentives/index.js";
import { QzCalculator } from "./index.js";
export { QzCalculator, DEBOUNCE_MS, CSS_PROPERTIES } from "./index.js";
export type { QzResultDetail, QzInvalidDetail, QzInvalidProblem, QzEventMap } from "./index.js";

/** The base of the incentive elements: two or three calculators, chosen by the first control. */
export declare class QzIncentiveCalculator<R = unknown, I = unknown> extends QzCalculator<R, I> {}
${incentiveElements.map((c) => classDecl(c, "QzIncentiveCalculator")).join("\n")}

/** Resolves with the package module that has the calculator \`fn\` (the incentives module for these). */
export declare function ready(fn?: string): Promise<typeof import("../modules/incentives/index.js")>;

/** Attributes any framework may set on an incentive element, by tag (attribute names). */
export interface QzIncentiveElementAttributes {${attributesDecl(incentiveElements)}
}

${tagMap(incentiveElements)}`,
);
for (const c of elements) {
  const from = incentiveElements.includes(c) ? "../incentives.js" : "../index.js";
  writeFileSync(`pkg/${modulePath(c).replace(/\.js$/, ".d.ts")}`, `export { ${c.name} } from "${from}";\nexport type { QzResultDetail, QzInvalidDetail } from "../index.js";\n`);
}
// React 19 JSX (React sets properties that exist, listens to on<event> for custom events).
writeFileSync(
  "pkg/widgets/react.d.ts",
  `// JSX types for React 19: \`import type {} from "qinzhou-policy-calc/widgets/react"\` once.
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { ${housingElements.map((c) => c.name).join(", ")}, QzElementAttributes, QzResultDetail, QzInvalidDetail } from "./index.js";
import type { ${incentiveElements.map((c) => c.name).join(", ")}, QzIncentiveElementAttributes } from "./incentives.js";
import type { ${typeNames(housingElements)} } from "../index.js";
import type { ${typeNames(incentiveElements)} } from "../modules/incentives/index.js";

type QzAttributes = QzElementAttributes & QzIncentiveElementAttributes;
type QzProps<E, R, I, T extends keyof QzAttributes> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  QzAttributes[T] &
  { [K in Exclude<{ [K in keyof E]: E[K] extends Function ? never : K }[keyof E], keyof HTMLElement | "result" | "ready">]?: E[K] extends string | null ? string | number | null : E[K] } & {
    "onqz-result"?: (event: CustomEvent<QzResultDetail<R, I>>) => void;
    "onqz-invalid"?: (event: CustomEvent<QzInvalidDetail>) => void;
  };

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {${elements
      .map((c) => `\n      ${JSON.stringify(c.tagName)}: QzProps<${c.name}, ${resultType(c)}, ${inputType(c)}, ${JSON.stringify(c.tagName)}>;`)
      .join("")}
    }
  }
}
`,
);

// ---- the one-file script ------------------------------------------------------------------
// esbuild (from npm) bundles the widgets into pkg/widgets/qz-widgets.js; the package entries
// stay their own files (../index.js, ../modules/<group>/index.js), which find their wasm
// beside themselves, and the kit's paths to them and to sources.json are rewritten for the
// bundle's folder. A page with a single
// calculator can load that element's own file, pkg/widgets/qz-<name>.js, instead (the kit and
// one element: roughly half of the download). The widgets stay out of the package's top
// folder, which holds the calculator package proper (no DOM, no fetch but the wasm's).
const bundle = (entry, outfile, what, { allInOne = false, side = null } = {}) =>
  esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    minify: true,
    // The browser floor (README, "Browsers"): the wasm needs reference types (Chrome 96,
    // Safari 15.1, Firefox 79; Samsung Internet 17 is Chrome 96). tests/browser/floor.test.mjs
    // checks the shipped files for anything newer.
    target: BROWSER_TARGETS,
    outfile,
    legalComments: "none",
    charset: "utf8", // Chinese text as it is, not escaped: a module script is always UTF-8
    logLevel: "warning",
    banner: { js: `// ${field("name")} ${field("version")}: ${what} in one file. <script type="module" src="${outfile.slice(12)}"></script>` },
    plugins: [
      {
        name: "package-entry-external",
        setup(b) {
          // The package's modules stay their own files (each finds its wasm beside itself):
          // ../../index.js and ../../modules/<group>/index.js from the kit, ../ from a bundle.
          b.onResolve({ filter: /^\.\.\/\.\.\/(index\.js|modules\/[\w-]+\/index\.js)$/ }, (args) => ({ path: args.path.slice(3), external: true }));
        b.onLoad({ filter: /kit[\\/]package\.js$/ }, (args) => ({
          contents: readFileSync(args.path, "utf8").replace('"../../sources.json"', '"../sources.json"'),
          loader: "js",
        }));
        // The bundle of every element loads the all-in-one module only (widgets/index.js
        // switches to it first), so it carries no map of the group modules.
        if (allInOne) {
          b.onLoad({ filter: /kit[\\/]modules\.js$/ }, () => ({
            contents: 'export const LOAD = {};\nexport const ALL = () => import("../../index.js");\nexport const groupOf = () => "all";\n',
            loader: "js",
          }));
        } else if (side) {
          b.onLoad({ filter: /kit[\\/]modules\.js$/ }, () => ({ contents: modulesJs(side, false), loader: "js" }));
        }
        b.onLoad({ filter: /kit[\\/]styles\.js$/ }, (args) => ({
          contents: readFileSync(args.path, "utf8").replace('"../qz-widgets.css"', '"./qz-widgets.css"'),
          loader: "js",
        }));
        },
      },
    ],
  });
await bundle("pkg/widgets/index.js", "pkg/widgets/qz-widgets.js", "every calculator widget", { allInOne: true });
// The three incentive elements together (they share the kit and the incentives module).
await bundle("pkg/widgets/incentives.js", "pkg/widgets/qz-incentives.js", "the 一县一业 incentive widgets", { side: SEPARATE });
const HOUSING_GROUPS = groups.filter((g) => !SEPARATE.includes(g));
for (const c of elements) {
  await bundle(`pkg/${modulePath(c)}`, `pkg/widgets/${c.tagName}.js`, `<${c.tagName}>`, { side: incentiveElements.includes(c) ? SEPARATE : HOUSING_GROUPS });
}
if (!readFileSync("pkg/widgets/kit/package.js", "utf8").includes('"../../sources.json"')) throw new Error("package.mjs: the kit's sources.json path moved");
// The widgets' CSS as a file, for browsers without constructable stylesheets (kit/styles.js
// links it from pkg/widgets/; the bundles beside it get the path rewritten above).
const { CSS } = await import(pathToFileURL(resolve("pkg/widgets/kit/styles.js")).href);
writeFileSync("pkg/widgets/qz-widgets.css", `/* ${field("name")} ${field("version")}: the widgets' styles (generated from widgets/kit/styles.js) */\n${CSS.trim()}\n`);
if (!readFileSync("pkg/widgets/kit/styles.js", "utf8").includes('"../qz-widgets.css"')) throw new Error("package.mjs: the kit's qz-widgets.css path moved");

// ---- package.json ---------------------------------------------------------------------------
const exports = {
  ".": { types: "./index.d.ts", node: "./node.js", default: "./index.js" },
  "./web": { types: "./index.d.ts", default: "./index.js" },
  // One entry per group module (e.g. "qinzhou-policy-calc/loan"): only that group's functions,
  // with policyParameters and functions; in Node it initialises itself, as the main entry.
  ...Object.fromEntries(
    groups.map((g) => [`./${g}`, { types: `./modules/${g}/index.d.ts`, node: `./modules/${g}/node.js`, default: `./modules/${g}/index.js` }]),
  ),
  "./widgets": { types: "./widgets/index.d.ts", default: "./widgets/index.js" },
  "./widgets/incentives": { types: "./widgets/incentives.d.ts", default: "./widgets/incentives.js" },
  "./widgets/react": { types: "./widgets/react.d.ts" },
  // The one-file scripts (qz-widgets.js, qz-<name>.js) for a bundler import, too.
  "./widgets/*.js": "./widgets/*.js",
  "./widgets/qz-widgets.css": "./widgets/qz-widgets.css",
};
for (const c of elements) {
  exports[`./widgets/${dir(c)}`] = { types: `./${modulePath(c).replace(/\.js$/, ".d.ts")}`, default: `./${modulePath(c)}` };
}
Object.assign(exports, {
  // The text renderer (an entry's words are beside it, loaded by its init()).
  "./texts/*": "./texts/*",
  "./sources.json": "./sources.json",
  "./custom-elements.json": "./custom-elements.json",
  [`./${crate}_bg.wasm`]: `./${crate}_bg.wasm`,
  ...Object.fromEntries(groups.map((g) => [`./modules/${g}/${crate}_bg.wasm`, `./modules/${g}/${crate}_bg.wasm`])),
  "./package.json": "./package.json",
});
const pkg = {
  name: field("name"),
  version: field("version"),
  description: field("description"),
  license: field("license"),
  keywords: ["qinzhou", "housing-provident-fund", "公积金", "钦州", "wasm", "calculator", "web-components", "custom-elements"],
  type: "module",
  main: "./index.js",
  module: "./index.js",
  types: "./index.d.ts",
  exports,
  customElements: "custom-elements.json",
  files: [
    "index.js", "index.d.ts", "node.js", "node.d.ts", "wrap.js", "wrap.d.ts", "modules/",
    `${crate}.js`, `${crate}.d.ts`, `${crate}_bg.wasm`, `${crate}_bg.wasm.d.ts`,
    "widgets/", "custom-elements.json", "README.md",
    "sources.json", "texts/", "texts-zh.js", "texts-en.js",
  ],
  // The widget modules define custom elements when imported: not side-effect free.
  sideEffects: ["./widgets/**/*.js"],
  engines: { node: ">=20" },
};
writeFileSync("pkg/package.json", JSON.stringify(pkg, null, 2) + "\n");
