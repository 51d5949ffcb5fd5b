// Qinzhou policy calculators as embeddable custom elements.
//
//   <script type="module" src="qz-widgets.js"></script>
//   <qz-loan-limit lang="zh"></qz-loan-limit>
//
// One import registers every element. They share one WebAssembly instance, loaded from
// ./pkg/ next to this file; no other network request is made. No framework, no innerHTML:
// every node is built with createElement / createElementNS and textContent, so user input is
// never parsed as markup. Styles live in a constructed stylesheet (adoptedStyleSheets), which
// a strict Content-Security-Policy without 'unsafe-inline' allows.

import init, * as calc from "./pkg/qinzhou_policy_calc.js";

// ---------------------------------------------------------------------------------------------
// Loading the package once
// ---------------------------------------------------------------------------------------------

let loading = null;
/** Resolves with the package's exports once the wasm module is instantiated (once per page). */
export function ready() {
  loading ??= init().then(() => calc);
  return loading;
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

const SVG_NS = "http://www.w3.org/2000/svg";

/** createElement with attributes (never `style`, never markup) and children (strings → text). */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "text") el.textContent = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(typeof c === "string" || typeof c === "number" ? String(c) : c);
  }
  return el;
}

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== undefined && v !== null) el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c !== undefined && c !== null) el.append(typeof c === "string" ? c : c);
  }
  return el;
}

const group3 = (digits) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** "450000.00" → "450,000.00"; anything else unchanged. */
export function formatMoney(text) {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(String(text));
  return m ? m[1] + group3(m[2]) + (m[3] ?? "") : String(text);
}

/** Whole numbers with separators: 14861 → "14,861". */
const formatCount = (n) => (Number.isFinite(Number(n)) ? group3(String(n)) : String(n));

/** Exact fen as a BigInt from a money string ("1234.5" → 123450n). */
function toFen(text) {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(String(text));
  if (!m) return null;
  return BigInt(m[1]) * 100n + BigInt((m[2] ?? "").padEnd(2, "0"));
}

function fenText(fen) {
  const neg = fen < 0n;
  const a = neg ? -fen : fen;
  return `${neg ? "-" : ""}${a / 100n}.${String(a % 100n).padStart(2, "0")}`;
}

/** The amount in 万元, to 2 decimals (half-up), trailing zeros dropped; exact tells if rounded. */
export function toWan(text) {
  const fen = toFen(text);
  if (fen === null) return null;
  const unit = 10000n; // 0.01 万元 = 100 yuan = 10,000 fen
  const q = fen / unit;
  const r = fen % unit;
  const rounded = q + (r * 2n >= unit ? 1n : 0n);
  let str = `${rounded / 100n}.${String(rounded % 100n).padStart(2, "0")}`;
  str = str.replace(/\.?0+$/, "");
  return { text: group3(str.split(".")[0]) + (str.includes(".") ? "." + str.split(".")[1] : ""), exact: r === 0n };
}

/** Today as YYYY-MM-DD in local time. */
function today() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The same day `years` earlier (29 Feb → 28 Feb). */
function yearsBefore(iso, years) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return "";
  const y = Number(m[1]) - years;
  let d = Number(m[3]);
  const last = new Date(Date.UTC(y, Number(m[2]), 0)).getUTCDate();
  if (d > last) d = last;
  return `${y}-${m[2]}-${String(d).padStart(2, "0")}`;
}

/** Removes the leading "path：" / "path: " the library puts in front of field messages. */
function stripPath(message) {
  return String(message ?? "").replace(
    /^[A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*)*\s*[：:]\s*/,
    "",
  );
}

/** Money as typed → the API's form: thousands separators and spaces dropped, else unchanged. */
function normalizeMoney(raw) {
  const t = raw.trim().replace(/[,，\s]/g, "");
  return t === "" ? undefined : t;
}

/** A count as typed → a JS number when it reads as one, else the text (the library explains). */
function normalizeCount(raw) {
  const t = raw.trim().replace(/[,，\s]/g, "");
  if (t === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return t;
}

function normalizeRate(raw) {
  const t = raw.trim().replace(/\s/g, "");
  return t === "" ? undefined : t;
}

let uid = 0;

// ---------------------------------------------------------------------------------------------
// Styles: one constructed sheet shared by every shadow root
// ---------------------------------------------------------------------------------------------

const CSS = `
:host { display: block; container-type: inline-size; color: #1b2430;
  font-family: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif;
  font-size: 16px; line-height: 1.55;
  --qz-accent: #0b5cad; --qz-accent-dark: #084a8c; --qz-border: #c9d3de; --qz-muted: #4d5b6a;
  --qz-error: #b3261e; --qz-ok: #1d6b3a; --qz-bg: #ffffff; --qz-soft: #eef4fb; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.card { background: var(--qz-bg); border: 1px solid var(--qz-border); border-radius: 14px;
  padding: 18px 16px 16px; box-shadow: 0 1px 2px rgba(16, 42, 70, .06); }
h2 { font-size: 1.25rem; line-height: 1.3; margin: 0 0 4px; color: #0d2a4a; }
h3 { font-size: 1rem; margin: 0 0 6px; }
.intro { margin: 0 0 14px; color: var(--qz-muted); font-size: .95rem; }
form { margin: 0; }
.fields { display: grid; grid-template-columns: 1fr; gap: 14px 18px; }
@container (min-width: 600px) {
  .fields { grid-template-columns: 1fr 1fr; }
  .wide, fieldset { grid-column: 1 / -1; }
}
.field { min-width: 0; }
.field[hidden], fieldset[hidden] { display: none; }
label.main { display: block; font-weight: 600; margin-bottom: 4px; }
.control { display: flex; align-items: stretch; border: 1.5px solid #8593a3; border-radius: 9px;
  background: #fff; overflow: hidden; }
.control:focus-within { border-color: var(--qz-accent); box-shadow: 0 0 0 3px rgba(11, 92, 173, .25); }
.control input, .control select { flex: 1 1 auto; min-width: 0; width: 100%; border: 0; margin: 0;
  padding: 10px 12px; font: inherit; color: inherit; background: transparent; min-height: 44px; }
.control input:focus, .control select:focus { outline: none; }
.unit { display: flex; align-items: center; padding: 0 12px; color: var(--qz-muted);
  background: #f3f6f9; border-left: 1px solid #dde3ea; white-space: nowrap; font-size: .95rem; }
.invalid .control { border-color: var(--qz-error); background: #fff6f5; }
.hint { margin: 4px 0 0; font-size: .85rem; color: var(--qz-muted); }
.error { margin: 6px 0 2px; color: var(--qz-error); font-weight: 600; font-size: .92rem; }
.error::before { content: "! "; display: inline-block; width: 1.2em; height: 1.2em; margin-right: 4px;
  border-radius: 50%; background: var(--qz-error); color: #fff; text-align: center; line-height: 1.2em;
  font-size: .8em; vertical-align: .1em; }
.error[hidden], .hint:empty { display: none; }
.check { display: flex; gap: 10px; align-items: flex-start; padding: 6px 0; font-weight: 600; cursor: pointer; }
.check input { width: 22px; height: 22px; margin: 1px 0 0; flex: none; accent-color: var(--qz-accent); }
fieldset { border: 1px solid var(--qz-border); border-radius: 10px; padding: 10px 12px 12px; margin: 0; min-width: 0; }
legend { font-weight: 700; padding: 0 6px; }
fieldset .fields { margin-top: 4px; }
.row { border-top: 1px dashed var(--qz-border); padding-top: 10px; margin-top: 10px; }
.row:first-of-type { border-top: 0; margin-top: 0; padding-top: 0; }
.row-head { display: flex; justify-content: flex-end; margin-top: 6px; align-items: center; gap: 8px; margin-bottom: 6px; font-weight: 600; }
.actions { display: flex; flex-wrap: wrap; gap: 10px; margin-top: 16px; }
button { font: inherit; border-radius: 9px; min-height: 44px; padding: 8px 18px; cursor: pointer; }
button:focus-visible, summary:focus-visible, a:focus-visible { outline: 3px solid rgba(11, 92, 173, .5); outline-offset: 2px; }
.primary { background: var(--qz-accent); color: #fff; border: 1px solid var(--qz-accent); font-weight: 600; }
.primary:hover { background: var(--qz-accent-dark); }
.secondary { background: #fff; color: #1b2430; border: 1px solid #8593a3; }
.small { min-height: 36px; padding: 4px 12px; font-size: .9rem; }
.form-error { margin-top: 12px; padding: 10px 12px; border-radius: 9px; background: #fdecea; color: var(--qz-error); font-weight: 600; }
.form-error[hidden] { display: none; }
.result { margin-top: 18px; padding: 14px 16px; border-radius: 12px; background: var(--qz-soft); border: 1px solid #cfe0f3; }
.result.stale, .more.stale { opacity: .5; }
.stale-note { margin: 14px 0 -8px; font-size: .9rem; color: #7a5a00; font-weight: 600; }
.stale-note[hidden] { display: none; }
.result.bad { background: #fdf3f2; border-color: #f1c9c5; }
.result.fix { background: #fff8e6; border-color: #f0d99a; }
.label { margin: 0; color: var(--qz-muted); font-size: .95rem; }
.amount { margin: 2px 0 0; font-size: 1.9rem; font-weight: 700; line-height: 1.2; color: #0d2a4a;
  font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.amount .yuan { font-size: 1rem; font-weight: 600; }
.wan { margin: 2px 0 0; color: var(--qz-muted); }
.verdict { margin: 0; font-size: 1.25rem; font-weight: 700; color: var(--qz-error); }
.verdict.ok { color: var(--qz-ok); }
.sub { margin: 8px 0 0; }
.kv { display: grid; grid-template-columns: 1fr auto; gap: 4px 14px; margin: 12px 0 0; }
.kv dt { color: var(--qz-muted); }
.kv dd { margin: 0; text-align: right; font-weight: 600; font-variant-numeric: tabular-nums; }
.more { margin-top: 14px; display: grid; grid-template-columns: minmax(0, 1fr); gap: 12px; }
.more > * { min-width: 0; }
.projects { margin: 0; padding: 0; list-style: none; }
.projects li { padding: 8px 0; border-bottom: 1px solid #e1e7ee; }
.projects .meta { display: block; color: var(--qz-muted); font-size: .88rem; }
.notice { margin: 0; padding: 10px 12px; border-radius: 9px; border-left: 4px solid; }
.notice ul { margin: 4px 0 0; padding-left: 1.2em; }
.notice.warn { background: #fff8e6; border-color: #c98a00; }
.notice.reason { background: #fdecea; border-color: var(--qz-error); }
.notice.info { background: #eaf5ee; border-color: var(--qz-ok); }
.notice p { margin: 0; font-weight: 700; }
.table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 700; padding-bottom: 6px; }
th, td { padding: 6px 8px; border-bottom: 1px solid #e1e7ee; text-align: left; vertical-align: top; }
thead th { background: #f3f6f9; font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.binding td { background: #e3eefa; font-weight: 700; }
.tag { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 6px; background: var(--qz-accent); color: #fff; font-size: .8rem; font-weight: 600; white-space: nowrap; }
details { border: 1px solid var(--qz-border); border-radius: 10px; background: #fff; }
summary { cursor: pointer; padding: 10px 12px; font-weight: 600; min-height: 44px; }
details[open] summary { border-bottom: 1px solid #e1e7ee; }
details > :not(summary) { margin: 10px 12px 12px; }
ol.steps { padding-left: 1.4em; }
ol.steps li { margin-bottom: 10px; }
ol.steps li p { margin: 0; }
.cite { display: block; font-style: normal; color: var(--qz-muted); font-size: .85rem; }
.step-value { font-weight: 700; font-variant-numeric: tabular-nums; }
.policy { margin: 12px 0 0; font-size: .82rem; color: var(--qz-muted); }
.unavailable { margin: 0; padding: 12px; border-radius: 9px; background: #f3f6f9; color: var(--qz-muted); }
.chart { width: 100%; height: auto; display: block; }
.chart text { font-family: inherit; font-size: 11px; fill: #4d5b6a; }
.chart .big { font-size: 12px; fill: #1b2430; font-weight: 600; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 16px; margin: 4px 0 0; padding: 0; list-style: none; font-size: .9rem; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 6px; vertical-align: -1px; }
.sw-principal { background: #0b5cad; } .sw-interest { background: #f08c2e; }
.docs { margin: 4px 0 0; padding-left: 1.3em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

let sheet = null;
function adoptStyles(root) {
  if ("adoptedStyleSheets" in Document.prototype && typeof CSSStyleSheet.prototype.replaceSync === "function") {
    sheet ??= (() => {
      const st = new CSSStyleSheet();
      st.replaceSync(CSS);
      return st;
    })();
    root.adoptedStyleSheets = [sheet];
  } else {
    // Older browsers: a <style> element (needs style-src 'unsafe-inline' under a strict CSP).
    root.append(h("style", { text: CSS }));
  }
}

// ---------------------------------------------------------------------------------------------
// Shared labels
// ---------------------------------------------------------------------------------------------

const T = {
  calculate: ["计算", "Calculate"],
  reset: ["恢复默认", "Reset"],
  steps: ["计算依据", "How this was calculated"],
  stepsCount: (n) => [`（${n} 步）`, ` (${n} steps)`],
  warnings: ["请注意", "Please note"],
  reasons: ["不符合条件的原因", "Why not eligible"],
  fix: ["请更正标出的输入项", "Please correct the marked field"],
  fixField: (label) => [`请更正：${label}`, `Please correct: ${label}`],
  siteConfig: ["本站计算器配置有误，请联系网站管理员：", "This site's calculator settings are invalid; please tell the site's webmaster: "],
  unavailable: (fn) => [
    `此计算器即将上线（当前计算库尚不含 ${fn}）。`,
    `This calculator is coming soon (the calculation package does not have ${fn} yet).`,
  ],
  loadFailed: ["计算库加载失败，请刷新页面重试。", "The calculation package failed to load; please reload the page."],
  policy: (doc, from) => [
    `适用规定：${doc}${from ? `（${from} 起施行）` : ""}。计算结果仅供参考，以住房公积金管理中心审核为准。`,
    `Rule applied: ${doc}${from ? ` (in force from ${from})` : ""}. For reference only; the housing fund centre's decision prevails.`,
  ],
  yuan: ["元", "yuan"],
  wan: (w) => [`合 ${w.exact ? "" : "约 "}${w.text} 万元`, `= ${w.exact ? "" : "about "}${w.text} × 10,000 yuan (万元)`],
  months: ["个月", "months"],
  optional: ["选填", "optional"],
  remove: ["删除", "Remove"],
  date: ["申请日期", "Application date"],
  dateHint: ["按该日有效的规定计算", "Rules in force on this day apply"],
  married: [
    ["single", "未婚（单身）", "Unmarried / single"],
    ["married", "已婚", "Married"],
  ],
  marital: ["婚姻状况", "Marital status"],
};

