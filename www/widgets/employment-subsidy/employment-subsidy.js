// <qz-employment-subsidy>: the 一县一业 employment subsidies: the employment service subsidy to a
// market entity that places workers (employmentServiceSubsidy, D8) and an assistance workshop's
// subsidies per worker (assistanceWorkshopSubsidy, D9). The rate per person and how a part year
// is paid are the site's settings (rate-per-person, partial-year). Every figure shown is one the
// library returned.
import { define } from "../kit/element.js";
import { h } from "../kit/dom.js";
import { T, moneyHint } from "../kit/labels.js";
import { formatMoney, formatCount, plain } from "../kit/format.js";
import { QzIncentiveCalculator } from "../kit/incentive.js";

const yuan = (w, id) => formatMoney(plain(w.p(id)));
const PROVIDERS = [
  ["commercial_hr_agency", "经营性人力资源服务机构", "A commercial human-resources agency"],
  ["other_market_entity", "其他市场主体", "Another market entity"],
  ["public_body", "公共就业服务机构等非市场主体", "A public employment service (not a market entity)"],
];
const STATUSES = [
  ["poverty_alleviated", "脱贫劳动力", "Lifted out of poverty"],
  ["monitored", "监测对象", "Under monitoring"],
  ["other", "其他劳动者", "Other worker"],
];
const PEOPLE = ["人", "people"];

const service = {
  fn: "employmentServiceSubsidy",
  label: ["就业创业服务补助（介绍就业）", "Employment service subsidy"],
  fields: (w) => [
    h("p", { class: "hint wide" }, w.bind(h("span"), () => [
      `经营性人力资源服务机构等市场主体介绍农村劳动力和登记失业人员到企业就业，按 ${yuan(w, "yxyy.employmentService.rateMin")} 元至 ${yuan(w, "yxyy.employmentService.rateMax")} 元/人的标准给予就业创业服务补助。${w.cfg("rate-per-person") ? `本站按每人 ${formatMoney(w.cfg("rate-per-person"))} 元计算。` : "本站未设定具体标准，结果给出区间。"}`,
      `A commercial human-resources agency or another market entity that places rural workers and registered unemployed people in enterprises gets ${yuan(w, "yxyy.employmentService.rateMin")} to ${yuan(w, "yxyy.employmentService.rateMax")} yuan per person. ${w.cfg("rate-per-person") ? `This site pays ${formatMoney(w.cfg("rate-per-person"))} yuan per person.` : "This site sets no rate, so the result is a range."}`,
    ])),
    w.dayField("date", ["入职就业日期", "Date the placements started work"]),
    { path: "providerKind", type: "select", options: PROVIDERS, wide: true, label: ["介绍就业的机构", "Who placed them"], value: "commercial_hr_agency" },
    { path: "ruralLabour", type: "count", unit: PEOPLE, label: ["介绍到企业就业的农村劳动力", "Rural workers placed in enterprises"], hint: ["每人只计一次", "Each person once"], value: "10", example: "10" },
    { path: "registeredUnemployed", type: "count", unit: PEOPLE, label: ["介绍到企业就业的登记失业人员", "Registered unemployed placed in enterprises"], hint: ["已计入农村劳动力的不再重复计算", "Not those already counted as rural workers"], value: "5", example: "5" },
  ],
  input: (input, w) => {
    const rate = w.cfg("rate-per-person");
    if (rate !== undefined) input.settings = { ratePerPerson: rate };
    return input;
  },
  headline: (r, w) => {
    if (!r.eligible) return [h("p", { class: "verdict", text: w.t(["不符合就业创业服务补助条件", "Not eligible for the employment service subsidy"]) })];
    const persons = formatCount(r.persons);
    if (r.amount !== null && r.amount !== undefined) {
      return [
        ...w.figure(["可获就业创业服务补助", "Employment service subsidy"], r.amount),
        h("p", { class: "sub", text: w.t([`${persons} 人 × 每人 ${w.money(r.rate)}`, `${persons} people × ${w.money(r.rate)} each`]) }),
      ];
    }
    return [
      h("p", { class: "label", text: w.t(["可获就业创业服务补助（按标准区间）", "Employment service subsidy (the range the gazette gives)"]) }),
      h("p", { class: "amount", part: "amount" }, `${formatMoney(r.amountMin)} – ${formatMoney(r.amountMax)}`, " ", h("span", { class: "yuan", text: w.t(T.yuan) })),
      h("p", { class: "sub", text: w.t([`${persons} 人 × 每人 ${formatMoney(r.rateMin)} 至 ${formatMoney(r.rateMax)} 元`, `${persons} people × ${formatMoney(r.rateMin)} to ${formatMoney(r.rateMax)} yuan each`]) }),
    ];
  },
  details: (r, w) => [
    w.kv([
      [["计入人数", "People counted"], formatCount(r.persons)],
      [["公报标准（每人）", "The gazette's range per person"], `${formatMoney(r.rateMin)} – ${w.money(r.rateMax)}`],
      r.rate ? [["本站标准（每人）", "This site's rate per person"], w.money(r.rate)] : null,
    ]),
  ],
};

