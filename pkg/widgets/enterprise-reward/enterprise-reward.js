// <qz-enterprise-reward>: the 一县一业 rewards to an enterprise: first entry above scale
// (aboveScaleEntryReward, D4a), the revenue milestone bonus on the city's reward
// (revenueMilestoneBonus, D4b) and the technology innovation support or award
// (technologyInnovationAward, D7). Every figure shown is one the library returned.
import { define } from "../kit/element.js";
import { h } from "../kit/dom.js";
import { moneyHint } from "../kit/labels.js";
import { formatMoney, formatCount, plain, percent } from "../kit/format.js";
import { QzIncentiveCalculator, COUNTIES, INDUSTRIES } from "../kit/incentive.js";

const yuan = (w, id) => formatMoney(plain(w.p(id)));
const TECH_KINDS = [
  ["key_laboratory", "牵头组建并新获批市级重点实验室", "Led a newly approved city-level key laboratory"],
  ["technology_innovation_center", "牵头组建并新获批市级技术创新中心", "Led a newly approved city-level technology innovation centre"],
  ["achievement_transformation", "引进先进科学技术进行科技成果转化", "Brought in advanced technology to put research results to use"],
];
const LEVELS = [
  ["city", "市级", "City"],
  ["region", "自治区级", "Autonomous region"],
  ["national", "国家级", "National"],
];
const MILESTONE = /^yxyy\.milestone\.revenue\.(\d+)$/;

/** The revenue milestones, as the module's parameter table lists them: [亿, yuan], ascending. */
let milestoneList = null;
const milestones = (w) =>
  (milestoneList ??= [...new Set(w._pkg.policyParameters().map((p) => p.id))]
    .filter((id) => MILESTONE.test(id))
    .map((id) => [MILESTONE.exec(id)[1], plain(w.p(id))])
    .sort((a, b) => Number(a[0]) - Number(b[0])));
/** A milestone in words: 亿 in Chinese, the figure in yuan (from the parameter table) in English. */
const milestoneName = (w, yi) => {
  const m = milestones(w).find(([y]) => y === String(yi));
  return [`${yi} 亿元`, m ? `${formatCount(m[1])} yuan` : `${yi}亿 yuan`];
};

const parkFields = (w, industrialLabel, industrialPath) => [
  { path: "county", type: "select", options: COUNTIES, label: ["企业所在县区", "The enterprise's county"], value: "lingshan" },
  { path: "industry", type: "select", options: INDUSTRIES, label: ["企业所属产业", "The enterprise's industry"], value: "toys_apparel" },
  { path: "inPark", type: "checkbox", wide: true, label: ["企业入驻园区", "The enterprise is in a park (入驻园区)"], value: true },
  { path: industrialPath, type: "checkbox", wide: true, label: industrialLabel, value: true },
];

const entry = {
  fn: "aboveScaleEntryReward",
  label: ["首次上规入库奖励", "First entry above scale"],
  fields: (w) => [
    h("p", { class: "hint wide" }, w.bind(h("span"), () => [
      `入驻园区的优势特色产业企业，首次上规入库的工业企业给予一次性奖励 ${yuan(w, "yxyy.aboveScaleEntry.amount")} 元/户（转专业、当年入统当年退库企业除外）。`,
      `An industrial enterprise of a featured industry in a park that enters the above-scale database for the first time gets ${yuan(w, "yxyy.aboveScaleEntry.amount")} yuan once (not when reclassified from another sector, nor when it left the database in the year it entered).`,
    ])),
    w.dayField("entryDate", ["上规入库日期", "Date of entry into the above-scale database"]),
    ...parkFields(w, ["工业企业", "An industrial enterprise"], "industrial"),
    { path: "firstEntry", type: "checkbox", wide: true, label: ["首次上规入库", "Its first entry above scale"], value: true },
    { path: "transferredFromOtherSector", type: "checkbox", wide: true, label: ["属于转专业入库", "Entered by reclassification from another sector (转专业)"], value: false },
    { path: "exitedInEntryYear", type: "checkbox", wide: true, label: ["当年入统当年退库", "Left the database in the year it entered"], value: false },
  ],
  headline: (r, w) => {
    if (!r.eligible) return [h("p", { class: "verdict", text: w.t(["不符合首次上规入库奖励条件", "Not eligible for the above-scale entry reward"]) })];
    return w.figure(["企业可获一次性奖励", "One-off reward to the enterprise"], r.amount);
  },
};