const moneyHint = (zh, en) => [`${zh}${zh ? "，" : ""}单位：元`, en ? `${en}; in yuan` : "In yuan"];

// ---------------------------------------------------------------------------------------------
// The base element
// ---------------------------------------------------------------------------------------------

const CONFIG_ATTRS = [
  "yuan-per-point",
  "max-loan-to-value",
  "balance-multiple",
  "max-repayment-ratio",
  "annual-rate-percent",
  "term-months",
];

class QzCalculator extends HTMLElement {
  static get observedAttributes() {
    return ["lang", "date", ...CONFIG_ATTRS];
  }

  constructor() {
    super();
    this._texts = []; // [node, attribute|null, () => [zh, en]]
    this._fields = new Map(); // path → field record
    this._outcome = null; // { result } | { error }
    this._errorShown = false;
    this._built = false;
    this.available = undefined;
    this.ready = new Promise((resolve) => {
      this._resolveReady = resolve;
    });
  }

  /** "zh" or "en". */
  get language() {
    const l = (this.getAttribute("lang") || document.documentElement.lang || "zh").toLowerCase();
    return l.startsWith("en") ? "en" : "zh";
  }

  /** Picks the current language's text from [zh, en]. */
  t(pair) {
    if (typeof pair === "function") pair = pair();
    if (!Array.isArray(pair)) return String(pair ?? "");
    return this.language === "en" ? pair[1] : pair[0];
  }

  /** Sets node text (or an attribute) now and whenever the language or settings change. */
  bind(node, pair, attr = null) {
    const get = typeof pair === "function" ? pair : () => pair;
    this._texts.push([node, attr, get]);
    const v = this.t(get());
    if (attr) node.setAttribute(attr, v);
    else node.textContent = v;
    return node;
  }

  /** Site settings from attributes (strings, or undefined when absent/empty). */
  cfg(name) {
    const v = this.getAttribute(name);
    return v === null || v.trim() === "" ? undefined : v.trim();
  }

  get date() {
    return this.cfg("date") ?? today();
  }

