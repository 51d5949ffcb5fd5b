// <qz-public-rental-subsidy> and <qz-affordable-rental> on the demo page, and the one line
// the rent and repayment widgets show about the 2023-01-01 change, in Chromium, used the way
// a visitor uses them; axe-core at 360 and 1280 px.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, startServer, launchBrowser, openPage, widgetReady, expectText, fieldState, screenshot } from "./harness.mjs";

const AXE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
const TAGS = ["qz-public-rental-subsidy", "qz-affordable-rental"];

let server;
let browser;
before(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
after(async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

const calculate = (w, name = "计算") => w.getByRole("button", { name, exact: true }).click();
const result = (w) => w.getByRole("status");

async function withPage(body, opts) {
  const p = await openPage(browser, server.url, opts);
  try {
    for (const tag of TAGS) assert.equal(await widgetReady(p.page, tag), true, `${tag} loads`);
    await body(p.page, p);
    p.check();
  } finally {
    await p.close();
  }
}

test("公租房 subsidy: tier, half-yearly amount, every reason at once, the floor-area error at its field", () =>
  withPage(async (page) => {
    const w = page.locator("qz-public-rental-subsidy");
    // The demo page sets income-line 38000 and area-per-person 15: the visitor is not asked.
    assert.equal(await w.getByLabel("上年度城镇居民人均可支配收入").isVisible(), false);
    await w.getByLabel("家庭人口").fill("3");
    await w.getByLabel("家庭人均年收入").fill("18000");
    await w.getByLabel("困难类别").selectOption("minimum_living");
    await calculate(w);
    // 10 元 × 15 m² × 3 = 450.00 a month, 2,700.00 a half year.
    await expectText(result(w), "每半年可领取 2,700.00 元");
    await expectText(result(w), "每月 450.00 元 · 第 1 档");
    await expectText(w.locator(".notice.warn"), "原则上实施实物配租");

    // Without local registration: tier 2, with the reason shown as a warning.
    await w.getByLabel("本市保障范围户籍").uncheck();
    await expectText(result(w), "每月 315.00 元 · 第 2 档");

    // Owning a home: the floor area appears; three decimals are refused at that field.
    await w.getByLabel("在申请公租房所在地有房产").check();
    await w.getByLabel("人均住房面积").fill("14.995");
    await calculate(w);
    const bad = await fieldState(w, "人均住房面积");
    assert.equal(bad.invalid, true);
    assert.equal(bad.describedByError, true);
    assert.equal(bad.value, "14.995");

    // Exactly 15 m² and income at the line: two reasons at once.
    await w.getByLabel("人均住房面积").fill("15");
    await w.getByLabel("家庭人均年收入").fill("38000");
    await calculate(w);
    await expectText(result(w), "不符合住房租赁补贴条件");
    const reasons = w.locator(".notice.reason li");
    assert.deepEqual(await reasons.evaluateAll((li) => li.map((x) => x.dataset.code)), ["INCOME_NOT_BELOW_LINE", "OWNS_ENOUGH_HOUSING"]);

    // The steps: the site's settings labelled as such, the plan's date as an interpretation.
    await w.getByLabel("家庭人均年收入").fill("18000");
    await w.getByLabel("人均住房面积").fill("14.99");
    await calculate(w);
    await expectText(result(w), "第 2 档");
    await w.locator("details.steps-box summary").click();
    const steps = w.locator("details.steps-box");
    await expectText(steps, "钦政办规〔2023〕1号 一(三)");
    await expectText(steps, "钦政办规〔2023〕1号 二(六)");
    // The clause text shows the unit as "m²", not the converted file's <sup> markup.
    const clause = steps.locator("li", { has: page.locator("cite", { hasText: "二(六)" }) }).locator("blockquote.clause:not([hidden])").first();
    await expectText(clause, "10 元/m²/月/人");
    assert.equal((await clause.textContent()).includes("<sup>"), false);
    await expectText(steps.locator("li[data-basis=site] .basis").first(), "本站设置");
    await expectText(steps.locator("li[data-basis=interpretation] .basis").first(), "计算器的理解（公报未规定）");

    // English.
    await w.evaluate((el) => el.setAttribute("lang", "en"));
    await expectText(w.locator("h2"), "Public rental housing subsidy");
    await expectText(result(w), "Paid every half year");
  }));

test("公租房 subsidy without the site's settings: the visitor enters the income line; no amount without the area", () =>
  withPage(async (page) => {
    const w = page.locator("qz-public-rental-subsidy");
    await w.evaluate((el) => {
      el.removeAttribute("area-per-person");
      el.removeAttribute("income-line");
    });
    const line = w.getByLabel("上年度城镇居民人均可支配收入");
    await line.fill("38000");
    await w.getByLabel("家庭人均年收入").fill("20000");
    await calculate(w);
    await expectText(result(w), "符合条件：第 2 档，7.00 元/平方米/月/人");
    await expectText(w.locator(".notice.warn"), "未配置人均补贴面积");
    await expectText(w.locator(".notice.warn li[data-basis=site] .basis"), "本站设置");
    // The income line the visitor typed is theirs, not the site's.
    await w.locator("details.steps-box summary").click();
    const lineStep = w.locator("ol.steps li", { hasText: "收入线" }).first();
    await expectText(lineStep.locator(".basis"), "您输入的");
    await expectText(lineStep, "您输入的市人民政府公布的上年度城镇居民人均可支配收入");
  }));

test("保租房: the ceiling is 90% of the market rent; exactly 90% is within; a large unit is a warning", () =>
  withPage(async (page) => {
    const w = page.locator("qz-affordable-rental");
    await w.getByLabel("同地段同品质市场租金（每月）").fill("2000");
    await w.getByLabel("拟收取的月租金").fill("1800");
    await calculate(w);
    await expectText(result(w), "每月租金上限 1,800.00 元");
    await expectText(result(w), "拟收租金未超过上限");
    await w.getByLabel("拟收取的月租金").fill("1800.01");
    await w.getByLabel("房屋建筑面积").fill("75");
    await calculate(w);
    await expectText(result(w), "拟收租金超过上限 0.01 元");
    await expectText(w.locator(".notice.warn"), "以不超过 70 平方米的小户型为主");
    await w.getByLabel("正在享受本市公租房保障").check();
    await expectText(w.locator(".notice.reason"), "不得同时享受本市公租房保障");
    await w.locator("details.steps-box summary").click();
    await expectText(w.locator("details.steps-box"), "钦政办规〔2023〕1号 三(十一)");
  }));

test("the rent and repayment widgets say what the 2023 change did for this case", () =>
  withPage(async (page) => {
    const rent = page.locator("qz-rent-withdrawal");
    await rent.evaluate((el) => el.setAttribute("date", "2023-06-01"));
    await rent.getByLabel("婚姻状况").selectOption("single");
    await rent.getByLabel("实际月租金").fill("1200");
    await rent.getByLabel("本次提取月数").fill("12");
    await rent.getByLabel("本人账户可用余额").fill("20000");
    await calculate(rent);
    await expectText(result(rent), "比调整前多提取 1,200.00 元");
    await rent.evaluate((el) => el.setAttribute("date", "2022-12-31"));
    await expectText(result(rent), "8,400.00");
    await expectText(result(rent), "比调整前", { not: true });

    const repay = page.locator("qz-repayment-withdrawal");
    await repay.evaluate((el) => el.setAttribute("date", "2023-06-01"));
    await repay.getByLabel("主借款人账户余额").fill("10000");
    await repay.getByLabel("月缴存额").fill("1000");
    await calculate(repay);
    await expectText(result(repay), "比调整前多提取 3,000.00 元");
  }));

for (const width of [360, 1280]) {
  test(`axe-core: 0 violations in the housing widgets at ${width} px; screenshots`, () =>
    withPage(
      async (page) => {
        for (const tag of TAGS) {
          await page.locator(tag).evaluate((el) => el.shadowRoot.querySelectorAll("details").forEach((d) => (d.open = true)));
        }
        await page.waitForTimeout(300);
        await page.addScriptTag({ content: AXE });
        for (const tag of TAGS) {
          const violations = await page.evaluate(async (include) => {
            const r = await window.axe.run({ include: [[include]] }, { resultTypes: ["violations"] });
            return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
          }, tag);
          assert.deepEqual(violations, [], tag);
          // Nothing wider than the viewport at 360 px.
          const overflow = await page.locator(tag).evaluate((el) => el.scrollWidth - el.clientWidth);
          assert.ok(overflow <= 0, `${tag} fits ${width} px`);
          if (width === 360) await screenshot(page.locator(tag), `${tag}-360`);
        }
      },
      { width, height: 900 },
    ));
}

test("公租房 subsidy without income-line opens with a neutral prompt: no error, no qz-invalid until the visitor acts", () =>
  withPage(async (page) => {
    await page.evaluate(() => {
      window.__invalid = [];
      const el = document.createElement("qz-public-rental-subsidy");
      el.id = "bare";
      el.addEventListener("qz-invalid", (e) => window.__invalid.push(e.detail.field));
      document.body.append(el);
    });
    const w = page.locator("#bare");
    assert.equal(await widgetReady(page, "#bare"), true);
    await page.waitForTimeout(600);
    await expectText(result(w), "请填写上方各项，然后按“计算”");
    assert.equal(await w.evaluate((el) => el.shadowRoot.querySelectorAll(".invalid, [aria-invalid]").length), 0, "no field marked");
    await expectText(result(w), "请更正", { not: true, timeout: 0 });
    assert.deepEqual(await page.evaluate(() => window.__invalid), [], "no qz-invalid on load");
    // The language switch keeps the prompt; 计算 then shows the error and sends the event.
    await w.evaluate((el) => el.setAttribute("lang", "en"));
    await expectText(result(w), "Fill in the form above, then press Calculate");
    await w.evaluate((el) => el.removeAttribute("lang"));
    await calculate(w);
    await expectText(result(w), "请更正");
    assert.equal((await page.evaluate(() => window.__invalid)).length, 1);
  }));