const milestone = {
  fn: "revenueMilestoneBonus",
  label: ["营收首次突破叠加奖励", "Revenue milestone bonus"],
  fields: (w) => [
    h("p", { class: "hint wide" }, w.bind(h("span"), () => {
      const list = milestones(w).map(([yi]) => yi);
      return [
        `规模以上工业企业主营业务收入首次突破 ${list.join("、")} 亿元，在已获市级奖励的基础上，再给予原奖励资金 ${percent(w.p("yxyy.milestone.rate"))} 的一次性奖励。市级奖励的金额公报未载明，请按已获得的填写。`,
        `An above-scale industrial enterprise whose main business revenue first exceeds ${list.join(", ")} 亿 yuan gets ${percent(w.p("yxyy.milestone.rate"))} of the city reward it obtained for that milestone, once more. The gazette does not give the city rewards: enter those obtained.`,
      ];
    })),
    w.yearField("year", ["营业收入年度", "Revenue year"]),
    ...parkFields(w, ["规模以上工业企业", "An above-scale industrial enterprise"], "aboveScaleIndustrial"),
    { path: "revenue", type: "money", label: ["当年主营业务收入", "Main business revenue of the year"], hint: moneyHint("可按万元填写，如 105000万", "May be given in 万, e.g. 105000万"), value: "1050000000" },
    { path: "previousHighestRevenue", type: "money", label: ["此前各年度最高主营业务收入", "Highest main business revenue of any earlier year"], hint: moneyHint("", ""), value: "95000000" },
    w.listEditor({
      legend: ["已获得的市级奖励", "City rewards obtained"],
      note: ["每个突破档次一行；没有获得市级奖励的档次不填。", "One row per milestone; leave out a milestone without a city reward."],
      add: ["＋ 添加一项市级奖励", "+ Add a city reward"],
      remove: (i) => [`删除第 ${i + 1} 项市级奖励`, `Remove city reward ${i + 1}`],
      initial: [
        { milestoneYi: "1", amount: "100000" },
        { milestoneYi: "10", amount: "500000" },
      ],
      specs: (i, v) => {
        // A new row offers the first milestone no earlier row has (each milestone once).
        const taken = new Set(Array.from({ length: i }, (_, j) => w.raw(`revenueMilestoneBonus.cityRewards[${j}].milestoneYi`)));
        const free = milestones(w).find(([yi]) => !taken.has(yi))?.[0] ?? milestones(w)[0]?.[0];
        return [
        {
          path: `revenueMilestoneBonus.cityRewards[${i}].milestoneYi`,
          type: "select",
          options: milestones(w).map(([yi, amount]) => [yi, `突破 ${yi} 亿元`, `Over ${formatCount(amount)} yuan`]),
          label: [`第 ${i + 1} 项：突破档次`, `Reward ${i + 1}: milestone`],
          value: v.milestoneYi ?? free,
        },
        { path: `revenueMilestoneBonus.cityRewards[${i}].amount`, type: "money", label: [`第 ${i + 1} 项：已获市级奖励`, `Reward ${i + 1}: city reward obtained`], value: v.amount ?? "" },
        ];
      },
    }),
  ],
  input: (input, w) => {
    if (input.cityRewards) input.cityRewards = input.cityRewards.map((c) => ({ ...c, milestoneYi: Number(c.milestoneYi) }));
    else input.cityRewards = [];
    if (w.milestoneInclusive) input.settings = { milestoneInclusive: true };
    return input;
  },
  headline: (r, w) => {
    if (!r.eligible) return [h("p", { class: "verdict", text: w.t(["没有可给予的营收突破叠加奖励", "No milestone bonus is owed"]) })];
    const crossed = r.milestonesCrossed.map((yi) => w.t(milestoneName(w, yi)));
    return [
      ...w.figure(["叠加奖励合计", "Bonus in all"], r.total),
      h("p", { class: "sub", text: w.t([`本年度首次突破：${crossed.join("、")}`, `First exceeded this year: ${crossed.join(", ")}`]) }),
    ];
  },
  details: (r, w) => {
    const out = [];
    if (!r.eligible && r.milestonesCrossed?.length) {
      out.push(w.kv([[["本年度首次突破", "First exceeded this year"], r.milestonesCrossed.map((yi) => w.t(milestoneName(w, yi))).join(w.t(["、", ", "]))]]));
    }
    if (r.bonuses?.length) {
      out.push(
        w.table(
          ["各档次叠加奖励", "Bonus per milestone"],
          [["突破档次", "Milestone"], ["市级奖励（元）", "City reward (yuan)"], ["叠加奖励（元）", "Bonus (yuan)"]],
          r.bonuses.map((b) => [w.t(milestoneName(w, b.milestoneYi)), formatMoney(b.originalReward), formatMoney(b.bonus)]),
          { numeric: [1, 2] },
        ),
      );
    }
    return out;
  },
};

