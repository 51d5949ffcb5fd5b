// <qz-affordable-rental>: affordable rental housing (affordableRentalHousing): the most a unit
// may charge (90% of the market rent of the same location and quality), whether a rent is
// within it, and who may rent.
import { QzCalculator, define, dateField } from "../kit/element.js";
import { h } from "../kit/dom.js";
import { moneyHint } from "../kit/labels.js";
import { plain } from "../kit/format.js";

const SQM = ["平方米", "m²"];

export class QzAffordableRental extends QzCalculator {
  static fn = "affordableRentalHousing";
  static title = ["保障性租赁住房租金上限", "Affordable rental housing: the rent ceiling"];
  static intro = (w) => {
    const pct = w.param("affordable_rental.max_rent_percent");
    const area = plain(w.p("affordable_rental.main_unit_area"));
    return [
      `${pct.document}：保障性租赁住房租金不高于同地段同品质市场租赁住房租金的 ${plain(pct.value)}%，以建筑面积不超过 ${area} 平方米的小户型为主，面向在申请地无自有房产的新市民、青年人和进城务工人员等，不设收入线。`,
      `${pct.document}: the rent is at most ${plain(pct.value)}% of the market rent of the same location and quality; units are mainly up to ${area} m²; for new residents, young people, migrant workers and others with no home of their own where they apply, with no income line.`,
    ];
  };
  static disclaimer = [
    "计算结果仅供参考，配租资格和租金以住房保障部门审核、备案为准。",
    "For reference only; the housing security authority decides eligibility and the rent on file.",
  ];

  layout() {
    return [
      dateField(this),
      { path: "marketRent", type: "money", label: ["同地段同品质市场租金（每月）", "Monthly market rent, same location and quality"], hint: moneyHint("", ""), value: "2000" },
      { path: "rent", type: "money", optional: true, label: ["拟收取的月租金", "Proposed monthly rent"], hint: ["选填；填写后判断是否超过上限，单位：元", "Optional; checked against the ceiling; in yuan"], value: "" },
      { path: "unitArea", type: "rate", optional: true, unit: SQM, label: ["房屋建筑面积", "Floor area of the unit"], hint: ["选填", "Optional"], value: "", example: "60" },
      { path: "ownsHomeLocally", type: "checkbox", wide: true, label: ["在申请所在地有自有房产", "Owns a home where applying"], value: false },
      { path: "inPublicRental", type: "checkbox", wide: true, label: ["正在享受本市公租房保障", "Already under the city's public rental housing protection"], value: false },
    ];
  }


  headline(r) {
    const out = [...this.figure(["每月租金上限", "Monthly rent ceiling"], r.maxRent, { wan: false })];
    if (r.rentWithinCap !== undefined) {
      out.push(
        h("p", {
          class: `verdict${r.rentWithinCap ? " ok" : ""}`,
          text: this.t(r.rentWithinCap ? ["拟收租金未超过上限", "The proposed rent is within the ceiling"] : [`拟收租金超过上限 ${this.money(r.excess)}`, `The proposed rent is ${this.money(r.excess)} over the ceiling`]),
        }),
      );
    }
    if (!r.eligible) out.push(h("p", { class: "sub", text: this.t(["申请人不符合配租条件（见下方原因）", "The applicant is not eligible (see the reasons below)"]) }));
    return out;
  }

  details() {
    return [];
  }
}

define("qz-affordable-rental", QzAffordableRental);
