// The 一县一业 incentive widgets (<qz-introducer-reward>, <qz-enterprise-reward>,
// <qz-employment-subsidy>; issue 19) on the demo page, in Chromium, used as a visitor uses them:
// each calculator they offer computes what the library returns for the same input (the
// incentives module, called in the page on the input the widget sent), refusals are marked at
// their field with the API's field in qz-invalid, the site settings (calculator,
// milestone-inclusive, rate-per-person, partial-year) reach the input, the list rows are added
// and removed by keyboard, both languages; axe-core 0 violations at 360 and 1280 px in both
// languages; 360 px screenshots (target/screenshots/qz-<element>-360[-en].png).
//
// No test here names a reason or warning code or an amount the widget would have to know: what
// a result shows is compared with what the library returned.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, startServer, launchBrowser, openPage, widgetReady, expectText, fieldState, screenshot, eventually } from "./harness.mjs";

const AXE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
const TAGS = ["qz-introducer-reward", "qz-enterprise-reward", "qz-employment-subsidy"];
const TOO_OLD = "浏览器或微信版本过旧，无法使用本计算器。";

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
/** The chosen calculator's fieldset (the others are hidden). */
const panel = (w) => w.locator("form > .fields > fieldset:not([hidden])");
const field = (w, label) => panel(w).getByLabel(label, { exact: true });

/** The demo page with the three widgets loaded, every qz-result and qz-invalid recorded. */
async function withPage(body, opts = {}) {
  const p = await openPage(browser, server.url, {
    ...opts,
    setup: async (page, context) => {
      await page.addInitScript(() => {
        window.__events = [];
        for (const type of ["qz-result", "qz-invalid"]) {
          document.addEventListener(type, (e) => window.__events.push({ type, tag: e.target.localName, detail: e.detail }));
        }
      });
      await opts.setup?.(page, context);
    },
  });
  try {
    if (opts.ready !== false) for (const tag of TAGS) assert.equal(await widgetReady(p.page, tag), true, `${tag} loads`);
    await body(p.page, p);
    p.check();
  } finally {
    await p.close();
  }
}

/** The last event of `type` from `tag`, waiting for one newer than `after` events. */
async function lastEvent(page, tag, type, after = 0) {
  return eventually(
    () => page.evaluate(([tag, type]) => window.__events.filter((e) => e.tag === tag && e.type === type), [tag, type]),
    (list) => list.length > after,
  ).then((list) => list[list.length - 1].detail);
}
const eventCount = (page, tag, type) => page.evaluate(([tag, type]) => window.__events.filter((e) => e.tag === tag && e.type === type).length, [tag, type]);

/**
 * The widget's last qz-result, and what the library returns for the same input: the widget's
 * chosen function of the incentives module (the same module instance the widget loaded), called
 * in the page.
 */
async function sameAsLibrary(page, tag, after) {
  const detail = await lastEvent(page, tag, "qz-result", after);
  const again = await page.evaluate(
    async ([tag, input]) => {
      const lib = await import("/pkg/modules/incentives/index.js");
      const el = document.querySelector(tag);
      return { fn: el.kind, result: lib[el.kind](input), shown: el.result };
    },
    [tag, detail.input],
  );
  assert.deepEqual(detail.result, again.result, `${tag}: qz-result is what ${again.fn}() returns for its input`);
  assert.deepEqual(again.shown, again.result, `${tag}: the result shown is the library's`);
  return { input: detail.input, result: again.result, fn: again.fn };
}

/** What the widget shows of a result's reasons and warnings: the codes, in order. */
const shownCodes = (w, kind) => w.locator(`.more > .notice.${kind} li`).evaluateAll((li) => li.map((x) => x.dataset.code));
const money = (text) => text.replace(/^(\d+)(\.\d{2})$/, (_, i, d) => `${i.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${d}`);

