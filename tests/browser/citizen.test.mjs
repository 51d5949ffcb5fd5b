// The widgets as a citizen meets them, in Chromium: numbers written the way people write them
// (万, 元, %, 年, ㎡), every problem listed at once in an error summary (GOV.UK's pattern), plain
// words for the basis of each step, a wide table on a 360 px phone, the heading-level
// attribute, and a browser that cannot run the calculator (no WebAssembly, or a module it
// cannot compile): the truthful message and the site's own fallback content. axe-core
// checks every one of these states; screenshots at 360 px go to target/screenshots/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, startServer, launchBrowser, openPage, widgetReady, expectText, fieldState, fixedState, screenshot, eventually, STRICT_CSP } from "./harness.mjs";

const AXE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
const TAGS = [
  "qz-loan-limit",
  "qz-repayment-schedule",
  "qz-rent-withdrawal",
  "qz-repayment-withdrawal",
  "qz-elevator-withdrawal",
  "qz-childcare-places",
  "qz-public-rental-subsidy",
  "qz-affordable-rental",
];
const TOO_OLD = "浏览器或微信版本过旧，无法使用本计算器。";

let server;
let strictServer;
let browser;
before(async () => {
  [server, strictServer, browser] = await Promise.all([startServer(), startServer({ csp: STRICT_CSP }), launchBrowser()]);
});
after(async () => {
  await Promise.allSettled([browser?.close(), server?.stop(), strictServer?.stop()]);
});

const calculate = (w, name = "计算") => w.getByRole("button", { name, exact: true }).click();
const result = (w) => w.getByRole("status");

/** The demo page with every widget loaded; `body(page, p)`; then no console error, no request elsewhere. */
async function withDemo(body, opts = {}) {
  const p = await openPage(browser, (opts.strict ? strictServer : server).url, opts);
  try {
    if (opts.ready !== false) for (const tag of TAGS) assert.equal(await widgetReady(p.page, tag), true, `${tag} loads`);
    await body(p.page, p);
    p.check();
  } finally {
    await p.close();
  }
}

/** axe-core violations inside `selector` (the whole page when null). */
async function axe(page, selector) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async (include) => {
    const r = await window.axe.run(include ? { include: [[include]] } : document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
  }, selector);
}

/** The "= …" line under a field, and whether the input is described by it. */
const echoOf = (w, label) =>
  w.getByLabel(label, { exact: true }).evaluate((el) => {
    const echo = el.closest(".field").querySelector(".echo");
    return { text: echo?.textContent ?? "", described: !!echo?.textContent && (el.getAttribute("aria-describedby") ?? "").split(" ").includes(echo.id) };
  });

