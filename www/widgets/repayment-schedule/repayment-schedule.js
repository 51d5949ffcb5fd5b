// <qz-repayment-schedule>: a fund loan's repayment plan (repaymentSchedule), with a chart and
// a year-by-year table. The yearly figures are exact sums in fen of the library's months.
// Without a rate the library takes the People's Bank of China rate in force on the loan's
// start date (today by default, the visitor's local day) and reprices it from each following
// 1 January; the widget shows the starting rate and every repricing the result lists.
import { QzCalculator, define } from "../kit/element.js";
import { h, s } from "../kit/dom.js";
import { T, moneyHint } from "../kit/labels.js";
import { formatMoney, fenText, plain, toFen } from "../kit/format.js";
import { parameters } from "../kit/package.js";

const METHODS = [
  ["equal_installment", "等额本息（每月还款额相同）", "Equal instalments (same payment every month)"],
  ["equal_principal", "等额本金（每月本金相同，逐月递减）", "Equal principal (payments decrease)"],
];

export class QzRepaymentSchedule extends QzCalculator {
  static fn = "repaymentSchedule";
  static attributes = [...QzCalculator.attributes, ["annual-rate-percent", "annualRatePercent", "string"], ["term-months", "termMonths", "string"]];
  static title = ["公积金贷款还款计划", "Fund loan repayment plan"];
  static intro = () => [
    "按等额本息或等额本金计算每月还款额、利息总额，并逐年列出本金和利息；未填利率时按贷款发放日的中国人民银行公积金贷款利率计算，并列出此后的利率调整。",
    "Monthly payments, total interest and the year-by-year split of principal and interest, for equal instalments or equal principal; without a rate, the People's Bank of China fund-loan rate of the loan's start date, with every later repricing.",
  ];
  static disclaimer = ["计算结果仅供参考，以借款合同和贷款银行的实际扣款为准。", "For reference only; the loan contract and the bank's actual deductions prevail."];

  /** Every version of a rate parameter, as policyParameters() lists them (oldest first). */
  versions(id) {
    return parameters().get(id) ?? [];
  }

  /**
   * The version of `id` in force on `day` ("" → the latest), or null when the day is before
   * the table's first version (the library then asks for the contract rate).
   */
  rateOn(id, day) {
    const list = this.versions(id);
    if (!day) return list[list.length - 1] ?? null;
    return list.find((p) => p.effectiveFrom && p.effectiveFrom <= day && (!p.effectiveTo || day <= p.effectiveTo)) ?? null;
  }

  /** The rate field's hint: the table's first-home rates in force on the start date. */
  rateHint() {
    if (this.cfg("annual-rate-percent")) return ["本站设置的利率，可修改；填写的利率视为合同利率，不调整", "This site's rate; you may change it. An entered rate is the contract rate and is not repriced"];
    const day = (this.raw("date") ?? this.effectiveDate).trim();
    const up = this.rateOn("rate.first_home.up_to_5_years", day);
    const over = this.rateOn("rate.first_home.over_5_years", day);
    const first = this.versions("rate.first_home.over_5_years")[0];
    if (!up || !over) {
      return [
        `参数表中的中国人民银行利率自 ${first?.effectiveFrom ?? "?"} 起，${day} 没有默认利率：请填写贷款合同利率`,
        `The table's People's Bank of China rates start on ${first?.effectiveFrom ?? "?"}; there is no default for ${day}: enter the contract rate`,
      ];
    }
    const months = plain(this.p("rate.repricing.term_over_months"));
    const checked = over.checkedUntil ?? "?";
    const when = day ? ["贷款发放日有效的", "in force on the start date"] : ["参数表最新的", "latest in the table"];
    return [
      `留空时按${when[0]}中国人民银行首套住房公积金贷款利率（${up.effectiveFrom} 起）：5 年及以下 ${plain(up.value)}%，5 年以上 ${plain(over.value)}%；期限超过 ${months} 个月的，此后的利率调整自次年1月1日起执行（利率表核对至 ${checked}）。填写的利率视为合同利率，不调整`,
      `When empty: the People's Bank of China first-home fund loan rate ${when[1]} (from ${up.effectiveFrom}): ${plain(up.value)}% up to 5 years, ${plain(over.value)}% over; for terms over ${months} months, later changes apply from the next 1 January (table checked up to ${checked}). An entered rate is the contract rate and is not repriced`,
    ];
  }