test("introducer reward (D1): the capped amount the library returns; reasons and warnings as the library gives them", () =>
  withPage(async (page) => {
    const tag = "qz-introducer-reward";
    const w = page.locator(tag);
    await expectText(w.getByLabel("奖励类型"), "引荐人奖励");
    const n = await eventCount(page, tag, "qz-result");
    await field(w, "引进投资总额").fill("10000万");
    await field(w, "前两年合同约定的固定资产投资额").fill("8000万");
    await calculate(w);
    const one = await sameAsLibrary(page, tag, n);
    assert.equal(one.fn, "introducerReward");
    assert.equal(one.input.totalInvestment, "100000000", "1亿 read as yuan");
    assert.equal(one.input.firstTwoYearsFixedAssetInvestment, "80000000");
    assert.equal(one.result.capped, true);
    await expectText(result(w), money(one.result.amount));
    await expectText(result(w), "超过单个项目上限");
    assert.deepEqual(await shownCodes(w, "warn"), one.result.warnings.map((x) => x.code));

    // An individual who is a public servant: not eligible, with the library's reasons.
    const m = await eventCount(page, tag, "qz-result");
    await field(w, "引荐人").selectOption("individual");
    await field(w, "本人是机关事业单位公职人员").check();
    const two = await sameAsLibrary(page, tag, m);
    assert.equal(two.input.introducer.publicServant, true);
    assert.equal(two.result.eligible, false);
    await expectText(result(w), "不符合招商成效激励条件");
    assert.deepEqual(await shownCodes(w, "reason"), two.result.reasons.map((x) => x.code));
    assert.ok(two.result.reasons.length > 0);
    // Every reason has its basis in words.
    assert.equal(await w.locator(".notice.reason li .basis").count(), two.result.reasons.length);

    // The steps cite the gazette's clause.
    await w.locator("details.steps-box summary").click();
    await expectText(w.locator("details.steps-box"), "钦政办规〔2023〕3号 三(四)2(2)");
  }));

test("introducer widget, enterprise-led reward (D2): the library's amount, the attachment's reading beside it; refusals at their field", () =>
  withPage(async (page) => {
    const tag = "qz-introducer-reward";
    const w = page.locator(tag);
    const n = await eventCount(page, tag, "qz-result");
    await w.getByLabel("奖励类型").selectOption("enterpriseLedInvestmentReward");
    // The defaults: 浦北 陈皮, 50,000,000 from outside the city, 30,000,000 in the production year.
    const one = await sameAsLibrary(page, tag, n);
    assert.equal(one.fn, "enterpriseLedInvestmentReward");
    assert.equal(one.input.county, "pubei");
    assert.ok(!("landingDate" in one.input), "only the chosen calculator's fields are sent");
    await expectText(result(w), money(one.result.amount));
    await expectText(w.locator(".more .kv"), money(one.result.attachmentAmount));
    assert.deepEqual(await shownCodes(w, "warn"), one.result.warnings.map((x) => x.code));

    // The library refuses a year's amount above the project's: at that field, and qz-invalid
    // names the API's field.
    const bad = await eventCount(page, tag, "qz-invalid");
    await field(w, "投产当年合同约定的固定资产投资额").fill("60000000");
    await calculate(w);
    const inv = await lastEvent(page, tag, "qz-invalid", bad);
    assert.equal(inv.field, "yearContractedFixedAssetInvestment");
    const st = await fieldState(panel(w), "投产当年合同约定的固定资产投资额");
    assert.equal(st.invalid, true);
    assert.equal(st.describedByError, true);
    assert.equal(st.value, "60000000", "the typed value is kept");
    await expectText(result(w), "请更正");

    // The form's own check: a word where a number goes, named by the API's field.
    const bad2 = await eventCount(page, tag, "qz-invalid");
    await field(w, "其中土地出让金").fill("一些");
    await calculate(w);
    const inv2 = await lastEvent(page, tag, "qz-invalid", bad2);
    assert.ok(inv2.errors.some((e) => e.field === "landPremium" && e.code === "INVALID_NUMBER"));
    await expectText(w.locator(".error-summary"), "其中土地出让金");

    // A production date after the plan's period: the library refuses it at the date field.
    await field(w, "其中土地出让金").fill("");
    await field(w, "投产当年合同约定的固定资产投资额").fill("30000000");
    await field(w, "项目投产日期").fill("2026-01-05");
    await calculate(w);
    assert.equal((await fieldState(panel(w), "项目投产日期")).invalid, true);
    const inv3 = await lastEvent(page, tag, "qz-invalid");
    assert.equal(inv3.field, "productionStartDate");
  }));

