// The widgets as a component library, in Chromium: events, properties, theming and parts,
// input as a citizen types it, the keyboard, the clause texts and basis labels, and axe-core.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, startServer, launchBrowser, openPage, widgetReady, expectText, fieldState, eventually } from "./harness.mjs";

const TAGS = ["qz-loan-limit", "qz-rent-withdrawal", "qz-repayment-withdrawal", "qz-elevator-withdrawal", "qz-repayment-schedule", "qz-childcare-places"];
const PARTS = ["card", "form", "field", "label", "input", "hint", "button", "result", "amount", "steps", "disclaimer"];
const AXE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");

let server;
let browser;
before(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
after(async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

async function demo(opts = {}) {
  const p = await openPage(browser, server.url, opts);
  for (const tag of TAGS) assert.equal(await widgetReady(p.page, tag), true, `${tag} loads`);
  return p;
}

/** Records the qz-result and qz-invalid events of the element `selector`. */
const record = (page, selector) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    window.__events = [];
    for (const type of ["qz-result", "qz-invalid"]) el.addEventListener(type, (e) => window.__events.push({ type, detail: JSON.parse(JSON.stringify(e.detail)) }));
  }, selector);
const events = (page) => page.evaluate(() => window.__events);

test("qz-result: not for the defaults, once after typing pauses, never for partial numbers; qz-invalid when invalid", async () => {
  const p = await demo();
  try {
    const { page } = p;
    await record(page, "#rent");
    const w = page.locator("#rent");
    await page.waitForTimeout(600);
    assert.deepEqual(await events(page), [], "nothing for the page's defaults");

    // Typed key by key, as a person types 1500: one event, for 1500.
    const rent = w.getByLabel("实际月租金");
    await rent.fill("");
    await rent.pressSequentially("1500", { delay: 60 });
    const [first] = await eventually(() => events(page), (e) => e.length >= 1);
    await page.waitForTimeout(600);
    const all = await events(page);
    assert.deepEqual(all.map((e) => e.type), ["qz-invalid", "qz-result"].slice(all.length === 1 ? 1 : 0), JSON.stringify(all));
    const result = all.at(-1);
    assert.equal(result.detail.input.monthlyRent, "1500");
    assert.equal(result.detail.result.total, "9600.00", "12 months at the 800 ceiling");
    assert.ok(first);

    // The same value again: no new event. Invalid input: one qz-invalid with the field.
    await rent.press("Tab");
    await page.waitForTimeout(500);
    const before = (await events(page)).length;
    await rent.fill("abc");
    const inv = await eventually(() => events(page), (e) => e.length > before);
    assert.equal(inv.at(-1).type, "qz-invalid");
    assert.equal(inv.at(-1).detail.field, "monthlyRent");
    assert.ok(inv.at(-1).detail.message && inv.at(-1).detail.messageEn);
    await expectText(w.locator(".stale-note"), "输入尚未完成或有误");
    p.check();
  } finally {
    await p.close();
  }
});

