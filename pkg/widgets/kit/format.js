// Formatting and normalising numbers as text. Nothing here does arithmetic on an amount in
// floating point: amounts stay the library's strings, and the only sums are exact in fen.

const group3 = (digits) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** "450000.00" → "450,000.00"; anything else unchanged. */
export function formatMoney(text) {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(String(text));
  return m ? m[1] + group3(m[2]) + (m[3] ?? "") : String(text);
}

/** Whole numbers with separators: 14861 → "14,861". */
export const formatCount = (n) => (/^\d+$/.test(String(n)) ? group3(String(n)) : String(n));

/** Exact fen as a BigInt from a money string ("1234.5" → 123450n); null if not money. */
export function toFen(text) {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(String(text));
  return m ? BigInt(m[1]) * 100n + BigInt((m[2] ?? "").padEnd(2, "0")) : null;
}

/** 123450n → "1234.50". */
export function fenText(fen) {
  return `${fen / 100n}.${String(fen % 100n).padStart(2, "0")}`;
}

/** The amount in 万元, to 2 decimals (half-up), trailing zeros dropped; `exact` tells if rounded. */
export function toWan(text) {
  const fen = toFen(text);
  if (fen === null) return null;
  const unit = 10000n; // 0.01 万元 = 100 yuan = 10,000 fen
  const r = fen % unit;
  const rounded = fen / unit + (r * 2n >= unit ? 1n : 0n);
  const [int, dec] = `${rounded / 100n}.${String(rounded % 100n).padStart(2, "0")}`.replace(/\.?0+$/, "").split(".");
  return { text: group3(int) + (dec ? `.${dec}` : ""), exact: r === 0n };
}

/** A number as written in a parameter or rate ("0.80" → "0.8"); text otherwise unchanged. */
export const plain = (text) => String(text).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");

/** A ratio as a percentage, by moving the decimal point (no float): "0.8" → "80%". */
export function percent(ratio) {
  const m = /^(\d*)(?:\.(\d*))?$/.exec(String(ratio ?? ""));
  if (!m) return String(ratio);
  const dec = (m[2] ?? "").padEnd(2, "0");
  const int = String(Number(`${m[1] || "0"}${dec.slice(0, 2)}`));
  const rest = dec.slice(2).replace(/0+$/, "");
  return `${int}${rest ? `.${rest}` : ""}%`;
}

/** Today as YYYY-MM-DD in local time. */
export function today() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The same day `years` earlier (29 Feb → 28 Feb). */
export function yearsBefore(iso, years) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return "";
  const y = Number(m[1]) - years;
  const last = new Date(Date.UTC(y, Number(m[2]), 0)).getUTCDate();
  return `${y}-${m[2]}-${String(Math.min(Number(m[3]), last)).padStart(2, "0")}`;
}

/**
 * What a person typed, as plain ASCII: full-width digits and signs (what a Chinese IME often
 * types) become half-width, and commas or spaces are dropped where they separate groups of 3
 * digits ("12,000", "20 000"); elsewhere they stay ("1,5" is not 15), so the form asks again.
 */
export function normalizeNumber(raw) {
  const t = String(raw)
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, ".")
    .replace(/[－−—]/g, "-")
    .replace(/＋/g, "+")
    .trim();
  return /^[-+]?\d{1,3}([,，\s\u3000]\d{3})+(\.\d+)?$/.test(t) ? t.replace(/[,，\s\u3000]/g, "") : t;
}

/** Full-width digits, signs, point and percent (what a Chinese IME types) as ASCII. */
function halfWidth(raw) {
  return String(raw ?? "")
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, ".")
    .replace(/％/g, "%")
    .replace(/[ＭｍM]/g, "m")
    .trim();
}

/**
 * `text` × 10^places by moving the decimal point, never through a float: ("2.5", 4) →
 * "25000", ("0.015", 4) → "150". `text` is plain digits with at most one point.
 */
export function shiftDecimal(text, places) {
  const [int, frac = ""] = String(text).split(".");
  let digits = int + frac;
  const point = int.length + places;
  if (digits.length < point) digits = digits.padEnd(point, "0");
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, "") || "0";
  const rest = digits.slice(point).replace(/0+$/, "");
  return rest ? `${whole}.${rest}` : whole;
}

/** Whole months from years given as decimal text ("2.5" → 30); null when not a whole month. */
function yearsToMonths(text) {
  const [int, frac = ""] = text.split(".");
  const scaled = BigInt(int + frac) * 12n;
  const unit = 10n ** BigInt(frac.length);
  return scaled % unit === 0n ? String(scaled / unit) : null;
}

// What may follow the number, by the kind of field: the unit people write, and how it scales.
const SUFFIXES = {
  money: [["万元", 4], ["万", 4], ["元", 0]],
  percent: [["%", 0]],
  area: [["平方米", 0], ["平米", 0], ["㎡", 0], ["m²", 0], ["m2", 0]],
  months: [["个月", 0], ["月", 0]],
};

