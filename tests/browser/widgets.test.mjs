// The demo page and the six widgets in a real browser (Debian Chromium via playwright-core),
// used the way a visitor uses them: typing into labelled fields and clicking.
//
//   node --test tests/browser/       (pkg/ must be built: bash scripts/build.sh)
//
// A widget whose calculator is not in the built package yet is reported as skipped.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, openPage, widgetReady, expectText, fieldState, invalidFields, screenshot, fixedState, STRICT_CSP } from "./harness.mjs";

const FUNCTION = {
  "qz-loan-limit": "loanLimit",
  "qz-rent-withdrawal": "rentWithdrawal",
  "qz-repayment-withdrawal": "repaymentWithdrawal",
  "qz-elevator-withdrawal": "elevatorWithdrawal",
  "qz-repayment-schedule": "repaymentSchedule",
  "qz-childcare-places": "childcarePlaces",
};

let server;
let strictServer;
let browser;

before(async () => {
  [server, strictServer, browser] = await Promise.all([startServer(), startServer({ csp: STRICT_CSP }), launchBrowser()]);
});

after(async () => {
  await Promise.allSettled([browser?.close(), server?.stop(), strictServer?.stop()]);
});

/** Opens the demo page, runs `body` with the widget, then checks requests and console. */
async function withWidget(t, tag, body, opts = {}) {
  const p = await openPage(browser, (opts.strict ? strictServer : server).url, opts);
  try {
    const available = await widgetReady(p.page, tag);
    if (!available) {
      t.skip(`${FUNCTION[tag]} is not in the built package yet`);
      return;
    }
    await body(p.page.locator(tag), p.page, p);
    p.check();
  } finally {
    await p.close();
  }
}

const calculate = (w, name = "计算") => w.getByRole("button", { name, exact: true }).click();
const result = (w) => w.getByRole("status");
const openSteps = async (w, name = /计算依据/) => {
  const d = w.locator("details.steps-box");
  if (!(await d.evaluate((el) => el.open))) await d.locator("summary").filter({ hasText: name }).click();
  return d;
};

test("the demo page loads every widget from its own origin, without console errors", async () => {
  const p = await openPage(browser, server.url);
  try {
    for (const tag of Object.keys(FUNCTION)) {
      assert.equal(await p.page.evaluate((n) => !!customElements.get(n), tag), true, `${tag} is defined`);
      await widgetReady(p.page, tag);
    }
    assert.equal(await p.page.title(), "钦州市住房公积金政策计算器");
    // The embed snippet is shown as text.
    await expectText(p.page.locator("#embed pre"), '<script type="module" src="/calc/widgets/qz-widgets.js"></script>');
    // Nothing but the page's own files and the package's.
    const paths = [...new Set(p.requests.map((u) => new URL(u).pathname))].sort();
    assert.ok(paths.includes("/pkg/qinzhou_policy_calc_bg.wasm"), "the wasm is loaded");
    // One wasm fetch shared by every housing-fund widget (the all-in-one module), one shared by
    // the three 一县一业 incentive widgets (their own module, issue 19).
    assert.deepEqual(
      p.requests.filter((u) => u.endsWith(".wasm")).map((u) => new URL(u).pathname).sort(),
      ["/pkg/modules/incentives/qinzhou_policy_calc_bg.wasm", "/pkg/qinzhou_policy_calc_bg.wasm"],
    );
    p.check();
  } finally {
    await p.close();
  }
});

