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
