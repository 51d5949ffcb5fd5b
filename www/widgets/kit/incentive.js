// The base of the 一县一业 incentive widgets (<qz-introducer-reward>, <qz-enterprise-reward>,
// <qz-employment-subsidy>): one element offers two or three calculators of the incentives module,
// chosen by its first control, each with its own fields. Only these widgets import this file, so
// the housing-fund pages do not carry it.
//
// Each calculator's fields have paths under its function's name ("introducerReward.landingDate"),
// so two calculators may share a field name; the input sent is the chosen calculator's part, and
// an error's field is the API's path (without the prefix) in qz-invalid, as in the other widgets.
import { QzCalculator } from "./element.js";
import { h } from "./dom.js";
import { today } from "./format.js";

const tables = new WeakMap();
/** A module's policy parameters by id (each module once). */
function tableOf(pkg) {
  if (!tables.has(pkg)) {
    const map = new Map();
    for (const p of pkg.policyParameters()) map.set(p.id, [...(map.get(p.id) ?? []), p]);
    tables.set(pkg, map);
  }
  return tables.get(pkg);
}

export const COUNTIES = [
  ["lingshan", "灵山县", "Lingshan County"],
  ["pubei", "浦北县", "Pubei County"],
  ["qinnan", "钦南区", "Qinnan District"],
  ["qinbei", "钦北区", "Qinbei District"],
  ["other", "其他县区", "Another county or district"],
];
export const INDUSTRIES = [
  ["chenpi", "陈皮产业", "Chenpi (dried tangerine peel)"],
  ["toys_apparel", "玩具制造和服装纺织产业", "Toys, clothing and textiles"],
  ["timber_furniture", "木材加工和高端家居产业", "Timber processing and high-end furniture"],
  ["chemicals", "化工及关联产业", "Chemicals and related industries"],
  ["other", "其他产业", "Another industry"],
];
const PAYERS = {
  tax_level_finance: ["企业税收入库的同级财政", "The finance of the level where the enterprise pays its tax"],
  city_finance: ["市财政", "The city's finance"],
  free_trade_zone: ["自贸区钦州港片区", "The Qinzhou Port Area of the Free Trade Zone"],
};
/** A [zh, en] pair for an enum value from a list of [value, zh, en]; the value itself if unknown. */
export const labelOf = (list, value) => {
  const row = list.find(([v]) => v === value);
  return row ? [row[1], row[2]] : [String(value), String(value)];
};

export class QzIncentiveCalculator extends QzCalculator {
  static attributes = [...QzCalculator.attributes, ["calculator", "calculator", "string"]];
  static disclaimer = [
    "计算结果仅供参考，是否给予及金额以主管部门审核、兑现为准。",
    "For reference only; the responsible department decides whether and how much is paid.",
  ];
  /** The parameter whose dates are the plan's period (every D parameter has the same). */
  static periodParam = "yxyy.introducer.rate";
  /**
   * The calculators offered: [{ fn, label: [zh, en], fields(w): specs and nodes (paths without
   * the prefix), input?(input, w), headline(r, w), details(r, w) }]; subclasses set it.
   */
  static calculators = [];
  /** The first calculator: the module loaded is its group's (every one is in `incentives`). */
  static get fn() {
    return this.calculators[0].fn;
  }
  /** Every function the element may call. */
  static get fns() {
    return this.calculators.map((c) => c.fn);
  }

  /** The chosen calculator's function name: the first control, else the calculator attribute. */
  get kind() {
    const fns = this.constructor.fns;
    const chosen = this._fields.get("calculator")?.input.value ?? this.cfg("calculator");
    return fns.includes(chosen) ? chosen : fns[0];
  }

  /**
   * A policy parameter from this element's own module (the incentives module): the version in
   * force on `date`, else the latest. Not the page's shared table, which is the first module's
   * loaded: beside every housing-fund element (the all-in-one module) it has no incentive
   * parameter.
   */
  param(id, { date = today() } = {}) {
    const list = tableOf(this._pkg).get(id) ?? [];
    const entry = list.find((p) => (!p.effectiveFrom || p.effectiveFrom <= date) && (!p.effectiveTo || date <= p.effectiveTo)) ?? list[list.length - 1];
    if (!entry) console.error(`qz-widgets: no policy parameter ${id}`);
    return entry ?? { value: "?", effectiveFrom: "?" };
  }