test("numbers as people write them: 万 and 元 on amounts, % on rates, 年 on terms, ㎡ on areas, read back under the field", () =>
  withDemo(async (page) => {
    const plan = page.locator("qz-repayment-schedule");
    await plan.getByLabel("贷款金额").fill("30万");
    await plan.getByLabel("还款方式").selectOption("equal_installment");
    await plan.getByLabel("年利率").fill("3.1%");
    await plan.getByLabel("贷款期限").fill("30年");
    await calculate(plan);
    await expectText(result(plan), "每月还款 1,281.05 元");
    assert.deepEqual(await echoOf(plan, "贷款金额"), { text: "= 300,000 元", described: true });
    assert.deepEqual(await echoOf(plan, "贷款期限"), { text: "= 360 个月", described: true });
    assert.equal((await echoOf(plan, "年利率")).text, "", "3.1% is what was typed: nothing to read back");
    // 2.5万 is 25,000 exactly (the decimal point moves; no float), 4.5 万元 with a space, 1年6个月.
    await plan.getByLabel("贷款金额").fill("2.5万");
    await plan.getByLabel("贷款期限").fill("1年6个月");
    await calculate(plan);
    assert.equal((await echoOf(plan, "贷款金额")).text, "= 25,000 元");
    assert.equal((await echoOf(plan, "贷款期限")).text, "= 18 个月");
    await plan.getByLabel("贷款金额").fill("４.５ 万元");
    await calculate(plan);
    assert.equal((await echoOf(plan, "贷款金额")).text, "= 45,000 元");
    await screenshot(plan.locator(".fields"), "citizen-units-360-wide");

    const rent = page.locator("qz-rent-withdrawal");
    await rent.getByLabel("实际月租金").fill("0.015万");
    await rent.getByLabel("本次提取月数").fill("1");
    await calculate(rent);
    assert.equal((await echoOf(rent, "实际月租金")).text, "= 150 元");
    await expectText(result(rent), "1 个月共可提取 150.00 元");
    await rent.getByLabel("实际月租金").fill("1200元");
    await rent.getByLabel("本次提取月数").fill("1年");
    await calculate(rent);
    await expectText(result(rent), "12 个月共可提取");
    assert.equal((await echoOf(rent, "实际月租金")).text, "", "1200元 is 1200: nothing to read back");
    // More than 2 decimals once in yuan: an error naming the field.
    await rent.getByLabel("实际月租金").fill("0.0012345万");
    await calculate(rent);
    assert.equal((await fieldState(rent, "实际月租金")).error, "“实际月租金”换算成元后最多保留两位小数（到分）");
    // A huge amount: the field and the limit.
    await rent.getByLabel("实际月租金").fill("2000000000000");
    await calculate(rent);
    assert.equal((await fieldState(rent, "实际月租金")).error, "“实际月租金”不能超过 1,000,000,000,000 元");
    // An empty date names the field.
    await rent.getByLabel("实际月租金").fill("1200");
    await rent.getByLabel("申请日期").fill("");
    await calculate(rent);
    assert.equal((await fieldState(rent, "申请日期")).error, "请填写“申请日期”");

    const flat = page.locator("qz-affordable-rental");
    await flat.getByLabel("房屋建筑面积").fill("65㎡");
    await calculate(flat);
    await fixedState(flat, "房屋建筑面积");
    await flat.getByLabel("房屋建筑面积").fill("65 平方米");
    await calculate(flat);
    await fixedState(flat, "房屋建筑面积");
    await flat.getByLabel("房屋建筑面积").fill("65m²");
    await calculate(flat);
    await fixedState(flat, "房屋建筑面积");
    await flat.getByLabel("房屋建筑面积").fill("200000㎡");
    await calculate(flat);
    assert.equal((await fieldState(flat, "房屋建筑面积")).error, "“房屋建筑面积”不能超过 100,000 平方米");

    const subsidy = page.locator("qz-public-rental-subsidy");
    await subsidy.getByLabel("在申请公租房所在地有房产").check();
    await subsidy.getByLabel("人均住房面积").fill("14.5平方米");
    await subsidy.getByLabel("家庭人口").fill("3人");
    await calculate(subsidy);
    await fixedState(subsidy, "人均住房面积");
    await expectText(result(subsidy), "每半年可领取");
    assert.deepEqual(await axe(page, "qz-repayment-schedule"), [], "with the read-back lines");
  }, { width: 360 }));

