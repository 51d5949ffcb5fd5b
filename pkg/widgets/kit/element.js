// The element base every calculator extends: attributes mirrored as properties (so React 19,
// which sets properties that exist, can set them), language, loading the package, computing
// (debounced while typing), the qz-result / qz-invalid events, and focus after a calculation.
import { ready, parameters, TOO_OLD } from "./package.js";
import { h } from "./dom.js";
import { adoptStyles } from "./styles.js";
import { T } from "./labels.js";
import { today } from "./format.js";
import { formMethods } from "./form.js";
import { renderMethods } from "./render.js";

let uid = 0;
/** How long typing must pause before a partial number is computed and announced (ms). */
export const DEBOUNCE_MS = 400;

// In Node (server-side rendering: Next, Nuxt, Astro) there is no DOM: the classes still load,
// on a plain base, and nothing is defined.
export class QzCalculator extends (globalThis.HTMLElement ?? class {}) {
  /** [attribute, property, type] mirrored both ways; subclasses extend the list. */
  static attributes = [
    ["date", "date", "string"],
    ["emit-initial", "emitInitial", "boolean"],
    ["heading-level", "headingLevel", "string"],
  ];
  /** The disclaimer under the result; the housing-fund centre's by default. */
  static disclaimer = T.fundDisclaimer;

  static get observedAttributes() {
    return ["lang", ...this.attributes.map(([a]) => a)];
  }

  constructor() {
    super();
    this._texts = []; // [node, attribute|null, () => [zh, en]]
    this._fields = new Map(); // path → field record
    this._outcome = null; // { result, input } | { error }
    this._errorShown = false;
    this._lastEmitted = null;
    this._lastInvalid = null;
    this.ready = new Promise((resolve) => (this._resolveReady = resolve));
  }

  /** "zh" or "en". */
  get language() {
    const l = (this.getAttribute("lang") || document.documentElement.lang || "zh").toLowerCase();
    return l.startsWith("en") ? "en" : "zh";
  }

  /** The last valid result shown, or null. */
  get result() {
    return this._outcome?.result ?? null;
  }

  /** The date the rules are applied on: the date attribute, else today. */
  get effectiveDate() {
    return this.cfg("date") ?? today();
  }