test("properties mirror attributes with setters; emit-initial asks for the first result", async () => {
  const p = await demo();
  try {
    const { page } = p;
    const out = await page.evaluate(async () => {
      const el = document.createElement("qz-rent-withdrawal");
      const got = [];
      el.addEventListener("qz-result", (e) => got.push(e.detail.result.monthlyCap));
      el.emitInitial = true;
      el.date = "2022-06-01"; // before the 2023 change: 700 a month for a single renter
      document.body.append(el);
      await el.ready;
      const attrs = { date: el.getAttribute("date"), emit: el.hasAttribute("emit-initial") };
      el.date = "2023-06-01";
      await new Promise((r) => setTimeout(r, 50));
      const loan = document.querySelector("#loan");
      loan.termMonths = 240;
      loan.maxLoanToValue = null;
      return { got, attrs, date: el.date, term: loan.getAttribute("term-months"), ltv: loan.hasAttribute("max-loan-to-value"), result: el.result?.monthlyCap };
    });
    // A framework may set a property before the element is defined (a lazily loaded module):
    // on upgrade the value goes through the setter.
    const late = await page.evaluate(async () => {
      const el = document.createElement("qz-late-rent");
      el.date = "2022-06-01";
      document.body.append(el);
      customElements.define("qz-late-rent", class extends customElements.get("qz-rent-withdrawal") {});
      await el.ready;
      return { attr: el.getAttribute("date"), cap: el.result?.monthlyCap };
    });
    assert.deepEqual(late, { attr: "2022-06-01", cap: "700.00" });
    assert.deepEqual(out.attrs, { date: "2022-06-01", emit: true });
    assert.deepEqual(out.got, ["700.00", "800.00"], "the initial result (asked for) and the one after the date changed");
    assert.equal(out.date, "2023-06-01");
    assert.equal(out.result, "800.00");
    assert.equal(out.term, "240");
    assert.equal(out.ltv, false, "null removes the attribute");
    // Without the loan-to-value setting the price field is gone.
    assert.equal(await page.locator("#loan").getByLabel("所购住房总价").isVisible(), false);
    p.check();
  } finally {
    await p.close();
  }
});

test("theming: --qz-* properties and ::part from an external stylesheet; the host resets inherited styles", async () => {
  const p = await demo();
  try {
    const { page } = p;
    const style = (sel, inner, prop) =>
      page.locator(sel).evaluate((el, [inner, prop]) => getComputedStyle(el.shadowRoot.querySelector(inner))[prop], [inner, prop]);
    // The themed example (theme-example.css) against an unthemed widget.
    assert.equal(await style("#schedule", "button.primary", "backgroundColor"), "rgb(29, 107, 58)");
    assert.equal(await style("#rent", "button.primary", "backgroundColor"), "rgb(11, 92, 173)");
    assert.equal(await style("#schedule", ".card", "borderTopWidth"), "6px", "::part(card)");
    assert.equal(await style("#schedule", "h2", "color"), "rgb(20, 82, 43)", "--qz-title-color");
    assert.equal(await style("#schedule", ".result", "borderTopLeftRadius"), "4px", "--qz-result-radius");
    assert.equal(await style("#schedule", "input", "borderTopLeftRadius"), "0px"); // the control wraps it
    assert.equal(await style("#schedule", ".control", "borderTopLeftRadius"), "4px", "--qz-input-radius");
    // A page that centres its text (the Vite template's body) does not centre the labels.
    await page.addStyleTag({ content: "body { text-align: center; letter-spacing: 3px; }" });
    assert.equal(await style("#rent", "label.main", "textAlign"), "start");
    assert.equal(await style("#rent", "label.main", "letterSpacing"), "normal");
    // Every documented part is on every widget.
    for (const tag of TAGS) {
      const parts = await page.locator(tag).evaluate((el) => {
        el.shadowRoot.querySelector("details.steps-box") || null;
        return [...new Set([...el.shadowRoot.querySelectorAll("[part]")].flatMap((n) => n.getAttribute("part").split(" ")))];
      });
      for (const part of PARTS) assert.ok(parts.includes(part), `${tag} has part ${part}: ${parts}`);
    }
    p.check();
  } finally {
    await p.close();
  }
});