test("loan limit: both spouses contributing → 450,000.00; the binding constraint; the citation", (t) =>
  withWidget(t, "qz-loan-limit", async (w) => {
    await w.getByLabel("婚姻状况").selectOption("married");
    await w.getByLabel("申请人在钦州正常缴存住房公积金").check();
    await w.getByLabel("配偶在钦州正常缴存住房公积金").check();
    await w.getByLabel("所购住房总价").fill("600000");
    await calculate(w);
    await expectText(result(w), "450,000.00");
    await expectText(result(w), "合 45 万元");
    await expectText(result(w), "起决定作用的限制：政策最高贷款额度");

    // A cheaper home: 80 % of the price binds.
    await w.getByLabel("所购住房总价").fill("500,000");
    await calculate(w);
    await expectText(result(w), "400,000.00");
    await expectText(result(w), "房价 × 最高贷款成数");
    await expectText(w.locator("tr.binding"), "400,000.00");

    // Only one side contributes: 35万.
    await w.getByLabel("所购住房总价").fill("");
    await w.getByLabel("配偶在钦州正常缴存住房公积金").uncheck();
    await calculate(w);
    await expectText(result(w), "350,000.00");

    const steps = await openSteps(w);
    await expectText(steps, "钦市金管委规〔2023〕1号 一");
    await expectText(steps, "缴存人单方在本市正常缴存，最高贷款额度为 350,000.00 元");

    // Nobody contributes: not eligible, with the reason.
    await w.getByLabel("申请人在钦州正常缴存住房公积金").uncheck();
    await calculate(w);
    await expectText(result(w), "不符合住房公积金贷款条件");
    // The gazette speaks only of couples where someone contributes: the calculator's reading,
    // said in plain words (the API's rule "本库解释" is not for visitors).
    await expectText(w.locator(".notice.reason"), "不能申请贷款");
    await expectText(w.locator(".notice.reason .basis"), "计算器的理解（公报未规定）");
    await expectText(w.locator(".notice.reason"), "本库", { not: true, timeout: 0 });
  }));

test("loan limit: a voluntary depositor's points; an inconsistent field is marked and kept", (t) =>
  withWidget(t, "qz-loan-limit", async (w) => {
    await w.getByLabel("婚姻状况").selectOption("single");
    await w.getByLabel("申请人缴存方式").selectOption("voluntary");
    await w.getByLabel("申请人缴存余额").fill("30000");
    await w.getByLabel("申请人缴存月数").fill("24");
    await w.getByLabel("申请人按时足额扣缴月数").fill("30");
    await calculate(w);
    const bad = await fieldState(w, "申请人按时足额扣缴月数");
    assert.equal(bad.value, "30", "the typed text stays");
    assert.equal(bad.invalid, true);
    assert.equal(bad.describedByError, true);
    assert.match(bad.error, /不能多于缴存月数/);
    assert.doesNotMatch(bad.error, /members\[0\]/, "no internal path in the message");
    assert.deepEqual(await invalidFields(w), ["申请人按时足额扣缴月数"]);
    // GOV.UK's pattern: the summary at the top takes the focus; its link takes it to the field.
    const summary = w.locator(".error-summary");
    assert.equal(await summary.evaluate((el) => el.getRootNode().activeElement === el), true, "the error summary gets the focus");
    await expectText(summary, "有 1 处需要修改");
    await summary.getByRole("link", { name: /申请人按时足额扣缴月数/ }).click();
    assert.equal((await fieldState(w, "申请人按时足额扣缴月数")).focused, true, "the summary's link focuses the field");

    await w.getByLabel("申请人按时足额扣缴月数").fill("12");
    const fixed = await fixedState(w, "申请人按时足额扣缴月数");
    assert.equal(fixed.error, "");
    assert.equal(fixed.invalid, false);
    // 钦市金管委规〔2023〕1号 一/三 (POLICY A1): the limit comes from points and the site has
    // set no yuan per point, so there is no limit to show: never the cap as the limit.
    await expectText(result(w), "由公积金中心按缴存积分核算");
    await expectText(result(w), "计入的家庭户积分：10 分");
    await expectText(result(w), "不会超过 350,000.00 元（这是上限，不是贷款额度）");
    assert.equal(await result(w).locator(".amount").count(), 0, "no amount is shown as the limit");
    assert.doesNotMatch(await result(w).innerText(), /起决定作用的限制/);
    await expectText(w.locator(".more .kv"), /计入的家庭户积分\s*10 分/);
    await expectText(w.locator(".more .kv"), /未封顶合计（封顶 10 分）\s*22 分/);
    // The site has not set the yuan per point: the library's warning is shown.
    await expectText(w.locator(".notice.warn"), "公报未规定每分对应的贷款金额");
    await screenshot(w, "qz-loan-limit-voluntary-360");
  }, { width: 360, height: 900 }));

