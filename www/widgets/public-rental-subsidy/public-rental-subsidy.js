// <qz-public-rental-subsidy>: the 公租房 rental subsidy (publicRentalSubsidy): who qualifies,
// which tier, and, with the site's area per person, what is paid every half year. The income
// line and the area per person are the site's settings (income-line, area-per-person): the
// gazette gives neither. Without income-line the visitor enters the published figure.
import { QzCalculator, define, dateField } from "../kit/element.js";
import { h } from "../kit/dom.js";
import { moneyHint } from "../kit/labels.js";
import { plain, INPUT_RULE, SITE_RULE } from "../kit/format.js";

const CATEGORIES = [
  ["none", "以下均不是", "None of these"],
  ["minimum_living", "低保户", "Minimum-living-allowance household (低保户)"],
  ["extreme_poverty", "特困人员", "Person in extreme poverty (特困人员)"],
  ["welfare_leaver", "年满18周岁的儿童福利机构安置对象", "Child-welfare leaver aged 18 or over"],
];
const SQM = ["平方米", "m²"];

export class QzPublicRentalSubsidy extends QzCalculator {
  static fn = "publicRentalSubsidy";
  static attributes = [
    ...QzCalculator.attributes,
    ["income-line", "incomeLine", "string"],
    ["area-per-person", "areaPerPerson", "string"],
  ];
  static title = ["公租房住房租赁补贴", "Public rental housing subsidy"];
  static intro = (w) => {
    const one = w.param("public_rental.subsidy_rate.tier1");
    const two = plain(w.p("public_rental.subsidy_rate.tier2"));
    const area = plain(w.p("public_rental.floor_area_threshold"));
    return [
      `${one.document}：人均年收入低于上年度城镇居民人均可支配收入、在申请地无房产或人均住房面积不足 ${area} 平方米、尚未实物配租的家庭，可领取住房租赁补贴，每半年发放一次：第 1 档 ${plain(one.value)} 元/平方米/月/人，第 2 档 ${two} 元。`,
      `${one.document}: households with per-capita income below last year's urban per-capita disposable income, no home where they apply or under ${area} m² per person, and not yet housed in a public rental unit receive a rental subsidy every half year: tier 1 ${plain(one.value)} yuan per m² per month per person, tier 2 ${two}.`,
    ];
  };
  static disclaimer = [
    "计算结果仅供参考，保障资格和补贴金额以住房保障部门审核为准。",
    "For reference only; the housing security authority decides eligibility and the amount.",
  ];

  layout() {
    const owns = (w) => w.raw("ownsHomeLocally");
    const noLine = () => !this.cfg("income-line");
    const threshold = () => plain(this.p("public_rental.floor_area_threshold"));
    return [
      dateField(this),
      { path: "householdSize", type: "count", min: 1, max: 100, unit: ["人", "people"], label: ["家庭人口", "People in the household"], hint: ["1 到 100 的整数", "A whole number from 1 to 100"], value: "3", example: "3" },
      { path: "perCapitaIncome", type: "money", label: ["家庭人均年收入", "Per-capita annual income"], hint: moneyHint("家庭年收入 ÷ 人口", "Household income a year ÷ people"), value: "20000" },
      { path: "incomeLine", type: "money", label: ["上年度城镇居民人均可支配收入", "Last year's urban per-capita disposable income"], hint: moneyHint("以市人民政府公布的数额为准", "The figure the city government published"), value: "", show: noLine },
      { path: "ownsHomeLocally", type: "checkbox", wide: true, label: ["在申请公租房所在地有房产", "Owns housing where applying"], value: false },
      { path: "perCapitaFloorArea", type: "rate", unit: SQM, label: ["人均住房面积", "Floor area per person"], hint: () => [`不足 ${threshold()} 平方米仍属住房困难`, `Under ${threshold()} m² still counts as housing difficulty`], value: "", example: "12.5", show: owns },
      { path: "localHukou", type: "checkbox", wide: true, label: ["本市保障范围户籍", "Registered (户籍) in the city's protection area"], value: true },
      { path: "category", type: "select", options: CATEGORIES, label: ["困难类别", "Hardship group"], hint: ["本市户籍的低保户、特困人员、年满18周岁儿童福利机构安置对象适用第 1 档", "Tier 1 for these groups when registered locally"], value: "none" },
      { path: "inKindAllocation", type: "checkbox", wide: true, label: ["已享受公租房实物配租（已入住公租房）", "Already housed in a public rental unit"], value: false },
    ];
  }

  toInput() {
    // The fields, plus the site's settings (the income line when the site fixes it).
    const input = super.toInput();
    const line = this.cfg("income-line");
    if (line !== undefined && line !== null) input.incomeLine = line;
    const area = this.cfg("area-per-person");
    if (area !== undefined && area !== null) input.areaPerPerson = area;
    return input;
  }

  /**
   * Without income-line the visitor typed the income line, but the library, which cannot tell,
   * calls it the site's setting: say it is theirs.
   */
  adjustStep(st) {
    if (this.cfg("income-line") || st.rule !== SITE_RULE || st.text?.key !== "public_rental_subsidy.income_line") return st;
    // Only the languages the page loaded are there.
    return { ...st, rule: INPUT_RULE, zh: st.zh?.replace("本站配置的", "您输入的"), en: st.en?.replace("set by this site at", "as you entered it:") };
  }

    headline(r) {
    if (!r.eligible) return [h("p", { class: "verdict", text: this.t(["不符合住房租赁补贴条件", "Not eligible for the rental subsidy"]) })];
    const tier = this.t([`符合条件：第 ${r.tier} 档，${r.ratePerSquareMetre} 元/平方米/月/人`, `Eligible: tier ${r.tier}, ${r.ratePerSquareMetre} yuan per m² per month per person`]);
    if (!r.halfYearly) return [h("p", { class: "verdict ok", text: tier })];
    return [
      ...this.figure(["每半年可领取", "Paid every half year"], r.halfYearly, { wan: false }),
      h("p", { class: "sub month-line", text: this.t([`每月 ${this.money(r.monthly)} · 第 ${r.tier} 档`, `${this.money(r.monthly)} a month · tier ${r.tier}`]) }),
    ];
  }

  details(r) {
    if (!r.eligible) return [];
    return [
      this.kv([
        [["补贴档次", "Tier"], String(r.tier)],
        [["补贴标准", "Standard"], this.t([`${r.ratePerSquareMetre} 元/平方米/月/人`, `${r.ratePerSquareMetre} yuan per m² per month per person`])],
        r.areaPerPerson ? [["人均补贴面积（本站设置）", "Area per person (site setting)"], `${r.areaPerPerson} ${this.t(SQM)}`] : null,
        r.monthly ? [["每月补贴", "Monthly"], this.money(r.monthly)] : null,
      ]),
    ];
  }
}

define("qz-public-rental-subsidy", QzPublicRentalSubsidy);