/**
 * Reads what a person typed into a number field of `kind` (money, percent, area, months,
 * number): full-width digits, separators between groups of three, and the units people
 * write ("45万", "2.5万元", "1200元", "3.1%", "30年", "1年6个月", "65㎡", "65平方米"), plus the
 * field's own unit words (`units`, e.g. "人"). Returns `{ value, scaled }`: the plain decimal
 * text the library takes ("450000", "3.1", "360") and whether a unit changed the number
 * (万, 年), or `{ error }`: "empty", "number" (not a number), "groups" (separators out of place),
 * "negative", "whole" (a fraction of a month from years).
 */
export function readNumber(raw, kind = "number", units = []) {
  const t = halfWidth(raw);
  if (t === "") return { error: "empty" };
  if (kind === "months") {
    const m = /^(\S+?)\s*年\s*(?:(\d+)\s*个?\s*月)?$/.exec(t);
    if (m) {
      const years = normalizeNumber(m[1]);
      if (!/^\d+(\.\d+)?$/.test(years)) return { error: "number" };
      const months = yearsToMonths(years);
      if (months === null) return { error: "whole" };
      return { value: String(BigInt(months) + BigInt(m[2] ?? "0")), scaled: true };
    }
  }
  let body = t;
  let places = 0;
  for (const [suffix, shift] of [...(SUFFIXES[kind] ?? []), ...units.map((u) => [u, 0])]) {
    if (suffix && body.toLowerCase().endsWith(suffix.toLowerCase())) {
      body = body.slice(0, body.length - suffix.length).trim();
      places = shift;
      break;
    }
  }
  const n = normalizeNumber(body);
  if (/^-\d+(\.\d+)?$/.test(n)) return { error: "negative" };
  if (!/^\+?\d+(\.\d+)?$/.test(n)) return { error: /^[-+]?\d[\d,，、\s\u3000]*(\.\d+)?$/.test(n) ? "groups" : "number" };
  const plainText = n.replace(/^\+/, "");
  return { value: places ? shiftDecimal(plainText, places) : shiftDecimal(plainText, 0), scaled: places > 0 };
}

/** How many digits follow the decimal point ("12.345" → 3). */
export const decimals = (text) => (String(text).split(".")[1] ?? "").length;

/** Compares two non-negative decimal texts exactly: -1, 0 or 1. */
export function compareDecimal(a, b) {
  const [ai, af = ""] = String(a).split(".");
  const [bi, bf = ""] = String(b).split(".");
  const len = Math.max(af.length, bf.length);
  const x = BigInt(ai + af.padEnd(len, "0"));
  const y = BigInt(bi + bf.padEnd(len, "0"));
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * A figure inside a sentence as the headline writes it: money and large counts grouped by
 * thousands ("9600.00" → "9,600.00", "3302238" → "3,302,238"); years (19xx, 20xx), dates,
 * clause numbers and numbers under 1,000 stay as they are. Digits are moved, never recomputed.
 */
export function groupFigures(text) {
  return String(text).replace(/(^|[^\d.,\-:/])(\d+)(\.\d+)?(?![\d\-/:])/g, (all, pre, int, frac = "") =>
    int.length >= 5 || (int.length === 4 && (frac || !/^(19|20)\d\d$/.test(int))) ? pre + group3(int) + frac : all,
  );
}

// The rule strings of steps that cite no document: the library's API values, shown to a
// visitor as the basis word instead.
export const INPUT_RULE = "输入值（公报未规定）";
export const SITE_RULE = "本站配置（公报未规定）";
export const NON_DOCUMENT_RULES = ["本库解释", INPUT_RULE, SITE_RULE];

/**
 * A step, warning or reason as a visitor reads it: the library calls itself 本库 / "the
 * library" and names site settings by their property (yuanPerPoint); the visitor reads "本计算器"
 * / "this calculator" and the setting's name in words. Figures are grouped like the headline.
 */
export function citizenText(text, lang = "zh") {
  let t = String(text ?? "");
  if (lang === "en") {
    t = t
      .replace(/\s*\((?:[a-z]+[A-Z]\w*)\)/g, "")
      .replace(/\bLibrary's\b/g, "This calculator's")
      .replace(/\bthe library's\b/g, "this calculator's")
      .replace(/\bThe library\b/g, "This calculator")
      .replace(/\bthe library\b/g, "this calculator")
      .replace(/\b(?:set|not set|no) ([a-z]+(?:[A-Z][a-z]+)+)\b/g, (all, name) => all.replace(name, `the ${name.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)}`))
      .replace(/\b([a-z]+(?:[A-Z][a-z]+)+)\b/g, (all, name) => name.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`));
  } else {
    t = t
      .replace(/（[A-Za-z][\w.[\]]*）/g, "")
      .replace(/本库解释为/g, "本计算器理解为")
      .replace(/本库解释/g, "本计算器的理解")
      .replace(/本库/g, "本计算器");
  }
  return groupFigures(t);
}