  /** The plan's period [from, to] as the parameter table dates it. */
  get period() {
    const p = this.param(this.constructor.periodParam);
    return [p.effectiveFrom, p.effectiveTo];
  }

  /** The default qualifying day: the date attribute (else today), kept within the plan's period. */
  get policyDay() {
    const [from, to] = this.period;
    const d = this.effectiveDate;
    if (to && d > to) return to;
    if (from && d < from) return from;
    return d;
  }

  /** A date field of the plan (the qualifying date): defaults to policyDay. */
  dayField(path, label, extra = {}) {
    return {
      path,
      type: "date",
      label,
      hint: () => {
        const [from, to] = this.period;
        return [`本方案期限为 ${from} 至 ${to}`, `The plan runs from ${from} to ${to}`];
      },
      value: () => this.policyDay,
      followsDate: true,
      ...extra,
    };
  }

  /** A year field of the plan (2023 to 2025 as the parameter table dates it). */
  yearField(path, label) {
    const [from, to] = this.period.map((d) => String(d).slice(0, 4));
    return {
      path,
      type: "count",
      min: from,
      max: to,
      label,
      hint: [`${from} 到 ${to} 年`, `${from} to ${to}`],
      value: () => this.policyDay.slice(0, 4),
      example: to,
      followsDate: true,
    };
  }

  layout() {
    const cls = this.constructor;
    const items = [
      {
        path: "calculator",
        type: "select",
        wide: true,
        label: cls.chooser,
        options: cls.calculators.map((c) => [c.fn, ...c.label]),
      },
    ];
    for (const c of cls.calculators) {
      const fields = c.fields(this).map((item) => (item instanceof Node ? item : this._field({ ...item, path: `${c.fn}.${item.path}` })));
      items.push(this._fieldset(c.label, fields, (w) => w.kind === c.fn));
    }
    return items;
  }

  afterBuild() {
    // The calculator the site chose (calculator attribute), then the chosen one's function.
    this._fields.get("calculator").input.value = this._siteChoice();
    this._resultFn = new WeakMap();
    this._fn = (input) => {
      const fn = this.kind;
      const r = this._pkg[fn](input);
      if (r && typeof r === "object") this._resultFn.set(r, fn);
      return r;
    };
  }

  /** The calculator attribute when it names one of the element's, else the first. */
  _siteChoice() {
    const fns = this.constructor.fns;
    return fns.includes(this.cfg("calculator")) ? this.cfg("calculator") : fns[0];
  }

  onReset() {
    this._fields.get("calculator").input.value = this._siteChoice();
    for (const list of this._lists ?? []) list.reset();
  }

