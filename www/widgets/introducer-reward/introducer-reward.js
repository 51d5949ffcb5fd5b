// <qz-introducer-reward>: the 一县一业 rewards for bringing a project in: to the introducer
// (introducerReward, D1 招商成效激励) or to the enterprise that brought it (enterpriseLedInvestmentReward,
// D2 以企招商). Every figure shown is one the library returned.
import { define } from "../kit/element.js";
import { h } from "../kit/dom.js";
import { moneyHint } from "../kit/labels.js";
import { formatMoney, plain, percent } from "../kit/format.js";
import { QzIncentiveCalculator, COUNTIES, INDUSTRIES, labelOf } from "../kit/incentive.js";

const KINDS = [
  ["team", "招商团队", "An investment-promotion team"],
  ["enterprise", "招商企业", "An enterprise"],
  ["individual", "个人", "An individual"],
];
const MEMBERS = [
  ["none", "成员中没有公职人员", "No member is a public servant"],
  ["some", "部分成员是机关事业单位公职人员", "Some members are public servants"],
  ["all", "全部成员是机关事业单位公职人员", "Every member is a public servant"],
];
const ROUTES = [
  ["featured", "本县区优势特色产业企业", "An enterprise of the county's featured industry"],
  ["other_industry", "县区内其他产业企业（参照给予同等支持）", "Another enterprise of the county (the same support)"],
];
const yuan = (w, id) => formatMoney(plain(w.p(id)));

/** "按 … 的 1% 计算；超过单个项目上限 500,000.00 元，按上限给予" from the result's own figures. */
const basisLine = (w, r, [zhBase, enBase]) => [
  `按${zhBase} ${w.money(r.base)} 的 ${percent(r.rate)} 计算${r.capped ? `；超过单个项目上限，按 ${w.money(r.cap)} 给予` : ""}`,
  `${percent(r.rate)} of ${enBase}, ${w.money(r.base)}${r.capped ? `; over the cap per project, so ${w.money(r.cap)}` : ""}`,
];

