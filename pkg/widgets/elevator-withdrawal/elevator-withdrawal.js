// <qz-elevator-withdrawal>: withdrawing to install a lift in an existing building
// (elevatorWithdrawal), with earlier withdrawals and family accounts as editable lists.
import { QzCalculator, define } from "../kit/element.js";
import { h } from "../kit/dom.js";
import { moneyHint } from "../kit/labels.js";
import { formatMoney, plain, yearsBefore } from "../kit/format.js";

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

export class QzElevatorWithdrawal extends QzCalculator {
  static fn = "elevatorWithdrawal";
  static title = ["既有住宅加装电梯提取", "Withdrawing to install a lift in an existing building"];
  static intro = (w) => {
    const years = plain(w.p("elevator.window_years"));
    const times = plain(w.p("elevator.max_applications"));
    return [
      `自规划许可之日起 ${years} 年内可申请提取不超过 ${times} 次，合计不超过本家庭户分摊的费用；本人账户不足的，可提取配偶、父母、子女的住房公积金。`,
      `Within ${years} years of the planning permit, up to ${times} withdrawals, together not more than the household's share of the cost; the spouse's, parents' and children's accounts may make up a shortfall.`,
    ];
  };

  get maxApplications() {
    return Number(plain(this.p("elevator.max_applications")));
  }

  layout() {
    this._prevRows = [];
    this._accRows = [];
    this._prevBox = h("div");
    this._accBox = h("div");
    const addPrev = this.bind(h("button", { type: "button", class: "secondary small", part: "button" }), ["＋ 添加一次已提取记录", "+ Add an earlier withdrawal"]);
    addPrev.addEventListener("click", () => {
      this._addRow("previous", { date: "", amount: "" });
      this._prevRows[this._prevRows.length - 1]?.first.focus();
      this.compute({ show: false });
    });
    const addAcc = this.bind(h("button", { type: "button", class: "secondary small", part: "button" }), ["＋ 添加家庭成员账户", "+ Add a family member's account"]);
    addAcc.addEventListener("click", () => {
      this._addRow("accounts", { relation: "spouse", balance: "" });
      this._accRows[this._accRows.length - 1]?.first.focus();
      this.compute({ show: false });
    });
    this._addPrev = addPrev;
    const prevNote = this.bind(h("p", { class: "hint" }), ["同一部电梯此前已提取的记录；首次申请不填。", "Earlier withdrawals for the same lift; none for a first application."]);
    const accNote = this.bind(h("p", { class: "hint" }), [
      "公报未规定各账户的提取顺序；本计算器按本人、配偶、父母、子女的顺序分配（见计算依据）。",
      "The gazette sets no order of accounts; this calculator draws on self, spouse, parents, children in turn (see How this was calculated).",
    ]);
    const years = () => plain(this.p("elevator.window_years"));
    return [
      { path: "permitDate", type: "date", label: ["规划许可（批准）日期", "Date of the planning permit (approval)"], hint: () => [`${years()} 年申请期限自该日起算`, `The ${years()}-year window starts on this day`], value: () => yearsBefore(this.effectiveDate, 1) },
      { path: "applicationDate", type: "date", label: ["本次申请日期", "Date of this application"], value: () => this.effectiveDate },
      { path: "entitlement", type: "money", wide: true, label: ["本家庭户可提取额度", "The household's withdrawable amount"], hint: moneyHint("即本户分摊的加装电梯费用", "The household's share of the cost"), value: "30000" },
      this._fieldset(["已提取记录", "Earlier withdrawals"], [h("div", { class: "wide" }, prevNote, this._prevBox, addPrev)]),
      this._fieldset(["可提取的账户", "Accounts to draw on"], [h("div", { class: "wide" }, accNote, this._accBox, addAcc)]),
    ];
  }

  afterBuild() {
    this.onReset();
  }

