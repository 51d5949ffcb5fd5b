// <qz-loan-limit>: the housing-fund loan limit (loanLimit), with voluntary depositors' points
// and the site's own limits (loan-to-value, balance multiple, repayment capacity).
import { QzCalculator, define, dateField } from "../kit/element.js";
import { h } from "../kit/dom.js";
import { T } from "../kit/labels.js";
import { formatMoney, percent, plain, toWan } from "../kit/format.js";

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
  ["other", "其他有突出贡献群体（由公积金中心认定）", "Another group the fund centre recognises"],
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
const bindingLabel = (k) => BINDING[k] ?? [k, k];
const wan = (v) => toWan(v)?.text ?? v;

export class QzLoanLimit extends QzCalculator {
  static fn = "loanLimit";
  static attributes = [
    ...QzCalculator.attributes,
    ["yuan-per-point", "yuanPerPoint", "string"],
    ["max-loan-to-value", "maxLoanToValue", "string"],
    ["balance-multiple", "balanceMultiple", "string"],
    ["max-repayment-ratio", "maxRepaymentRatio", "string"],
    ["annual-rate-percent", "annualRatePercent", "string"],
    ["term-months", "termMonths", "string"],
  ];
  static title = ["住房公积金贷款额度", "Housing fund loan limit"];
  static intro = (w) => {
    const both = w.param("loan.cap.both_contributing");
    const one = w.p("loan.cap.one_contributing");
    return [
      `按${both.document}测算最高可贷金额：夫妻双方正常缴存最高 ${wan(both.value)} 万元，单方缴存最高 ${wan(one)} 万元。`,
      `Estimate the largest fund loan under ${both.document}: up to ${formatMoney(plain(both.value))} yuan when both spouses contribute, ${formatMoney(plain(one))} when one side does.`,
    ];
  };