const introducer = {
  fn: "introducerReward",
  label: ["引荐人奖励（招商成效激励）", "Reward to the introducer"],
  fields: (w) => {
    const at = (p) => w.raw(`introducerReward.${p}`);
    return [
      h("p", { class: "hint wide" }, w.bind(h("span"), () => [
        `引进投资 ${yuan(w, "yxyy.introducer.threshold")} 元（含）以上的优势特色产业及配套项目，按前两年合同约定固定资产投资额的 ${percent(w.p("yxyy.introducer.rate"))} 奖励在引荐中起主要推动作用并已备案的招商团队、企业或个人（机关事业单位公职人员除外），单个项目最高 ${yuan(w, "yxyy.introducer.cap")} 元。`,
        `Projects of a featured industry (or supporting one) with ${yuan(w, "yxyy.introducer.threshold")} yuan or more of investment: ${percent(w.p("yxyy.introducer.rate"))} of the first two years' contracted fixed-asset investment to the registered team, enterprise or individual who played the main role (not public servants), at most ${yuan(w, "yxyy.introducer.cap")} yuan per project.`,
      ])),
      w.dayField("landingDate", ["项目落地（签约）日期", "Date the project landed (contract signed)"]),
      { path: "industry", type: "select", options: INDUSTRIES, label: ["项目所属产业", "The project's industry"], value: "chenpi" },
      { path: "supportingProject", type: "checkbox", wide: true, label: ["属于上述优势特色产业的配套项目", "A supporting project of one of these featured industries"], value: false, show: () => at("industry") === "other" },
      { path: "totalInvestment", type: "money", label: ["引进投资总额", "Total investment brought in"], hint: () => moneyHint(`须达到 ${yuan(w, "yxyy.introducer.threshold")} 元（含）`, `At least ${yuan(w, "yxyy.introducer.threshold")} yuan`), value: "120000000" },
      { path: "firstTwoYearsFixedAssetInvestment", type: "money", label: ["前两年合同约定的固定资产投资额", "Fixed-asset investment contracted for the first two years"], hint: moneyHint("奖励基数，不超过引进投资总额", "The base; at most the total investment"), value: "40000000" },
      { path: "introducer.kind", type: "select", options: KINDS, label: ["引荐人", "Who introduced it"], value: "team" },
      { path: "introducer.publicServant", type: "checkbox", wide: true, label: ["本人是机关事业单位公职人员", "The person is a public servant (机关事业单位公职人员)"], value: false, show: () => at("introducer.kind") === "individual" },
      { path: "introducer.publicServantMembers", type: "select", options: MEMBERS, label: ["团队成员中的公职人员", "Public servants in the team"], value: "none", show: () => at("introducer.kind") === "team" },
      { path: "mainRole", type: "checkbox", wide: true, label: ["在项目引荐中起到主要推动作用", "Played the main role in introducing the project"], value: true },
      { path: "registered", type: "checkbox", wide: true, label: ["引荐人已备案", "The introducer is registered (备案)"], value: true },
    ];
  },
  headline: (r, w) => {
    if (!r.eligible) return [h("p", { class: "verdict", text: w.t(["不符合招商成效激励条件", "Not eligible for the introducer reward"]) })];
    return [
      ...w.figure(["引荐人可获一次性奖励", "One-off reward to the introducer"], r.amount),
      h("p", { class: "sub", text: w.t(basisLine(w, r, ["前两年合同约定固定资产投资额", "the first two years' contracted fixed-asset investment"])) }),
    ];
  },
  details: (r, w) => [
    w.kv([
      [["引进投资门槛（含）", "Investment threshold (inclusive)"], w.money(r.threshold)],
      [["奖励基数", "Base"], w.money(r.base)],
      [["奖励比例", "Rate"], percent(r.rate)],
      [["按比例计算", "Base × rate"], w.money(r.uncapped)],
      [["单个项目上限", "Cap per project"], w.money(r.cap)],
    ]),
  ],
};

