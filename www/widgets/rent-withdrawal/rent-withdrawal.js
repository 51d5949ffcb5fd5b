// <qz-rent-withdrawal>: withdrawing the fund to pay rent (rentWithdrawal). The headline is
// what the person gets: the total for the months asked.
import { QzCalculator, define, dateField } from "../kit/element.js";
import { h } from "../kit/dom.js";
import { T, moneyHint } from "../kit/labels.js";
import { formatMoney, plain } from "../kit/format.js";
import { changeLine } from "../kit/change.js";

export class QzRentWithdrawal extends QzCalculator {
  static fn = "rentWithdrawal";
  static title = ["租房提取住房公积金", "Withdrawing the fund to pay rent"];
  static intro = (w) => {
    const single = formatMoney(plain(w.p("rent.monthly_cap.single")));
    const married = formatMoney(plain(w.p("rent.monthly_cap.married")));
    return [
      `在钦州无自有住房且租房居住的缴存人，可按月租金标准提取住房公积金支付房租（未婚/单身每月最高 ${single} 元，已婚 ${married} 元）。`,
      `Depositors who own no home in Qinzhou and rent may withdraw to pay rent, up to ${single} yuan a month (unmarried/single) or ${married} (married).`,
    ];
  };

  layout() {
    const married = (w) => w.raw("maritalStatus") === "married";
    return [
      { path: "maritalStatus", type: "select", options: T.married, label: T.marital, value: "single" },
      dateField(this),
      { path: "monthlyRent", type: "money", label: ["实际月租金", "Monthly rent paid"], hint: moneyHint("按租赁合同填写", "As in the lease"), value: "1200" },
      { path: "months", type: "count", min: 1, max: 120, unit: T.months, label: ["本次提取月数", "Months this withdrawal covers"], hint: ["1 到 120 的整数", "A whole number from 1 to 120"], value: "12" },
      { path: "balances.applicant", type: "money", label: ["本人账户可用余额", "Your available account balance"], hint: moneyHint("可在公积金网上服务大厅或手机 App 查询", "See the fund's online service or app"), value: "20000" },
      { path: "balances.spouse", type: "money", optional: true, label: ["配偶账户可用余额", "Spouse's available account balance"], hint: ["选填；本人账户不足时从配偶账户提取，单位：元", "Optional; drawn on after your own account, in yuan"], value: "", show: married },
      { path: "ownsHomeInQinzhou", type: "checkbox", wide: true, label: ["本人或配偶在钦州有自有住房", "You or your spouse own a home in Qinzhou"], hint: ["以不动产登记信息为准", "As recorded in the real-estate registry"], value: false },
    ];
  }


  headline(r) {
    if (!r.eligible) return [h("p", { class: "verdict", text: this.t(["不符合租房提取条件", "Not eligible for a rent withdrawal"]) })];
    return [
      ...this.figure([`${r.months} 个月共可提取`, `You may withdraw, for ${r.months} month${r.months === 1 ? "" : "s"}`], r.total),
      h("p", { class: "sub month-line", text: this.t([`每月 ${this.money(r.monthlyAllowed)}`, `${this.money(r.monthlyAllowed)} a month`]) }),
      changeLine(r.changeFromBefore, this._pkg) && h("p", { class: "sub change-line", text: this.t(changeLine(r.changeFromBefore, this._pkg)) }),
    ];
  }

  details(r) {
    return [
      this.kv([
        [["月租金标准上限", "Monthly rent ceiling"], this.money(r.monthlyCap)],
        r.eligible ? [["按标准可提取", "Entitlement"], this.money(r.entitlement)] : null,
        r.eligible ? [["从本人账户提取", "From your account"], this.money(r.fromApplicant)] : null,
        r.eligible && (r.fromSpouse !== "0.00" || this.raw("maritalStatus") === "married") ? [["从配偶账户提取", "From the spouse's account"], this.money(r.fromSpouse)] : null,
      ]),
    ];
  }
}

define("qz-rent-withdrawal", QzRentWithdrawal);