  connectedCallback() {
    if (this._built) return;
    this._built = true;
    const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    adoptStyles(root);
    const id = `qz${++uid}`;
    this._id = id;
    const title = h("h2", { id: `${id}-title` });
    this.bind(title, this.constructor.title);
    const intro = h("p", { class: "intro" });
    this.bind(intro, this.constructor.intro);
    this._card = h("section", { class: "card", "aria-labelledby": `${id}-title` }, title, intro);
    root.append(this._card);
    this._body = h("div");
    this._card.append(this._body);
    this._body.append(h("p", { class: "unavailable", text: this.t(["正在加载计算器…", "Loading the calculator…"]) }));

    ready().then(
      (pkg) => {
        const fn = pkg[this.constructor.fn];
        this._body.replaceChildren();
        if (typeof fn !== "function") {
          this.available = false;
          this.setAttribute("data-unavailable", "");
          const p = h("p", { class: "unavailable", role: "note" });
          this.bind(p, T.unavailable(this.constructor.fn));
          this._body.append(p);
        } else {
          this.available = true;
          this._fn = fn;
          this._buildForm();
          this.compute({ show: true });
          if (typeof ResizeObserver === "function") {
            new ResizeObserver(() => {
              const bucket = Math.round((this._more?.clientWidth || 0) / 40);
              if (this._chartBucket !== undefined && bucket !== this._chartBucket && this._outcome?.result) {
                this.compute({ show: true, rerenderOnly: true });
              }
            }).observe(this);
          }
        }
        this._resolveReady(this.available);
      },
      (err) => {
        this.available = false;
        this._body.replaceChildren();
        const p = h("p", { class: "unavailable", role: "alert" });
        this.bind(p, T.loadFailed);
        this._body.append(p);
        console.error("qz-widgets: the calculation package failed to load", err);
        this._resolveReady(false);
      },
    );
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this._built || oldValue === newValue) return;
    if (name === "date") {
      const f = this._fields.get("date") ?? this._fields.get("applicationDate");
      if (f) f.input.value = this.date;
      this.onDateChanged?.();
    }
    this._applyTexts();
    if (this.available) {
      this._updateVisibility();
      this.compute({ show: true, rerenderOnly: name === "lang" });
    }
  }

  _applyTexts() {
    this._texts = this._texts.filter(([node]) => this.shadowRoot.contains(node));
    for (const [node, attr, get] of this._texts) {
      const v = this.t(get());
      if (attr) node.setAttribute(attr, v);
      else node.textContent = v;
    }
  }

  // ------------------------------------------------------------------ the form

  /** A field record from a spec; returns the row element. */
  _field(spec) {
    const id = `${this._id}-f${++uid}`;
    const hintId = `${id}-hint`;
    const errId = `${id}-err`;
    const row = h("div", { class: `field${spec.wide ? " wide" : ""}` });
    const hint = h("p", { class: "hint", id: hintId });
    if (spec.hint) this.bind(hint, spec.hint);
    const error = h("p", { class: "error", id: errId, hidden: true });
    let input;
    if (spec.type === "checkbox") {
      input = h("input", { type: "checkbox", id, "aria-describedby": spec.hint ? hintId : undefined });
      input.checked = !!spec.value;
      const text = h("span");
      this.bind(text, spec.label);
      row.append(h("label", { class: "check", for: id }, input, text));
    } else {
      const label = h("label", { class: "main", for: id });
      this.bind(label, spec.label);
      if (spec.type === "select") {
        input = h("select", { id });
        for (const [value, zh, en] of spec.options) {
          const o = h("option", { value });
          this.bind(o, [zh, en]);
          input.append(o);
        }
        input.value = spec.value ?? spec.options[0][0];
      } else {
        const type = spec.type === "date" ? "date" : "text";
        input = h("input", {
          type,
          id,
          name: spec.path,
          autocomplete: "off",
          spellcheck: "false",
          inputmode: { money: "decimal", rate: "decimal", count: "numeric" }[spec.type],
          "aria-required": spec.optional ? undefined : "true",
        });
        if (spec.placeholder) this.bind(input, spec.placeholder, "placeholder");
        input.value = typeof spec.value === "function" ? spec.value() : (spec.value ?? "");
      }
      if (spec.hint) input.setAttribute("aria-describedby", hintId);
      const control = h("div", { class: "control" }, input);
      const unit = spec.unit ?? { money: T.yuan, count: null, rate: null }[spec.type];
      if (unit) {
        const u = h("span", { class: "unit", "aria-hidden": "true" });
        this.bind(u, unit);
        control.append(u);
      }
      row.append(label, control);
    }
    row.append(error, hint);
    const rec = { spec, input, row, hint, error, hintId, errId, path: spec.path };
    this._fields.set(spec.path, rec);
    return row;
  }

  _fieldset(legendPair, children, show) {
    const legend = h("legend");
    this.bind(legend, legendPair);
    const fs = h("fieldset", {}, legend, h("div", { class: "fields" }, children));
    if (show) this._groups.push([fs, show]);
    return fs;
  }

  _buildForm() {
    this._groups = [];
    const form = h("form", { novalidate: true });
    const fields = h("div", { class: "fields" });
    for (const item of this.layout()) fields.append(item instanceof Node ? item : this._field(item));
    const calcBtn = h("button", { type: "submit", class: "primary" });
    this.bind(calcBtn, T.calculate);
    const resetBtn = h("button", { type: "button", class: "secondary" });
    this.bind(resetBtn, T.reset);
    this._formError = h("div", { class: "form-error", role: "alert", hidden: true });
    form.append(fields, this._formError, h("div", { class: "actions" }, calcBtn, resetBtn));
    this._staleNote = h("p", { class: "stale-note", hidden: true });
    this.bind(this._staleNote, ["输入尚未完成或有误，按“计算”查看", "Input incomplete or invalid: press Calculate to check"]);
    this._result = h("div", { class: "result", "aria-live": "polite", "aria-atomic": "true", role: "status" });
    this._more = h("div", { class: "more" });
    this._policy = h("p", { class: "policy" });
    this._body.append(form, this._staleNote, this._result, this._more, this._policy);

    form.addEventListener("submit", (e) => {
      e.preventDefault();
      this.compute({ show: true, focus: true });
    });
    resetBtn.addEventListener("click", () => this.resetForm());
    form.addEventListener("input", (e) => {
      if (e.target.matches?.("select, input[type=checkbox], input[type=date]")) return; // change follows
      this._updateVisibility();
      this.compute({ show: this._errorShown });
    });
    form.addEventListener("change", (e) => {
      this._updateVisibility();
      // A text field's error waits for 计算 (or shows live once an error is displayed): shown on
      // blur, it would push the button away under the pointer that is about to click it.
      const text = e.target.matches?.("input[type=text]");
      this.compute({ show: !text || this._errorShown });
    });
    this._form = form;
    this.afterBuild?.();
    this._updateVisibility();
  }

  resetForm() {
    for (const rec of this._fields.values()) {
      const { spec, input } = rec;
      if (spec.type === "checkbox") input.checked = !!spec.value;
      else if (spec.type === "select") input.value = spec.value ?? spec.options[0][0];
      else input.value = typeof spec.value === "function" ? spec.value() : (spec.value ?? "");
    }
    this.onReset?.();
    this._updateVisibility();
    this.compute({ show: true });
  }

  /** The raw value of a field (regardless of visibility). */
  raw(path) {
    const rec = this._fields.get(path);
    if (!rec) return undefined;
    return rec.spec.type === "checkbox" ? rec.input.checked : rec.input.value;
  }

  _visible(rec) {
    return !rec.row.hidden && !rec.row.closest("fieldset[hidden]");
  }

  _updateVisibility() {
    for (const rec of this._fields.values()) {
      if (rec.spec.show) rec.row.hidden = !rec.spec.show(this);
    }
    for (const [fs, show] of this._groups ?? []) fs.hidden = !show(this);
  }

  /** The API value of a visible field; undefined when hidden or left empty. */
  v(path) {
    const rec = this._fields.get(path);
    if (!rec || !this._visible(rec)) return undefined;
    const raw = rec.spec.type === "checkbox" ? rec.input.checked : rec.input.value;
    switch (rec.spec.type) {
      case "money":
        return normalizeMoney(raw);
      case "count":
        return normalizeCount(raw);
      case "rate":
        return normalizeRate(raw);
      case "date":
        return raw === "" ? undefined : raw;
      default:
        return raw;
    }
  }

  // ------------------------------------------------------------------ computing

  compute({ show = true, focus = false, rerenderOnly = false } = {}) {
    if (!this._fn) return;
    let outcome;
    if (rerenderOnly && this._outcome) outcome = this._outcome;
    else {
      try {
        const input = this.input();
        outcome = { result: this._fn(input), input };
      } catch (error) {
        outcome = { error };
        if (!(error && typeof error.code === "string")) console.error("qz-widgets:", error);
      }
    }
    if (outcome.error && !show && !this._errorShown) {
      // Typing in progress: keep the last answer, marked as out of date, until the field is left.
      this._result.classList.add("stale");
      this._more.classList.add("stale");
      this._staleNote.hidden = false;
      return;
    }
    this._outcome = outcome;
    this._staleNote.hidden = true;
    this._result.classList.remove("stale");
    this._more.classList.remove("stale");
    this._clearErrors();
    if (outcome.error) this._showError(outcome.error, focus);
    else {
      this._render(outcome.result);
      this.dispatchEvent(new CustomEvent("qz-result", { detail: outcome.result, bubbles: true, composed: true }));
    }
  }

  _clearErrors() {
    this._errorShown = false;
    for (const rec of this._fields.values()) {
      rec.error.hidden = true;
      rec.error.textContent = "";
      rec.row.classList.remove("invalid");
      rec.input.removeAttribute("aria-invalid");
      if (rec.spec.hint) rec.input.setAttribute("aria-describedby", rec.hintId);
      else rec.input.removeAttribute("aria-describedby");
    }
    this._formError.hidden = true;
    this._formError.textContent = "";
  }

  /** The visible field an error path names: exact, then a child of it, then its parent. */
  _fieldFor(path) {
    if (!path) return null;
    const visible = [...this._fields.values()].filter((r) => this._visible(r));
    const alias = this.aliases?.[path];
    if (alias) path = alias;
    let rec = visible.find((r) => r.path === path);
    if (rec) return rec;
    rec = visible.find((r) => r.path.startsWith(path + ".") || r.path.startsWith(path + "["));
    if (rec) return rec;
    let p = path;
    while (/[.[]/.test(p)) {
      p = p.replace(/(\.[^.[]*|\[\d+\])$/, "");
      rec = visible.find((r) => r.path === p);
      if (rec) return rec;
    }
    return null;
  }

  _showError(err, focus) {
    this._errorShown = true;
    const lang = this.language;
    const message = lang === "en" ? (err.messageEn ?? err.message) : err.message;
    const rec = this._fieldFor(err.field);
    this._more.replaceChildren();
    this._policy.textContent = "";
    this._result.className = "result fix";
    if (rec) {
      rec.error.textContent = stripPath(message);
      rec.error.hidden = false;
      rec.row.classList.add("invalid");
      rec.input.setAttribute("aria-invalid", "true");
      rec.input.setAttribute("aria-describedby", rec.spec.hint ? `${rec.errId} ${rec.hintId}` : rec.errId);
      const label = this.t(typeof rec.spec.label === "function" ? rec.spec.label() : rec.spec.label);
      this._result.replaceChildren(h("p", { class: "label", text: this.t(T.fixField(label)) }));
      if (focus) rec.input.focus();
    } else {
      const site = err.field && err.field.startsWith("local.");
      this._formError.textContent = (site ? this.t(T.siteConfig) : "") + message;
      this._formError.hidden = false;
      this._result.replaceChildren(h("p", { class: "label", text: this.t(T.fix) }));
    }
  }

  // ------------------------------------------------------------------ rendering

  _render(r) {
    this._result.className = "result";
    this._result.replaceChildren(...this.headline(r));
    if (r.eligible === false) this._result.classList.add("bad");
    const open = new Set([...this._more.querySelectorAll("details[open]")].map((d) => d.className));
    const more = [...(this.details(r) ?? [])];
    if (r.reasons?.length) more.push(this.notices("reason", T.reasons, r.reasons));
    if (r.warnings?.length) more.push(this.notices("warn", T.warnings, r.warnings));
    if (r.steps?.length) more.push(this.stepsList(r.steps));
    this._more.replaceChildren(...more.filter(Boolean));
    for (const d of this._more.querySelectorAll("details")) if (open.has(d.className)) d.open = true;
    const p = r.policy;
    this._policy.textContent = p ? this.t(T.policy(p.document, p.effectiveFrom)) : "";
  }

  /** A labelled money figure: label, "450,000.00 元", "合 45 万元". */
  figure(labelPair, money, { wan = true } = {}) {
    const w = wan ? toWan(money) : null;
    return [
      h("p", { class: "label", text: this.t(labelPair) }),
      h("p", { class: "amount" }, formatMoney(money), " ", h("span", { class: "yuan", text: this.t(T.yuan) })),
      w ? h("p", { class: "wan", text: this.t(T.wan(w)) }) : null,
    ].filter(Boolean);
  }

  /** A definition list of [labelPair, valueText] rows. */
  kv(rows) {
    const dl = h("dl", { class: "kv" });
    for (const [label, value] of rows.filter(Boolean)) {
      dl.append(h("dt", { text: this.t(label) }), h("dd", { text: typeof value === "string" ? value : this.t(value) }));
    }
    return dl;
  }

  /** Charts are drawn at the width they are shown at, so their text stays readable on a phone. */
  chartWidth() {
    const w = this._more?.clientWidth || this._card?.clientWidth || 640;
    this._chartBucket = Math.round(w / 40);
    return Math.max(280, Math.min(760, Math.round(w)));
  }

  money(text) {
    return `${formatMoney(text)} ${this.t(T.yuan)}`;
  }

  notices(kind, titlePair, list) {
    return h(
      "div",
      { class: `notice ${kind}`, role: kind === "reason" ? undefined : "note" },
      h("p", { text: this.t(titlePair) }),
      h("ul", {}, list.map((n) => h("li", { "data-code": n.code, text: this.language === "en" ? n.en : n.zh }))),
    );
  }

  stepsList(steps) {
    const ol = h("ol", { class: "steps" });
    for (const st of steps) {
      const text = this.language === "en" ? st.en : st.zh;
      const li = h("li", {}, h("p", { text }));
      if (st.value !== undefined && st.value !== null) {
        const isMoney = /^\d+\.\d{2}$/.test(st.value);
        li.append(h("p", { class: "step-value", text: `= ${isMoney ? this.money(st.value) : st.value}` }));
      }
      li.append(h("cite", { class: "cite", text: `${this.t(["依据：", "Source: "])}${st.rule}` }));
      ol.append(li);
    }
    const summary = h("summary", { text: this.t(T.steps) + this.t(T.stepsCount(steps.length)) });
    const det = h("details", { class: "steps-box" }, summary, ol);
    return det;
  }

  table(captionPair, head, rows, { numeric = [] } = {}) {
    const thead = h("thead", {}, h("tr", {}, head.map((c, i) => h("th", { scope: "col", class: numeric.includes(i) ? "num" : undefined, text: this.t(c) }))));
    const tbody = h(
      "tbody",
      {},
      rows.map((r) =>
        h(
          "tr",
          { class: r.className },
          (r.cells ?? r).map((c, i) => h("td", { class: numeric.includes(i) ? "num" : undefined }, c instanceof Node ? c : String(c))),
        ),
      ),
    );
    const table = h("table", {}, captionPair ? h("caption", { text: this.t(captionPair) }) : null, thead, tbody);
    const label = captionPair ? this.t(captionPair) : undefined;
    return h("div", { class: "table-wrap", tabindex: "0", role: label ? "region" : undefined, "aria-label": label }, table);
  }

  // To be provided by each calculator:
  // static fn, static title, static intro; layout(); input(); headline(r); details(r)
}

const dateField = (self) => ({
  path: "date",
  type: "date",
  label: T.date,
  hint: T.dateHint,
  value: () => self.date,
});

// ---------------------------------------------------------------------------------------------
// 住房公积金贷款额度 — loanLimit
// ---------------------------------------------------------------------------------------------

const SCHEMES = [
  ["employed", "单位缴存", "Through an employer"],
  ["voluntary", "自愿缴存（如灵活就业人员）", "Voluntary (e.g. flexible employment)"],
];
const CONTRIBUTIONS = [
  ["", "无", "None"],
  ["veteran", "退役军人", "Retired soldier"],
  ["model_worker", "劳动模范", "Model worker"],
  ["heroic_deed", "见义勇为先进个人", "Honoured for a heroic deed"],
  ["poverty_alleviation_leader", "脱贫攻坚带头人", "Poverty-alleviation leader"],
  ["martyr_family", "烈士遗属", "Martyr's survivor"],
];
const MARTYR_RELATIONS = [
  ["spouse", "配偶", "Spouse"],
  ["parent", "父母", "Parent"],
  ["child", "子女", "Child"],
  ["other", "其他亲属", "Other relative"],
];
const BINDING = {
  cap: ["政策最高贷款额度", "The policy's maximum loan"],
  points: ["按缴存积分核算的额度", "The amount from deposit points"],
  loan_to_value: ["房价 × 最高贷款成数", "House price × maximum loan-to-value"],
  balance_multiple: ["账户余额 × 倍数", "Account balance × multiple"],
  repayment_capacity: ["还款能力", "Repayment capacity"],
};

class QzLoanLimit extends QzCalculator {
  static fn = "loanLimit";
  static title = ["住房公积金贷款额度", "Housing fund loan limit"];
  static intro = [
    "按钦市金管委规〔2023〕1号测算最高可贷金额：夫妻双方正常缴存最高 45 万元，单方缴存最高 35 万元。",
    "Estimate the largest fund loan under 钦市金管委规〔2023〕1号: up to 450,000 yuan when both spouses contribute, 350,000 when one side does.",
  ];

  layout() {
    const married = (w) => w.raw("maritalStatus") === "married";
    const vol = (who) => (w) => w.raw(`${who}.contributing`) && w.raw(`${who}.scheme`) === "voluntary" && (who === "applicant" || married(w));
    const member = (i, whoPair) => [
      { path: `points.members[${i}].balance`, type: "money", label: [`${whoPair[0]}缴存余额`, `${whoPair[1]}: account balance`], hint: ["每满 5,000 元积 1 分", "1 point per full 5,000 yuan"], value: "30000" },
      { path: `points.members[${i}].depositMonths`, type: "count", unit: T.months, label: [`${whoPair[0]}缴存月数`, `${whoPair[1]}: months of deposits`], hint: ["每满 6 个月积 1 分", "1 point per full 6 months"], value: "24" },
      { path: `points.members[${i}].onTimeMonths`, type: "count", unit: T.months, label: [`${whoPair[0]}按时足额扣缴月数`, `${whoPair[1]}: months paid on time and in full`], hint: ["每月积 1 分，不能多于缴存月数", "1 point a month; not more than the months of deposits"], value: "24" },
      { path: `points.members[${i}].contribution`, type: "select", options: CONTRIBUTIONS, label: [`${whoPair[0]}社会贡献`, `${whoPair[1]}: social contribution`], hint: ["属所列群体积 2 分，并优先审批、放款", "2 points and priority approval for the listed groups"], value: "" },
      { path: `points.members[${i}].martyrRelation`, type: "select", options: MARTYR_RELATIONS, label: [`${whoPair[0]}与烈士的关系`, `${whoPair[1]}: relation to the martyr`], hint: ["仅配偶、父母、子女计分", "Only a spouse, parent or child counts"], value: "spouse", show: (w) => w.raw(`points.members[${i}].contribution`) === "martyr_family" },
    ];
    const ltv = () => this.cfg("max-loan-to-value");
    const multiple = () => this.cfg("balance-multiple");
    const capacity = () => this.cfg("max-repayment-ratio") && this.cfg("annual-rate-percent") && this.cfg("term-months");
    const pct = (x) => {
      const n = Number(x);
      return Number.isFinite(n) ? `${Math.round(n * 10000) / 100}%` : x;
    };
    return [
      { path: "maritalStatus", type: "select", options: T.married, label: T.marital, value: "married" },
      dateField(this),
      { path: "applicant.contributing", type: "checkbox", label: ["申请人在钦州正常缴存住房公积金", "The applicant contributes normally to the fund in Qinzhou"], value: true },
      { path: "applicant.scheme", type: "select", options: SCHEMES, label: ["申请人缴存方式", "Applicant: how they deposit"], value: "employed", show: (w) => w.raw("applicant.contributing") },
      { path: "spouse.contributing", type: "checkbox", label: ["配偶在钦州正常缴存住房公积金", "The spouse contributes normally to the fund in Qinzhou"], value: true, show: married },
      { path: "spouse.scheme", type: "select", options: SCHEMES, label: ["配偶缴存方式", "Spouse: how they deposit"], value: "employed", show: (w) => married(w) && w.raw("spouse.contributing") },
      this._fieldset(["申请人缴存积分（自愿缴存）", "Applicant's deposit points (voluntary deposits)"], member(0, ["申请人", "Applicant"]).map((f) => this._field(f)), vol("applicant")),
      this._fieldset(["配偶缴存积分（自愿缴存）", "Spouse's deposit points (voluntary deposits)"], member(1, ["配偶", "Spouse"]).map((f) => this._field(f)), vol("spouse")),
      {
        path: "local.housePrice", type: "money", optional: true, label: ["所购住房总价", "Price of the home"],
        placeholder: ["选填，如 600000", "optional, e.g. 600000"],
        hint: () => [`选填；贷款不超过房价的 ${pct(ltv())}（本站设置）`, `Optional; the loan may not exceed ${pct(ltv())} of the price (this site's setting)`],
        show: () => !!ltv(),
      },
      {
        path: "local.accountBalance", type: "money", optional: true, label: ["申请人公积金账户余额", "Applicant's fund account balance"],
        placeholder: ["选填，如 20000", "optional, e.g. 20000"],
        hint: () => [`选填；贷款不超过余额的 ${multiple()} 倍（本站设置）`, `Optional; the loan may not exceed ${multiple()} × the balance (this site's setting)`],
        show: () => !!multiple(),
      },
      {
        path: "local.monthlyIncome", type: "money", optional: true, label: ["家庭月收入", "Household monthly income"],
        placeholder: ["选填，如 8000", "optional, e.g. 8000"],
        hint: () => [
          `选填；月还款不超过收入的 ${pct(this.cfg("max-repayment-ratio"))}，按年利率 ${this.cfg("annual-rate-percent")}%、${this.cfg("term-months")} 个月等额本息测算（本站设置）`,
          `Optional; the payment may not exceed ${pct(this.cfg("max-repayment-ratio"))} of income, at ${this.cfg("annual-rate-percent")}% over ${this.cfg("term-months")} months, equal instalments (this site's setting)`,
        ],
        show: () => !!capacity(),
      },
    ];
  }

  get aliases() {
    return { spouse: "spouse.contributing", applicant: "applicant.contributing", points: "points.members[0].balance" };
  }

  input() {
    const v = (p) => this.v(p);
    const married = v("maritalStatus") === "married";
    const party = (who) => ({ contributing: v(`${who}.contributing`), scheme: v(`${who}.scheme`) });
    const applicant = party("applicant");
    const spouse = married ? party("spouse") : undefined;
    const isVol = (p) => p && p.contributing && p.scheme === "voluntary";
    const member = (i) => ({
      balance: v(`points.members[${i}].balance`),
      depositMonths: v(`points.members[${i}].depositMonths`),
      onTimeMonths: v(`points.members[${i}].onTimeMonths`),
      contribution: v(`points.members[${i}].contribution`) || undefined,
      martyrRelation: v(`points.members[${i}].contribution`) === "martyr_family" ? v(`points.members[${i}].martyrRelation`) : undefined,
    });
    let points;
    // members are [applicant, spouse]; an applicant who does not deposit voluntarily earns no
    // points, so a zero member keeps the spouse's points in second place.
    const none = { balance: "0", depositMonths: 0, onTimeMonths: 0 };
    const first = isVol(applicant) ? member(0) : none;
    if (isVol(applicant) || isVol(spouse)) points = { members: isVol(spouse) ? [first, member(1)] : [first] };
    const local = {};
    if (this.cfg("yuan-per-point")) local.yuanPerPoint = this.cfg("yuan-per-point");
    const price = v("local.housePrice");
    if (price !== undefined) Object.assign(local, { housePrice: price, maxLoanToValue: this.cfg("max-loan-to-value") });
    const bal = v("local.accountBalance");
    if (bal !== undefined) Object.assign(local, { accountBalance: bal, balanceMultiple: this.cfg("balance-multiple") });
    const income = v("local.monthlyIncome");
    if (income !== undefined) {
      const term = this.cfg("term-months");
      Object.assign(local, {
        monthlyIncome: income,
        maxRepaymentRatio: this.cfg("max-repayment-ratio"),
        annualRatePercent: this.cfg("annual-rate-percent"),
        termMonths: /^\d+$/.test(term) ? Number(term) : term,
      });
    }
    return {
      date: v("date"),
      maritalStatus: v("maritalStatus"),
      applicant,
      spouse,
      points,
      local: Object.keys(local).length ? local : undefined,
    };
  }

  headline(r) {
    if (!r.eligible) return [h("p", { class: "verdict", text: this.t(["不符合住房公积金贷款条件", "Not eligible for a housing fund loan"]) })];
    return [
      ...this.figure(["最高可贷额度", "Largest loan"], r.limit),
      h("p", { class: "sub binding-line" }, this.t(["起决定作用的限制：", "Limited by: "]), h("strong", { class: "binding", text: this.t(BINDING[r.binding] ?? [r.binding, r.binding]) })),
    ];
  }

  details(r) {
    const out = [];
    if (r.eligible && r.constraints?.length) {
      const firstMin = r.constraints.findIndex((c) => c.kind === r.binding && c.amount === r.limit);
      out.push(
        this.table(
          ["各项限制", "Every limit applied"],
          [["限制", "Limit"], ["金额（元）", "Amount (yuan)"]],
          r.constraints.map((c, i) => ({
            className: i === firstMin ? "binding" : undefined,
            cells: [
              i === firstMin
                ? h("span", {}, this.t(BINDING[c.kind] ?? [c.kind, c.kind]), h("span", { class: "tag", text: this.t(["决定额度", "binding"]) }))
                : this.t(BINDING[c.kind] ?? [c.kind, c.kind]),
              formatMoney(c.amount),
            ],
          })),
          { numeric: [1] },
        ),
      );
    }
    if (r.points) {
      const p = r.points;
      out.push(
        this.kv([
          [["家庭缴存积分", "Household deposit points"], `${p.household}${this.t([" 分", " points"])}${p.capped ? this.t([`（合计 ${p.householdRaw} 分，封顶 10 分）`, ` (${p.householdRaw} in all, capped at 10)`]) : ""}`],
          r.pointsAmount ? [["按积分核算的额度", "Amount from points"], this.money(r.pointsAmount)] : null,
        ]),
      );
    }
    if (r.priority) out.push(h("p", { class: "notice info", text: this.t(["属有突出贡献群体：优先审批、优先放款。", "A listed contribution group: priority approval and disbursement."]) }));
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// 租房提取 — rentWithdrawal
// ---------------------------------------------------------------------------------------------

class QzRentWithdrawal extends QzCalculator {
  static fn = "rentWithdrawal";
  static title = ["租房提取住房公积金", "Withdrawing the fund to pay rent"];
  static intro = [
    "在钦州无自有住房且租房居住的缴存人，可按月租金标准提取住房公积金支付房租（未婚/单身每月最高 800 元，已婚 1,100 元）。",
    "Depositors who own no home in Qinzhou and rent may withdraw to pay rent, up to 800 yuan a month (unmarried/single) or 1,100 (married).",
  ];

  layout() {
    const married = (w) => w.raw("maritalStatus") === "married";
    return [
      { path: "maritalStatus", type: "select", options: T.married, label: T.marital, value: "single" },
      dateField(this),
      { path: "monthlyRent", type: "money", label: ["实际月租金", "Monthly rent paid"], hint: moneyHint("按租赁合同填写", "As in the lease"), value: "1200" },
      { path: "months", type: "count", unit: T.months, label: ["本次提取月数", "Months this withdrawal covers"], hint: ["1–120 的整数", "A whole number from 1 to 120"], value: "12" },
      { path: "balances.applicant", type: "money", label: ["本人账户可用余额", "Your available account balance"], hint: moneyHint("可在公积金网上服务大厅或手机 App 查询", "See the fund's online service or app"), value: "20000" },
      { path: "balances.spouse", type: "money", optional: true, label: ["配偶账户可用余额", "Spouse's available account balance"], hint: ["选填；本人账户不足时从配偶账户提取，单位：元", "Optional; drawn on after your own account, in yuan"], value: "", show: married },
      { path: "ownsHomeInQinzhou", type: "checkbox", wide: true, label: ["本人或配偶在钦州有自有住房", "You or your spouse own a home in Qinzhou"], hint: ["以不动产登记信息为准", "As recorded in the real-estate registry"], value: false },
    ];
  }

  input() {
    const v = (p) => this.v(p);
    const married = v("maritalStatus") === "married";
    return {
      date: v("date"),
      maritalStatus: v("maritalStatus"),
      ownsHomeInQinzhou: v("ownsHomeInQinzhou"),
      monthlyRent: v("monthlyRent"),
      months: v("months"),
      balances: { applicant: v("balances.applicant"), spouse: married ? v("balances.spouse") : undefined },
    };
  }

  headline(r) {
    if (!r.eligible) return [h("p", { class: "verdict", text: this.t(["不符合租房提取条件", "Not eligible for a rent withdrawal"]) })];
    return [
      ...this.figure(["每月可提取", "A month"], r.monthlyAllowed, { wan: false }),
      h("p", { class: "sub total-line", text: this.t([`${r.months} 个月共可提取 ${this.money(r.total)}`, `${this.money(r.total)} for ${r.months} month${r.months === 1 ? "" : "s"}`]) }),
    ];
  }

  details(r) {
    if (!r.eligible) return [this.kv([[["月租金标准上限", "Monthly rent ceiling"], this.money(r.monthlyCap)]])];
    return [
      this.kv([
        [["月租金标准上限", "Monthly rent ceiling"], this.money(r.monthlyCap)],
        [["按标准可提取", "Entitlement"], this.money(r.entitlement)],
        [["从本人账户提取", "From your account"], this.money(r.fromApplicant)],
        r.fromSpouse !== "0.00" || this.raw("maritalStatus") === "married" ? [["从配偶账户提取", "From the spouse's account"], this.money(r.fromSpouse)] : null,
      ]),
    ];
  }
}

// ---------------------------------------------------------------------------------------------
// 偿还贷款本息提取 — repaymentWithdrawal
// ---------------------------------------------------------------------------------------------

class QzRepaymentWithdrawal extends QzCalculator {
  static fn = "repaymentWithdrawal";
  static title = ["偿还公积金贷款提取", "Withdrawing to repay the fund loan"];
  static intro = [
    "公积金贷款未还清期间，主借款人提取时账户须留存 3 个月的月缴存额（2023 年 1 月 1 日前为 6 个月）。",
    "While the fund loan is outstanding, the main borrower must leave 3 months of the monthly deposit in the account (6 before 1 January 2023).",
  ];

  layout() {
    return [
      { path: "balance", type: "money", label: ["主借款人账户余额", "Main borrower's account balance"], hint: moneyHint("可在公积金网上服务大厅或手机 App 查询", "See the fund's online service or app"), value: "10000" },
      { path: "monthlyDeposit", type: "money", label: ["月缴存额", "Monthly deposit"], hint: moneyHint("单位和个人每月合计缴存额", "Employer and employee together"), value: "1000" },
      { path: "amountDue", type: "money", optional: true, label: ["应还贷款本息", "Loan repayment due"], hint: ["选填；填写后提取额不超过应还金额，单位：元", "Optional; the withdrawal will not exceed it; in yuan"], value: "" },
      dateField(this),
    ];
  }

  input() {
    const v = (p) => this.v(p);
    return { date: v("date"), balance: v("balance"), monthlyDeposit: v("monthlyDeposit"), amountDue: v("amountDue") };
  }

  headline(r) {
    return this.figure(["本次可提取", "May be withdrawn"], r.withdrawable);
  }

  details(r) {
    return [
      this.kv([
        [["须留存月数", "Months to leave"], `${r.retainMonths} ${this.t(T.months)}`],
        [["须留存金额", "Amount to leave"], this.money(r.retained)],
        r.limitedByAmountDue ? [["以应还本息为限", "Limited to the amount due"], this.t(["是", "yes"])] : null,
      ]),
    ];
  }
}

// ---------------------------------------------------------------------------------------------
// 加装电梯提取 — elevatorWithdrawal
// ---------------------------------------------------------------------------------------------

const RELATIONS = [
  ["self", "本人", "Self"],
  ["spouse", "配偶", "Spouse"],
  ["parent", "父母", "Parent"],
  ["child", "子女", "Child"],
];
const relationLabel = (rel) => {
  const r = RELATIONS.find(([v]) => v === rel);
  return r ? [r[1], r[2]] : [rel, rel];
};

class QzElevatorWithdrawal extends QzCalculator {
  static fn = "elevatorWithdrawal";
  static title = ["既有住宅加装电梯提取", "Withdrawing to install a lift in an existing building"];
  static intro = [
    "自规划许可之日起 3 年内可申请提取不超过 3 次，合计不超过本家庭户分摊的费用；本人账户不足的，可提取配偶、父母、子女的住房公积金。",
    "Within 3 years of the planning permit, up to 3 withdrawals, together not more than the household's share of the cost; the spouse's, parents' and children's accounts may make up a shortfall.",
  ];

  layout() {
    this._prevRows = [];
    this._accRows = [];
    const prevBox = h("div");
    const accBox = h("div");
    this._prevBox = prevBox;
    this._accBox = accBox;
    const addPrev = h("button", { type: "button", class: "secondary small" });
    this.bind(addPrev, ["＋ 添加一次已提取记录", "+ Add an earlier withdrawal"]);
    addPrev.addEventListener("click", () => {
      this._addRow("previous", { date: "", amount: "" });
      this._prevRows.at(-1)?.first.focus();
      this.compute({ show: false });
    });
    const addAcc = h("button", { type: "button", class: "secondary small" });
    this.bind(addAcc, ["＋ 添加家庭成员账户", "+ Add a family member's account"]);
    addAcc.addEventListener("click", () => {
      this._addRow("accounts", { relation: "spouse", balance: "" });
      this._accRows.at(-1)?.first.focus();
      this.compute({ show: false });
    });
    this._addPrev = addPrev;
    const prevNote = h("p", { class: "hint" });
    this.bind(prevNote, ["同一部电梯此前已提取的记录；首次申请不填。", "Earlier withdrawals for the same lift; none for a first application."]);
    const accNote = h("p", { class: "hint" });
    this.bind(accNote, ["按本人、配偶、父母、子女的顺序提取。", "Drawn in the order: self, spouse, parents, children."]);
    const built = [
      { path: "permitDate", type: "date", label: ["规划许可（批准）日期", "Date of the planning permit (approval)"], hint: ["3 年申请期限自该日起算", "The 3-year window starts on this day"], value: () => yearsBefore(this.date, 1) },
      { path: "applicationDate", type: "date", label: ["本次申请日期", "Date of this application"], value: () => this.date },
      { path: "entitlement", type: "money", wide: true, label: ["本家庭户可提取额度", "The household's withdrawable amount"], hint: moneyHint("即本户分摊的加装电梯费用", "The household's share of the cost"), value: "30000" },
    ];
    const legendPrev = ["已提取记录", "Earlier withdrawals"];
    const legendAcc = ["可提取的账户", "Accounts to draw on"];
    const fsPrev = this._fieldset(legendPrev, [h("div", { class: "wide" }, prevNote, prevBox, addPrev)]);
    const fsAcc = this._fieldset(legendAcc, [h("div", { class: "wide" }, accNote, accBox, addAcc)]);
    return [...built, fsPrev, fsAcc];
  }

  afterBuild() {
    this.onReset();
  }

  onReset() {
    for (const r of [...this._prevRows, ...this._accRows]) this._dropRecords(r);
    this._prevRows = [];
    this._accRows = [];
    this._prevBox.replaceChildren();
    this._accBox.replaceChildren();
    this._addRow("accounts", { relation: "self", balance: "35000" }, true);
    this._updateVisibility();
  }

  _dropRecords(row) {
    for (const p of row.paths) this._fields.delete(p);
  }

  /** Adds a row of the `previous` or `accounts` list; rows are renumbered on removal. */
  _addRow(list, values, silent = false) {
    const rows = list === "previous" ? this._prevRows : this._accRows;
    if (list === "previous" && rows.length >= 2) return; // a 3rd earlier one would make this the 4th
    const box = list === "previous" ? this._prevBox : this._accBox;
    const i = rows.length;
    const specs =
      list === "previous"
        ? [
            { path: `previous[${i}].date`, type: "date", label: [`第 ${i + 1} 次提取日期`, `Withdrawal ${i + 1}: date`], value: values.date },
            { path: `previous[${i}].amount`, type: "money", label: [`第 ${i + 1} 次提取金额`, `Withdrawal ${i + 1}: amount`], value: values.amount },
          ]
        : [
            { path: `accounts[${i}].relation`, type: "select", options: RELATIONS, label: [`账户 ${i + 1}：账户所有人`, `Account ${i + 1}: whose`], value: values.relation },
            { path: `accounts[${i}].balance`, type: "money", label: [`账户 ${i + 1}：可用余额`, `Account ${i + 1}: available balance`], value: values.balance },
          ];
    const fields = h("div", { class: "fields" }, specs.map((sp) => this._field(sp)));
    const head = h("div", { class: "row-head" });
    const rowEl = h("div", { class: "row" }, fields);
    const row = { el: rowEl, paths: specs.map((sp) => sp.path), first: this._fields.get(specs[0].path).input };
    if (!(list === "accounts" && i === 0)) {
      const rm = h("button", { type: "button", class: "secondary small" });
      this.bind(rm, ["删除", "Remove"]);
      this.bind(rm, list === "previous" ? [`删除第 ${i + 1} 次提取记录`, `Remove withdrawal ${i + 1}`] : [`删除账户 ${i + 1}`, `Remove account ${i + 1}`], "aria-label");
      rm.addEventListener("click", () => this._removeRow(list, row));
      head.append(rm);
      rowEl.append(head);
    }
    rows.push(row);
    box.append(rowEl);
    if (list === "previous") this._addPrev.hidden = rows.length >= 2;
    if (!silent) this._updateVisibility();
  }

  _removeRow(list, row) {
    const rows = list === "previous" ? this._prevRows : this._accRows;
    const values = rows
      .filter((r) => r !== row)
      .map((r) => {
        const [a, b] = r.paths.map((p) => this._fields.get(p).input.value);
        return list === "previous" ? { date: a, amount: b } : { relation: a, balance: b };
      });
    for (const r of rows) this._dropRecords(r);
    rows.length = 0;
    (list === "previous" ? this._prevBox : this._accBox).replaceChildren();
    for (const v of values) this._addRow(list, v, true);
    if (list === "previous") this._addPrev.hidden = rows.length >= 2;
    (list === "previous" ? this._addPrev : rows.at(-1)?.first)?.focus();
    this.compute({ show: this._errorShown });
  }

  input() {
    const v = (p) => this.v(p);
    return {
      permitDate: v("permitDate"),
      applicationDate: v("applicationDate"),
      entitlement: v("entitlement"),
      previous: this._prevRows.map((_, i) => ({ date: v(`previous[${i}].date`), amount: v(`previous[${i}].amount`) })),
      accounts: this._accRows.map((_, i) => ({ relation: v(`accounts[${i}].relation`), balance: v(`accounts[${i}].balance`) })),
    };
  }

  headline(r) {
    if (!r.eligible) return [h("p", { class: "verdict", text: this.t(["本次不能申请加装电梯提取", "This application cannot be made"]) })];
    const n = r.applicationNumber;
    return [
      ...this.figure(["本次可提取", "May be withdrawn now"], r.covered),
      h("p", { class: "sub", text: this.t([`第 ${n} 次申请，之后还可申请 ${r.applicationsLeft} 次`, `Application ${n} of 3; ${r.applicationsLeft} more possible after it`]) }),
    ];
  }

  details(r) {
    const out = [
      this.kv([
        r.windowEnds ? [["申请期限截至", "Window ends on"], r.windowEnds] : null,
        [["剩余可提取额度", "Remaining household amount"], this.money(r.remainingEntitlement)],
        r.uncovered && r.uncovered !== "0.00" ? [["账户余额不足部分", "Not covered by the accounts"], this.money(r.uncovered)] : null,
      ]),
    ];
    if (r.eligible && r.allocation?.length) {
      out.push(
        this.table(
          ["从各账户提取", "Drawn from each account"],
          [["账户", "Account"], ["金额（元）", "Amount (yuan)"]],
          r.allocation.map((a) => [`${this.t(relationLabel(a.relation))}${a.account !== undefined ? this.t([`（账户 ${a.account + 1}）`, ` (account ${a.account + 1})`]) : ""}`, formatMoney(a.amount)]),
          { numeric: [1] },
        ),
      );
    }
    if (r.documents?.length) {
      out.push(
        h(
          "div",
          { class: "notice info" },
          h("p", { text: this.t(["申请时请提供", "Bring these documents"]) }),
          h("ul", { class: "docs" }, r.documents.map((d) => h("li", { text: typeof d === "string" ? d : this.language === "en" ? d.en : d.zh }))),
        ),
      );
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// 还款计划 — repaymentSchedule
// ---------------------------------------------------------------------------------------------

const METHODS = [
  ["equal_installment", "等额本息（每月还款额相同）", "Equal instalments (same payment every month)"],
  ["equal_principal", "等额本金（每月本金相同，逐月递减）", "Equal principal (payments decrease)"],
];

class QzRepaymentSchedule extends QzCalculator {
  static fn = "repaymentSchedule";
  static title = ["公积金贷款还款计划", "Fund loan repayment plan"];
  static intro = [
    "按等额本息或等额本金计算每月还款额、利息总额，并逐年列出本金和利息。",
    "Monthly payments, total interest and the year-by-year split of principal and interest, for equal instalments or equal principal.",
  ];

  layout() {
    return [
      { path: "principal", type: "money", label: ["贷款金额", "Loan amount"], hint: moneyHint("不超过可贷额度", "Up to your loan limit"), value: "300000" },
      { path: "method", type: "select", options: METHODS, label: ["还款方式", "Repayment method"], value: "equal_installment" },
      {
        path: "annualRatePercent", type: "rate", unit: ["%", "%"], label: ["年利率", "Annual interest rate"],
        optional: true,
        value: () => this.cfg("annual-rate-percent") ?? "",
        placeholder: ["留空按期限取默认利率", "empty: the default for the term"],
        hint: () =>
          this.cfg("annual-rate-percent")
            ? ["本站设置的利率，可修改", "This site's rate; you may change it"]
            : ["留空时按中国人民银行首套住房公积金贷款利率（2022-10-01 起）：5 年及以下 2.6%，5 年以上 3.1%；可填写其他利率", "When empty, the People's Bank of China first-home fund loan rate (from 2022-10-01): 2.6% up to 5 years, 3.1% over; you may enter another rate"],
      },
      { path: "termMonths", type: "count", unit: T.months, label: ["贷款期限", "Term"], hint: ["1–600 个月，如 30 年填 360", "1–600 months; 30 years is 360"], value: () => this.cfg("term-months") ?? "360" },
    ];
  }

  input() {
    const v = (p) => this.v(p);
    return { principal: v("principal"), annualRatePercent: v("annualRatePercent"), termMonths: v("termMonths"), method: v("method") };
  }

  headline(r) {
    const equal = this.raw("method") === "equal_installment";
    return [
      ...this.figure(equal ? ["每月还款", "Monthly payment"] : ["首月还款", "First month's payment"], r.firstPayment, { wan: false }),
      r.lastPayment && r.lastPayment !== r.firstPayment
        ? h("p", { class: "sub", text: this.t([`末期还款 ${this.money(r.lastPayment)}`, `Last payment ${this.money(r.lastPayment)}`]) })
        : null,
    ].filter(Boolean);
  }

  /** Sums the schedule by year (12 periods each), exactly in fen. */
  years(schedule) {
    const years = [];
    for (const row of schedule) {
      const y = Math.floor((row.period - 1) / 12);
      years[y] ??= { year: y + 1, payment: 0n, principal: 0n, interest: 0n, remaining: "0.00" };
      years[y].payment += toFen(row.payment) ?? 0n;
      years[y].principal += toFen(row.principal) ?? 0n;
      years[y].interest += toFen(row.interest) ?? 0n;
      years[y].remaining = row.remaining;
    }
    return years;
  }

  details(r) {
    const out = [
      this.kv([
        [["利息总额", "Total interest"], this.money(r.totalInterest)],
        [["还款总额", "Total repaid"], this.money(r.totalPayment)],
        [["还款期数", "Payments"], `${r.schedule?.length ?? 0} ${this.t(["期", ""])}`.trim()],
      ]),
    ];
    if (!r.schedule?.length) return out;
    const years = this.years(r.schedule);
    out.push(this.chart(years));
    out.push(
      h(
        "details",
        { class: "year-table" },
        h("summary", { text: this.t(["逐年还款明细", "Year by year"]) }),
        this.table(
          null,
          [["年度", "Year"], ["还款额", "Paid"], ["其中本金", "Principal"], ["其中利息", "Interest"], ["年末剩余本金", "Owed at year end"]],
          years.map((y) => [this.t([`第 ${y.year} 年`, `Year ${y.year}`]), formatMoney(fenText(y.payment)), formatMoney(fenText(y.principal)), formatMoney(fenText(y.interest)), formatMoney(y.remaining)]),
          { numeric: [1, 2, 3, 4] },
        ),
      ),
    );
    return out;
  }

  /** Stacked bars per year: principal (blue) under interest (orange). */
  chart(years) {
    const W = this.chartWidth();
    const H = 300;
    const left = 44;
    const right = 10;
    const top = 24;
    const bottom = 34;
    const plotW = W - left - right;
    const plotH = H - top - bottom;
    const max = years.reduce((m, y) => (y.payment > m ? y.payment : m), 1n);
    // A round axis maximum: 1, 2 or 5 × 10^k yuan.
    const maxYuan = Number(max) / 100;
    const mag = 10 ** Math.floor(Math.log10(maxYuan || 1));
    const top1 = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((m) => m >= maxYuan) ?? maxYuan;
    const scale = (yuan) => (yuan / top1) * plotH;
    const titleId = `${this._id}-chart-title`;
    const descId = `${this._id}-chart-desc`;
    const first = years[0];
    const last = years.at(-1);
    const svg = s(
      "svg",
      { class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-labelledby": `${titleId} ${descId}` },
      s("title", { id: titleId }, this.t(["每年还款中的本金与利息", "Principal and interest paid each year"])),
      s(
        "desc",
        { id: descId },
        this.t([
          `共 ${years.length} 年。第 1 年本金 ${formatMoney(fenText(first.principal))} 元、利息 ${formatMoney(fenText(first.interest))} 元；最后一年本金 ${formatMoney(fenText(last.principal))} 元、利息 ${formatMoney(fenText(last.interest))} 元。明细见逐年还款表。`,
          `${years.length} years. Year 1: principal ${formatMoney(fenText(first.principal))}, interest ${formatMoney(fenText(first.interest))} yuan; last year: principal ${formatMoney(fenText(last.principal))}, interest ${formatMoney(fenText(last.interest))} yuan. See the year-by-year table.`,
        ]),
      ),
    );
    for (let i = 0; i <= 4; i++) {
      const val = (top1 * i) / 4;
      const y = top + plotH - scale(val);
      svg.append(s("line", { x1: left, x2: W - right, y1: y, y2: y, stroke: i === 0 ? "#8593a3" : "#e1e7ee", "stroke-width": 1 }));
      const text =
        this.language === "en"
          ? val >= 1000 ? `${+(val / 1000).toFixed(1)}k` : String(val)
          : val >= 10000 ? `${+(val / 10000).toFixed(2)}万` : String(val);
      svg.append(s("text", { x: left - 6, y: y + 4, "text-anchor": "end" }, text));
    }
    const n = years.length;
    const slot = plotW / n;
    const bw = Math.max(2, Math.min(28, slot * 0.72));
    const step = n <= 12 ? 1 : n <= 25 ? 2 : 5;
    years.forEach((yr, i) => {
      const x = left + i * slot + (slot - bw) / 2;
      const pH = scale(Number(yr.principal) / 100);
      const iH = scale(Number(yr.interest) / 100);
      const base = top + plotH;
      svg.append(s("rect", { x, y: base - pH, width: bw, height: Math.max(0, pH), fill: "#0b5cad" }));
      svg.append(s("rect", { x, y: base - pH - iH, width: bw, height: Math.max(0, iH), fill: "#f08c2e" }));
      if ((i + 1) % step === 0 || i === 0) {
        svg.append(s("text", { x: x + bw / 2, y: base + 16, "text-anchor": "middle" }, String(yr.year)));
      }
    });
    svg.append(s("text", { x: left + plotW / 2, y: H - 4, "text-anchor": "middle", class: "big" }, this.t(["年度", "Year"])));
    svg.append(s("text", { x: 4, y: 10, class: "big" }, this.t(["元", "yuan"])));
    const legend = h(
      "ul",
      { class: "legend", "aria-hidden": "true" },
      h("li", {}, h("span", { class: "swatch sw-principal" }), this.t(["本金", "Principal"])),
      h("li", {}, h("span", { class: "swatch sw-interest" }), this.t(["利息", "Interest"])),
    );
    return h("figure", { class: "chart-box" }, svg, legend);
  }
}

// ---------------------------------------------------------------------------------------------
// 托位测算 — childcarePlaces
// ---------------------------------------------------------------------------------------------

const PROJECT_SCOPES = [
  ["gazette", "计入全部 6 个规划项目（1,300 个托位）", "All 6 planned projects (1,300 places)"],
  ["none", "不计入规划项目", "No planned projects"],
  ["灵山县", "仅灵山县项目", "Lingshan county only"],
  ["浦北县", "仅浦北县项目", "Pubei county only"],
  ["钦南区", "仅钦南区项目", "Qinnan district only"],
  ["钦北区", "仅钦北区项目", "Qinbei district only"],
];

class QzChildcarePlaces extends QzCalculator {
  static fn = "childcarePlaces";
  static title = ["婴幼儿托位测算", "Childcare places for children under 3"];
  static intro = [
    "钦政办〔2023〕3号：到 2025 年每千人口拥有 3 岁以下婴幼儿托位数达到 4.5 个。输入人口和现有托位，看距离目标还差多少。",
    "钦政办〔2023〕3号: 4.5 places for children under 3 per 1,000 population by 2025. Enter the population and existing places to see the gap.",
  ];

  layout() {
    return [
      { path: "population", type: "count", unit: ["人", "people"], label: ["常住人口", "Resident population"], hint: ["默认：第七次全国人口普查钦州市常住人口", "Default: Qinzhou's 2020 census resident population"], value: "3302238" },
      { path: "places", type: "count", unit: ["个", "places"], label: ["现有托位数", "Existing places"], hint: ["默认：2020 年末全市托位数（公报）", "Default: places at the end of 2020 (gazette)"], value: "4613" },
      { path: "projects", type: "select", options: PROJECT_SCOPES, label: ["计入的规划项目（附件3）", "Planned projects to count (Annex 3)"], value: "gazette" },
      { path: "planned", type: "count", unit: ["个", "places"], optional: true, label: ["其他规划新增托位", "Other planned places"], hint: ["选填", "Optional"], value: "" },
      { path: "targetPerThousand", type: "rate", unit: ["个/千人", "per 1,000"], label: ["目标（每千人口托位数）", "Target (places per 1,000 people)"], hint: ["规划目标 4.5", "The plan's target is 4.5"], value: "4.5" },
    ];
  }

  input() {
    const v = (p) => this.v(p);
    return { population: v("population"), places: v("places"), targetPerThousand: v("targetPerThousand"), planned: v("planned"), projects: v("projects") };
  }

  headline(r) {
    const target = String(r.target);
    const metAfter = r.metAfterPlanned ?? r.gapAfterPlanned === 0;
    const shortNow = Math.max(0, r.required - Number(this.v("places")));
    return [
      h("p", { class: "label", text: this.t(["每千人口托位数", "Places per 1,000 people"]) }),
      h("p", { class: "amount" }, r.perThousand, " ", h("span", { class: "yuan", text: this.t([`个（目标 ${target}）`, ` (target ${target})`]) })),
      h("p", {
        class: `verdict ${r.met ? "ok" : ""}`,
        text: r.met
          ? this.t(["已达到目标", "The target is met"])
          : this.t([`现有托位还差 ${formatCount(shortNow)} 个${metAfter ? "；规划建成后可达标" : `；计入规划后仍差 ${formatCount(r.gapAfterPlanned)} 个`}`, `${formatCount(shortNow)} places short today${metAfter ? "; met once the plans are built" : `; ${formatCount(r.gapAfterPlanned)} short even with the plans`}`]),
      }),
    ];
  }

  details(r) {
    const population = Number(this.v("population"));
    const places = Number(this.v("places"));
    const out = [
      this.kv([
        [["达到目标所需托位", "Places needed for the target"], formatCount(r.required)],
        [["现有托位", "Existing places"], formatCount(places)],
        [["规划新增托位", "Planned places"], formatCount(r.plannedPlaces)],
        [["扣除现有托位后的缺口", "Gap after existing places"], formatCount(Math.max(0, r.required - places))],
        [["计入全部规划后的缺口", "Gap after all planned places"], formatCount(r.gapAfterPlanned)],
      ]),
      this.bars(places, r.plannedPlaces, r.required, String(r.target), population),
    ];
    if (r.projects?.length) {
      out.push(
        h(
          "details",
          { class: "project-box" },
          h("summary", { text: this.t([`计入的规划项目（${r.projects.length} 个，钦政办〔2023〕3号 附件3 二）`, `Projects counted (${r.projects.length}; 钦政办〔2023〕3号, Annex 3 II)`]) }),
          h(
            "ul",
            { class: "projects" },
            r.projects.map((p) =>
              h(
                "li",
                {},
                h("strong", { text: p.name }),
                h("span", {
                  class: "meta",
                  text: this.t([
                    `${p.county} · ${formatCount(p.places)} 个托位 · ${p.years} 年 · 总投资 ${formatCount(p.investmentWan ?? p.investment ?? "")} 万元 · ${p.owner}`,
                    `${p.county} · ${formatCount(p.places)} places · ${p.years} · investment ${formatCount(p.investmentWan ?? p.investment ?? "")} × 10,000 yuan · ${p.owner}`,
                  ]),
                }),
              ),
            ),
          ),
        ),
      );
    }
    const g = r.gazette;
    if (g) {
      out.push(
        h(
          "div",
          { class: "gazette" },
          h("h3", { text: this.t(["公报中的数字", "The gazette's own figures"]) }),
          this.kv([
            [["2020 年末托位", "Places, end of 2020"], formatCount(g.places2020)],
            [["全市每千人口托位（自治区水平）", "Per 1,000 in Qinzhou (the region's level)"], `${g.perThousand2020}（${g.regionPerThousand}）`],
            [["2025 年需托位", "Needed by 2025"], `≈${formatCount(g.need2025Total)}`],
            [["其中新增", "Of which new"], `≈${formatCount(g.need2025New)}`],
          ]),
        ),
      );
    }
    return out;
  }

  /** Existing / existing + planned / required bars, with the target line. */
  bars(places, planned, required, target, population) {
    const W = this.chartWidth();
    const rowH = 46;
    const left = 8;
    const right = 8;
    const top = 22;
    const rows = [
      { label: ["现有托位", "Existing"], value: places, fill: "#0b5cad" },
      { label: ["现有＋规划", "Existing + planned"], value: places + planned, fill: "#5b9bd5" },
      { label: [`目标所需`, `Needed for the target`], value: required, fill: "#9aa6b2" },
    ];
    const max = Math.max(required, places + planned, 1) * 1.02;
    const plotW = W - left - right;
    const H = top + rows.length * rowH + 6;
    const per = (n) => (population > 0 ? ((n / population) * 1000).toFixed(2) : "–");
    const titleId = `${this._id}-bars-title`;
    const svg = s(
      "svg",
      { class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-labelledby": titleId },
      s(
        "title",
        { id: titleId },
        this.t([
          `托位对比：现有 ${formatCount(places)} 个，加上规划 ${formatCount(places + planned)} 个，达到目标需要 ${formatCount(required)} 个`,
          `Places: ${formatCount(places)} existing, ${formatCount(places + planned)} with the plans, ${formatCount(required)} needed for the target`,
        ]),
      ),
    );
    rows.forEach((row, i) => {
      const y = top + i * rowH;
      const w = (row.value / max) * plotW;
      const caption = this.t([
        `${row.label[0]}：${formatCount(row.value)} 个（每千人 ${per(row.value)}）`,
        `${row.label[1]}: ${formatCount(row.value)} (${per(row.value)}/1,000)`,
      ]);
      svg.append(s("text", { x: left, y: y - 4, class: "big" }, caption));
      svg.append(s("rect", { x: left, y, width: plotW, height: 18, rx: 4, fill: "#eef2f6" }));
      svg.append(s("rect", { x: left, y, width: Math.max(1, w), height: 18, rx: 4, fill: row.fill }));
    });
    const tx = left + (required / max) * plotW;
    const lastBar = top + (rows.length - 1) * rowH + 18;
    svg.append(s("line", { x1: tx, x2: tx, y1: top - 2, y2: lastBar + 4, stroke: "#b3261e", "stroke-width": 2, "stroke-dasharray": "5 4" }));
    svg.append(s("text", { x: tx - 4, y: lastBar + 20, "text-anchor": "end", fill: "#b3261e" }, this.t([`目标：每千人 ${target} 个`, `Target: ${target} per 1,000`])));
    return h("figure", { class: "chart-box" }, svg);
  }
}

// ---------------------------------------------------------------------------------------------
// Registration
// ---------------------------------------------------------------------------------------------

const ELEMENTS = {
  "qz-loan-limit": QzLoanLimit,
  "qz-rent-withdrawal": QzRentWithdrawal,
  "qz-childcare-places": QzChildcarePlaces,
  "qz-repayment-withdrawal": QzRepaymentWithdrawal,
  "qz-elevator-withdrawal": QzElevatorWithdrawal,
  "qz-repayment-schedule": QzRepaymentSchedule,
};
for (const [name, cls] of Object.entries(ELEMENTS)) {
  if (!customElements.get(name)) customElements.define(name, cls);
}

export { QzLoanLimit, QzRentWithdrawal, QzChildcarePlaces, QzRepaymentWithdrawal, QzElevatorWithdrawal, QzRepaymentSchedule };