  /** The date attribute moved: so do the qualifying dates and years that follow it. */
  onDateChanged() {
    for (const rec of this._fields.values()) {
      if (rec.spec.followsDate) rec.input.value = rec.spec.value();
    }
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === "calculator" && this._form && oldValue !== newValue && this.constructor.fns.includes(newValue)) {
      this._fields.get("calculator").input.value = newValue;
    }
    super.attributeChangedCallback(name, oldValue, newValue);
  }

  /** The chosen calculator's part of the fields, with what it adds (site settings, numbers). */
  toInput() {
    const all = super.toInput();
    const c = this.constructor.calculators.find((x) => x.fn === this.kind);
    const input = all[c.fn] ?? {};
    return c.input ? c.input(input, this) : input;
  }

  /** The form's own errors name the API's field, as the library's do. */
  precheck() {
    const prefix = `${this.kind}.`;
    return super.precheck().map((e) => (e.field?.startsWith(prefix) ? { ...e, field: e.field.slice(prefix.length) } : e));
  }

  /** The field of an error: the API's path is under the chosen calculator's prefix. */
  _fieldFor(path) {
    if (!path) return null;
    return super._fieldFor(path === "calculator" || path.startsWith(`${this.kind}.`) ? path : `${this.kind}.${path}`);
  }

  /** A site setting the library refused (settings.*) is the site's to fix, as local.* elsewhere. */
  _showErrors(errors, focus) {
    super._showErrors(errors.map((e) => (e.field?.startsWith("settings.") ? { ...e, field: `local.${e.field}` } : e)), focus);
  }

  /**
   * A condition's step carries "true" or "false" as its value: its words already say whether it
   * holds, so no "= true" under them.
   */
  adjustStep(st) {
    return st.value === "true" || st.value === "false" ? { ...st, value: undefined } : st;
  }

  /** The calculator that computed `r` (the choice may have moved since). */
  _calcOf(r) {
    const fn = this._resultFn?.get(r) ?? this.kind;
    return this.constructor.calculators.find((c) => c.fn === fn);
  }

  headline(r) {
    return this._calcOf(r).headline(r, this);
  }

  details(r) {
    const c = this._calcOf(r);
    const out = [...(c.details?.(r, this) ?? [])];
    if (r.payer !== undefined) {
      const payer = r.payer ? (PAYERS[r.payer] ?? [r.payer, r.payer]) : ["公报未规定", "The gazette does not say"];
      const row = this.kv([[["资金承担", "Who pays"], payer]]);
      // In the calculator's own list of figures when it has one.
      const dl = out.find((n) => n?.matches?.("dl.kv"));
      if (dl) dl.append(...row.children);
      else out.push(row);
    }
    return out;
  }

  /**
   * An editable list of rows (city rewards, workers): an add button, a remove button per row,
   * each labelled with the row's number; focus moves to the new row's first field, and after a
   * removal to the row before (or the add button). `specs(i, values)` gives a row's field specs
   * with full paths (a removal renumbers the rows, keeping their values). Returns the list's
   * fieldset (its legend, a note, the rows, then the add button), for a calculator's fields.
   */
  listEditor({ legend, add, remove, specs, initial = [], min = 0, note }) {
    const rows = [];
    const box = h("div");
    const addBtn = this.bind(h("button", { type: "button", class: "secondary small", part: "button" }), add);
    const addRow = (values) => {
      const i = rows.length;
      const list = specs(i, values);
      const el = h("div", { class: "row" }, h("div", { class: "fields" }, list.map((sp) => this._field(sp))));
      const row = { el, paths: list.map((sp) => sp.path), first: this._fields.get(list[0].path).input };
      if (i >= min) {
        const rm = this.bind(h("button", { type: "button", class: "secondary small", part: "button" }), ["删除", "Remove"]);
        this.bind(rm, remove(i), "aria-label");
        rm.addEventListener("click", () => removeRow(row));
        el.append(h("div", { class: "row-head" }, rm));
      }
      rows.push(row);
      box.append(el);
    };
    const values = (row) => Object.fromEntries(row.paths.map((p) => [p.replace(/^.*\]\./, ""), this.raw(p)]));
    const rebuild = (list) => {
      for (const r of rows) for (const p of r.paths) this._fields.delete(p);
      rows.length = 0;
      box.replaceChildren();
      for (const v of list) addRow(v);
      this._updateVisibility();
    };
    const removeRow = (row) => {
      const i = rows.indexOf(row);
      rebuild(rows.filter((r) => r !== row).map(values));
      (rows[Math.min(i, rows.length - 1)]?.first ?? addBtn).focus();
      this.compute({ show: this._errorShown });
    };
    addBtn.addEventListener("click", () => {
      addRow({});
      this._updateVisibility();
      rows[rows.length - 1].first.focus();
      this.compute({ show: false });
    });
    const editor = { rows, addBtn, reset: () => rebuild(initial) };
    (this._lists ??= []).push(editor);
    editor.reset();
    return h("fieldset", {}, this.bind(h("legend"), legend), note ? this.bind(h("p", { class: "hint" }), note) : null, box, addBtn);
  }
}