test("input as a citizen types it: full-width digits, separators; messages that match what was typed", async () => {
  const p = await demo();
  try {
    const w = p.page.locator("#rent");
    const calc = () => w.getByRole("button", { name: "计算", exact: true }).click();
    await w.getByLabel("实际月租金").fill("１，２００");
    await w.getByLabel("本次提取月数").fill("１２");
    await w.getByLabel("本人账户可用余额").fill("20 000");
    await calc();
    await expectText(w.getByRole("status"), "9,600.00");

    const months = async (typed, message, [label, button] = ["本次提取月数", "计算"]) => {
      await w.getByLabel(label).fill(typed);
      await w.getByRole("button", { name: button, exact: true }).click();
      const s = await fieldState(w, label);
      assert.equal(s.value, typed);
      assert.equal(s.error, message, typed);
    };
    await months("-3", "“本次提取月数”须在 1 到 120 个月之间");
    await months("1.5", "“本次提取月数”须为整数，如 12");
    await months("121", "“本次提取月数”须在 1 到 120 个月之间");
    await months("11年", "“本次提取月数”须在 1 到 120 个月之间");
    await months("十二", "请用数字填写“本次提取月数”，如 12 或 1年");
    await months("1,5", "“本次提取月数”中的逗号只能用于每三位数字分隔，如 1,200 或 1200");
    await months("", "请填写“本次提取月数”");
    await p.page.getByRole("button", { name: "English" }).click();
    await months("1.5", "Months this withdrawal covers must be a whole number, like 12", ["Months this withdrawal covers", "Calculate"]);
    await months("-3", "Months this withdrawal covers must be between 1 and 120 months", ["Months this withdrawal covers", "Calculate"]);
    await months("1,5", "Use commas in months this withdrawal covers only between groups of 3 digits, like 1,200 or 1200", ["Months this withdrawal covers", "Calculate"]);
    p.check();
  } finally {
    await p.close();
  }
});

test("keyboard only: reach a field with Tab, type, press Enter; the result is focused, in view and announced", async () => {
  const p = await demo({ width: 390, height: 700 });
  try {
    const { page } = p;
    const active = () =>
      page.evaluate(() => {
        const host = document.activeElement;
        const inner = host?.shadowRoot?.activeElement;
        if (!inner) return { host: host?.id ?? host?.tagName };
        const label = inner.id ? host.shadowRoot.querySelector(`label[for="${inner.id}"]`)?.textContent : null;
        return { host: host.id, label, cls: inner.className };
      });
    // From the top of the page, Tab until the rent field has the focus.
    let a;
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      a = await active();
      if (a.host === "rent" && a.label === "实际月租金") break;
    }
    assert.equal(a.label, "实际月租金", "reached by Tab");
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("1000");
    await page.keyboard.press("Tab");
    assert.equal((await active()).label, "本次提取月数");
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("3");
    await page.keyboard.press("Enter");
    const result = page.locator("#rent").getByRole("status");
    await expectText(result, "3 个月共可提取 2,400.00 元");
    assert.equal((await active()).cls.split(" ")[0], "result", "the result has the focus");
    assert.equal(await result.getAttribute("aria-live"), "polite");
    await eventually(
      () => result.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }),
      (inView) => inView === true,
    );
    // An error by keyboard: focus goes to the error summary, whose link leads to the field.
    await page.keyboard.press("Shift+Tab");
    for (let i = 0; i < 20 && (await active()).label !== "本次提取月数"; i++) await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("0");
    await page.keyboard.press("Enter");
    assert.equal((await active()).cls, "error-summary");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    assert.equal((await active()).label, "本次提取月数");
    p.check();
  } finally {
    await p.close();
  }
});

const HAVE_SOURCES = existsSync(join(ROOT, "data", "sources.json"));

