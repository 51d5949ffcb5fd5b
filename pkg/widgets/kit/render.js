// Drawing a result: the headline, tables, notices, and the 计算依据 (steps) with each step's
// basis and, once opened, the gazette's own words. Amounts are the library's strings,
// formatted, never recomputed.
import { h } from "./dom.js";
import { T } from "./labels.js";
import { formatMoney, toWan, citizenText, groupFigures, NON_DOCUMENT_RULES, INPUT_RULE } from "./format.js";
import { clauseTexts } from "./package.js";

let cueId = 0;

export const renderMethods = {
  _render(r) {
    this._result.className = r.eligible === false ? "result bad" : "result";
    this._result.replaceChildren(...this.headline(r).filter(Boolean));
    const open = new Set([...this._more.querySelectorAll("details[open]")].map((d) => d.className));
    const more = [...(this.details(r) ?? [])];
    if (r.reasons?.length) more.push(this.notices("reason", T.reasons, r.reasons));
    if (r.warnings?.length) more.push(this.notices("warn", T.warnings, r.warnings));
    if (r.steps?.length) more.push(this.stepsList(r.steps));
    this._more.replaceChildren(...more.filter(Boolean));
    for (const d of this._more.querySelectorAll("details")) {
      if (open.has(d.className)) d.open = true;
    }
    this._watchTables();
    const p = r.policy;
    this._policy.textContent = (p ? this.t(T.policy(p.document, p.effectiveFrom)) : "") + this.t(this.constructor.disclaimer);
  },

  /** A labelled money figure: label, "450,000.00 元", "合 45 万元". */
  figure(labelPair, money, { wan = true } = {}) {
    const w = wan ? toWan(money) : null;
    return [
      h("p", { class: "label", text: this.t(labelPair) }),
      h("p", { class: "amount", part: "amount" }, formatMoney(money), " ", h("span", { class: "yuan", text: this.t(T.yuan) })),
      w ? h("p", { class: "wan", text: this.t(T.wan(w)) }) : null,
    ];
  },

  /** A definition list of [labelPair, valueText] rows (falsy rows skipped), a div per row. */
  kv(rows) {
    const dl = h("dl", { class: "kv" });
    for (const [label, value] of rows.filter(Boolean)) {
      dl.append(h("div", {}, h("dt", { text: this.t(label) }), h("dd", { text: typeof value === "string" ? value : this.t(value) })));
    }
    return dl;
  },

  /** A heading one level below the widget's title (h3 by default). */
  subheading(pair) {
    return h(`h${this._subLevel()}`, { class: "subhead", text: this.t(pair) });
  },

  /** Charts are drawn at the width they are shown at, so their text stays readable on a phone. */
  chartWidth() {
    const w = this._more?.clientWidth || this._card?.clientWidth || 640;
    this._chartBucket = Math.round(w / 40);
    return Math.max(280, Math.min(760, Math.round(w)));
  },

  money(text) {
    return `${formatMoney(text)} ${this.t(T.yuan)}`;
  },

  notices(kind, titlePair, list) {
    return h(
      "div",
      { class: `notice ${kind}`, role: kind === "reason" ? undefined : "note" },
      h("p", { text: this.t(titlePair) }),
      h("ul", {}, list.map((n) => h("li", { "data-code": n.code, "data-basis": n.basis }, this.basisTag(n.basis), this.say(n)))),
    );
  },

  /** A step's, warning's or reason's text for a visitor (see citizenText). */
  say(item) {
    return citizenText(this.language === "en" ? item.en : item.zh, this.language);
  },

  /**
   * The basis in plain words (公报规定, 法律, 官方数据, 本站设置, 计算器的理解（公报未规定）);
   * a figure the visitor typed (basis site, rule 输入值（公报未规定）) is labelled 您输入的.
   */
  basisTag(basis, rule) {
    const kind = rule === INPUT_RULE ? "input" : basis;
    const pair = T.basis[kind];
    return pair ? h("span", { class: "tag basis", "data-basis": kind, text: this.t(pair) }) : null;
  },

  /**
   * A step's value in the words of its unit (the library says it: yuan, per_thousand, places,
   * square_metres, points); a signed difference keeps its sign. Without a unit, a 2-decimal
   * value is money unless the calculator counts something else, and a day is written as in the
   * step's words.
   */
  stepValue(st) {
    const v = String(st.value);
    switch (st.unit) {
      case "yuan": {
        const [, sign, rest] = /^([+-]?)(.*)$/.exec(v);
        return `${sign}${this.money(rest)}`;
      }
      case "per_thousand": return this.t([`每千人口 ${v} 个托位`, `${v} places per 1,000 people`]);
      case "places": return this.t([`${groupFigures(v)} 个托位`, `${groupFigures(v)} places`]);
      case "square_metres": return `${v} m²`;
      case "points": return this.t([`${v} 分`, `${v} points`]);
      default: {
        // A day (YYYY-MM-DD) as the step's own words write it: 2026年7月1日 in Chinese.
        const day = /^(\d{4})-0?(\d+)-0?(\d+)$/.exec(v);
        if (day) return this.t([`${day[1]}年${day[2]}月${day[3]}日`, v]);
        const money = this.constructor.moneySteps !== false && /^\d+\.\d{2}$/.test(v);
        return money ? this.money(v) : groupFigures(v);
      }
    }
  },

  stepsList(steps) {
    const ol = h("ol", { class: "steps" });
    const quotes = [];
    const quoted = new Set(); // a rule's words once, under its first step
    for (const raw of steps) {
      const st = this.adjustStep?.(raw) ?? raw;
      const li = h("li", { "data-basis": st.basis, "data-rule": st.rule }, h("p", {}, this.basisTag(st.basis, st.rule), this.say(st)));
      if (st.value !== undefined && st.value !== null) {
        li.append(h("p", { class: "step-value", text: `= ${this.stepValue(st)}` }));
      }
      // A document and clause is cited; an interpretation, a site setting or a typed figure
      // cites nothing, and its basis word already says so.
      if (!NON_DOCUMENT_RULES.includes(st.rule)) li.append(h("cite", { class: "cite", text: `${this.t(T.source)}${st.rule}` }));
      if (st.basis === "gazette" && !quoted.has(st.rule)) {
        quoted.add(st.rule);
        const q = h("blockquote", { class: "clause", lang: "zh-CN", hidden: true });
        quotes.push([st.rule, q]);
        li.append(q);
      }
      ol.append(li);
    }
    const status = h("p", { class: "hint", hidden: true });
    const det = h("details", { class: "steps-box", part: "steps" }, h("summary", { text: this.t(T.steps) + this.t(T.stepsCount(steps.length)) }), status, ol);
    // The clause texts are data, fetched only when a reader opens this section.
    det.addEventListener("toggle", () => {
      if (!det.open || det.dataset.clauses) return;
      det.dataset.clauses = "loading";
      status.hidden = false;
      status.textContent = this.t(T.clauseLoading);
      clauseTexts().then(
        (list) => {
          const byRule = new Map(list.map((c) => [c.rule, c]));
          for (const [rule, q] of quotes) {
            const c = byRule.get(rule);
            if (c) {
              q.textContent = c.zh;
              q.hidden = false;
            }
          }
          status.hidden = true;
          det.dataset.clauses = "loaded";
        },
        (e) => {
          console.warn("qz-widgets: clause texts unavailable", e);
          status.textContent = this.t(T.clauseFailed);
          delete det.dataset.clauses;
        },
      );
    });
    return det;
  },

  table(captionPair, head, rows, { numeric = [] } = {}) {
    const cls = (i) => (numeric.includes(i) ? "num" : undefined);
    const thead = h("thead", {}, h("tr", {}, head.map((c, i) => h("th", { scope: "col", class: cls(i), text: this.t(c) }))));
    const tbody = h("tbody", {}, rows.map((r) => h("tr", { class: r.className }, (r.cells ?? r).map((c, i) => h("td", { class: cls(i) }, c)))));
    const label = captionPair ? this.t(captionPair) : this.t(head[0]);
    const table = h("table", {}, captionPair ? h("caption", { text: label }) : null, thead, tbody);
    // Scrollable on a narrow screen, so it must be reachable by keyboard and named (axe); when
    // it is wider than its box, a visible cue says so (see _watchTables).
    const cue = h("p", { class: "scroll-cue", id: `${this._id}-cue${++cueId}`, hidden: true, text: this.t(T.scrollCue) });
    const wrap = h("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": label }, table);
    return h("div", { class: "table-box" }, cue, wrap);
  },

  /** Shows a table's scroll cue while the table is wider than its box (and only then). */
  _watchTables() {
    this._tableRo?.disconnect();
    const wraps = [...this._more.querySelectorAll(".table-wrap")];
    if (!wraps.length || typeof ResizeObserver !== "function") return;
    const update = (wrap) => {
      const cue = wrap.previousElementSibling;
      const scrolls = wrap.clientWidth > 0 && wrap.scrollWidth > wrap.clientWidth + 1;
      wrap.classList.toggle("scrolls", scrolls);
      cue.hidden = !scrolls;
      if (scrolls) wrap.setAttribute("aria-describedby", cue.id);
      else wrap.removeAttribute("aria-describedby");
    };
    this._tableRo = new ResizeObserver((entries) => entries.forEach((e) => update(e.target)));
    for (const w of wraps) this._tableRo.observe(w);
  },
};