test("the error summary: three problems at once, each a link to its field, focused and announced", () =>
  withDemo(
    async (page) => {
      const w = page.locator("qz-rent-withdrawal");
      const seen = [];
      await page.exposeFunction("__invalid", (d) => seen.push(d));
      await w.evaluate((el) => el.addEventListener("qz-invalid", (e) => window.__invalid(JSON.parse(JSON.stringify(e.detail)))));
      await w.getByLabel("实际月租金").fill("一千二");
      await w.getByLabel("本次提取月数").fill("0");
      await w.getByLabel("本人账户可用余额").fill("");
      await calculate(w);
      const summary = w.locator(".error-summary");
      await expectText(summary, "有 3 处需要修改");
      assert.equal(await summary.evaluate((el) => el.getRootNode().activeElement === el), true, "the summary has the focus");
      assert.equal(await summary.locator("[role=alert]").count(), 1, "announced");
      assert.equal(await summary.getByRole("heading", { level: 3 }).textContent(), "有 3 处需要修改");
      const links = summary.getByRole("link");
      assert.deepEqual(await links.allTextContents(), [
        "请用数字填写“实际月租金”，如 1200 或 45万",
        "“本次提取月数”须在 1 到 120 个月之间",
        "请填写“本人账户可用余额”",
      ]);
      // Each problem is also at its field.
      for (const label of ["实际月租金", "本次提取月数", "本人账户可用余额"]) {
        const s = await fieldState(w, label);
        assert.equal(s.invalid, true, label);
        assert.equal(s.describedByError, true, label);
      }
      await expectText(result(w), "请更正标出的 3 项");
      await eventually(() => seen, (list) => list.length >= 1);
      assert.equal(seen[seen.length - 1].errors.length, 3, "qz-invalid carries every problem");
      assert.equal(seen[seen.length - 1].field, "monthlyRent");
      assert.deepEqual(seen[seen.length - 1].errors.map((e) => e.code), ["INVALID_NUMBER", "OUT_OF_RANGE", "MISSING_FIELD"], "the library's codes");
      assert.deepEqual(await axe(page, "qz-rent-withdrawal"), [], "axe with the summary shown");
      await screenshot(w, "citizen-error-summary-360");

      // A link takes the focus to its field.
      await links.nth(1).click();
      assert.equal((await fieldState(w, "本次提取月数")).focused, true);
      // Fixing one: the summary follows (two left), without taking the focus again.
      await w.getByLabel("本次提取月数").fill("12");
      await expectText(summary, "有 2 处需要修改");
      assert.equal((await fieldState(w, "本次提取月数")).focused, true);
      await w.getByLabel("实际月租金").fill("1200");
      await w.getByLabel("本人账户可用余额").fill("2万");
      await calculate(w);
      await expectText(result(w), "12 个月共可提取 9,600.00 元");
      assert.equal(await summary.isHidden(), true, "no summary once all is well");

      // English.
      await w.evaluate((el) => el.setAttribute("lang", "en"));
      await w.getByLabel("Monthly rent paid").fill("x");
      await w.getByLabel("Months this withdrawal covers").fill("200");
      await calculate(w, "Calculate");
      await expectText(summary, "There are 2 problems");
    },
    { width: 360, height: 800 },
  ));

test("plain words: bases as words, never 本库 or a property name; a typed figure is the visitor's; figures read like the headline", () =>
  withDemo(async (page) => {
    // Voluntary depositor, no yuan-per-point on the demo page: the warning names no property.
    const loan = page.locator("qz-loan-limit");
    await loan.getByLabel("婚姻状况").selectOption("single");
    await loan.getByLabel("申请人缴存方式").selectOption("voluntary");
    await calculate(loan);
    await expectText(loan.locator(".notice.warn"), "公报未规定每分对应的贷款金额");
    // The childcare target typed by the visitor: labelled as theirs, not as the site's.
    const care = page.locator("qz-childcare-places");
    await care.getByLabel("目标（每千人口托位数）").fill("5");
    await calculate(care);
    await care.locator("details.steps-box summary").click();
    const typed = care.locator('ol.steps li[data-rule="输入值（公报未规定）"]');
    assert.ok((await typed.count()) > 0, "the typed target is a step");
    await expectText(typed.first().locator(".basis"), "您输入的");
    // Places are not money: a value like 1.40 (per 1,000 people) carries no 元.
    assert.deepEqual(await care.locator("ol.steps .step-value").allTextContents().then((l) => l.filter((t) => t.includes("元"))), []);
    // Rent limited by the balance: a figure in a step is grouped like the headline.
    const rent = page.locator("qz-rent-withdrawal");
    await rent.getByLabel("实际月租金").fill("1200");
    await rent.getByLabel("本次提取月数").fill("12");
    await rent.getByLabel("本人账户可用余额").fill("9000");
    await calculate(rent);
    // (two warnings from 2023: the balance one, and OLD_RULE_CONDITIONS_ASSUMED carried from
    // the before/after comparison's run)
    const byBalance = rent.locator(".notice.warn li").filter({ hasText: "9,000.00 元" });
    await expectText(byBalance, "9,000.00 元");
    await expectText(byBalance.locator(".basis"), "计算器的理解（公报未规定）");

    await screenshot(care.locator("details.steps-box"), "citizen-basis-words");
    await screenshot(rent.locator(".notice.warn"), "citizen-warning-words");
    for (const tag of TAGS) {
      await page.locator(tag).evaluate((el) => el.shadowRoot.querySelectorAll("details").forEach((d) => (d.open = true)));
      const text = await page.locator(tag).evaluate((el) => el.shadowRoot.textContent);
      assert.doesNotMatch(text, /本库/, `${tag}: no 本库`);
      assert.doesNotMatch(text, /[（(][a-z]+[A-Z]\w*[）)]/, `${tag}: no property name`);
      assert.doesNotMatch(text, /\b\d{4,}\.\d{2}\b/, `${tag}: amounts grouped`);
    }
  }, { width: 360 }));