  layout() {
    return [
      { path: "principal", type: "money", label: ["贷款金额", "Loan amount"], hint: moneyHint("不超过可贷额度", "Up to your loan limit"), value: "300000" },
      { path: "method", type: "select", options: METHODS, label: ["还款方式", "Repayment method"], value: "equal_installment" },
      {
        path: "date", type: "date", optional: true, label: ["贷款发放日", "Loan start date"], value: () => this.effectiveDate,
        hint: ["默认今天；按该日有效的利率计算，可改为借款合同的发放日；留空则按参数表最新的利率", "Today by default; the rate in force that day applies. Set your loan's start date; left empty, the latest rate in the table"],
      },
      {
        path: "annualRatePercent", type: "rate", unit: ["%", "%"], label: ["年利率", "Annual interest rate"], optional: true,
        value: () => this.cfg("annual-rate-percent") ?? "",
        placeholder: ["留空按发放日取默认利率", "empty: the default of the start date"],
        hint: () => this.rateHint(),
      },
      { path: "termMonths", type: "count", min: 1, max: 600, unit: T.months, label: ["贷款期限", "Term"], hint: ["1 到 600 个月；也可填“30年”", "1 to 600 months; “30年” (30 years) also works"], value: () => this.cfg("term-months") ?? "360" },
    ];
  }

  /** The rate hint follows the start date the visitor picks. */
  afterBuild() {
    this._fields.get("date")?.input.addEventListener("change", () => this.refreshTexts());
  }

  onReset() {
    this.refreshTexts();
  }


  headline(r) {
    const equal = r.method ? r.method === "equal_installment" : this.raw("method") === "equal_installment";
    const changes = r.rateChanges ?? [];
    const until = changes.length ? changes[0].firstPeriod - 1 : 0;
    const label = !equal
      ? ["首月还款", "First month's payment"]
      : changes.length
        ? [`每月还款（第 1–${until} 期）`, `Monthly payment (months 1–${until})`]
        : ["每月还款", "Monthly payment"];
    const rate = r.annualRatePercent;
    const later = changes.map((c) => [`第 ${c.firstPeriod} 期起 ${c.annualRatePercent}%`, `${c.annualRatePercent}% from month ${c.firstPeriod}`]);
    return [
      ...this.figure(label, r.firstPayment, { wan: false }),
      r.lastPayment && r.lastPayment !== r.firstPayment ? h("p", { class: "sub", text: this.t([`末期还款 ${this.money(r.lastPayment)}`, `Last payment ${this.money(r.lastPayment)}`]) }) : null,
      rate
        ? h("p", {
            class: "sub rate-line",
            text: this.t([
              `年利率 ${rate}%${later.length ? `，此后${later.map((p) => p[0]).join("，")}` : ""}`,
              `Annual rate ${rate}%${later.length ? `, then ${later.map((p) => p[1]).join(", ")}` : ""}`,
            ]),
          })
        : null,
    ];
  }