  onReset() {
    for (const r of [...this._prevRows, ...this._accRows]) for (const p of r.paths) this._fields.delete(p);
    this._prevRows = [];
    this._accRows = [];
    this._prevBox.replaceChildren();
    this._accBox.replaceChildren();
    this._addRow("accounts", { relation: "self", balance: "35000" }, true);
    this._updateVisibility();
  }

  /** Adds a row of the `previous` or `accounts` list; rows are renumbered on removal. */
  _addRow(list, values, silent = false) {
    const prev = list === "previous";
    const rows = prev ? this._prevRows : this._accRows;
    if (prev && rows.length >= this.maxApplications - 1) return; // one more would leave no application
    const i = rows.length;
    const specs = prev
      ? [
          { path: `previous[${i}].date`, type: "date", label: [`第 ${i + 1} 次提取日期`, `Withdrawal ${i + 1}: date`], value: values.date },
          { path: `previous[${i}].amount`, type: "money", label: [`第 ${i + 1} 次提取金额`, `Withdrawal ${i + 1}: amount`], value: values.amount },
        ]
      : [
          { path: `accounts[${i}].relation`, type: "select", options: RELATIONS, label: [`账户 ${i + 1}：账户所有人`, `Account ${i + 1}: whose`], value: values.relation },
          { path: `accounts[${i}].balance`, type: "money", label: [`账户 ${i + 1}：可用余额`, `Account ${i + 1}: available balance`], value: values.balance },
        ];
    const rowEl = h("div", { class: "row" }, h("div", { class: "fields" }, specs.map((sp) => this._field(sp))));
    const row = { el: rowEl, paths: specs.map((sp) => sp.path), first: this._fields.get(specs[0].path).input };
    if (prev || i > 0) {
      const rm = this.bind(h("button", { type: "button", class: "secondary small", part: "button" }), ["删除", "Remove"]);
      this.bind(rm, prev ? [`删除第 ${i + 1} 次提取记录`, `Remove withdrawal ${i + 1}`] : [`删除账户 ${i + 1}`, `Remove account ${i + 1}`], "aria-label");
      rm.addEventListener("click", () => this._removeRow(list, row));
      rowEl.append(h("div", { class: "row-head" }, rm));
    }
    rows.push(row);
    (prev ? this._prevBox : this._accBox).append(rowEl);
    if (prev) this._addPrev.hidden = rows.length >= this.maxApplications - 1;
    if (!silent) this._updateVisibility();
  }

  _removeRow(list, row) {
    const prev = list === "previous";
    const rows = prev ? this._prevRows : this._accRows;
    const values = rows
      .filter((r) => r !== row)
      .map((r) => {
        const [a, b] = r.paths.map((p) => this._fields.get(p).input.value);
        return prev ? { date: a, amount: b } : { relation: a, balance: b };
      });
    for (const r of rows) for (const p of r.paths) this._fields.delete(p);
    rows.length = 0;
    (prev ? this._prevBox : this._accBox).replaceChildren();
    for (const v of values) this._addRow(list, v, true);
    if (prev) this._addPrev.hidden = rows.length >= this.maxApplications - 1;
    (prev ? this._addPrev : rows[rows.length - 1]?.first)?.focus();
    this.compute({ show: this._errorShown });
  }

  toInput() {
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
    const max = this.maxApplications;
    return [
      ...this.figure(["本次可提取", "May be withdrawn now"], r.covered),
      h("p", { class: "sub", text: this.t([`第 ${n} 次申请（最多 ${max} 次），之后还可申请 ${r.applicationsLeft} 次`, `Application ${n} of ${max}; ${r.applicationsLeft} more possible after it`]) }),
    ];
  }

  details(r) {
    const moved = r.windowEndsNominal && r.windowEndsNominal !== r.windowEnds;
    const out = [
      this.kv([
        r.windowEnds ? [["申请期限截至", "Window ends on"], r.windowEnds] : null,
        moved ? [["按日历计算的到期日（法定休假日，顺延）", "Nominal last day (a statutory rest day, so moved)"], r.windowEndsNominal] : null,
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

define("qz-elevator-withdrawal", QzElevatorWithdrawal);
