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