test("calculator attribute and property: the site chooses the calculator shown first", () =>
  withPage(async (page) => {
    const w = page.locator("qz-enterprise-reward");
    await w.evaluate((el) => (el.calculator = "technologyInnovationAward"));
    assert.equal(await w.getAttribute("calculator"), "technologyInnovationAward");
    assert.equal(await w.getByLabel("奖励类型").inputValue(), "technologyInnovationAward");
    await expectText(result(w), "一次性资金扶持");
    // A new element with the attribute starts on it.
    await page.evaluate(() => {
      const el = document.createElement("qz-employment-subsidy");
      el.id = "workshop-only";
      el.setAttribute("calculator", "assistanceWorkshopSubsidy");
      document.querySelector("#employment").after(el);
    });
    const x = page.locator("#workshop-only");
    assert.equal(await widgetReady(page, "#workshop-only"), true);
    assert.equal(await x.getByLabel("补贴类型").inputValue(), "assistanceWorkshopSubsidy");
    await expectText(result(x), "帮扶车间可获补贴合计");
    // 恢复默认 goes back to the site's choice, not the first calculator.
    await x.getByLabel("补贴类型").selectOption("employmentServiceSubsidy");
    await calculate(x, "恢复默认");
    assert.equal(await x.getByLabel("补贴类型").inputValue(), "assistanceWorkshopSubsidy");
  }));

test("enterprise rewards: entry above scale (D4a) and technology (D7) as the library computes them", () =>
  withPage(async (page) => {
    const tag = "qz-enterprise-reward";
    const w = page.locator(tag);
    let n = await eventCount(page, tag, "qz-result");
    await field(w, "当年入统当年退库").check();
    const one = await sameAsLibrary(page, tag, n);
    assert.equal(one.fn, "aboveScaleEntryReward");
    assert.equal(one.result.eligible, false);
    assert.deepEqual(await shownCodes(w, "reason"), one.result.reasons.map((x) => x.code));
    await field(w, "当年入统当年退库").uncheck();
    await expectText(result(w), "企业可获一次性奖励");

    n = await eventCount(page, tag, "qz-result");
    await w.getByLabel("奖励类型").selectOption("technologyInnovationAward");
    await field(w, "事项").selectOption("achievement_transformation");
    const two = await sameAsLibrary(page, tag, n);
    assert.equal(two.fn, "technologyInnovationAward");
    // The platform's fields are hidden and not sent (the library refuses a field of the other kind).
    assert.equal(await field(w, "获批级别").isVisible(), false);
    assert.ok(!("level" in two.input) && !("leadEnterprise" in two.input));
    assert.equal(two.input.regionalVerificationPassed, true);
    await expectText(result(w), "一次性资金奖励");
    await expectText(result(w), money(two.result.amount));
  }));