  /** The title's heading level from heading-level: 1 to 6, 2 when absent or not a level. */
  get headingLevelNumber() {
    const n = Number(this.cfg("heading-level"));
    return Number.isInteger(n) && n >= 1 && n <= 6 ? n : 2;
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

  /** A site setting from an attribute (trimmed), or undefined when absent or empty. */
  cfg(name) {
    const v = this.getAttribute(name);
    return v === null || v.trim() === "" ? undefined : v.trim();
  }

  /**
   * A policy parameter's value from policyParameters(): the version in force on `date`
   * (today by default); `{ before: true }` gives the version that ended before it.
   */
  param(id, { date = today(), before = false } = {}) {
    const list = parameters().get(id) ?? [];
    const now = list.find((p) => (!p.effectiveFrom || p.effectiveFrom <= date) && (!p.effectiveTo || date <= p.effectiveTo)) ?? list[list.length - 1];
    const entry = before ? list.find((p) => p.effectiveTo && now?.effectiveFrom && p.effectiveTo < now.effectiveFrom) : now;
    if (!entry) console.error(`qz-widgets: no policy parameter ${id}`);
    return entry ?? { value: "?", effectiveFrom: "?" };
  }

  /** The parameter's value as text. */
  p(id, opts) {
    return this.param(id, opts).value;
  }

  connectedCallback() {
    // A property set before the element was defined is an own property hiding the accessor.
    for (const [, prop] of this.constructor.attributes) {
      if (Object.prototype.hasOwnProperty.call(this, prop)) {
        const v = this[prop];
        delete this[prop];
        this[prop] = v;
      }
    }
    this._ro?.observe(this);
    if (this._more) this._watchTables();
    if (this._root) return;
    const root = (this._root = this.shadowRoot ?? this.attachShadow({ mode: "open" }));
    adoptStyles(root);
    this._id = `qz${++uid}`;
    const title = this._title();
    const intro = h("p", { class: "intro" });
    this._card = h("section", { class: "card", part: "card", "aria-labelledby": title.id }, title, intro);
    this._body = h("div", {}, h("p", { class: "unavailable", text: this.t(T.loading) }));
    this._card.append(this._body);
    root.append(this._card);

    // The module, then this widget's words if the page loaded the other language only.
    ready(this.constructor.fn).then((pkg) => (pkg.loadLanguage ? pkg.loadLanguage(this.language).then(() => pkg) : pkg)).then(
      (pkg) => {
        this._fn = pkg[this.constructor.fn];
        this._pkg = pkg;
        this.bind(intro, () => this.constructor.intro(this));
        this._body.replaceChildren();
        this._buildForm();
        this.compute({ show: true, initial: true });
        if (typeof ResizeObserver === "function") {
          this._ro = new ResizeObserver(() => {
            const bucket = Math.round((this._more?.clientWidth || 0) / 40);
            if (this._chartBucket !== undefined && bucket !== this._chartBucket && this.result) this.compute({ rerenderOnly: true });
          });
          this._ro.observe(this);
        }
        this._resolveReady(true);
      },
      (err) => {
        // Only now is the site's own content inside the tag shown (a default slot): say, how
        // to reach the fund centre instead. Before this the shadow root hides it.
        const tooOld = err === TOO_OLD || err?.qzTooOld;
        this._body.replaceChildren(
          this.bind(h("p", { class: "unavailable", role: "alert", "data-reason": tooOld ? "too-old" : "load-failed" }), tooOld ? T.tooOld : T.loadFailed),
          h("div", { class: "fallback", part: "fallback" }, h("slot")),
        );
        if (tooOld) console.warn("qz-widgets: this browser cannot run the calculators (no WebAssembly, or the module does not compile)", err?.cause ?? "");
        else console.error("qz-widgets: the calculation package failed to load", err);
        this._resolveReady(false);
      },
    );
  }

  /** The title, at the heading-level's level (default h2). */
  _title() {
    const title = h(`h${this.headingLevelNumber}`, { id: `${this._id}-title`, class: "title", part: "title" });
    this.bind(title, this.constructor.title);
    return title;
  }

  /** A removed widget computes nothing more and stops watching its size (until put back). */
  disconnectedCallback() {
    clearTimeout(this._timer);
    this._ro?.disconnect();
    this._tableRo?.disconnect();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === "heading-level" && this._card && oldValue !== newValue) {
      const old = this._card.querySelector(".title");
      if (old && old.tagName !== `H${this.headingLevelNumber}`) old.replaceWith(this._title());
    }
    if (!this._form || oldValue === newValue) return;
    if (name === "date") {
      const f = this._fields.get("date") ?? this._fields.get("applicationDate");
      if (f) f.input.value = this.effectiveDate;
      this.onDateChanged?.();
    }
    this._applyTexts();
    this._updateVisibility();
    if (name === "lang" && this._pkg?.loadLanguage) {
      // The language's words may not be loaded yet (a page loads its own language only): load
      // them (once per module), fill them into the result shown (it keeps its texts as data),
      // and draw it again; an error is computed again, in them.
      this._pkg.loadLanguage(this.language).then(() => {
        if (this._outcome?.result) {
          this._pkg.localize(this._outcome.result);
          this.compute({ rerenderOnly: true });
        } else this.compute({ show: this._errorShown });
      });
      return;
    }
    if (name === "lang" || name === "emit-initial" || name === "heading-level") this.compute({ rerenderOnly: true });
    else this.compute({ show: true });
  }

  /**
   * Re-applies every label and hint: for a widget whose texts depend on a field's value (the
   * repayment schedule's rate hint follows the start date). Attribute changes do it already.
   */
  refreshTexts() {
    this._applyTexts();
  }

  _applyTexts() {
    this._texts = this._texts.filter(([node]) => this._root.contains(node));
    for (const [node, attr, get] of this._texts) {
      const v = this.t(get());
      if (attr) node.setAttribute(attr, v);
      else node.textContent = v;
    }
  }

  /** Computes after typing pauses; meanwhile the shown result is marked out of date. */
  schedule() {
    clearTimeout(this._timer);
    if (this.result) this._markStale(true);
    this._timer = setTimeout(() => this.compute({ show: this._errorShown }), DEBOUNCE_MS);
  }

  _markStale(on) {
    this._result.classList.toggle("stale", on);
    this._more.classList.toggle("stale", on);
    this._staleNote.hidden = !on;
  }