test("rent withdrawal: single renter, rent 1,200 → 800.00 a month; bad input is marked and kept", (t) =>
  withWidget(t, "qz-rent-withdrawal", async (w) => {
    await w.getByLabel("婚姻状况").selectOption("single");
    await w.getByLabel("实际月租金").fill("1,200");
    await w.getByLabel("本次提取月数").fill("1");
    await w.getByLabel("本人账户可用余额").fill("5000");
    await calculate(w);
    await expectText(result(w), "1 个月共可提取 800.00 元");
    await expectText(result(w), "每月 800.00 元");

    const steps = await openSteps(w);
    await expectText(steps, "钦市金管委规〔2023〕1号 二(二)");
    await expectText(steps, "未婚（单身）缴存人月租金标准上限 800.00 元/月");
    // The comparison with 2022 is a signed amount in yuan (the step's unit): sign, groups, 元.
    await expectText(steps, "= +100.00 元");

    // 12.345 has three decimals: the error sits next to the rent field, the text stays.
    await w.getByLabel("实际月租金").fill("12.345");
    await calculate(w);
    const bad = await fieldState(w, "实际月租金");
    assert.equal(bad.value, "12.345");
    assert.equal(bad.invalid, true);
    assert.equal(bad.describedByError, true);
    assert.equal(bad.error, "“实际月租金”最多保留两位小数（到分）");
    assert.deepEqual(await invalidFields(w), ["实际月租金"]);
    await expectText(result(w), "请更正：实际月租金");
    // Other fields keep what was typed too.
    assert.equal((await fieldState(w, "本人账户可用余额")).value, "5000");

    // Fixing it clears the error as soon as it is valid.
    await w.getByLabel("实际月租金").fill("1200");
    const fixed = await fixedState(w, "实际月租金");
    assert.equal(fixed.error, "");
    assert.equal(fixed.invalid, false);
    await expectText(result(w), "800.00");

    // Married: the spouse's account appears and 1,100 applies.
    await w.getByLabel("婚姻状况").selectOption("married");
    await w.getByLabel("配偶账户可用余额").fill("3000");
    await w.getByLabel("本次提取月数").fill("12");
    await calculate(w);
    // The headline is what the person gets: the total (the balance limits it), then the month.
    await expectText(result(w), "12 个月共可提取 8,000.00 元");
    await expectText(result(w), "每月 1,100.00 元");
    // Limited by the balances: the library's interpretation, labelled as such.
    await expectText(w.locator(".notice.warn"), "本计算器以余额为限");
    await expectText(w.locator('.notice.warn li[data-code="LIMITED_BY_BALANCE"] .basis'), "计算器的理解（公报未规定）");
    // The comparison with 2022 assumes the 2023 conditions: said in this result too (POLICY A3).
    await expectText(w.locator('.notice.warn li[data-code="OLD_RULE_CONDITIONS_ASSUMED"]'), "与调整前比较时");

    // A home in Qinzhou: not eligible, with the reason.
    await w.getByLabel("本人或配偶在钦州有自有住房").check();
    await expectText(result(w), "不符合租房提取条件");
    await expectText(w.locator(".notice.reason"), "在本市有自有住房");
  }));