const enterpriseLed = {
  fn: "enterpriseLedInvestmentReward",
  label: ["以企招商奖励", "Reward to the enterprise bringing it"],
  fields: (w) => [
    h("p", { class: "hint wide" }, w.bind(h("span"), () => [
      `本县区优势特色产业企业（或县区内其他产业企业）从市外引进产业上下游配套项目，固定资产投资（不含土地出让金）达到门槛的，自投产之日起按当年合同约定固定资产投资额的 ${percent(w.p("yxyy.enterpriseLed.rate"))} 给予一次性奖励，单个项目最高 ${yuan(w, "yxyy.enterpriseLed.cap")} 元。门槛：陈皮 ${yuan(w, "yxyy.enterpriseLed.threshold.chenpi")} 元，玩具服装 ${yuan(w, "yxyy.enterpriseLed.threshold.toys_apparel")} 元，木材家居、化工 ${yuan(w, "yxyy.enterpriseLed.threshold.chemicals")} 元。`,
      `An enterprise of the county's featured industry (or another enterprise of the county) that brings in a supporting project from outside the city, with fixed-asset investment (without the land premium) at the threshold or above, gets ${percent(w.p("yxyy.enterpriseLed.rate"))} of the production year's contracted fixed-asset investment once, at most ${yuan(w, "yxyy.enterpriseLed.cap")} yuan per project. Thresholds: chenpi ${yuan(w, "yxyy.enterpriseLed.threshold.chenpi")}, toys and clothing ${yuan(w, "yxyy.enterpriseLed.threshold.toys_apparel")}, timber and furniture, chemicals ${yuan(w, "yxyy.enterpriseLed.threshold.chemicals")} yuan.`,
    ])),
    w.dayField("productionStartDate", ["项目投产日期", "Date the project started production"]),
    { path: "county", type: "select", options: COUNTIES, label: ["企业所在县区", "The enterprise's county"], hint: ["决定适用哪个优势特色产业的门槛", "Decides whose featured industry's threshold applies"], value: "pubei" },
    { path: "enterpriseIndustry", type: "select", options: INDUSTRIES, label: ["企业所属产业", "The enterprise's industry"], value: "chenpi" },
    { path: "chainProject", type: "checkbox", wide: true, label: ["引进的是本县区优势特色产业上下游配套（延链补链强链）项目", "The project supports the county's featured industry's chain"], value: true },
    { path: "fromOutsideCity", type: "checkbox", wide: true, label: ["项目从市外引进", "The project comes from outside the city"], value: true },
    { path: "fixedAssetInvestment", type: "money", label: ["从市外引进的固定资产投资", "Fixed-asset investment from outside the city"], hint: moneyHint("含土地出让金时请在下一项填写其金额", "If it includes a land premium, enter that below"), value: "50000000" },
    { path: "landPremium", type: "money", optional: true, label: ["其中土地出让金", "Of which land premium"], hint: ["选填，单位：元", "Optional; in yuan"], value: "" },
    { path: "yearContractedFixedAssetInvestment", type: "money", label: ["投产当年合同约定的固定资产投资额", "Fixed-asset investment contracted for the production year"], hint: moneyHint("奖励基数", "The base"), value: "30000000" },
    { path: "yearLandPremium", type: "money", optional: true, label: ["其中当年土地出让金", "Of which land premium (that year)"], hint: ["选填，单位：元", "Optional; in yuan"], value: "" },
  ],
  headline: (r, w) => {
    if (!r.eligible) return [h("p", { class: "verdict", text: w.t(["不符合以企招商奖励条件", "Not eligible for the enterprise-led investment reward"]) })];
    return [
      ...w.figure(["企业可获一次性奖励", "One-off reward to the enterprise"], r.amount),
      h("p", { class: "sub", text: w.t(basisLine(w, r, ["投产当年合同约定固定资产投资额", "the production year's contracted fixed-asset investment"])) }),
    ];
  },
  details: (r, w) => [
    w.kv([
      r.route ? [["适用情形", "Route"], labelOf(ROUTES, r.route)] : null,
      r.industry ? [["本县区优势特色产业", "The county's featured industry"], labelOf(INDUSTRIES, r.industry)] : null,
      r.threshold ? [["投资门槛（达到即可）", "Threshold (inclusive)"], w.money(r.threshold)] : null,
      [["固定资产投资（不含土地出让金）", "Investment without the land premium"], w.money(r.thresholdMeasure)],
      [["奖励基数", "Base"], w.money(r.base)],
      [["奖励比例", "Rate"], percent(r.rate)],
      [["按比例计算", "Base × rate"], w.money(r.uncapped)],
      [["单个项目上限", "Cap per project"], w.money(r.cap)],
      [[`附件按 ${percent(r.attachmentRate)} 计算的金额（未采用，见“请注意”）`, `At the attachment's ${percent(r.attachmentRate)} (not used; see Please note)`], w.money(r.attachmentAmount)],
    ]),
  ],
};

export class QzIntroducerReward extends QzIncentiveCalculator {
  static title = ["招商引资奖励", "Rewards for bringing in investment"];
  static chooser = ["奖励类型", "Which reward"];
  static calculators = [introducer, enterpriseLed];
  static intro = (w) => {
    const doc = w.param("yxyy.introducer.rate").document;
    return [
      `${doc}（一县一业三年行动方案）：引荐优势特色产业项目落地的招商团队、企业或个人，以及为本县区从市外引进配套项目的企业，可获一次性奖励。先选择奖励类型，再填写项目情况。`,
      `${doc} (the 一县一业 three-year plan): one-off rewards to whoever introduces a project of a featured industry, and to an enterprise that brings in a supporting project from outside the city. Choose the reward, then describe the project.`,
    ];
  };
}

define("qz-introducer-reward", QzIntroducerReward);