test("计算依据: the clause texts load only when opened; basis labels mark non-gazette steps", async () => {
  const p = await demo();
  try {
    const { page, requests } = p;
    assert.equal(requests.filter((u) => u.endsWith("/sources.json")).length, 0, "not fetched at start-up");
    const w = page.locator("#rent");
    await w.locator("details.steps-box summary").click();
    await eventually(() => requests.filter((u) => u.endsWith("/sources.json")).length, (n) => n === 1);
    if (HAVE_SOURCES) {
      // The gazette's own words, once under the first step citing 二(二).
      const quotes = w.locator("details.steps-box blockquote.clause:not([hidden])");
      await expectText(quotes.first(), "月租金标准上限");
      const rule = await quotes.first().evaluate((q) => q.closest("li").querySelector("cite").textContent);
      const sources = JSON.parse(readFileSync(join(ROOT, "data", "sources.json"), "utf8"));
      const entry = sources.find((e) => rule.endsWith(e.rule));
      assert.ok(entry, `sources.json has ${rule}`);
      assert.equal(await quotes.first().textContent(), entry.zh);
    }
    // Every step, warning and reason carries a basis; a non-gazette one shows its label.
    const loan = page.locator("#loan");
    await loan.getByLabel("所购住房总价").fill("500000");
    await loan.getByRole("button", { name: "计算", exact: true }).click();
    await expectText(loan.getByRole("status"), "400,000.00");
    await loan.locator("details.steps-box summary").click();
    const bases = await loan.evaluate((el) => [...el.shadowRoot.querySelectorAll("ol.steps > li")].map((li) => [li.dataset.basis, li.querySelector(".basis")?.textContent ?? null, li.dataset.rule]));
    assert.ok(bases.length > 0);
    for (const [basis] of bases) assert.ok(["gazette", "law", "official", "site", "interpretation"].includes(basis), `a basis on every step: ${JSON.stringify(bases)}`);
    // Plain words for every basis; a figure the visitor typed is theirs, not the site's.
    const labels = { site: "本站设置", interpretation: "计算器的理解（公报未规定）", law: "法律", official: "官方数据", gazette: "公报规定" };
    for (const [basis, label, rule] of bases) assert.equal(label, rule === "输入值（公报未规定）" ? "您输入的" : labels[basis], basis);
    assert.ok(bases.some(([b]) => b === "site"), "the loan-to-value limit is a site setting");
    await expectText(loan.locator("ol.steps li[data-basis=site] .basis").first(), "本站设置");
    p.check();
  } finally {
    await p.close();
  }
});

for (const width of [360, 1280]) {
  test(`axe-core: 0 violations on the demo page and in each widget at ${width} px`, async () => {
    const p = await demo({ width, height: 900 });
    try {
      const { page } = p;
      // Open what a reader can open, so that it is checked too.
      for (const tag of TAGS) {
        await page.locator(tag).evaluate((el) => el.shadowRoot.querySelectorAll("details").forEach((d) => (d.open = true)));
      }
      await page.waitForTimeout(300);
      await page.addScriptTag({ content: AXE });
      const run = (include) =>
        page.evaluate(async (include) => {
          const r = await window.axe.run(include ? { include: [[include]] } : document, { resultTypes: ["violations"] });
          return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
        }, include);
      assert.deepEqual(await run(null), [], "the demo page");
      for (const tag of TAGS) assert.deepEqual(await run(tag), [], tag);
      p.check();
    } finally {
      await p.close();
    }
  });
}

test("axe-core: 0 violations while a result is stale and while an error is shown", async () => {
  const p = await demo({ width: 360, height: 900 });
  try {
    const { page } = p;
    const w = page.locator("#rent");
    await page.addScriptTag({ content: AXE });
    const run = () =>
      page.evaluate(async () => {
        const r = await window.axe.run({ include: [["#rent"]] }, { resultTypes: ["violations"] });
        return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
      });
    await w.locator("details").first().evaluate((d) => (d.open = true));
    await w.getByLabel("实际月租金").fill("12ab");
    await expectText(w.locator(".stale-note"), "输入尚未完成或有误");
    assert.equal(await w.locator(".result.stale").count(), 1, "the result is marked stale");
    await page.waitForTimeout(300);
    assert.deepEqual(await run(), [], "stale");
    await w.getByRole("button", { name: "计算", exact: true }).click();
    await expectText(w.getByRole("status"), "请更正");
    assert.deepEqual(await run(), [], "error");
    p.check();
  } finally {
    await p.close();
  }
});