test("the English switch changes the page, the labels and the messages", (t) =>
  withWidget(t, "qz-rent-withdrawal", async (w, page) => {
    await page.getByRole("button", { name: "English" }).click();
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    assert.equal(await page.getByRole("button", { name: "English" }).getAttribute("aria-pressed"), "true");
    await expectText(page.locator("h1"), "Policy calculators");
    for (const tag of Object.keys(FUNCTION)) assert.equal(await page.locator(tag).getAttribute("lang"), "en", tag);

    await expectText(w.locator("h2"), "Withdrawing the fund to pay rent");
    await w.getByLabel("Marital status").selectOption("single");
    await w.getByLabel("Monthly rent paid").fill("1200");
    await w.getByLabel("Months this withdrawal covers").fill("1");
    await calculate(w, "Calculate");
    await expectText(result(w), "You may withdraw, for 1 month 800.00 yuan");
    await expectText(result(w), "800.00 yuan a month");
    const steps = await openSteps(w, /How this was calculated/);
    await expectText(steps, "Monthly rent ceiling for a unmarried/single depositor: 800.00 yuan");
    await expectText(steps, "钦市金管委规〔2023〕1号 二(二)");

    // Keyboard only: Enter in the field submits.
    await w.getByLabel("Monthly rent paid").fill("12.345");
    await w.getByLabel("Monthly rent paid").press("Enter");
    const bad = await fieldState(w, "Monthly rent paid");
    assert.equal(bad.error, "Monthly rent paid can have at most 2 decimal places (fen)");
    assert.equal(bad.value, "12.345");

    // Switching back while the error shows: the same error, in Chinese, still in place.
    await page.getByRole("button", { name: "中文" }).click();
    assert.equal((await fieldState(w, "实际月租金")).error, "“实际月租金”最多保留两位小数（到分）");
    assert.equal((await fieldState(w, "实际月租金")).value, "12.345");
  }));

test("repayment withdrawal: keeps 3 months of deposits; limited by the amount due", (t) =>
  withWidget(t, "qz-repayment-withdrawal", async (w) => {
    await w.getByLabel("申请日期").fill("2023-06-01");
    await w.getByLabel("主借款人账户余额").fill("10000");
    await w.getByLabel("月缴存额").fill("1000");
    await calculate(w);
    await expectText(result(w), "7,000.00");
    await expectText(w.locator(".more"), "3,000.00 元");
    const steps = await openSteps(w);
    await expectText(steps, "钦市金管委规〔2023〕1号 二(一)");

    await w.getByLabel("应还贷款本息").fill("1500");
    await calculate(w);
    await expectText(result(w), "1,500.00");

    // Before 2023: 6 months, with the library's warning.
    await w.getByLabel("应还贷款本息").fill("");
    await w.getByLabel("申请日期").fill("2022-12-31");
    await calculate(w);
    await expectText(result(w), "4,000.00");
    await expectText(w.locator(".notice.warn"), "6");

    await w.getByLabel("月缴存额").fill("-5");
    await calculate(w);
    const bad = await fieldState(w, "月缴存额");
    assert.equal(bad.value, "-5");
    assert.equal(bad.invalid, true);
    assert.equal(bad.error, "“月缴存额”不能小于 0");
  }));

test("elevator withdrawal: accounts drawn in order; an earlier withdrawal counts", (t) =>
  withWidget(t, "qz-elevator-withdrawal", async (w) => {
    await w.getByLabel("规划许可（批准）日期").fill("2023-07-01");
    await w.getByLabel("本次申请日期").fill("2024-06-01");
    await w.getByLabel("本家庭户可提取额度").fill("30000");
    await w.getByLabel("账户 1：可用余额").fill("20000");
    await w.getByRole("button", { name: "＋ 添加家庭成员账户" }).click();
    await w.getByLabel("账户 2：账户所有人").selectOption("spouse");
    await w.getByLabel("账户 2：可用余额").fill("15000");
    await calculate(w);
    await expectText(result(w), "30,000.00");
    await expectText(result(w), "第 1 次申请（最多 3 次），之后还可申请 2 次");
    await expectText(w.locator(".more"), "2026-07-01");
    await expectText(w.locator(".more table"), /配偶.*10,000\.00/);
    await expectText(w.locator(".more"), "房屋产权证明");
    const steps = await openSteps(w);
    await expectText(steps, "钦市金管委规〔2023〕1号 二(三)");
    // The window's last day under its step reads as a Chinese date, as its words do.
    await expectText(steps, "= 2026年7月1日");
    await expectText(steps, "= 2026-07-01", { not: true });

    await w.getByRole("button", { name: "＋ 添加一次已提取记录" }).click();
    await w.getByLabel("第 1 次提取日期").fill("2023-09-01");
    await w.getByLabel("第 1 次提取金额").fill("abc");
    await calculate(w);
    const bad = await fieldState(w, "第 1 次提取金额");
    assert.equal(bad.value, "abc");
    assert.equal(bad.invalid, true);
    assert.ok(bad.error.length > 0);

    await w.getByLabel("第 1 次提取金额").fill("10000");
    await fixedState(w, "第 1 次提取金额");
    await calculate(w);
    await expectText(result(w), "20,000.00");
    await expectText(result(w), "第 2 次申请（最多 3 次），之后还可申请 1 次");

    // Removing the spouse's account renumbers nothing else and still computes.
    await w.getByRole("button", { name: "删除账户 2" }).click();
    await expectText(result(w), "20,000.00");
  }));