test("360 px: the year-by-year table scrolls with a visible cue and a focusable, labelled region; no label wraps past two lines", () =>
  withDemo(
    async (page) => {
      const plan = page.locator("qz-repayment-schedule");
      await calculate(plan);
      await plan.getByText("逐年还款明细").click();
      const wrap = plan.locator("details.year-table .table-wrap");
      const cue = plan.locator("details.year-table .scroll-cue");
      await eventually(() => cue.isVisible(), (v) => v === true);
      await expectText(cue, "可左右滑动");
      assert.equal(await wrap.getAttribute("role"), "region");
      assert.equal(await wrap.getAttribute("tabindex"), "0");
      assert.match(await wrap.getAttribute("aria-label"), /每年的还款额/);
      assert.equal((await wrap.getAttribute("aria-describedby")) === (await cue.getAttribute("id")), true, "the region is described by the cue");
      const size = await wrap.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      assert.ok(size.scroll > size.client, `wider than its box: ${JSON.stringify(size)}`);
      // By keyboard: focus the region, arrow right: it scrolls; the year column stays in view.
      await wrap.focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      await eventually(() => wrap.evaluate((el) => el.scrollLeft), (x) => x > 0);
      await wrap.evaluate((el) => (el.scrollLeft = el.scrollWidth));
      const stuck = await wrap.evaluate((el) => {
        const first = el.querySelector("tbody td");
        return first.getBoundingClientRect().left - el.getBoundingClientRect().left;
      });
      assert.ok(Math.abs(stuck) < 2, `the year column stays at the left edge (${stuck})`);
      // (the arrow keys scroll smoothly: wait until that has settled)
      await page.waitForTimeout(600);
      await wrap.evaluate((el) => el.blur());
      await eventually(() => wrap.evaluate((el) => ((el.scrollLeft = 0), el.scrollLeft)), (x) => x === 0);
      await screenshot(plan.locator("details.year-table"), "citizen-year-table-360");
      await wrap.evaluate((el) => (el.scrollLeft = 120));
      await screenshot(plan.locator("details.year-table"), "citizen-year-table-360-scrolled");
      assert.deepEqual(await axe(page, "qz-repayment-schedule"), [], "axe with the table open");

      // Points shown (计入的家庭户积分, one household total): no label on any widget wraps to a
      // third line.
      const loan = page.locator("qz-loan-limit");
      await loan.getByLabel("婚姻状况").selectOption("single");
      await loan.getByLabel("申请人缴存方式").selectOption("voluntary");
      await calculate(loan);
      await expectText(loan.locator(".more"), "计入的家庭户积分");
      await screenshot(loan.locator(".more .kv").first(), "citizen-points-360");
      for (const tag of TAGS) {
        const tall = await page.locator(tag).evaluate((el) =>
          [...el.shadowRoot.querySelectorAll("label.main, .check span, legend, dt, th")]
            .filter((n) => n.getClientRects().length)
            .map((n) => {
              const lh = parseFloat(getComputedStyle(n).lineHeight);
              const lines = Math.round(n.getBoundingClientRect().height / lh);
              return [n.textContent, lines];
            })
            .filter(([, lines]) => lines > 2),
        );
        assert.deepEqual(tall, [], `${tag}: labels of at most two lines`);
      }
      assert.deepEqual(await axe(page, "qz-loan-limit"), [], "axe with the points shown");
      const dt = await loan.locator(".kv dt", { hasText: "计入的家庭户积分" }).evaluate((n) => Math.round(n.getBoundingClientRect().height / parseFloat(getComputedStyle(n).lineHeight)));
      assert.equal(dt, 1, "计入的家庭户积分 on one line");
    },
    { width: 360, height: 800 },
  ));