test("revenue milestones (D4b): city rewards as rows added and removed by keyboard; milestone-inclusive reaches settings", () =>
  withPage(async (page) => {
    const tag = "qz-enterprise-reward";
    const w = page.locator(tag);
    let n = await eventCount(page, tag, "qz-result");
    await w.getByLabel("奖励类型").selectOption("revenueMilestoneBonus");
    await field(w, "企业所在县区").selectOption("qinbei");
    await field(w, "企业所属产业").selectOption("chemicals");
    // The defaults: 0.95亿 before, 10.5亿 this year, city rewards for 1亿 and 10亿.
    const one = await sameAsLibrary(page, tag, n);
    assert.deepEqual(one.input.cityRewards.map((c) => c.milestoneYi), [1, 10], "milestones sent as numbers");
    await expectText(result(w), money(one.result.total));
    assert.equal(await w.locator(".more table tbody tr").count(), one.result.bonuses.length);
    // A milestone crossed is shown as its revenue in yuan under its step, never a bare "= 1".
    const values = await w.locator("ol.steps .step-value").allTextContents();
    assert.ok(values.includes("= 100,000,000.00 元") && values.includes("= 1,000,000,000.00 元"), values.join(" | "));
    assert.ok(!values.some((v) => /^= \d{1,2}$/.test(v)), values.join(" | "));

    // Keyboard: the add button, Enter, a new row whose first field has the focus, offering a
    // milestone no other row has.
    const add = panel(w).getByRole("button", { name: "＋ 添加一项市级奖励" });
    await add.focus();
    await page.keyboard.press("Enter");
    const third = field(w, "第 3 项：突破档次");
    await eventually(() => third.evaluate((el) => el.getRootNode().activeElement === el), (v) => v);
    assert.equal(await third.inputValue(), "30");
    await page.keyboard.press("Tab");
    await page.keyboard.type("1000000");
    // Remove the second row by keyboard: the rows are renumbered, values kept.
    n = await eventCount(page, tag, "qz-result");
    await panel(w).getByRole("button", { name: "删除第 2 项市级奖励" }).focus();
    await page.keyboard.press("Enter");
    // The focus stays in the list: on the row now second.
    assert.equal(await field(w, "第 2 项：突破档次").evaluate((el) => el.getRootNode().activeElement === el), true);
    assert.equal(await field(w, "第 2 项：突破档次").inputValue(), "30");
    assert.equal(await field(w, "第 2 项：已获市级奖励").inputValue(), "1000000");
    assert.equal(await field(w, "第 3 项：突破档次").count(), 0);
    await calculate(w);
    const two = await sameAsLibrary(page, tag, n);
    assert.deepEqual(two.input.cityRewards, [{ milestoneYi: 1, amount: "100000" }, { milestoneYi: 30, amount: "1000000" }]);
    assert.deepEqual(await shownCodes(w, "warn"), two.result.warnings.map((x) => x.code));

    // Revenue exactly at 1亿: the site's reading of 突破 decides (milestone-inclusive).
    await field(w, "第 2 项：突破档次").selectOption("10");
    await field(w, "当年主营业务收入").fill("10000万");
    await field(w, "第 1 项：已获市级奖励").fill("33333.33");
    await calculate(w);
    const strict = await sameAsLibrary(page, tag);
    assert.equal(strict.input.settings, undefined);
    n = await eventCount(page, tag, "qz-result");
    await w.evaluate((el) => (el.milestoneInclusive = true));
    assert.equal(await w.evaluate((el) => el.hasAttribute("milestone-inclusive")), true);
    const inclusive = await sameAsLibrary(page, tag, n);
    assert.deepEqual(inclusive.input.settings, { milestoneInclusive: true });
    assert.notDeepEqual(inclusive.result.milestonesCrossed, strict.result.milestonesCrossed, "the setting changes what is crossed");
    await expectText(result(w), money(inclusive.result.total));
    await w.locator("details.steps-box summary").click();
    await expectText(w.locator("details.steps-box li[data-basis=site] .basis").first(), "本站设置");
  }));

test("employment service subsidy (D8): the site's rate; without it the range; a rate outside it is the site's error", () =>
  withPage(async (page) => {
    const tag = "qz-employment-subsidy";
    const w = page.locator(tag);
    let n = await eventCount(page, tag, "qz-result");
    await field(w, "介绍到企业就业的农村劳动力").fill("3");
    await field(w, "介绍到企业就业的登记失业人员").fill("0");
    await calculate(w);
    const one = await sameAsLibrary(page, tag, n);
    assert.deepEqual(one.input.settings, { ratePerPerson: "800" }, "the demo page's rate-per-person");
    await expectText(result(w), money(one.result.amount));

    n = await eventCount(page, tag, "qz-result");
    await w.evaluate((el) => (el.ratePerPerson = null));
    const two = await sameAsLibrary(page, tag, n);
    assert.equal(two.result.amount, null);
    assert.equal(two.input.settings, undefined);
    await expectText(result(w), `${money(two.result.amountMin)} – ${money(two.result.amountMax)}`);
    assert.deepEqual(await shownCodes(w, "warn"), two.result.warnings.map((x) => x.code));

    const bad = await eventCount(page, tag, "qz-invalid");
    await w.evaluate((el) => el.setAttribute("rate-per-person", "1200"));
    const inv = await lastEvent(page, tag, "qz-invalid", bad);
    assert.equal(inv.field, "settings.ratePerPerson");
    await expectText(result(w), "请更正");
    await calculate(w);
    await expectText(w.locator(".error-summary"), "本站计算器配置有误");
    assert.equal(await w.evaluate((el) => el.shadowRoot.querySelectorAll("[aria-invalid=true]").length), 0, "no visitor's field is blamed");

    // A public body is not a market entity: the library's reasons.
    await w.evaluate((el) => el.setAttribute("rate-per-person", "650.50"));
    n = await eventCount(page, tag, "qz-result");
    await field(w, "介绍就业的机构").selectOption("public_body");
    const three = await sameAsLibrary(page, tag, n);
    assert.equal(three.result.eligible, false);
    assert.deepEqual(await shownCodes(w, "reason"), three.result.reasons.map((x) => x.code));
  }));

