// The form: fields built from specs, their values as the API wants them, the form's own check
// of what was typed (before the library sees it), and errors shown at their field.
import { h } from "./dom.js";
import { T } from "./labels.js";
import { readNumber, decimals, compareDecimal, formatMoney, formatCount } from "./format.js";

let uid = 0;

// The library's own input limits (src/money.rs MAX_AMOUNT_YUAN, src/number.rs MAX_COUNT,
// src/area.rs MAX_SQUARE_METRES, the 6 integer digits of a rate): checked here too, so the
// message names the field and says the limit.
const LIMITS = { money: "1000000000000", count: "10000000000", area: "100000", rate: "999999.9999999999" };
const NUMBER_TYPES = ["money", "count", "rate"];

/** How a number field reads units: money (万, 元), months (年, 个月), percent (%), area (㎡), number. */
function kindOf(spec) {
  if (spec.kind) return spec.kind;
  if (spec.type === "money") return "money";
  const unit = spec.unit?.[0];
  if (unit === T.months[0]) return "months";
  if (unit === "%") return "percent";
  if (unit === "平方米") return "area";
  return "number";
}

export const formMethods = {
  /** A field record from a spec; returns the row element. */
  _field(spec) {
    const id = `${this._id}-f${++uid}`;
    const hintId = `${id}-hint`;
    const errId = `${id}-err`;
    const row = h("div", { class: `field${spec.wide ? " wide" : ""}`, part: "field" });
    const hint = h("p", { class: "hint", id: hintId, part: "hint" });
    if (spec.hint) this.bind(hint, spec.hint);
    const error = h("p", { class: "error", id: errId, part: "error", hidden: true });
    // What a number was read as ("= 450,000 元" for "45万"), next to the field.
    const echo = h("p", { class: "echo", id: `${id}-echo`, part: "echo", "aria-live": "polite" });
    let input;
    if (spec.type === "checkbox") {
      input = h("input", { type: "checkbox", id, part: "input checkbox" });
      input.checked = !!spec.value;
      row.append(h("label", { class: "check", for: id }, input, this.bind(h("span"), spec.label)));
    } else {
      const label = this.bind(h("label", { class: "main", for: id, part: "label" }), spec.label);
      if (spec.type === "select") {
        input = h("select", { id, part: "input select" });
        for (const [value, zh, en] of spec.options) input.append(this.bind(h("option", { value }), [zh, en]));
        input.value = spec.value ?? spec.options[0][0];
      } else {
        input = h("input", {
          type: spec.type === "date" ? "date" : "text",
          id,
          part: "input",
          name: spec.path,
          autocomplete: "off",
          spellcheck: "false",
          inputmode: { money: "decimal", rate: "decimal", count: "numeric" }[spec.type],
          "aria-required": spec.optional ? undefined : "true",
        });
        if (spec.placeholder) this.bind(input, spec.placeholder, "placeholder");
        input.value = typeof spec.value === "function" ? spec.value() : (spec.value ?? "");
      }
      const control = h("div", { class: "control" }, input);
      const unit = spec.unit ?? (spec.type === "money" ? T.yuan : null);
      if (unit) control.append(this.bind(h("span", { class: "unit", "aria-hidden": "true" }), unit));
      row.append(label, control);
      if (NUMBER_TYPES.includes(spec.type)) row.append(echo);
    }
    if (spec.hint) input.setAttribute("aria-describedby", hintId);
    row.append(error, hint);
    this._fields.set(spec.path, { spec, input, row, hint, error, echo, hintId, errId, path: spec.path });
    return row;
  },

  _fieldset(legendPair, children, show) {
    const fs = h("fieldset", {}, this.bind(h("legend"), legendPair), h("div", { class: "fields" }, children));
    if (show) this._groups.push([fs, show]);
    return fs;
  },

  _buildForm() {
    this._groups = [];
    const form = h("form", { novalidate: true, part: "form" });
    const fields = h("div", { class: "fields" });
    for (const item of this.layout()) fields.append(item instanceof Node ? item : this._field(item));
    const calcBtn = this.bind(h("button", { type: "submit", class: "primary", part: "button calculate" }), T.calculate);
    const resetBtn = this.bind(h("button", { type: "button", class: "secondary", part: "button reset" }), T.reset);
    // GOV.UK's error summary: every problem at the top, each a link to its field; focused
    // after 计算 and announced (role="alert").
    this._summary = h("div", { class: "error-summary", part: "error-summary", tabindex: "-1", hidden: true });
    form.append(fields, h("div", { class: "actions" }, calcBtn, resetBtn));
    this._staleNote = this.bind(h("p", { class: "stale-note", hidden: true }), T.stale);
    this._result = h("div", { class: "result", part: "result", role: "status", "aria-live": "polite", "aria-atomic": "true", tabindex: "-1" });
    this._more = h("div", { class: "more" });
    this._policy = h("p", { class: "policy", part: "disclaimer" });
    this._body.append(this._summary, form, this._staleNote, this._result, this._more, this._policy);

    // A submit that no pointer started came from the keyboard (Enter, or Space on the button):
    // then the result is brought into view and focused, so it is seen and read out.
    let pointer = false;
    calcBtn.addEventListener("pointerdown", () => (pointer = true));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      this._summaryOn = true;
      this.compute({ show: true, focus: true, keyboard: !pointer });
      pointer = false;
    });
    resetBtn.addEventListener("click", () => this.resetForm());
    form.addEventListener("input", (e) => {
      if (e.target.matches?.("select, input[type=checkbox], input[type=date]")) return; // change follows
      this._updateVisibility();
      this.schedule();
    });
    form.addEventListener("change", (e) => {
      this._updateVisibility();
      // A text field's error waits for 计算 (or shows live once an error is displayed): shown on
      // blur, it would push the button away under the pointer that is about to click it.
      // Nor the read-back line ("= 450,000 元"), for the same reason: it waits for the pause.
      const text = e.target.matches?.("input[type=text]");
      this.compute({ show: !text || this._errorShown, echo: !text });
    });
    this._form = form;
    this.afterBuild?.();
    this._updateVisibility();
  },

  resetForm() {
    for (const { spec, input } of this._fields.values()) {
      if (spec.type === "checkbox") input.checked = !!spec.value;
      else if (spec.type === "select") input.value = spec.value ?? spec.options[0][0];
      else input.value = typeof spec.value === "function" ? spec.value() : (spec.value ?? "");
    }
    this.onReset?.();
    this._updateVisibility();
    this.compute({ show: true });
  },

  /** The raw value of a field (regardless of visibility). */
  raw(path) {
    const rec = this._fields.get(path);
    if (!rec) return undefined;
    return rec.spec.type === "checkbox" ? rec.input.checked : rec.input.value;
  },

  _visible(rec) {
    return !rec.row.hidden && !rec.row.closest("fieldset[hidden]");
  },

  _updateVisibility() {
    for (const rec of this._fields.values()) if (rec.spec.show) rec.row.hidden = !rec.spec.show(this);
    for (const [fs, show] of this._groups ?? []) fs.hidden = !show(this);
  },

  /**
   * The calculator's input, built from the fields themselves: each visible, filled field's value
   * at its path ("balances.spouse", "previous[0].date"). A widget whose input is just its fields
   * has no toInput of its own, so a field cannot be declared in fields() and forgotten here; one
   * that adds site settings or reshapes the input overrides this and calls it first.
   */
  toInput() {
    const input = {};
    for (const path of this._fields.keys()) {
      const value = this.v(path);
      if (value === undefined) continue;
      const parts = path.replace(/\[(\d+)\]/g, ".$1").split(".");
      let at = input;
      for (let i = 0; i < parts.length - 1; i++) at = at[parts[i]] ??= /^\d+$/.test(parts[i + 1]) ? [] : {};
      at[parts[parts.length - 1]] = value;
    }
    return input;
  },

  /** The API value of a visible field; undefined when hidden or left empty. */
  v(path) {
    const rec = this._fields.get(path);
    if (!rec || !this._visible(rec)) return undefined;
    const raw = this.raw(path);
    if (rec.spec.type === "checkbox" || rec.spec.type === "select") return raw;
    if (!NUMBER_TYPES.includes(rec.spec.type)) return raw.trim() === "" ? undefined : raw.trim();
    const r = this._read(rec);
    if (r.error === "empty") return undefined;
    const t = r.value ?? raw.trim(); // unreadable text goes as typed: the precheck stops it first
    return rec.spec.type === "count" && /^\d+$/.test(t) ? Number(t) : t;
  },

  /** The field's text read as a number (see readNumber), with its units. */
  _read(rec) {
    const unit = rec.spec.unit ?? (rec.spec.type === "money" ? T.yuan : null);
    return readNumber(rec.input.value, kindOf(rec.spec), unit ? [unit[0], unit[1]] : []);
  },

  /** Shows under each number field what it was read as, when that differs from what was typed. */
  _updateEchoes() {
    for (const rec of this._fields.values()) {
      if (!rec.echo || !NUMBER_TYPES.includes(rec.spec.type)) continue;
      const r = this._read(rec);
      const kind = kindOf(rec.spec);
      let text = "";
      if (r.value !== undefined && this._visible(rec) && !this._check(rec)) {
        const typed = rec.input.value.trim();
        const shown = kind === "money" ? formatMoney(r.value) : /^\d+$/.test(r.value) ? formatCount(r.value) : r.value;
        const unit = this.t(kind === "money" ? T.yuan : kind === "months" ? T.months : (rec.spec.unit ?? ["", ""]));
        // Only when a unit scaled it (万, 年) or the digits were rewritten (full width, separators).
        if (r.scaled || !(typed.startsWith(r.value) || typed.startsWith(shown))) text = `= ${shown}${unit === "%" ? "" : " "}${unit}`.trim();
      }
      if (rec.echo.textContent !== text) rec.echo.textContent = text;
    }
  },

  /** The label of a field in the current language. */
  labelOf(rec) {
    return this.t(typeof rec.spec.label === "function" ? rec.spec.label() : rec.spec.label);
  },

  /**
   * The form's own check of what was typed, so that the message says what to do in the
   * person's terms and names the field ("“贷款期限”须在 1 到 600 个月之间", not the API's
   * wording); the library still checks everything. Returns every problem, in the order of the
   * fields, each an error like the library's.
   */
  precheck() {
    const out = [];
    for (const rec of this._fields.values()) {
      if (!this._visible(rec)) continue;
      const pair = this._check(rec);
      if (pair) out.push({ code: pair[2] ?? "INVALID_NUMBER", field: rec.spec.path, message: pair[0], messageEn: pair[1], form: true });
    }
    return out;
  },

  /** One field's problem as [zh, en, code?] (the library's codes: MISSING_FIELD, OUT_OF_RANGE), or null. */
  _check(rec) {
    const { spec } = rec;
    const l = typeof spec.label === "function" ? spec.label() : spec.label;
    const both = (f, ...a) => [f(l[0], ...a)[0], f(l[1], ...a)[1]];
    const required = () => [...both(T.required), "MISSING_FIELD"];
    if (spec.type === "date") return !spec.optional && rec.input.value.trim() === "" ? required() : null;
    if (!NUMBER_TYPES.includes(spec.type)) return null;
    const kind = kindOf(spec);
    const range = () => [...both(T.between, spec.min, spec.max, spec.unit ?? ["", ""]), "OUT_OF_RANGE"];
    const r = this._read(rec);
    if (r.error === "empty") return spec.optional ? null : required();
    if (r.error === "groups") return both(T.groups);
    if (r.error === "whole") return both(T.wholeMonths);
    if (r.error === "negative") return spec.min !== undefined ? range() : both(T.notNegative);
    if (r.error) return both(T.enterNumber, spec.example ?? T.examples[kind] ?? T.examples.number);
    const v = r.value;
    const over = (limit, unitPair) => compareDecimal(v, limit) > 0 && [...both(T.tooLarge, formatMoney(limit), unitPair), "OUT_OF_RANGE"];
    if (kind === "money") return decimals(v) > 2 ? both(r.scaled ? T.fenScaled : T.fen) : over(LIMITS.money, T.yuan) || null;
    if (spec.type === "count") {
      if (decimals(v) > 0) return both(T.wholeNumber, spec.example ?? "12");
      if (spec.min !== undefined && (compareDecimal(v, String(spec.min)) < 0 || compareDecimal(v, String(spec.max)) > 0)) return range();
      return over(LIMITS.count, spec.unit ?? ["", ""]) || null;
    }
    if (kind === "area") return decimals(v) > 2 ? both(T.twoDecimals) : over(LIMITS.area, ["平方米", "m²"]) || null;
    if (decimals(v) > 10) return both(T.tenDecimals);
    return over(LIMITS.rate.split(".")[0], spec.unit ?? ["", ""]) || null;
  },

  _clearErrors() {
    this._errorShown = false;
    for (const rec of this._fields.values()) {
      rec.error.hidden = true;
      rec.error.textContent = "";
      rec.row.classList.remove("invalid");
      rec.input.removeAttribute("aria-invalid");
    }
    this._describe();
  },

  /** aria-describedby of every field: its error, what its number was read as, its hint. */
  _describe() {
    for (const rec of this._fields.values()) {
      const ids = [!rec.error.hidden && rec.errId, rec.echo?.textContent && rec.echo.id, rec.spec.hint && rec.hintId].filter(Boolean);
      if (ids.length) rec.input.setAttribute("aria-describedby", ids.join(" "));
      else rec.input.removeAttribute("aria-describedby");
    }
  },

  /** The summary's heading level: one below the widget's title. */
  _subLevel() {
    return Math.min(6, this.headingLevelNumber + 1);
  },

  /**
   * Shows every error: at its field (named in the message), in the result box, and, once 计算
   * was pressed, in the summary at the top, which gets the focus on 计算.
   */
  _showErrors(errors, focus) {
    this._errorShown = true;
    this._more.replaceChildren();
    this._policy.textContent = "";
    this._result.className = "result fix";
    const items = [];
    for (const err of errors) {
      const rec = this._fieldFor(err.field);
      let message = this.language === "en" ? (err.messageEn ?? err.message) : err.message;
      if (rec) {
        // The library's messages do not know the form's labels: name the field.
        const label = this.labelOf(rec);
        if (!message.toLowerCase().includes(label.toLowerCase())) message = this.language === "en" ? `${label}: ${message}` : `“${label}”：${message}`;
        if (rec.error.hidden) {
          rec.error.textContent = message;
          rec.error.hidden = false;
          rec.row.classList.add("invalid");
          rec.input.setAttribute("aria-invalid", "true");
        }
        items.push([message, rec]);
      } else {
        const site = err.field?.startsWith("local.");
        items.push([(site ? this.t(T.siteConfig) : "") + message, null]);
      }
    }
    this._describe();
    const first = items.find(([, rec]) => rec)?.[1];
    this._result.replaceChildren(h("p", { class: "label", text: first && items.length === 1 ? this.t(T.fixField(this.labelOf(first))) : this.t(T.fixCount(items.length)) }));
    if (this._summaryOn) this._renderSummary(items, focus);
    else if (focus && first) first.input.focus();
  },

  _renderSummary(items, focus) {
    const key = `${this.language} ${this._subLevel()} ${items.map(([m]) => m).join("\n")}`;
    const box = this._summary;
    if (box.dataset.key !== key) {
      box.dataset.key = key;
      const title = h(`h${this._subLevel()}`, { class: "subhead summary-title", id: `${this._id}-summary`, text: this.t(T.summary(items.length)) });
      const list = h(
        "ul",
        {},
        items.map(([message, rec]) => {
          if (!rec) return h("li", { text: message });
          const a = h("a", { href: `#${rec.input.id}`, text: message });
          a.addEventListener("click", (e) => {
            e.preventDefault(); // the id is inside the shadow root: the page's URL stays as it is
            rec.row.scrollIntoView({ block: "center" });
            rec.input.focus({ preventScroll: true });
          });
          return h("li", {}, a);
        }),
      );
      box.replaceChildren(h("div", { role: "alert" }, title, list));
    }
    box.hidden = false;
    if (focus) {
      box.scrollIntoView({ block: "nearest" });
      box.focus({ preventScroll: true });
    }
  },

  _hideSummary() {
    this._summaryOn = false;
    this._summary.hidden = true;
    this._summary.replaceChildren();
    delete this._summary.dataset.key;
  },

  /** The visible field an error path names: exact, then a child of it, then its parent. */
  _fieldFor(path) {
    if (!path) return null;
    const visible = [...this._fields.values()].filter((r) => this._visible(r));
    path = this.aliases?.[path] ?? path;
    let rec = visible.find((r) => r.path === path) ?? visible.find((r) => r.path.startsWith(path + ".") || r.path.startsWith(path + "["));
    for (let p = path; !rec && /[.[]/.test(p); ) {
      p = p.replace(/(\.[^.[]*|\[\d+\])$/, "");
      rec = visible.find((r) => r.path === p);
    }
    return rec ?? null;
  },
};