test("a wide screen shows no scroll cue: the table fits", () =>
  withDemo(
    async (page) => {
      const plan = page.locator("qz-repayment-schedule");
      await calculate(plan);
      await plan.getByText("逐年还款明细").click();
      await page.waitForTimeout(200);
      assert.equal(await plan.locator("details.year-table .scroll-cue").isHidden(), true);
    },
    { width: 1280 },
  ));

test("heading-level: the title's level (default 2), the sub-headings one below; attribute and property", () =>
  withDemo(async (page) => {
    const care = page.locator("qz-childcare-places");
    const levels = () => care.evaluate((el) => [el.shadowRoot.querySelector(".title").tagName, ...[...el.shadowRoot.querySelectorAll(".subhead")].map((n) => n.tagName)]);
    assert.deepEqual(await levels(), ["H2", "H3"], "h2 by default");
    await care.evaluate((el) => el.setAttribute("heading-level", "3"));
    await eventually(levels, (l) => l[0] === "H3");
    assert.deepEqual(await levels(), ["H3", "H4"]);
    await care.evaluate((el) => (el.headingLevel = 4));
    assert.equal(await care.getAttribute("heading-level"), "4", "the property sets the attribute");
    await eventually(levels, (l) => l.join() === "H4,H5");
    await care.evaluate((el) => (el.headingLevel = "9"));
    await eventually(levels, (l) => l[0] === "H2", { timeout: 2000 });
    await care.evaluate((el) => (el.headingLevel = null));
    assert.equal(await care.getAttribute("heading-level"), null);
    // Set in the markup before the element is defined, and on the error summary.
    await page.evaluate(() => {
      const el = document.createElement("qz-rent-withdrawal");
      el.id = "late";
      el.setAttribute("heading-level", "4");
      document.querySelector("#calculators").append(el);
    });
    const late = page.locator("#late");
    await widgetReady(page, "#late");
    assert.equal(await late.evaluate((el) => el.shadowRoot.querySelector(".title").tagName), "H4");
    await late.getByLabel("实际月租金").fill("x");
    await calculate(late);
    assert.equal(await late.locator(".error-summary .subhead").evaluate((n) => n.tagName), "H5");
    await late.evaluate((el) => el.remove());
    await care.evaluate((el) => el.setAttribute("heading-level", "3"));
    assert.deepEqual(await axe(page, null), [], "the page outline with an h3 widget");
  }));