test("assistance workshop (D9): workers as rows; per-worker reasons; partial-year reaches settings; months over 12 refused", () =>
  withPage(async (page) => {
    const tag = "qz-employment-subsidy";
    const w = page.locator(tag);
    let n = await eventCount(page, tag, "qz-result");
    await w.getByLabel("补贴类型").selectOption("assistanceWorkshopSubsidy");
    const one = await sameAsLibrary(page, tag, n);
    assert.equal(one.input.workers.length, 2);
    assert.equal(one.input.workers[1].openEndedContract, true);
    assert.ok(!("contractMonths" in one.input.workers[1]), "an open-ended contract sends no length");
    await expectText(result(w), money(one.result.total));
    assert.equal(await w.locator(".more table tbody tr").count(), 2);

    // A third worker, not lifted out of poverty: the library's reasons under that worker.
    await panel(w).getByRole("button", { name: "＋ 添加一位劳动者" }).click();
    await field(w, "劳动者 3：身份").selectOption("other");
    await field(w, "劳动者 3：车间当年实际缴纳的社会保险费").fill("1000");
    await calculate(w);
    const two = await sameAsLibrary(page, tag);
    assert.equal(two.result.workers[2].eligible, false);
    const notes = w.locator(".more .notice.reason", { hasText: "劳动者 3" });
    assert.deepEqual(await notes.locator("li").evaluateAll((li) => li.map((x) => x.dataset.code)), two.result.workers[2].reasons.map((x) => x.code));

    // The site pays whole years only.
    n = await eventCount(page, tag, "qz-result");
    await w.evaluate((el) => el.setAttribute("partial-year", "full_year_only"));
    const three = await sameAsLibrary(page, tag, n);
    assert.deepEqual(three.input.settings, { partialYear: "full_year_only" });
    await expectText(result(w), money(three.result.total));

    // 13 months in a year: the form's own check, at that field, with the range.
    await field(w, "劳动者 2：当年在岗整月数").fill("13");
    await calculate(w);
    const st = await fieldState(panel(w), "劳动者 2：当年在岗整月数");
    assert.equal(st.invalid, true);
    assert.match(st.error, /0 到 12/);
    const inv = await lastEvent(page, tag, "qz-invalid");
    assert.equal(inv.field, "workers[1].monthsEmployed");
    assert.equal(inv.code, "OUT_OF_RANGE");

    // Removing worker 1 by keyboard renumbers the others; focus stays in the list.
    await panel(w).getByRole("button", { name: "删除劳动者 2" }).focus();
    await page.keyboard.press("Enter");
    assert.equal(await field(w, "劳动者 2：身份").inputValue(), "other");
    assert.equal(await panel(w).getByRole("button", { name: "删除劳动者 1" }).count(), 0, "the first worker stays (at least one)");
  }));

test("keyboard only: choose the calculator with the arrow keys, type, Enter; the result is focused", () =>
  withPage(async (page) => {
    const w = page.locator("qz-introducer-reward");
    const chooser = w.getByLabel("奖励类型");
    await chooser.focus();
    await page.keyboard.press("ArrowDown");
    await eventually(() => chooser.inputValue(), (v) => v === "enterpriseLedInvestmentReward");
    assert.equal(await field(w, "项目投产日期").isVisible(), true);
    // Tab reaches the fields of the chosen calculator only (the others are hidden).
    const visited = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      visited.push(await w.evaluate((el) => el.shadowRoot.activeElement?.id && el.shadowRoot.querySelector(`label[for="${el.shadowRoot.activeElement.id}"]`)?.textContent));
      if (visited[visited.length - 1] === "从市外引进的固定资产投资") break;
    }
    assert.equal(visited[visited.length - 1], "从市外引进的固定资产投资", visited.join(" / "));
    assert.ok(!visited.includes("引进投资总额"), "no field of the hidden calculator");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("50000万");
    await page.keyboard.press("Enter");
    await eventually(() => w.evaluate((el) => el.shadowRoot.activeElement?.getAttribute("role")), (r) => r === "status");
    await expectText(result(w), "企业可获一次性奖励");
  }));