  layout() {
    const married = (w) => w.raw("maritalStatus") === "married";
    const vol = (who) => (w) => w.raw(`${who}.contributing`) && w.raw(`${who}.scheme`) === "voluntary" && (who === "applicant" || married(w));
    const pts = (id) => () => plain(this.p(id));
    const member = (i, [zh, en]) => [
      { path: `points.members[${i}].balance`, type: "money", label: [`${zh}缴存余额`, `${en}: account balance`], value: "30000",
        hint: () => [`每满 ${formatMoney(pts("points.balance_step")())} 元积 1 分`, `1 point per full ${formatMoney(pts("points.balance_step")())} yuan`] },
      { path: `points.members[${i}].depositMonths`, type: "count", unit: T.months, label: [`${zh}缴存月数`, `${en}: months of deposits`], value: "24",
        hint: () => [`每满 ${pts("points.time_step")()} 个月积 1 分；自最近一次积分清零（封存、销户）后起算`, `1 point per full ${pts("points.time_step")()} months, counted from the last reset (sealing or closing the account)`] },
      { path: `points.members[${i}].onTimeMonths`, type: "count", unit: T.months, label: [`${zh}按时足额扣缴月数`, `${en}: months paid on time and in full`], value: "24",
        hint: () => [`每月积 ${pts("points.on_time_per_month")()} 分，不能多于缴存月数；自最近一次清零后起算`, `${pts("points.on_time_per_month")()} point a month, not more than the months of deposits; counted from the last reset`] },
      { path: `points.members[${i}].contribution`, type: "select", options: CONTRIBUTIONS, label: [`${zh}社会贡献`, `${en}: social contribution`], value: "",
        hint: () => [`属有突出贡献群体积 ${pts("points.social_contribution")()} 分，并优先审批、放款`, `${pts("points.social_contribution")()} points and priority approval for a contribution group`] },
      { path: `points.members[${i}].martyrRelation`, type: "select", options: MARTYR_RELATIONS, label: [`${zh}与烈士的关系`, `${en}: relation to the martyr`], hint: ["仅配偶、父母、子女计分", "Only a spouse, parent or child counts"], value: "spouse",
        show: (w) => w.raw(`points.members[${i}].contribution`) === "martyr_family" },
    ];
    const ltv = () => this.cfg("max-loan-to-value");
    const multiple = () => this.cfg("balance-multiple");
    const capacity = () => this.cfg("max-repayment-ratio") && this.cfg("annual-rate-percent") && this.cfg("term-months");
    return [
      { path: "maritalStatus", type: "select", options: T.married, label: T.marital, value: "married" },
      dateField(this),
      { path: "applicant.contributing", type: "checkbox", label: ["申请人在钦州正常缴存住房公积金", "The applicant contributes normally to the fund in Qinzhou"], value: true },
      { path: "applicant.scheme", type: "select", options: SCHEMES, label: ["申请人缴存方式", "Applicant: how they deposit"], value: "employed", show: (w) => w.raw("applicant.contributing") },
      { path: "spouse.contributing", type: "checkbox", label: ["配偶在钦州正常缴存住房公积金", "The spouse contributes normally to the fund in Qinzhou"], value: true, show: married },
      { path: "spouse.scheme", type: "select", options: SCHEMES, label: ["配偶缴存方式", "Spouse: how they deposit"], value: "employed", show: (w) => married(w) && w.raw("spouse.contributing") },
      this._fieldset(["申请人缴存积分（自愿缴存）", "Applicant's deposit points (voluntary deposits)"], member(0, ["申请人", "Applicant"]).map((f) => this._field(f)), vol("applicant")),
      this._fieldset(["配偶缴存积分（自愿缴存）", "Spouse's deposit points (voluntary deposits)"], member(1, ["配偶", "Spouse"]).map((f) => this._field(f)), vol("spouse")),
      { path: "local.housePrice", type: "money", optional: true, label: ["所购住房总价", "Price of the home"], placeholder: ["选填，如 600000", "optional, e.g. 600000"], show: () => !!ltv(),
        hint: () => [`选填；贷款不超过房价的 ${percent(ltv())}（本站设置）`, `Optional; the loan may not exceed ${percent(ltv())} of the price (this site's setting)`] },
      { path: "local.accountBalance", type: "money", optional: true, label: ["申请人公积金账户余额", "Applicant's fund account balance"], placeholder: ["选填，如 20000", "optional, e.g. 20000"], show: () => !!multiple(),
        hint: () => [`选填；贷款不超过余额的 ${multiple()} 倍（本站设置）`, `Optional; the loan may not exceed ${multiple()} × the balance (this site's setting)`] },
      { path: "local.monthlyIncome", type: "money", optional: true, label: ["家庭月收入", "Household monthly income"], placeholder: ["选填，如 8000", "optional, e.g. 8000"], show: () => !!capacity(),
        hint: () => [
          `选填；月还款不超过收入的 ${percent(this.cfg("max-repayment-ratio"))}，按年利率 ${this.cfg("annual-rate-percent")}%、${this.cfg("term-months")} 个月等额本息测算（本站设置）`,
          `Optional; the payment may not exceed ${percent(this.cfg("max-repayment-ratio"))} of income, at ${this.cfg("annual-rate-percent")}% over ${this.cfg("term-months")} months, equal instalments (this site's setting)`,
        ] },
    ];
  }

  get aliases() {
    return { spouse: "spouse.contributing", applicant: "applicant.contributing", points: "points.members[0].balance" };
  }

  toInput() {
    const v = (p) => this.v(p);
    const married = v("maritalStatus") === "married";
    const party = (who) => ({ contributing: v(`${who}.contributing`), scheme: v(`${who}.scheme`) });
    const applicant = party("applicant");
    const spouse = married ? party("spouse") : undefined;
    const isVol = (p) => p?.contributing && p.scheme === "voluntary";
    const member = (i) => ({
      balance: v(`points.members[${i}].balance`),
      depositMonths: v(`points.members[${i}].depositMonths`),
      onTimeMonths: v(`points.members[${i}].onTimeMonths`),
      contribution: v(`points.members[${i}].contribution`) || undefined,
      martyrRelation: v(`points.members[${i}].contribution`) === "martyr_family" ? v(`points.members[${i}].martyrRelation`) : undefined,
    });
    // members are [applicant, spouse]; an applicant who does not deposit voluntarily earns no
    // points, so a zero member keeps the spouse's points in second place.
    let points;
    const none = { balance: "0", depositMonths: 0, onTimeMonths: 0 };
    if (isVol(applicant) || isVol(spouse)) points = { members: isVol(spouse) ? [isVol(applicant) ? member(0) : none, member(1)] : [member(0)] };
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
    return { date: v("date"), maritalStatus: v("maritalStatus"), applicant, spouse, points, local: Object.keys(local).length ? local : undefined };
  }