test("qz-invalid: once per distinct error, a new message for the same field included", async () => {
  const p = await demo();
  try {
    const { page } = p;
    await record(page, "#rent");
    const w = page.locator("#rent");
    const months = w.getByLabel("本次提取月数");
    const calc = () => w.getByRole("button", { name: "计算", exact: true }).click();
    for (const typed of ["-3", "-3", "1.5"]) {
      await months.fill(typed);
      await calc();
      await page.waitForTimeout(100);
    }
    const inv = (await events(page)).filter((e) => e.type === "qz-invalid");
    assert.deepEqual(inv.map((e) => [e.detail.field, e.detail.message]), [
      ["months", "“本次提取月数”须在 1 到 120 个月之间"],
      ["months", "“本次提取月数”须为整数，如 12"],
    ]);
    p.check();
  } finally {
    await p.close();
  }
});

test("disconnecting a widget clears its pending calculation and its ResizeObserver", async () => {
  const p = await demo();
  try {
    const { page } = p;
    await record(page, "#rent");
    await page.evaluate(() => {
      window.__roDisconnects = 0;
      const orig = ResizeObserver.prototype.disconnect;
      ResizeObserver.prototype.disconnect = function () {
        window.__roDisconnects++;
        return orig.call(this);
      };
    });
    const w = page.locator("#rent");
    // Typed (an input event, the field not focused): the calculation waits for the pause.
    await w.getByLabel("本次提取月数").evaluate((input) => {
      input.value = "6";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await page.evaluate(() => {
      const el = document.querySelector("#rent");
      window.__rent = el;
      el.remove();
    });
    await page.waitForTimeout(800);
    assert.deepEqual(await events(page), [], "no qz-result from a removed widget");
    assert.ok((await page.evaluate(() => window.__roDisconnects)) >= 1, "its ResizeObserver is disconnected");
    // Put back, it works again.
    await page.evaluate(() => document.querySelector("main, body").append(window.__rent));
    await page.locator("#rent").getByRole("button", { name: "计算", exact: true }).click();
    const e = await eventually(() => events(page), (e) => e.length >= 1);
    assert.equal(e.at(-1).type, "qz-result");
    assert.equal(e.at(-1).detail.input.months, 6);
    p.check();
  } finally {
    await p.close();
  }
});

test("theming: borders, spacing, radii and chart text follow --qz-border-width, --qz-spacing, --qz-input-radius, --qz-font-size", async () => {
  const p = await demo();
  try {
    const w = p.page.locator("#rent");
    await w.evaluate((el) => el.setAttribute("style", "--qz-spacing: 32px; --qz-border-width: 4px; --qz-input-radius: 15px; --qz-font-size: 20px"));
    await w.locator("details").first().evaluate((d) => (d.open = true));
    const got = await w.evaluate((el) => {
      const r = el.shadowRoot;
      const probe = document.createElement("div");
      probe.innerHTML = '<span class="tag">t</span><svg class="chart"><text>a</text><text class="big">b</text></svg>';
      r.querySelector(".more").append(probe);
      const cs = (sel, prop) => getComputedStyle(r.querySelector(sel))[prop];
      const out = {
        control: cs(".control", "borderTopWidth"),
        button: [cs("button.primary", "paddingLeft"), cs("button.primary", "paddingTop"), cs("button.primary", "borderTopWidth"), cs("button.secondary", "borderTopWidth")],
        label: cs("label.main", "marginBottom"),
        kv: cs(".kv", "rowGap"),
        summary: cs("summary", "paddingLeft"),
        tag: cs(".tag", "borderTopLeftRadius"),
        chart: [cs(".chart text", "fontSize"), cs(".chart .big", "fontSize")],
      };
      probe.remove();
      return out;
    });
    assert.deepEqual(got, {
      control: "6px",
      button: ["35.2px", "16px", "4px", "4px"],
      label: "8px",
      kv: "8px",
      summary: "24px",
      tag: "9.9px",
      chart: ["14px", "15px"],
    });
    p.check();
  } finally {
    await p.close();
  }
});