test("English: titles, the choice, labels, the result; the demo page's switch", () =>
  withPage(async (page) => {
    await page.getByRole("button", { name: "English" }).click();
    const a = page.locator("qz-introducer-reward");
    await expectText(a.locator("h3.title"), "Rewards for bringing in investment");
    await expectText(a.getByLabel("Which reward"), "Reward to the introducer");
    await expectText(result(a), "One-off reward to the introducer");
    await expectText(a.locator(".more .notice.warn, .more .kv").first(), /\S/);
    const b = page.locator("qz-enterprise-reward");
    await b.getByLabel("Which reward").selectOption("revenueMilestoneBonus");
    await expectText(result(b), "Bonus in all");
    await expectText(b.locator(".more table"), "City reward (yuan)");
    const c = page.locator("qz-employment-subsidy");
    await expectText(result(c), "Employment service subsidy");
    // The steps in English (the page loaded the English words).
    await c.locator("details.steps-box summary").click();
    await expectText(c.locator("details.steps-box"), "How this was calculated");
    await expectText(c.locator("ol.steps > li > p").first(), /^(The gazette|Law|Official data|This site's setting|This calculator's reading).*[A-Za-z]{4}/);
    await field(c, "Rural workers placed in enterprises").fill("lots");
    await calculate(c, "Calculate");
    await expectText(c.locator(".error-summary"), /rural workers placed in enterprises/i);
  }));

for (const width of [360, 1280]) {
  test(`axe-core: 0 violations in the incentive widgets at ${width} px, both languages; screenshots at 360 px`, () =>
    withPage(
      async (page) => {
        await page.addScriptTag({ content: AXE });
        // The longest forms: the milestone rows and the workers.
        await page.locator("qz-enterprise-reward").getByLabel("奖励类型").selectOption("revenueMilestoneBonus");
        for (const lang of ["zh", "en"]) {
          if (lang === "en") await page.getByRole("button", { name: "English" }).click();
          for (const tag of TAGS) {
            const w = page.locator(tag);
            await expectText(result(w), lang === "en" ? /[A-Za-z]/ : /[\u4e00-\u9fff]/);
            await w.evaluate((el) => el.shadowRoot.querySelectorAll("details").forEach((d) => (d.open = true)));
          }
          await page.waitForTimeout(300);
          for (const tag of TAGS) {
            const violations = await page.evaluate(async (include) => {
              const r = await window.axe.run({ include: [[include]] }, { resultTypes: ["violations"] });
              return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
            }, tag);
            assert.deepEqual(violations, [], `${tag} (${lang})`);
            const overflow = await page.locator(tag).evaluate((el) => el.scrollWidth - el.clientWidth);
            assert.ok(overflow <= 0, `${tag} fits ${width} px (${lang})`);
            if (width === 360) await screenshot(page.locator(tag), `${tag}-360${lang === "en" ? "-en" : ""}`);
          }
        }
        // The workshop's rows and an error shown, in English, at this width too.
        const e = page.locator("qz-employment-subsidy");
        await e.getByLabel("Which subsidy").selectOption("assistanceWorkshopSubsidy");
        await field(e, "Worker 1: full months employed that year").fill("13");
        await calculate(e, "Calculate");
        await expectText(e.locator(".error-summary"), "Worker 1");
        const violations = await page.evaluate(async () => {
          const r = await window.axe.run({ include: [["qz-employment-subsidy"]] }, { resultTypes: ["violations"] });
          return r.violations.map((v) => v.id);
        });
        assert.deepEqual(violations, [], "the workshop with an error shown");
        if (width === 360) await screenshot(e, "qz-employment-subsidy-workshop-error-360-en");
      },
      { width, height: 900 },
    ));
}

test("without WebAssembly the incentive widgets say the browser is too old and show the site's fallback content", () =>
  withPage(
    async (page) => {
      for (const tag of TAGS) {
        const w = page.locator(tag);
        assert.equal(await widgetReady(page, tag), false, `${tag}: ready is false`);
        await expectText(w.locator(".unavailable"), TOO_OLD);
        assert.equal(await w.locator(".qz-fallback").isVisible(), true, `${tag}: the fallback is shown`);
      }
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => (await window.axe.run({ include: [["#incentives"]] }, { resultTypes: ["violations"] })).violations.map((v) => v.id));
      assert.deepEqual(violations, []);
      await screenshot(page.locator("qz-introducer-reward"), "qz-introducer-reward-too-old-360");
    },
    { width: 360, ready: false, setup: (page) => page.addInitScript(() => delete globalThis.WebAssembly) },
  ));
