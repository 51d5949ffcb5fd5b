// The npm package as users get it: `npm pack` pkg/, install the tarball into a fresh project,
// build it with Vite and load it in Chromium, run a Node 20 ESM script, and type-check a
// TypeScript consumer (and check that wrong calls do not compile).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, renameSync } from "node:fs";
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
  cpSync(join(root, "tests", "npm", "consumer"), consumer, { recursive: true });
  run("npm", ["install", "--no-audit", "--no-fund", "--offline"], consumer);
});

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
  for (const f of ["README.md", "node.js", "qinzhou_policy_calc.d.ts", "qinzhou_policy_calc.js", "qinzhou_policy_calc_bg.wasm"]) {
    assert.ok(files.includes(f), `${f} in the package`);
  }
});

test("a Node 20 ESM script computes with the installed package", () => {
  const out = JSON.parse(run(process.execPath, ["node-script.mjs"], consumer));
  assert.equal(out.rent, "800.00");
  if (out.schedule) {
    assert.deepEqual(out.schedule, { firstPayment: "1281.05", lastPayment: "1280.45", totalInterest: "161177.40" });
  }
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
  assert.equal(expected.length, 3);
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

after(() => {});
