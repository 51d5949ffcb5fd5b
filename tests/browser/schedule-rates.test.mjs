// The repayment-schedule widget and the dated People's Bank of China rates (POLICY A6, issue
// 16): it sends the visitor's local today by default, lets them set the loan's start date,
// shows the starting rate and every repricing (银发〔1998〕190号 第十四条), quotes the rate
// table from policyParameters() in its hint, and fits 360 px (screenshots in
// target/screenshots/).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, startServer, launchBrowser, openPage, widgetReady, expectText, fieldState, screenshot } from "./harness.mjs";

const TAG = "qz-repayment-schedule";
const AXE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");

let server;
let browser;
before(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
after(async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

async function withSchedule(body, opts = {}) {
  const p = await openPage(browser, server.url, opts);
  try {
    assert.equal(await widgetReady(p.page, TAG), true, `${TAG} loads`);
    await body(p.page.locator(TAG), p.page);
    p.check();
  } finally {
    await p.close();
  }
}

const calculate = (w) => w.getByRole("button", { name: "计算", exact: true }).click();
const result = (w) => w.getByRole("status");
const hintOf = (w, label) => w.getByLabel(label, { exact: true }).evaluate((el) => el.closest(".field").querySelector(".hint").textContent);

/** The page's own policyParameters(): the version of `id` in force on `day`. */
const tableRate = (page, id, day) =>
  page.evaluate(
    async ([id, day]) => {
      const pkg = await import("/pkg/index.js");
      await pkg.default();
      return pkg.policyParameters().find((p) => p.id === id && p.effectiveFrom <= day && (!p.effectiveTo || day <= p.effectiveTo));
    },
    [id, day],
  );

test("POLICY A6: by default the loan starts today (the browser's local day) and the rate in force today is used", () =>
  withSchedule(async (w, page) => {
    const today = await page.evaluate(() => {
      const d = new Date();
      const p = (n) => String(n).padStart(2, "0");
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
    });
    assert.equal((await fieldState(w, "贷款发放日")).value, today);
    const over = await tableRate(page, "rate.first_home.over_5_years", today);
    // 300,000 over 360 months, no rate: the first-home rate over 5 years in force today.
    await expectText(result(w), `年利率 ${over.value}%`);
    const sent = await w.evaluate((el) => el.result.steps[0].zh);
    const [y, m, d] = today.split("-").map(Number);
    assert.ok(sent.includes(`采用贷款起始日 ${y}年${m}月${d}日 适用的默认值`), sent);
    // The hint quotes the table's version of that day, and the day it was checked up to.
    const hint = await hintOf(w, "年利率");
    assert.ok(hint.includes(`（${over.effectiveFrom} 起）`) && hint.includes(`5 年以上 ${over.value}%`), hint);
    assert.ok(hint.includes(`利率表核对至 ${over.checkedUntil}`), hint);
  }));

test("银发〔1998〕190号 第十四条: a 2023-06-01 start shows 3.1%, then 2.85% from period 20 and 2.6% from period 32 (POLICY A6's worked example); 360 px screenshots", () =>
  withSchedule(
    async (w, page) => {
      await w.getByLabel("贷款金额").fill("300000");
      await w.getByLabel("还款方式").selectOption("equal_installment");
      await w.getByLabel("年利率").fill("");
      await w.getByLabel("贷款期限").fill("360");
      await w.getByLabel("贷款发放日").fill("2023-06-01");
      await calculate(w);
      await expectText(result(w), "每月还款（第 1–19 期） 1,281.05 元");
      await expectText(result(w), "年利率 3.1%，此后第 20 期起 2.85%，第 32 期起 2.6%");
      const rows = w.locator(".rate-changes tbody tr");
      assert.equal(await rows.count(), 2);
      await expectText(rows.nth(0), "第 20 期 2025-01-01 2.85% 1,242.43");
      await expectText(rows.nth(1), "第 32 期 2026-01-01 2.6% 1,205.61");
      // The hint follows the start date: the 2022-10-01 version.
      const v2022 = await tableRate(page, "rate.first_home.over_5_years", "2023-06-01");
      const hint = await hintOf(w, "年利率");
      assert.ok(hint.includes(`（${v2022.effectiveFrom} 起）`) && hint.includes(`5 年以上 ${v2022.value}%`), hint);
      // Nothing wider than the phone, the repricing table included (no sideways scrolling).
      const wrap = w.locator(".rate-changes .table-wrap");
      assert.ok((await wrap.evaluate((el) => el.scrollWidth - el.clientWidth)) <= 0, "the rate-change table fits 360 px");
      assert.ok((await w.evaluate((el) => el.scrollWidth - el.clientWidth)) <= 0, "fits 360 px");
      await screenshot(w, "qz-repayment-schedule-2023-start-360");
      await screenshot(result(w), "qz-repayment-schedule-2023-start-result-360");
      await screenshot(w.locator(".rate-changes"), "qz-repayment-schedule-2023-start-changes-360");
      await w.locator("details.steps-box summary").click();
      await expectText(w.locator(".steps"), "《个人住房贷款管理办法》（银发〔1998〕190号） 第十四条");
      await screenshot(w, "qz-repayment-schedule-2023-start-steps-360");
      // English too.
      await w.evaluate((el) => el.setAttribute("lang", "en"));
      await expectText(result(w), "Annual rate 3.1%, then 2.85% from month 20, 2.6% from month 32");
      await screenshot(w, "qz-repayment-schedule-2023-start-en-360");
      // axe-core: the new table and lines are accessible.
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async (tag) => {
        const r = await window.axe.run({ include: [[tag]] }, { resultTypes: ["violations"] });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
      }, TAG);
      assert.deepEqual(violations, []);
    },
    { width: 360, height: 900 },
  ));

test("an entered rate is the contract rate: no repricing shown (POLICY A6)", () =>
  withSchedule(async (w) => {
    await w.getByLabel("贷款发放日").fill("2023-06-01");
    await w.getByLabel("年利率").fill("3.1");
    await w.getByLabel("贷款期限").fill("360");
    await calculate(w);
    await expectText(result(w), "每月还款 1,281.05 元");
    await expectText(result(w), "年利率 3.1%");
    await expectText(result(w), "此后", { not: true });
    assert.equal(await w.locator(".rate-changes").count(), 0);
  }));

test("no start date: the latest rate, with RATE_DATE_NOT_GIVEN; a start before the table: the error at the date field", () =>
  withSchedule(async (w, page) => {
    await w.getByLabel("年利率").fill("");
    await w.getByLabel("贷款发放日").fill("");
    await calculate(w);
    const latest = await tableRate(page, "rate.first_home.over_5_years", "9999-12-31");
    await expectText(result(w), `年利率 ${latest.value}%`);
    assert.equal(await w.locator('li[data-code="RATE_DATE_NOT_GIVEN"]').count(), 1);
    assert.ok((await hintOf(w, "年利率")).includes("参数表最新的"));
    // The start date is optional (the kit's date fields are required unless the layout says
    // so): empty is no error at the field, only the library's warning above.
    const empty = await fieldState(w, "贷款发放日");
    assert.equal(empty.invalid, false, JSON.stringify(empty));
    assert.equal(await w.locator(".error-summary").isHidden(), true);

    await w.getByLabel("贷款发放日").fill("2022-09-30");
    await calculate(w);
    const bad = await fieldState(w, "贷款发放日");
    assert.equal(bad.invalid, true);
    assert.ok(bad.error.includes("2022年10月1日"), bad.error);
    assert.ok((await hintOf(w, "年利率")).includes("没有默认利率"));
  }));

test("the term accepts “30年” as its hint says: 360 months, the A6 example's first payment", () =>
  withSchedule(async (w) => {
    assert.ok((await hintOf(w, "贷款期限")).includes("30年"));
    await w.getByLabel("贷款发放日").fill("2023-06-01");
    await w.getByLabel("年利率").fill("");
    await w.getByLabel("贷款期限").fill("30年");
    await calculate(w);
    await expectText(result(w), "每月还款（第 1–19 期） 1,281.05 元");
    assert.equal(await w.evaluate((el) => el.result.schedule.length), 360);
  }));

test("the widget quotes no rate of its own: every rate comes from policyParameters() or the result", () => {
  const src = readFileSync(join(ROOT, "www/widgets/repayment-schedule/repayment-schedule.js"), "utf8");
  for (const rate of ["2.6", "3.1", "3.025", "3.575", "2.35", "2.85", "2.775", "3.325", "2.1", "2.525", "3.075", "2022-10-01", "2024-05-18", "2025-05-08", "2026-12-01"]) {
    assert.ok(!src.includes(rate), `the widget source has the literal ${rate}`);
  }
});