  headline(r) {
    if (!r.eligible) return [h("p", { class: "verdict", text: this.t(["不符合住房公积金贷款条件", "Not eligible for a housing fund loan"]) })];
    // A voluntary depositor's limit comes from points and this site has set no yuan per point:
    // the library gives no limit (null), so the headline never shows the cap as one. It says
    // who computes it, shows the points that count and the upper bound, named as such.
    if (r.limit === null) {
      const bound = formatMoney(r.upperBound);
      return [
        h("p", { class: "label", text: this.t(["贷款额度", "Loan limit"]) }),
        h("p", { class: "verdict ok points-verdict" }, this.t(["由公积金中心按缴存积分核算", "Computed by the fund centre from deposit points"])),
        h("p", { class: "sub points-line" }, this.t(["计入的家庭户积分：", "Household points that count: "]), h("strong", { class: "points", text: `${r.pointsCounted ?? 0}${this.t([" 分", " points"])}` })),
        h("p", { class: "sub bound-line", text: this.t([
          `本站未设置每分对应的金额，无法算出贷款额度；额度不会超过 ${bound} 元（这是上限，不是贷款额度）。`,
          `This site has not set the yuan per point, so the limit cannot be computed here; it will not exceed ${bound} yuan (an upper bound, not the limit).`,
        ]) }),
      ];
    }
    return [
      ...this.figure(["最高可贷额度", "Largest loan"], r.limit),
      h("p", { class: "sub binding-line" }, this.t(["起决定作用的限制：", "Limited by: "]), h("strong", { class: "binding", text: this.t(bindingLabel(r.binding)) })),
    ];
  }

  details(r) {
    const out = [];
    if (r.eligible && r.constraints?.length) {
      const first = r.constraints.findIndex((c) => c.kind === r.binding && c.amount === r.limit);
      out.push(
        this.table(
          ["各项限制", "Every limit applied"],
          [["限制", "Limit"], ["金额（元）", "Amount (yuan)"]],
          r.constraints.map((c, i) => ({
            className: i === first ? "binding" : undefined,
            cells: [
              i === first ? h("span", {}, this.t(bindingLabel(c.kind)), h("span", { class: "tag", text: this.t(["决定额度", "binding"]) })) : this.t(bindingLabel(c.kind)),
              formatMoney(c.amount),
            ],
          })),
          { numeric: [1] },
        ),
      );
    }
    if (r.points) {
      const p = r.points;
      const cap = plain(this.p("points.household_cap"));
      // One household total: the one that counts for the loan. The raw total is named as
      // such, and only when it is the same household's (nobody's points left out).
      const counted = r.pointsCounted ?? p.household;
      const raw = p.capped && counted === p.household;
      out.push(
        this.kv([
          [["计入的家庭户积分", "Household points that count"], `${counted}${this.t([" 分", " points"])}`],
          raw ? [[`未封顶合计（封顶 ${cap} 分）`, `Raw total (capped at ${cap})`], `${p.householdRaw}${this.t([" 分", " points"])}`] : null,
          r.pointsAmount ? [["按积分核算的额度", "Amount from points"], this.money(r.pointsAmount)] : null,
        ]),
      );
    }
    if (r.priority) out.push(h("p", { class: "notice info", text: this.t(["属有突出贡献群体：优先审批、优先放款。", "A contribution group: priority approval and disbursement."]) }));
    return out;
  }
}

define("qz-loan-limit", QzLoanLimit);
