// The npm package as users get it: `npm pack` pkg/, install the tarball into a fresh project,
// build it with Vite and load it in Chromium, run a Node 20 ESM script, and type-check a
// TypeScript consumer (and check that wrong calls do not compile).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, renameSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { join, extname, resolve } from "node:path";
import { launchChromium } from "../../scripts/chromium.mjs";

const root = resolve(new URL("../..", import.meta.url).pathname);
const work = join(root, "target", "npm");
const consumer = join(work, "consumer");
const bin = (name) => join(root, "node_modules", ".bin", name);
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

before(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work, join(root, "pkg")], root));
  renameSync(join(work, packed[0].filename), join(work, "qinzhou-policy-calc.tgz"));
  for (const app of ["consumer", "react-app", "vue-app"]) {
    cpSync(join(root, "tests", "npm", app), join(work, app), { recursive: true });
    run("npm", ["install", "--no-audit", "--no-fund", "--offline"], join(work, app));
  }
});

const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".wasm": "application/wasm" };
/** Serves `dir` on a free loopback port; resolves to { url, close }. */
async function serve(dir) {
  const server = createServer((req, res) => {
    const path = join(dir, decodeURIComponent(new URL(req.url, "http://x").pathname).replace(/\/$/, "/index.html"));
    try {
      const body = readFileSync(path);
      res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/** Opens `url` in Chromium, runs `body(page)`, and checks that nothing was logged as an error. */
async function inChromium(url, body) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("response", (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} ${r.url()}`));
    await page.goto(url);
    await body(page);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
}

const viteBuild = (dir) => run(process.execPath, [join(root, "node_modules", "vite", "bin", "vite.js"), "build", "--logLevel", "warn"], dir);

/** The widget's result text, read through its open shadow root. */
const resultText = (page, tag) => page.locator(tag).getByRole("status").innerText();

test("the tarball is a complete package", () => {
  const installed = join(consumer, "node_modules", "qinzhou-policy-calc");
  const meta = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
  const cargo = readFileSync(join(root, "Cargo.toml"), "utf8");
  assert.equal(meta.name, "qinzhou-policy-calc");
  assert.equal(meta.version, cargo.match(/^version = "(.*)"$/m)[1]);
  assert.equal(meta.type, "module");
  assert.ok(meta.description && meta.license && meta.keywords.length > 0);
  assert.ok(meta.exports["."].types && meta.exports["."].node && meta.exports["."].default);
  const files = readdirSync(installed).sort();
  for (const f of ["README.md", "node.js", "index.js", "index.d.ts", "qinzhou_policy_calc.d.ts", "qinzhou_policy_calc.js", "qinzhou_policy_calc_bg.wasm", "sources.json", "custom-elements.json", "widgets"]) {
    assert.ok(files.includes(f), `${f} in the package`);
  }
  if (existsSync(join(root, "data", "sources.json"))) {
    assert.deepEqual(JSON.parse(readFileSync(join(installed, "sources.json"), "utf8")), JSON.parse(readFileSync(join(root, "data", "sources.json"), "utf8")));
    assert.equal(meta.exports["./sources.json"], "./sources.json");
  }
  // One subpath per element, each with its types.
  for (const name of ["loan-limit", "rent-withdrawal", "repayment-withdrawal", "elevator-withdrawal", "repayment-schedule", "childcare-places", "introducer-reward", "enterprise-reward", "employment-subsidy", "incentives"]) {
    const entry = meta.exports[`./widgets/${name}`];
    assert.ok(entry && existsSync(join(installed, entry.default)) && existsSync(join(installed, entry.types)), name);
  }
  assert.ok(meta.exports["./widgets"].default && meta.exports["./widgets"].types);
  assert.equal(meta.customElements, "custom-elements.json");
});

test("custom-elements.json describes every element as the code declares it", () => {
  const installed = join(consumer, "node_modules", "qinzhou-policy-calc");
  const manifest = JSON.parse(readFileSync(join(installed, "custom-elements.json"), "utf8"));
  const decls = manifest.modules.flatMap((m) => m.declarations.map((d) => ({ ...d, path: m.path })));
  assert.deepEqual(decls.map((d) => d.tagName).sort(), [
    "qz-affordable-rental", "qz-childcare-places", "qz-elevator-withdrawal", "qz-employment-subsidy", "qz-enterprise-reward", "qz-introducer-reward",
    "qz-loan-limit", "qz-public-rental-subsidy", "qz-rent-withdrawal", "qz-repayment-schedule", "qz-repayment-withdrawal",
  ]);
  for (const d of decls) {
    assert.ok(existsSync(join(installed, d.path)), d.path);
    // An attribute is declared by the element, or by its base (kit/element.js; the incentive elements' kit/incentive.js).
    const source = readFileSync(join(installed, d.path), "utf8") + ["element.js", "incentive.js"].map((f) => readFileSync(join(installed, "widgets", "kit", f), "utf8")).join("");
    for (const a of d.attributes) {
      assert.ok(a.description, `${d.tagName} ${a.name} is documented`);
      if (a.name !== "lang") assert.ok(source.includes(`"${a.name}"`), `${d.tagName} declares ${a.name}`);
    }
    assert.ok(d.attributes.some((a) => a.name === "heading-level" && a.fieldName === "headingLevel"), `${d.tagName} has heading-level`);
    assert.deepEqual(d.events.map((e) => e.name), ["qz-result", "qz-invalid"]);
    for (const part of ["form", "field", "input", "button", "result", "amount", "steps"]) assert.ok(d.cssParts.some((p) => p.name === part), part);
    assert.ok(d.cssProperties.length >= 20 && d.cssProperties.every((p) => p.name.startsWith("--qz-") && p.default && p.description));
  }
});

test("errors: CalculatorError works with instanceof; NOT_INITIALIZED before init()", () => {
  const out = JSON.parse(run(process.execPath, ["node-errors.mjs"], consumer));
  assert.deepEqual(out.bad, { instance: true, isError: true, code: "MISSING_FIELD", field: "applicant", name: "CalculatorError" });
  assert.equal(out.early.instance, true);
  assert.equal(out.early.code, "NOT_INITIALIZED");
  assert.match(out.early.messageEn, /init\(\)/);
});

test("a Node 20 ESM script computes with the installed package", () => {
  const out = JSON.parse(run(process.execPath, ["node-script.mjs"], consumer));
  assert.equal(out.rent, "800.00");
  if (out.schedule) {
    assert.deepEqual(out.schedule, { firstPayment: "1281.05", lastPayment: "1280.45", totalInterest: "161177.40" });
  }
});

// The groups as the one table of calculators declares them (src/boundary/api.rs: the group,
// then the JavaScript name, on each line), read here independently of the build.
function tableGroups() {
  const table = readFileSync(join(root, "src", "boundary", "api.rs"), "utf8");
  const groups = {};
  for (const m of table.matchAll(/^\s*"([\w-]+)" (\w+) \w+ crate::/gm)) (groups[m[1]] ??= []).push(m[2]);
  return groups;
}

test("each group's entry (qinzhou-policy-calc/<group>) loads in Node with exactly its group's functions and the main entry's results on every fixture", () => {
  const groups = tableGroups();
  assert.ok(Object.keys(groups).length >= 6 && groups.loan?.includes("loanLimit"), JSON.stringify(groups));
  const installed = join(consumer, "node_modules", "qinzhou-policy-calc");
  const meta = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
  for (const g of Object.keys(groups)) {
    const entry = meta.exports[`./${g}`];
    assert.ok(entry?.types && entry.node && entry.default, `exports["./${g}"]`);
    for (const f of [entry.types, entry.node, entry.default]) assert.ok(existsSync(join(installed, f)), f);
  }
  const fixtures = readdirSync(join(root, "tests", "fixtures"))
    .filter((f) => f.endsWith(".json"))
    .flatMap((f) => JSON.parse(readFileSync(join(root, "tests", "fixtures", f), "utf8")))
    .filter((c) => c.function && c.input !== undefined)
    .map(({ name, function: fn, input }) => ({ name, function: fn, input }));
  const args = join(work, "groups.json");
  writeFileSync(args, JSON.stringify({ groups, fixtures }));
  const out = JSON.parse(run(process.execPath, ["node-groups.mjs", args], consumer));
  for (const [g, fns] of Object.entries(groups)) {
    const o = out[g];
    assert.deepEqual(o.functions, [...fns, "functions", "policyParameters"].sort(), `${g}: its functions only`);
    assert.deepEqual([...o.listed].sort(), [...fns, "policyParameters"].sort(), `${g}: functions() lists them`);
    assert.deepEqual(o.differ, [], `${g}: results differ from the main entry`);
    for (const fn of fns) {
      assert.ok(o.same.some((s) => s.startsWith(`${fn}: `)), `${g}: ${fn} was compared on a fixture`);
    }
    assert.ok(o.oneErrorClass, `${g}: CalculatorError is the main entry's class`);
    assert.ok(o.hasInit, `${g}: init and initSync`);
  }
});

test("Node/SSR: the widgets, one subpath and a one-file script import without a DOM", () => {
  const out = JSON.parse(run(process.execPath, ["node-ssr.mjs"], consumer));
  assert.ok(Array.isArray(out["qinzhou-policy-calc/widgets"]), String(out["qinzhou-policy-calc/widgets"]));
  assert.ok(out["qinzhou-policy-calc/widgets"].includes("QzLoanLimit"));
  assert.ok(Array.isArray(out["qinzhou-policy-calc/widgets/loan-limit"]), String(out["qinzhou-policy-calc/widgets/loan-limit"]));
  assert.ok(out["qinzhou-policy-calc/widgets/loan-limit"].includes("QzLoanLimit"));
  // The one-file scripts resolve through "./widgets/*.js" too (a bundler import).
  assert.ok(Array.isArray(out["qinzhou-policy-calc/widgets/qz-loan-limit.js"]), String(out["qinzhou-policy-calc/widgets/qz-loan-limit.js"]));
});

test("TypeScript: a consumer using every function compiles under --strict", (t) => {
  const r = spawnSync(bin("tsc"), ["-p", "tsconfig.json"], { cwd: consumer, encoding: "utf8" });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test("TypeScript: wrong calls fail to compile, each where expected", () => {
  const r = spawnSync(bin("tsc"), ["-p", "tsconfig.wrong.json"], { cwd: consumer, encoding: "utf8" });
  assert.notEqual(r.status, 0, "wrong.ts must not compile");
  const source = readFileSync(join(consumer, "wrong.ts"), "utf8").split("\n");
  const expected = source.flatMap((line, i) => (line.includes("// EXPECT-ERROR") && !line.trim().startsWith("//") ? [i + 1] : []));
  const reported = new Set([...r.stdout.matchAll(/wrong\.ts\((\d+),\d+\): error TS\d+/g)].map((m) => Number(m[1])));
  for (const line of expected) {
    assert.ok(reported.has(line), `line ${line} (${source[line - 1].trim()}) reported:\n${r.stdout}`);
  }
  assert.equal(expected.length, 6);
  assert.match(r.stdout, /monthlyRnt/);
});

test("Vite builds the app and it shows a correct loanLimit in Chromium", async () => {
  run(process.execPath, [join(root, "node_modules", "vite", "bin", "vite.js"), "build", "--logLevel", "warn"], consumer);
  const dist = join(consumer, "dist");
  const assets = readdirSync(join(dist, "assets"));
  assert.ok(assets.some((f) => f.endsWith(".wasm")), `the wasm is emitted: ${assets}`);
  const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
  const server = createServer((req, res) => {
    const path = join(dist, new URL(req.url, "http://x").pathname.replace(/\/$/, "/index.html"));
    try {
      const body = readFileSync(path);
      res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => document.getElementById("limit").textContent !== "…");
    assert.equal(await page.textContent("#limit"), "450000.00 (cap)");
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test("a fresh Vite + React 19 app renders widgets with attributes, properties and an event handler", async () => {
  const dir = join(work, "react-app");
  viteBuild(dir);
  const site = await serve(join(dir, "dist"));
  try {
    await inChromium(site.url, async (page) => {
      // emit-initial: the first result reaches React's state through onqz-result.
      await page.waitForFunction(() => document.getElementById("total").textContent !== "…");
      assert.equal(await page.textContent("#total"), "9600.00");
      const w = page.locator("qz-rent-withdrawal");
      assert.match(await resultText(page, "qz-rent-withdrawal"), /9,600\.00 yuan/);
      assert.equal(await w.evaluate((el) => el.date), "2023-06-01", "the date prop was set as a property");
      await w.getByLabel("Monthly rent paid").fill("700");
      await page.waitForFunction(() => document.getElementById("total").textContent === "8400.00");
      await w.getByLabel("Monthly rent paid").fill("7.001");
      await page.waitForFunction(() => document.getElementById("invalid").textContent === "monthlyRent");
      // termMonths={360} went through the setter to the attribute; the host page centres text.
      assert.equal(await page.locator("qz-loan-limit").getAttribute("term-months"), "360");
      assert.match(await resultText(page, "qz-loan-limit"), /450,000\.00/);
      const align = await w.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector("label.main")).textAlign);
      assert.equal(align, "start");
    });
  } finally {
    site.close();
  }
});

test("a fresh Vite + Vue 3 app renders widgets with attributes and an event handler", async () => {
  const dir = join(work, "vue-app");
  viteBuild(dir);
  const site = await serve(join(dir, "dist"));
  try {
    await inChromium(site.url, async (page) => {
      await page.waitForFunction(() => document.getElementById("total").textContent !== "…");
      assert.equal(await page.textContent("#total"), "9600.00");
      const w = page.locator("qz-rent-withdrawal");
      await w.getByLabel("实际月租金").fill("700");
      await page.waitForFunction(() => document.getElementById("total").textContent === "8400.00");
      await page.locator("qz-repayment-schedule").getByRole("status").waitFor();
      assert.match(await resultText(page, "qz-repayment-schedule"), /1,281\.05/);
      // The clause texts come from the package's own sources.json, once the reader opens 计算依据.
      if (existsSync(join(root, "data", "sources.json"))) {
        await w.locator("details.steps-box summary").click();
        await w.locator("blockquote.clause").first().waitFor();
      }
    });
  } finally {
    site.close();
  }
});

test("a plain static page uses the one-file script straight from the package folder (all, or one element)", async () => {
  const site = await serve(consumer);
  try {
    await inChromium(`${site.url}static.html`, async (page) => {
      await page.locator("qz-rent-withdrawal").getByRole("status").waitFor();
      await page.waitForFunction(() => document.querySelector("qz-rent-withdrawal").result !== null);
      assert.match(await resultText(page, "qz-rent-withdrawal"), /9,600\.00 元/);
    });
    // A page with one calculator loads that element's own file, not all six.
    await inChromium(`${site.url}static-one.html`, async (page) => {
      await page.waitForFunction(() => document.querySelector("qz-loan-limit").result !== null);
      assert.match(await resultText(page, "qz-loan-limit"), /450,000\.00 yuan/);
      assert.equal(await page.evaluate(() => customElements.get("qz-rent-withdrawal")), undefined);
    });
  } finally {
    site.close();
  }
});