  /** The repricings the result lists (POLICY A6): from when, from which month, the new rate and payment. */
  changesTable(r) {
    const changes = r.rateChanges ?? [];
    if (!changes.length) return null;
    const equal = r.method === "equal_installment";
    return h(
      "div",
      { class: "rate-changes" },
      this.table(
        ["利率调整（人民银行调整利率后，自次年1月1日起执行）", "Rate changes (a People's Bank of China change applies from the next 1 January)"],
        [["起始期（执行日）", "First month (from)"], ["年利率", "Rate"], equal ? ["新的月还款", "New payment"] : ["该期还款", "Payment"]],
        // The month over its 1 January, so the table fits a phone without a date broken at a hyphen.
        changes.map((c) => [[this.t([`第 ${c.firstPeriod} 期`, `Month ${c.firstPeriod}`]), h("br"), c.from], `${c.annualRatePercent}%`, formatMoney(c.payment)]),
        { numeric: [1, 2] },
      ),
    );
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
      this.changesTable(r),
      this.kv([
        [["利息总额", "Total interest"], this.money(r.totalInterest)],
        [["还款总额", "Total repaid"], this.money(r.totalPayment)],
        [["还款期数", "Payments"], `${r.schedule?.length ?? 0} ${this.t(["期", ""])}`.trim()],
      ]),
    ];
    if (!r.schedule?.length) return out;
    const years = this.years(r.schedule);
    const money = (fen) => formatMoney(fenText(fen));
    out.push(this.chart(years, money));
    out.push(
      h(
        "details",
        { class: "year-table" },
        h("summary", { text: this.t(["逐年还款明细", "Year by year"]) }),
        this.table(
          ["每年的还款额、本金和利息（元）", "Paid each year, principal and interest (yuan)"],
          [["年度", "Year"], ["还款额", "Paid"], ["其中本金", "Principal"], ["其中利息", "Interest"], ["年末剩余本金", "Owed at year end"]],
          years.map((y) => [this.t([`第 ${y.year} 年`, `Year ${y.year}`]), money(y.payment), money(y.principal), money(y.interest), formatMoney(y.remaining)]),
          { numeric: [1, 2, 3, 4] },
        ),
      ),
    );
    return out;
  }

  /** Stacked bars per year: principal under interest. Geometry only; the texts are exact. */
  chart(years, money) {
    const W = this.chartWidth();
    const [H, left, right, top, bottom] = [300, 44, 10, 24, 34];
    const plotW = W - left - right;
    const plotH = H - top - bottom;
    const max = years.reduce((m, y) => (y.payment > m ? y.payment : m), 1n);
    // A round axis maximum in whole yuan: 1, 2, 2.5 or 5 × 10^k.
    const maxYuan = Number(max / 100n) + 1;
    const mag = 10 ** Math.floor(Math.log10(maxYuan));
    const axis = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((m) => m >= maxYuan);
    const height = (fen) => (Number(fen / 100n) / axis) * plotH;
    const id = `${this._id}-chart`;
    const [first, last] = [years[0], years[years.length - 1]];
    const svg = s(
      "svg",
      { class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-labelledby": `${id}-title ${id}-desc` },
      s("title", { id: `${id}-title` }, this.t(["每年还款中的本金与利息", "Principal and interest paid each year"])),
      s(
        "desc",
        { id: `${id}-desc` },
        this.t([
          `共 ${years.length} 年。第 1 年本金 ${money(first.principal)} 元、利息 ${money(first.interest)} 元；最后一年本金 ${money(last.principal)} 元、利息 ${money(last.interest)} 元。明细见逐年还款表。`,
          `${years.length} years. Year 1: principal ${money(first.principal)}, interest ${money(first.interest)} yuan; last year: principal ${money(last.principal)}, interest ${money(last.interest)} yuan. See the year-by-year table.`,
        ]),
      ),
    );
    for (let i = 0; i <= 4; i++) {
      const val = (axis * i) / 4; // an axis tick, not an amount
      const y = top + plotH - (val / axis) * plotH;
      svg.append(s("line", { x1: left, x2: W - right, y1: y, y2: y, class: i === 0 ? "axis" : "grid" }));
      const text = this.language === "en" ? (val >= 1000 ? `${val / 1000}k` : String(val)) : val >= 10000 ? `${val / 10000}万` : String(val);
      svg.append(s("text", { x: left - 6, y: y + 4, "text-anchor": "end" }, text));
    }
    const slot = plotW / years.length;
    const bw = Math.max(2, Math.min(28, slot * 0.72));
    const step = years.length <= 12 ? 1 : years.length <= 25 ? 2 : 5;
    years.forEach((yr, i) => {
      const x = left + i * slot + (slot - bw) / 2;
      const [pH, iH, base] = [height(yr.principal), height(yr.interest), top + plotH];
      svg.append(s("rect", { x, y: base - pH, width: bw, height: Math.max(0, pH), class: "bar-principal" }));
      svg.append(s("rect", { x, y: base - pH - iH, width: bw, height: Math.max(0, iH), class: "bar-interest" }));
      if ((i + 1) % step === 0 || i === 0) svg.append(s("text", { x: x + bw / 2, y: base + 16, "text-anchor": "middle" }, String(yr.year)));
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

define("qz-repayment-schedule", QzRepaymentSchedule);
