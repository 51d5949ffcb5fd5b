// The widgets' text helpers (www/widgets/kit/format.js has no DOM, so Node runs it): numbers
// as people type them, and amounts as the library returned them, formatted without float.
import { test } from "node:test";
import assert from "node:assert/strict";
import { formatMoney, formatCount, toWan, percent, plain, normalizeNumber, yearsBefore } from "../../www/widgets/kit/format.js";

test("typed numbers: full-width digits, separators and spaces become plain ASCII", () => {
  assert.equal(normalizeNumber("１，２００"), "1200");
  assert.equal(normalizeNumber(" 20 000 "), "20000");
  assert.equal(normalizeNumber("３．５"), "3.5");
  assert.equal(normalizeNumber("－３"), "-3");
  assert.equal(normalizeNumber("1,234.56"), "1234.56");
  assert.equal(normalizeNumber("１２\u3000个月"), "12\u3000个月", "text stays text: the form says it is not a number");
});

test("commas and spaces are dropped only between valid groups of 3 digits", () => {
  assert.equal(normalizeNumber("1,5"), "1,5", "not 15: the form asks again");
  assert.equal(normalizeNumber("1,2345"), "1,2345");
  assert.equal(normalizeNumber("12,00"), "12,00");
  assert.equal(normalizeNumber(",100"), ",100");
  assert.equal(normalizeNumber("1、200"), "1、200");
  assert.equal(normalizeNumber("12,000,000.50"), "12000000.50");
  assert.equal(normalizeNumber("１２，０００"), "12000");
  assert.equal(normalizeNumber("-1,200"), "-1200");
});

test("amounts are grouped, never recomputed", () => {
  assert.equal(formatMoney("450000.00"), "450,000.00");
  assert.equal(formatMoney("1009.38"), "1,009.38");
  assert.equal(formatMoney("0.00"), "0.00");
  assert.equal(formatCount(14861), "14,861");
  assert.equal(formatCount("abc"), "abc");
});

test("万元 exactly in fen, half-up to 0.01 万, saying when it is rounded", () => {
  assert.deepEqual(toWan("450000.00"), { text: "45", exact: true });
  assert.deepEqual(toWan("9600.00"), { text: "0.96", exact: true });
  assert.deepEqual(toWan("1234.56"), { text: "0.12", exact: false });
  assert.deepEqual(toWan("1250.00"), { text: "0.13", exact: false }, "half-up");
  assert.deepEqual(toWan("123456789.99"), { text: "12,345.68", exact: false });
  assert.equal(toWan("-1"), null);
});

test("ratios as percentages by moving the decimal point; parameters in their shortest form", () => {
  assert.equal(percent("0.8"), "80%");
  assert.equal(percent("0.125"), "12.5%");
  assert.equal(percent("1"), "100%");
  assert.equal(percent("0.07"), "7%");
  assert.equal(percent("0.333"), "33.3%");
  assert.equal(plain("5000.00"), "5000");
  assert.equal(plain("4.50"), "4.5");
  assert.equal(plain("10"), "10");
});

test("a permit one year before a leap day falls on the 28th", () => {
  assert.equal(yearsBefore("2024-02-29", 1), "2023-02-28");
  assert.equal(yearsBefore("2026-11-30", 1), "2025-11-30");
});

test("numbers as people write them: 万 and 元, %, 年 and 个月, ㎡ and 平方米, the field's own unit", async () => {
  const { readNumber } = await import("../../www/widgets/kit/format.js");
  const v = (raw, kind, units) => readNumber(raw, kind, units);
  assert.deepEqual(v("45万", "money"), { value: "450000", scaled: true });
  assert.deepEqual(v("2.5万", "money"), { value: "25000", scaled: true });
  assert.deepEqual(v("0.015万", "money"), { value: "150", scaled: true }, "by moving the decimal point, never a float");
  assert.deepEqual(v("4.5 万元", "money"), { value: "45000", scaled: true });
  assert.deepEqual(v("1200元", "money"), { value: "1200", scaled: false });
  assert.deepEqual(v("１２，０００元", "money"), { value: "12000", scaled: false });
  assert.deepEqual(v("1.2345678万", "money"), { value: "12345.678", scaled: true }, "too many decimals is the form's to refuse");
  assert.deepEqual(v("3.1%", "percent"), { value: "3.1", scaled: false });
  assert.deepEqual(v("3.1％", "percent"), { value: "3.1", scaled: false });
  assert.deepEqual(v("30年", "months"), { value: "360", scaled: true });
  assert.deepEqual(v("2.5年", "months"), { value: "30", scaled: true });
  assert.deepEqual(v("1年6个月", "months"), { value: "18", scaled: true });
  assert.deepEqual(v("360个月", "months"), { value: "360", scaled: false });
  assert.deepEqual(v("2.3年", "months"), { error: "whole" }, "27.6 months is not a term");
  for (const raw of ["65㎡", "65 平方米", "65平米", "65m²", "65M2"]) assert.deepEqual(v(raw, "area"), { value: "65", scaled: false }, raw);
  assert.deepEqual(v("3人", "number", ["人", "people"]), { value: "3", scaled: false });
  assert.deepEqual(v("45万", "percent"), { error: "number" }, "万 only on amounts");
  assert.deepEqual(v("30年", "money"), { error: "number" }, "年 only on terms");
  assert.deepEqual(v("-5", "money"), { error: "negative" });
  assert.deepEqual(v("1,5", "money"), { error: "groups" });
  assert.deepEqual(v("  ", "money"), { error: "empty" });
});

test("exact decimal helpers: shifting the point, comparing, counting decimals", async () => {
  const { shiftDecimal, compareDecimal, decimals } = await import("../../www/widgets/kit/format.js");
  assert.equal(shiftDecimal("2.5", 4), "25000");
  assert.equal(shiftDecimal("0.00001", 4), "0.1");
  assert.equal(shiftDecimal("0045", 0), "45");
  assert.equal(shiftDecimal("12.50", 0), "12.5");
  assert.equal(compareDecimal("1000000000000", "1000000000000.01"), -1);
  assert.equal(compareDecimal("5", "5.00"), 0);
  assert.equal(compareDecimal("99999999999999999999", "1"), 1, "beyond a float's exact range");
  assert.equal(decimals("12.345"), 3);
  assert.equal(decimals("12"), 0);
});

test("texts for a visitor: 本库 and property names become plain words; figures grouped like the headline", async () => {
  const { citizenText, groupFigures } = await import("../../www/widgets/kit/format.js");
  assert.equal(
    citizenText("账户余额合计 9600.00 元；公报未规定余额不足时如何处理，本库以余额为限"),
    "账户余额合计 9,600.00 元；公报未规定余额不足时如何处理，本计算器以余额为限",
  );
  assert.equal(citizenText("公报未规定每分对应的贷款金额，本站未配置（yuanPerPoint），未按积分核算可贷额度"), "公报未规定每分对应的贷款金额，本站未配置，未按积分核算可贷额度");
  assert.equal(citizenText("本库解释为：计入"), "本计算器理解为：计入");
  assert.equal(citizenText("this site has not set yuanPerPoint; the library limits it", "en"), "this site has not set the yuan per point; this calculator limits it");
  assert.equal(groupFigures("钦市金管委规〔2023〕1号 二(二)，2023-01-01 起 800.00 元，2025 年"), "钦市金管委规〔2023〕1号 二(二)，2023-01-01 起 800.00 元，2025 年", "years, dates and clauses stay");
  assert.equal(groupFigures("4613 ÷ 3302238 × 1000 = 1.40"), "4,613 ÷ 3,302,238 × 1,000 = 1.40");
});