test("repayment schedule: 300,000 at 3.1% over 360 months; chart and year-by-year table", (t) =>
  withWidget(t, "qz-repayment-schedule", async (w) => {
    await w.getByLabel("贷款金额").fill("300000");
    await w.getByLabel("还款方式").selectOption("equal_installment");
    await w.getByLabel("年利率").fill("3.1");
    await w.getByLabel("贷款期限").fill("360");
    await calculate(w);
    await expectText(result(w), "每月还款 1,281.05 元");
    await expectText(result(w), "末期还款 1,280.45 元");
    await expectText(w.locator(".more"), "161,177.40 元");

    const chart = w.locator("svg.chart");
    assert.equal(await chart.getAttribute("role"), "img");
    assert.equal(await chart.locator("rect").count(), 60, "principal and interest bars for 30 years");
    await expectText(w.locator("svg.chart title"), "本金与利息");

    await w.getByText("逐年还款明细").click();
    const rows = w.locator("details.year-table tbody tr");
    assert.equal(await rows.count(), 30);
    await expectText(rows.first(), "第 1 年");
    await expectText(rows.first(), "15,372.60"); // 12 × 1,281.05
    await expectText(rows.last(), "0.00");

    await w.getByLabel("贷款金额").fill("120000");
    await w.getByLabel("还款方式").selectOption("equal_principal");
    await w.getByLabel("年利率").fill("2.6");
    await w.getByLabel("贷款期限").fill("60");
    await calculate(w);
    await expectText(result(w), "首月还款 2,260.00 元");
    await expectText(w.locator(".more"), "7,930.00 元");
    assert.equal(await rows.count(), 5, "the open table follows the new term");

    // An empty rate takes the People's Bank of China default for the term in force on the
    // loan's start: 2.6% up to 5 years on 2023-06-01 (POLICY A6).
    await w.getByLabel("贷款发放日").fill("2023-06-01");
    await w.getByLabel("年利率").fill("");
    await calculate(w);
    await expectText(result(w), "首月还款 2,260.00 元");
    await openSteps(w);
    await expectText(w.locator(".steps"), "中国人民银行");

    // "12个月" is how people write it: accepted; words are not.
    await w.getByLabel("贷款期限").fill("12个月");
    await calculate(w);
    await fixedState(w, "贷款期限");
    await w.getByLabel("贷款期限").fill("一年");
    await calculate(w);
    const bad = await fieldState(w, "贷款期限");
    assert.equal(bad.value, "一年");
    assert.equal(bad.invalid, true);
    assert.equal(bad.error, "请用数字填写“贷款期限”，如 12 或 1年");
    await w.getByLabel("贷款期限").fill("12");
    await fixedState(w, "贷款期限");
  }));

