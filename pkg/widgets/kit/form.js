// The form: fields built from specs, their values as the API wants them, the form's own check
// of what was typed (before the library sees it), and errors shown at their field.
import { h } from "./dom.js";
import { T } from "./labels.js";
import { normalizeNumber } from "./format.js";

let uid = 0;

const examples = { money: "1200", count: "12", rate: "3.1" };

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
    }
    if (spec.hint) input.setAttribute("aria-describedby", hintId);
    row.append(error, hint);
    this._fields.set(spec.path, { spec, input, row, hint, error, hintId, errId, path: spec.path });
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
    this._formError = h("div", { class: "form-error", role: "alert", hidden: true });
    form.append(fields, this._formError, h("div", { class: "actions" }, calcBtn, resetBtn));
    this._staleNote = this.bind(h("p", { class: "stale-note", hidden: true }), T.stale);
    this._result = h("div", { class: "result", part: "result", role: "status", "aria-live": "polite", "aria-atomic": "true", tabindex: "-1" });
    this._more = h("div", { class: "more" });
    this._policy = h("p", { class: "policy", part: "disclaimer" });
    this._body.append(form, this._staleNote, this._result, this._more, this._policy);

    // A submit that no pointer started came from the keyboard (Enter, or Space on the button):
    // then the result is brought into view and focused, so it is seen and read out.
    let pointer = false;
    calcBtn.addEventListener("pointerdown", () => (pointer = true));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
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
      const text = e.target.matches?.("input[type=text]");
      this.compute({ show: !text || this._errorShown });
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

  /** The API value of a visible field; undefined when hidden or left empty. */
  v(path) {
    const rec = this._fields.get(path);
    if (!rec || !this._visible(rec)) return undefined;
    const raw = this.raw(path);
    if (rec.spec.type === "checkbox" || rec.spec.type === "select") return raw;
    const t = ["money", "count", "rate"].includes(rec.spec.type) ? normalizeNumber(raw) : raw.trim();
    if (t === "") return undefined;
    return rec.spec.type === "count" && /^\d+$/.test(t) ? Number(t) : t;
  },

  /** The label of a field in the current language. */
  labelOf(rec) {
    return this.t(typeof rec.spec.label === "function" ? rec.spec.label() : rec.spec.label);
  },

  /**
   * The form's own check of what was typed, so that the message says what to do in the
   * person's terms ("months must be between 1 and 120", not the API's wording); the library
   * still checks everything. Returns an error like the library's, or null.
   */
  precheck() {
    for (const rec of this._fields.values()) {
      const { spec } = rec;
      if (!["money", "count", "rate"].includes(spec.type) || !this._visible(rec)) continue;
      const t = normalizeNumber(rec.input.value);
      const pair = (() => {
        const l = typeof spec.label === "function" ? spec.label() : spec.label;
        const both = (f, ...a) => [f(l[0], ...a)[0], f(l[1], ...a)[1]];
        if (t === "") return spec.optional ? null : both(T.required);
        if (!/^[-+]?\d+(\.\d+)?$/.test(t)) return /^[-+]?\d[\d,，、\s\u3000]*(\.\d+)?$/.test(t) ? both(T.groups) : both(T.enterNumber, spec.example ?? examples[spec.type]);
        if (t.startsWith("-") && !(spec.type === "count" && spec.min !== undefined)) return both(T.notNegative);
        if (spec.type === "money" && /\.\d{3,}$/.test(t)) return both(T.fen);
        if (spec.type === "count" && t.includes(".")) return both(T.wholeNumber, spec.example ?? examples.count);
        if (spec.type === "count" && spec.min !== undefined && (Number(t) < spec.min || Number(t) > spec.max)) return both(T.between, spec.min, spec.max);
        return null;
      })();
      if (pair) return { code: "INVALID_NUMBER", field: spec.path, message: pair[0], messageEn: pair[1], form: true };
    }
    return null;
  },

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

  _showError(err, focus) {
    this._errorShown = true;
    // The library keeps the field path in `field` only, so the message reads as it is.
    const message = this.language === "en" ? (err.messageEn ?? err.message) : err.message;
    const rec = this._fieldFor(err.field);
    this._more.replaceChildren();
    this._policy.textContent = "";
    this._result.className = "result fix";
    if (rec) {
      rec.error.textContent = message;
      rec.error.hidden = false;
      rec.row.classList.add("invalid");
      rec.input.setAttribute("aria-invalid", "true");
      rec.input.setAttribute("aria-describedby", rec.spec.hint ? `${rec.errId} ${rec.hintId}` : rec.errId);
      this._result.replaceChildren(h("p", { class: "label", text: this.t(T.fixField(this.labelOf(rec))) }));
      if (focus) rec.input.focus();
    } else {
      const site = err.field?.startsWith("local.");
      this._formError.textContent = (site ? this.t(T.siteConfig) : "") + message;
      this._formError.hidden = false;
      this._result.replaceChildren(h("p", { class: "label", text: this.t(T.fix) }));
    }
  },
};