/** Every widget on a page that cannot run the calculator: message, fallback, axe, screenshot. */
async function tooOld(page, shot) {
  for (const tag of TAGS) {
    const w = page.locator(tag);
    assert.equal(await widgetReady(page, tag), false, `${tag}: ready is false`);
    await expectText(w.locator(".unavailable"), TOO_OLD);
    const text = await w.evaluate((el) => el.shadowRoot.textContent);
    assert.doesNotMatch(text, /刷新/, "no advice to reload: it would not help");
    // The site's own content inside the tag is shown now, and only now.
    const fallback = w.locator(".qz-fallback");
    assert.equal(await fallback.isVisible(), true, `${tag}: the site's fallback content is shown`);
    await expectText(fallback, "如需帮助");
  }
  assert.deepEqual(await axe(page, null), [], "axe on the page in this state");
  await screenshot(page.locator("qz-loan-limit"), shot);
}

test("without WebAssembly every widget says the browser is too old and shows the site's fallback content", () =>
  withDemo(
    async (page) => {
      assert.equal(await page.evaluate(() => typeof WebAssembly), "undefined");
      await tooOld(page, "citizen-too-old-360");
    },
    {
      width: 360,
      ready: false,
      setup: (page) => page.addInitScript(() => delete globalThis.WebAssembly),
    },
  ));

test("a wasm module that does not compile: the same message and fallback", () =>
  withDemo(
    async (page, p) => {
      await tooOld(page, "citizen-bad-wasm-360");
      assert.ok(p.requests.some((u) => u.endsWith(".wasm")), "the module was fetched");
    },
    {
      width: 360,
      ready: false,
      setup: (page) =>
        page.route("**/*.wasm", (route) => route.fulfill({ status: 200, contentType: "application/wasm", body: Buffer.from("\0asm\x01\0\0\0not a module") })),
    },
  ));

test("in a working browser the fallback content stays hidden", () =>
  withDemo(async (page) => {
    for (const tag of TAGS) assert.equal(await page.locator(tag).locator(".qz-fallback").isVisible(), false, tag);
  }));

test("without constructable stylesheets (Safari < 16.4, Firefox < 101) the styles come from qz-widgets.css, under the strict CSP", () =>
  withDemo(
    async (page, p) => {
      assert.equal(await page.evaluate(() => "adoptedStyleSheets" in Document.prototype), false);
      const w = page.locator("qz-rent-withdrawal");
      assert.equal(await w.evaluate((el) => !!el.shadowRoot.querySelector('link[rel=stylesheet][href$="/pkg/widgets/qz-widgets.css"]')), true);
      await eventually(() => w.getByRole("status").evaluate((el) => getComputedStyle(el).backgroundColor), (bg) => bg === "rgb(238, 244, 251)");
      // The page loads two bundles (qz-widgets.js, the eight housing widgets, and
      // qz-incentives.js), each with its own copy of the kit; the test server says no-store, so
      // whether the second bundle's <link> joins the first request depends on timing. What
      // must hold: not one request per widget (11 on this page), at most one per bundle.
      const css = p.requests.filter((u) => u.endsWith("/qz-widgets.css"));
      assert.ok(css.length >= 1 && css.length <= 2, `one request per bundle, shared by its widgets: ${JSON.stringify(css)}`);
    },
    { strict: true, setup: (page) => page.addInitScript(() => delete Document.prototype.adoptedStyleSheets) },
  ));

test("a Content-Security-Policy without 'wasm-unsafe-eval' is the site's error, not a too-old browser", async () => {
  const csp = await startServer({ csp: "default-src 'self'; script-src 'self'" });
  const p = await openPage(browser, csp.url, { width: 360 });
  try {
    const w = p.page.locator("qz-rent-withdrawal");
    assert.equal(await widgetReady(p.page, "qz-rent-withdrawal"), false);
    await expectText(w.locator(".unavailable"), "计算器文件未能加载");
    assert.equal(await w.locator(".qz-fallback").isVisible(), true, "the site's fallback content is shown");
    assert.ok(p.errors.some((e) => e.includes("wasm-unsafe-eval")), `the console says what to fix: ${p.errors.join(" | ")}`);
  } finally {
    await p.close();
    await csp.stop();
  }
});