  /**
   * Computes from the form. `show`: display an error at its field (else, while typing, the last
   * result is only marked stale); `focus`: move focus to the error or the result (a submit);
   * `initial`: the defaults on load (no qz-result unless emit-initial); `rerenderOnly`: the
   * same outcome drawn again (language, width); `echo`: update what each number was read as.
   */
  compute({ show = true, focus = false, initial = false, rerenderOnly = false, keyboard = false, echo = true } = {}) {
    if (!this._fn || (!initial && !this.isConnected)) return;
    clearTimeout(this._timer);
    let outcome = this._outcome;
    if (!rerenderOnly || !outcome) {
      const errors = this.precheck();
      if (errors.length) outcome = { error: errors[0], errors };
      else {
        try {
          const input = this.toInput();
          outcome = { result: this._fn(input), input };
        } catch (error) {
          outcome = { error, errors: [error] };
          if (!(error && typeof error.code === "string")) console.error("qz-widgets:", error);
        }
      }
    }
    if (echo) this._updateEchoes();
    // The first calculation from the defaults found a field the visitor must fill in (say, a
    // site without income-line): a neutral prompt, no error and no qz-invalid before they act.
    if (outcome.error && (initial || (rerenderOnly && this._prompt))) {
      this._outcome = outcome;
      this._prompt = true;
      this._result.className = "result";
      this._result.replaceChildren(this.bind(h("p", { class: "label" }), T.prompt));
      this._describe();
      return;
    }
    if (outcome.error) {
      this._emitInvalid(outcome.errors);
      if (!show && !this._errorShown) {
        this._markStale(!!this.result);
        this._describe();
        return;
      }
    }
    // The same input as the result on show (e.g. a field left after the pause): keep the DOM,
    // so a click that is landing on it (say, on 计算依据) is not lost to a redraw.
    const same = !rerenderOnly && !outcome.error && this.result && this._errorShown === false && JSON.stringify(outcome.input) === JSON.stringify(this._outcome.input);
    this._prompt = false;
    this._outcome = outcome;
    this._markStale(false);
    this._clearErrors();
    if (outcome.error) {
      this._showErrors(outcome.errors, focus);
      return;
    }
    this._hideSummary();
    if (!same) this._render(outcome.result);
    if (keyboard) {
      this._result.focus({ preventScroll: true });
      this._result.scrollIntoView({ block: "nearest", behavior: "smooth" });
    }
    if (rerenderOnly || (initial && !this.emitInitial)) {
      if (initial) this._lastEmitted = JSON.stringify(outcome.input);
      return;
    }
    const key = JSON.stringify(outcome.input);
    if (key === this._lastEmitted) return;
    this._lastEmitted = key;
    this._lastInvalid = null;
    this.dispatchEvent(new CustomEvent("qz-result", { detail: { result: outcome.result, input: outcome.input }, bubbles: true, composed: true }));
  }

  /** qz-invalid: the first problem as before, and `errors`, every problem the form found. */
  _emitInvalid(list) {
    const one = (e) => ({ code: e.code ?? "INVALID_INPUT", field: e.field ?? null, message: e.message, messageEn: e.messageEn ?? e.message });
    const errors = list.map(one);
    const detail = { ...errors[0], errors };
    const key = errors.map((e) => `${e.code} ${e.field} ${e.message}`).join("\n");
    if (key === this._lastInvalid) return;
    this._lastInvalid = key;
    this._lastEmitted = null;
    this.dispatchEvent(new CustomEvent("qz-invalid", { detail, bubbles: true, composed: true }));
  }
}
Object.assign(QzCalculator.prototype, formMethods, renderMethods);

/** Mirrors each attribute of `cls` as a property (with a setter), then defines the element. */
export function define(tag, cls) {
  for (const [attr, prop, type] of cls.attributes) {
    if (Object.prototype.hasOwnProperty.call(cls.prototype, prop)) continue;
    Object.defineProperty(cls.prototype, prop, {
      configurable: true,
      get: type === "boolean" ? function () { return this.hasAttribute(attr); } : function () { return this.getAttribute(attr); },
      set:
        type === "boolean"
          ? function (v) { this.toggleAttribute(attr, v === "" || (!!v && v !== "false")); }
          : function (v) { if (v === null || v === undefined || v === false) this.removeAttribute(attr); else this.setAttribute(attr, String(v)); },
    });
  }
  cls.tagName = tag;
  if (globalThis.customElements && !customElements.get(tag)) customElements.define(tag, cls);
  return cls;
}

/** The date field most calculators start with. */
export const dateField = (w) => ({ path: "date", type: "date", label: T.date, hint: T.dateHint, value: () => w.effectiveDate });