const workshop = {
  fn: "assistanceWorkshopSubsidy",
  label: ["就业帮扶车间补贴", "Assistance workshop subsidies"],
  fields: (w) => [
    h("p", { class: "hint wide" }, w.bind(h("span"), () => [
      `帮扶车间吸纳脱贫劳动力（含监测对象）就业，签订 1 年（含）以上劳动合同并依法缴纳社会保险费的，按其为脱贫劳动力实际缴纳的社会保险费给予补贴，并给予每人每年 ${yuan(w, "yxyy.workshop.employmentPerYear")} 元的带动就业补贴。`,
      `A workshop employing people lifted out of poverty (or under monitoring) on a contract of a year or more, with social insurance paid by law, gets the social insurance it paid for them, and ${yuan(w, "yxyy.workshop.employmentPerYear")} yuan per person per year for the employment.`,
    ])),
    w.yearField("year", ["补贴年度", "Year"]),
    { path: "recognizedWorkshop", type: "checkbox", wide: true, label: ["已认定为就业帮扶车间", "A recognised assistance workshop (就业帮扶车间)"], value: true },
    w.listEditor({
      legend: ["吸纳就业的劳动者", "Workers employed"],
      note: ["每位劳动者一组；至少一位。", "One group per worker; at least one."],
      add: ["＋ 添加一位劳动者", "+ Add a worker"],
      remove: (i) => [`删除劳动者 ${i + 1}`, `Remove worker ${i + 1}`],
      min: 1,
      initial: [
        { status: "poverty_alleviated", openEndedContract: false, contractMonths: "12", socialInsurancePaid: true, employerContributionPaid: "6543.21", monthsEmployed: "12" },
        { status: "monitored", openEndedContract: true, contractMonths: "", socialInsurancePaid: true, employerContributionPaid: "3000", monthsEmployed: "7" },
      ],
      specs: (i, v) => {
        const p = (name) => `assistanceWorkshopSubsidy.workers[${i}].${name}`;
        const n = i + 1;
        return [
          { path: p("status"), type: "select", options: STATUSES, label: [`劳动者 ${n}：身份`, `Worker ${n}: status`], value: v.status ?? "poverty_alleviated" },
          { path: p("openEndedContract"), type: "checkbox", label: [`劳动者 ${n}：签订无固定期限劳动合同`, `Worker ${n}: open-ended contract`], value: v.openEndedContract ?? false },
          { path: p("contractMonths"), type: "count", unit: T.months, label: [`劳动者 ${n}：劳动合同期限`, `Worker ${n}: contract length`], value: v.contractMonths ?? "12", example: "12", show: () => !w.raw(p("openEndedContract")) },
          { path: p("socialInsurancePaid"), type: "checkbox", label: [`劳动者 ${n}：已依法缴纳社会保险费`, `Worker ${n}: social insurance paid by law`], value: v.socialInsurancePaid ?? true },
          { path: p("employerContributionPaid"), type: "money", label: [`劳动者 ${n}：车间当年实际缴纳的社会保险费`, `Worker ${n}: social insurance the workshop paid that year`], value: v.employerContributionPaid ?? "" },
          { path: p("monthsEmployed"), type: "count", min: 0, max: 12, unit: T.months, label: [`劳动者 ${n}：当年在岗整月数`, `Worker ${n}: full months employed that year`], value: v.monthsEmployed ?? "12", example: "12" },
        ];
      },
    }),
  ],
  input: (input, w) => {
    input.workers ??= [];
    const partial = w.cfg("partial-year");
    if (partial !== undefined) input.settings = { partialYear: partial };
    return input;
  },
  headline: (r, w) => {
    if (!r.eligible) return [h("p", { class: "verdict", text: w.t(["没有可给予的帮扶车间补贴", "No workshop subsidy is owed"]) })];
    return [
      ...w.figure(["帮扶车间可获补贴合计", "Subsidies to the workshop in all"], r.total),
      h("p", { class: "sub", text: w.t([`社会保险补贴 ${w.money(r.socialInsuranceTotal)} · 带动就业补贴 ${w.money(r.employmentTotal)}`, `Social insurance ${w.money(r.socialInsuranceTotal)} · employment ${w.money(r.employmentTotal)}`]) }),
    ];
  },
  details: (r, w) => {
    const out = [];
    if (r.workers?.length) {
      out.push(
        w.table(
          ["每位劳动者的补贴", "Per worker"],
          [["劳动者", "Worker"], ["社会保险补贴（元）", "Social insurance (yuan)"], ["带动就业补贴（元）", "Employment (yuan)"], ["合计（元）", "Total (yuan)"]],
          r.workers.map((x, i) => [
            w.t([`劳动者 ${i + 1}${x.eligible ? "" : "（不计）"}`, `Worker ${i + 1}${x.eligible ? "" : " (not counted)"}`]),
            formatMoney(x.socialInsuranceSubsidy),
            formatMoney(x.employmentSubsidy),
            formatMoney(x.total),
          ]),
          { numeric: [1, 2, 3] },
        ),
      );
      r.workers.forEach((x, i) => {
        if (x.reasons?.length) out.push(w.notices("reason", [`劳动者 ${i + 1} 不计的原因`, `Why worker ${i + 1} does not count`], x.reasons));
      });
    }
    return out;
  },
};

export class QzEmploymentSubsidy extends QzIncentiveCalculator {
  static attributes = [
    ...QzIncentiveCalculator.attributes,
    ["rate-per-person", "ratePerPerson", "string"],
    ["partial-year", "partialYear", "string"],
  ];
  static title = ["就业补贴：介绍就业和帮扶车间", "Employment subsidies: placements and assistance workshops"];
  static chooser = ["补贴类型", "Which subsidy"];
  static periodParam = "yxyy.employmentService.rateMin";
  static calculators = [service, workshop];
  static intro = (w) => {
    const doc = w.param("yxyy.employmentService.rateMin").document;
    return [
      `${doc}（一县一业三年行动方案）对介绍农村劳动力和登记失业人员到企业就业的市场主体，以及吸纳脱贫劳动力就业的帮扶车间给予补贴。先选择补贴类型，再填写情况。`,
      `${doc} (the 一县一业 three-year plan) subsidises market entities that place rural workers and registered unemployed people in enterprises, and assistance workshops that employ people lifted out of poverty. Choose the subsidy, then fill in the details.`,
    ];
  };
}

define("qz-employment-subsidy", QzEmploymentSubsidy);
