// <qz-repayment-withdrawal>: withdrawing to repay the fund loan (repaymentWithdrawal).
import { QzCalculator, define, dateField } from "../kit/element.js";
import { moneyHint, T } from "../kit/labels.js";
import { plain } from "../kit/format.js";
import { h } from "../kit/dom.js";
import { changeLine } from "../kit/change.js";

export class QzRepaymentWithdrawal extends QzCalculator {
  static fn = "repaymentWithdrawal";
  static title = ["偿还公积金贷款提取", "Withdrawing to repay the fund loan"];
  static intro = (w) => {
    const now = w.param("repayment.retain_months");
    const before = plain(w.p("repayment.retain_months", { before: true }));
    return [
      `公积金贷款未还清期间，主借款人提取时账户须留存 ${plain(now.value)} 个月的月缴存额（${now.effectiveFrom} 前为 ${before} 个月）。`,
      `While the fund loan is outstanding, the main borrower must leave ${plain(now.value)} months of the monthly deposit in the account (${before} before ${now.effectiveFrom}).`,
    ];
  };

  layout() {
    return [
      { path: "balance", type: "money", label: ["主借款人账户余额", "Main borrower's account balance"], hint: moneyHint("可在公积金网上服务大厅或手机 App 查询", "See the fund's online service or app"), value: "10000" },
      { path: "monthlyDeposit", type: "money", label: ["月缴存额", "Monthly deposit"], hint: moneyHint("单位和个人每月合计缴存额", "Employer and employee together"), value: "1000" },
      { path: "amountDue", type: "money", optional: true, label: ["应还贷款本息", "Loan repayment due"], hint: ["选填；填写后提取额不超过应还金额，单位：元", "Optional; the withdrawal will not exceed it; in yuan"], value: "" },
      dateField(this),
    ];
  }


  headline(r) {
    const change = changeLine(r.changeFromBefore, this._pkg);
    return [...this.figure(["本次可提取", "May be withdrawn"], r.withdrawable), change && h("p", { class: "sub change-line", text: this.t(change) })];
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

define("qz-repayment-withdrawal", QzRepaymentWithdrawal);