test("childcare places: 1.40 per 1,000 against 4.5; bars and the gazette's projects", (t) =>
  withWidget(t, "qz-childcare-places", async (w) => {
    await w.getByLabel("常住人口").fill("3302238");
    await w.getByLabel("现有托位数").fill("4613");
    await w.getByLabel("计入的规划项目（附件3）").selectOption("gazette");
    await calculate(w);
    await expectText(result(w), "1.40");
    await expectText(result(w), "目标 4.5");
    await expectText(w.locator(".more"), "14,861");
    await expectText(w.locator(".more"), "1,300");
    await w.getByText(/计入的规划项目（6 个/).click();
    await expectText(w.locator(".projects"), "浦北县托育服务中心");
    await expectText(w.locator(".projects"), "总投资 1,200 万元");
    const bars = w.locator("svg.chart");
    await expectText(bars.locator("title"), "14,861");
    assert.equal(await bars.locator("rect").count(), 7, "3 tracks; existing, existing + planned, needed");
    const steps = await openSteps(w);
    await expectText(steps, "钦政办〔2023〕3号");
    // Places per 1,000 are a ratio (the step's unit says so): never shown with 元 (issue 16).
    await expectText(steps, "= 每千人口 1.40 个托位");
    await expectText(steps, "1.40 元", { not: true, timeout: 0 });

    await w.getByLabel("计入的规划项目（附件3）").selectOption("浦北县");
    await expectText(w.locator(".projects"), "浦北县托育服务中心");
    await expectText(w.locator(".more"), "450");

    // Redrawn while the typed value is unfinished (a language switch): the bars show the
    // places the result was computed from, not the text in the field.
    await w.getByLabel("现有托位数").fill("50ab");
    await w.page().waitForTimeout(600);
    await w.evaluate((el) => el.setAttribute("lang", "en"));
    await expectText(bars.locator("title"), "Existing: 4,613");
    await w.evaluate((el) => el.removeAttribute("lang"));

    await w.getByLabel("现有托位数").fill("46.5");
    await calculate(w);
    const bad = await fieldState(w, "现有托位数");
    assert.equal(bad.value, "46.5");
    assert.equal(bad.invalid, true);
    assert.equal(bad.error, "“现有托位数”须为整数，如 4613");
    await w.getByLabel("现有托位数").fill("20000");
    await fixedState(w, "现有托位数");
    await expectText(result(w), "已达到目标");
  }));

test("works under the strict CSP header: scripts, wasm and shadow-root styles", async () => {
  const p = await openPage(browser, strictServer.url);
  try {
    const res = await p.page.request.get(strictServer.url);
    assert.equal(res.headers()["content-security-policy"], STRICT_CSP);
    const w = p.page.locator("qz-rent-withdrawal");
    assert.equal(await widgetReady(p.page, "qz-rent-withdrawal"), true);
    await w.getByLabel("实际月租金").fill("1200");
    await w.getByLabel("本次提取月数").fill("1");
    await calculate(w);
    await expectText(result(w), "800.00");
    // The constructed stylesheet applies inside the shadow root.
    const bg = await result(w).evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(bg, "rgb(238, 244, 251)");
    const pageBg = await p.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    assert.equal(pageBg, "rgb(244, 247, 251)", "the page's own CSS file applies");
    for (const tag of Object.keys(FUNCTION)) await widgetReady(p.page, tag);
    p.check(); // a CSP violation would be a console error
  } finally {
    await p.close();
  }
});

test("360 px screenshots of every widget (target/screenshots/)", async () => {
  const p = await openPage(browser, server.url, { width: 360, height: 800 });
  try {
    const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(overflow <= 360, `no sideways scrolling at 360 px (scrollWidth ${overflow})`);
    for (const tag of Object.keys(FUNCTION)) {
      const available = await widgetReady(p.page, tag);
      const w = p.page.locator(tag);
      if (available) {
        const d = w.locator("details.steps-box");
        if (await d.count()) await d.evaluate((el) => (el.open = true));
        const width = await w.evaluate((el) => el.getBoundingClientRect().width);
        assert.ok(width <= 360, `${tag} fits in 360 px`);
      }
      await screenshot(w, tag);
    }
    // One in English, with an error shown.
    await p.page.getByRole("button", { name: "English" }).click();
    const rent = p.page.locator("qz-rent-withdrawal");
    await rent.getByLabel("Monthly rent paid").fill("12.345");
    await calculate(rent, "Calculate");
    await screenshot(rent, "qz-rent-withdrawal-en-error");
    p.check();
  } finally {
    await p.close();
  }
});