const technology = {
  fn: "technologyInnovationAward",
  label: ["科技创新平台与成果转化奖补", "Technology innovation"],
  fields: (w) => {
    const at = (p) => w.raw(`technologyInnovationAward.${p}`);
    const platform = () => at("kind") !== "achievement_transformation";
    return [
      h("p", { class: "hint wide" }, w.bind(h("span"), () => [
        `符合“一县一业”条件的企业牵头组建并新获批市级重点实验室、技术创新中心的，由市财政给予一次性 ${yuan(w, "yxyy.technology.amount")} 元资金扶持；引进先进科学技术进行科技成果转化并通过自治区重大科技成果转化绩效核实的，给予一次性 ${yuan(w, "yxyy.technology.amount")} 元资金奖励。`,
        `An enterprise meeting the 一县一业 conditions that leads a newly approved city-level key laboratory or technology innovation centre gets ${yuan(w, "yxyy.technology.amount")} yuan of support once; one that brings in advanced technology and passes the region's verification of a major transformation gets a ${yuan(w, "yxyy.technology.amount")} yuan award once.`,
      ])),
      w.dayField("date", ["获批或通过核实的日期", "Date of the approval or verification"]),
      { path: "kind", type: "select", options: TECH_KINDS, wide: true, label: ["事项", "What happened"], value: "key_laboratory" },
      { path: "qualifiesYixianYiye", type: "checkbox", wide: true, label: ["企业符合“一县一业”条件（经主管部门认定）", "The enterprise meets the 一县一业 conditions (as the department attests)"], value: true },
      { path: "level", type: "select", options: LEVELS, label: ["获批级别", "Approved at which level"], value: "city", show: platform },
      { path: "leadEnterprise", type: "checkbox", wide: true, label: ["由本企业牵头组建", "The enterprise led its creation"], value: true, show: platform },
      { path: "newlyApproved", type: "checkbox", wide: true, label: ["新获批", "Newly approved"], value: true, show: platform },
      { path: "advancedTechnologyIntroduced", type: "checkbox", wide: true, label: ["引进了先进科学技术", "Advanced technology was brought in"], value: true, show: () => !platform() },
      { path: "regionalVerificationPassed", type: "checkbox", wide: true, label: ["通过自治区重大科技成果转化绩效核实", "Passed the region's verification of a major transformation"], value: true, show: () => !platform() },
    ];
  },
  headline: (r, w) => {
    if (!r.eligible) return [h("p", { class: "verdict", text: w.t(["不符合科技创新奖补条件", "Not eligible for the technology support or award"]) })];
    return w.figure(r.nature === "award" ? ["一次性资金奖励", "One-off award"] : ["一次性资金扶持", "One-off support"], r.amount);
  },
};

export class QzEnterpriseReward extends QzIncentiveCalculator {
  static attributes = [...QzIncentiveCalculator.attributes, ["milestone-inclusive", "milestoneInclusive", "boolean"]];
  static title = ["企业奖励：上规、营收突破、科技创新", "Rewards to enterprises: above scale, revenue, innovation"];
  static chooser = ["奖励类型", "Which reward"];
  static calculators = [entry, milestone, technology];
  static intro = (w) => {
    const doc = w.param("yxyy.aboveScaleEntry.amount").document;
    return [
      `${doc}（一县一业三年行动方案）对园区内优势特色产业企业首次上规入库、营业收入首次突破档次，以及科技创新平台和成果转化给予一次性奖励。先选择奖励类型，再填写企业情况。`,
      `${doc} (the 一县一业 three-year plan) pays one-off rewards to featured-industry enterprises in parks on first entering the above-scale database and on first exceeding a revenue milestone, and for innovation platforms and technology transformation. Choose the reward, then describe the enterprise.`,
    ];
  };
}

define("qz-enterprise-reward", QzEnterpriseReward);
