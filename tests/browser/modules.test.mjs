// One wasm module per page (issue 17): a page with one widget's bundle loads only that
// widget's group module (pkg/modules/<group>/); two widgets of different groups on one page
// each load their own module, once, and both compute; a second widget of the same group shares
// its module; the all-widgets bundle (the demo) loads the all-in-one module and no group's. The
// 一县一业 incentive widgets (issue 19) load the incentives module, which is outside the
// all-in-one: on the demo page beside it, and beside the unbundled all-in-one widgets too.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, openPage, widgetReady, expectText, screenshot } from "./harness.mjs";

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const calculate = (w) => w.getByRole("button", { name: "计算", exact: true }).click();
const result = (w) => w.getByRole("status");
/** The wasm files the page fetched, by path, with how often. */
const wasmFetched = (requests) => {
  const counts = {};
  for (const u of requests.filter((u) => u.endsWith(".wasm"))) {
    const path = new URL(u).pathname;
    counts[path] = (counts[path] ?? 0) + 1;
  }
  return counts;
};

/** A page of the site's own, served at /two-groups.html, embedding the given one-widget bundles (or modules: `raw`). */
const sitePage = (body, scripts, raw = []) => async (page) => {
  await page.route("**/two-groups.html", (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>两个计算器</title>
${scripts.map((s) => `<script type="module" src="/pkg/widgets/${s}.js"></script>`).join("\n")}
${raw.map((s) => `<script type="module" src="/pkg/${s}"></script>`).join("\n")}
<style>body { font-family: sans-serif; display: grid; grid-template-columns: 1fr 1fr; gap: 16px; margin: 16px; }</style>
</head><body>${body}</body></html>`,
    }),
  );
};

test("two widgets of different groups on one page: each loads its own module once, both compute", async () => {
  const p = await openPage(browser, server.url, {
    path: "two-groups.html",
    width: 1200,
    setup: sitePage(
      `<qz-rent-withdrawal date="2023-06-01"></qz-rent-withdrawal><qz-loan-limit date="2023-06-01"></qz-loan-limit><qz-rent-withdrawal id="second" date="2023-06-01"></qz-rent-withdrawal>`,
      ["qz-rent-withdrawal", "qz-loan-limit"],
    ),
  });
  try {
    const rent = p.page.locator("qz-rent-withdrawal").first();
    const second = p.page.locator("#second");
    const loan = p.page.locator("qz-loan-limit");
    for (const w of [rent, loan, second]) assert.equal(await w.evaluate((el) => el.ready), true);

    await rent.getByLabel("婚姻状况").selectOption("single");
    await rent.getByLabel("实际月租金").fill("1,200");
    await rent.getByLabel("本次提取月数").fill("1");
    await rent.getByLabel("本人账户可用余额").fill("5000");
    await calculate(rent);
    await expectText(result(rent), "800.00");

    await loan.getByLabel("婚姻状况").selectOption("married");
    await loan.getByLabel("申请人在钦州正常缴存住房公积金").check();
    await loan.getByLabel("配偶在钦州正常缴存住房公积金").check();
    await calculate(loan);
    await expectText(result(loan), "450,000.00");

    // Each group's module once (the second rent widget shares the first's); no other module.
    assert.deepEqual(wasmFetched(p.requests), {
      "/pkg/modules/rent/qinzhou_policy_calc_bg.wasm": 1,
      "/pkg/modules/loan/qinzhou_policy_calc_bg.wasm": 1,
    });
    assert.ok(!p.requests.some((u) => new URL(u).pathname === "/pkg/index.js"), "the all-in-one entry is not loaded");
    // The widgets of different groups compute with different modules: each result is its own.
    assert.equal(await rent.evaluate((el) => el.result.total), "800.00");
    assert.equal(await loan.evaluate((el) => el.result.limit), "450000.00");
    await screenshot(p.page.locator("body"), "modules-two-groups");
    p.check();
  } finally {
    await p.close();
  }
});

test("the all-widgets bundle (the demo page) loads the all-in-one module and no group module; the incentives bundle its own", async () => {
  const p = await openPage(browser, server.url);
  try {
    assert.equal(await widgetReady(p.page, "qz-loan-limit"), true);
    assert.equal(await widgetReady(p.page, "qz-childcare-places"), true);
    for (const tag of ["qz-introducer-reward", "qz-enterprise-reward", "qz-employment-subsidy"]) assert.equal(await widgetReady(p.page, tag), true, tag);
    assert.deepEqual(wasmFetched(p.requests), { "/pkg/qinzhou_policy_calc_bg.wasm": 1, "/pkg/modules/incentives/qinzhou_policy_calc_bg.wasm": 1 });
    const modules = p.requests.map((u) => new URL(u).pathname).filter((u) => u.startsWith("/pkg/modules/"));
    assert.deepEqual([...new Set(modules.map((u) => u.split("/")[3]))], ["incentives"], "no housing group module");
    p.check();
  } finally {
    await p.close();
  }
});

test("an incentive widget's bundle alone loads the incentives module only; a housing page's bundle has no incentive code", async () => {
  const p = await openPage(browser, server.url, {
    path: "two-groups.html",
    setup: sitePage(`<qz-employment-subsidy rate-per-person="800"></qz-employment-subsidy><qz-rent-withdrawal date="2023-06-01"></qz-rent-withdrawal>`, ["qz-employment-subsidy", "qz-rent-withdrawal"]),
  });
  try {
    const w = p.page.locator("qz-employment-subsidy");
    assert.equal(await w.evaluate((el) => el.ready), true);
    await expectText(result(w), "可获就业创业服务补助");
    assert.deepEqual(wasmFetched(p.requests), {
      "/pkg/modules/incentives/qinzhou_policy_calc_bg.wasm": 1,
      "/pkg/modules/rent/qinzhou_policy_calc_bg.wasm": 1,
    });
    const rentBundle = await (await fetch(new URL("/pkg/widgets/qz-rent-withdrawal.js", server.url))).text();
    assert.doesNotMatch(rentBundle, /incentives|introducerReward|qz-employment-subsidy/, "the housing bundle names no incentive module or element");
    p.check();
  } finally {
    await p.close();
  }
});

test("unbundled: every housing element (widgets/index.js, the all-in-one) with an incentive element's module: each loads its own module", async () => {
  const p = await openPage(browser, server.url, {
    path: "two-groups.html",
    setup: sitePage(`<qz-introducer-reward></qz-introducer-reward><qz-rent-withdrawal date="2023-06-01"></qz-rent-withdrawal>`, [], ["widgets/index.js", "widgets/introducer-reward/introducer-reward.js"]),
  });
  try {
    const w = p.page.locator("qz-introducer-reward");
    assert.equal(await w.evaluate((el) => el.ready), true);
    await expectText(result(w), "引荐人可获一次性奖励");
    assert.equal(await p.page.locator("qz-rent-withdrawal").evaluate((el) => el.ready), true);
    assert.deepEqual(wasmFetched(p.requests), {
      "/pkg/qinzhou_policy_calc_bg.wasm": 1,
      "/pkg/modules/incentives/qinzhou_policy_calc_bg.wasm": 1,
    });
    p.check();
  } finally {
    await p.close();
  }
});
