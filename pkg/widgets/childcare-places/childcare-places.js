// <qz-childcare-places>: childcare places for children under 3 against the 2025 target
// (childcarePlaces). Every figure shown is one the library returned.
import { QzCalculator, define } from "../kit/element.js";
import { h, s } from "../kit/dom.js";
import { formatCount, plain } from "../kit/format.js";

const PROJECT_SCOPES = [
  ["gazette", "计入附件3的全部规划项目", "Every planned project in Annex 3"],
  ["none", "不计入规划项目", "No planned projects"],
  ["灵山县", "仅灵山县项目", "Lingshan county only"],
  ["浦北县", "仅浦北县项目", "Pubei county only"],
  ["钦南区", "仅钦南区项目", "Qinnan district only"],
  ["钦北区", "仅钦北区项目", "Qinbei district only"],
];

export class QzChildcarePlaces extends QzCalculator {
  static fn = "childcarePlaces";
  /** Its step values are places and places per 1,000 people, never yuan. */
  static moneySteps = false;
  static title = ["婴幼儿托位测算", "Childcare places for children under 3"];
  static intro = (w) => {
    const target = w.param("childcare.target_per_thousand");
    return [
      `${target.document}：到 2025 年每千人口拥有 3 岁以下婴幼儿托位数达到 ${plain(target.value)} 个。输入人口和现有托位，看距离目标还差多少。`,
      `${target.document}: ${plain(target.value)} places for children under 3 per 1,000 population by 2025. Enter the population and existing places to see the gap.`,
    ];
  };
  static disclaimer = [
    "这是按公报规划目标所作的测算，不是托育机构的实际收托名额，也不代表政府的认定。",
    "An estimate against the plan's target: not the places nurseries actually offer, nor an official finding.",
  ];

  layout() {
    const target = () => plain(this.p("childcare.target_per_thousand"));
    return [
      { path: "population", type: "count", unit: ["人", "people"], label: ["常住人口", "Resident population"], hint: ["默认：第七次全国人口普查钦州市常住人口", "Default: Qinzhou's 2020 census resident population"], value: "3302238", example: "3302238" },
      { path: "places", type: "count", unit: ["个", "places"], label: ["现有托位数", "Existing places"], hint: ["默认：2020 年末全市托位数（公报）", "Default: places at the end of 2020 (gazette)"], value: "4613", example: "4613" },
      { path: "projects", type: "select", options: PROJECT_SCOPES, label: ["计入的规划项目（附件3）", "Planned projects to count (Annex 3)"], value: "gazette" },
      { path: "planned", type: "count", unit: ["个", "places"], optional: true, label: ["其他规划新增托位", "Other planned places"], hint: ["选填", "Optional"], value: "" },
      { path: "targetPerThousand", type: "rate", unit: ["个/千人", "per 1,000"], label: ["目标（每千人口托位数）", "Target (places per 1,000 people)"], hint: () => [`规划目标 ${target()}`, `The plan's target is ${target()}`], value: target, example: "4.5" },
    ];
  }


  headline(r) {
    const short = this.t(
      r.metAfterPlanned
        ? [`未计入附件3项目时还差 ${formatCount(r.gap)} 个；规划建成后可达标`, `${formatCount(r.gap)} places short without the Annex 3 projects; met once the plans are built`]
        : [`计入全部规划后仍差 ${formatCount(r.gapAfterPlanned)} 个`, `${formatCount(r.gapAfterPlanned)} places short even with the plans`],
    );
    return [
      h("p", { class: "label", text: this.t(["每千人口托位数", "Places per 1,000 people"]) }),
      h("p", { class: "amount", part: "amount" }, r.perThousand, " ", h("span", { class: "yuan", text: this.t([`个（目标 ${r.target}）`, ` (target ${r.target})`]) })),
      h("p", { class: `verdict${r.met ? " ok" : ""}`, text: r.met ? this.t(["已达到目标", "The target is met"]) : short }),
    ];
  }

  details(r) {
    const places = this._outcome.input.places; // what was computed, not what is typed now
    const out = [
      this.kv([
        [["达到目标所需托位", "Places needed for the target"], formatCount(r.required)],
        [["规划新增托位", "Planned places"], formatCount(r.plannedPlaces)],
        [["未计入附件3项目的缺口", "Gap without the Annex 3 projects"], formatCount(r.gap)],
        [["计入全部规划后的缺口", "Gap after all planned places"], formatCount(r.gapAfterPlanned)],
      ]),
      this.bars(places, r),
    ];
    if (r.projects?.length) {
      out.push(
        h(
          "details",
          { class: "project-box" },
          h("summary", { text: this.t([`计入的规划项目（${r.projects.length} 个，钦政办〔2023〕3号 附件3 二）`, `Projects counted (${r.projects.length}; 钦政办〔2023〕3号, Annex 3 II)`]) }),
          h(
            "ul",
            { class: "projects" },
            r.projects.map((p) =>
              h(
                "li",
                {},
                h("strong", { text: p.name }),
                h("span", {
                  class: "meta",
                  text: this.t([
                    `${p.county} · ${formatCount(p.places)} 个托位 · ${p.years} 年 · 总投资 ${formatCount(p.investmentWan)} 万元 · ${p.owner}`,
                    `${p.county} · ${formatCount(p.places)} places · ${p.years} · investment ${formatCount(p.investmentWan)} × 10,000 yuan · ${p.owner}`,
                  ]),
                }),
              ),
            ),
          ),
        ),
      );
    }
    const g = r.gazette;
    if (g) {
      out.push(
        h(
          "div",
          { class: "gazette" },
          this.subheading(["公报中的数字", "The gazette's own figures"]),
          this.kv([
            [["2020 年末托位", "Places, end of 2020"], formatCount(g.places2020)],
            [["全市每千人口托位（自治区水平）", "Per 1,000 in Qinzhou (the region's level)"], `${g.perThousand2020}（${g.regionPerThousand}）`],
            [["2025 年需托位", "Needed by 2025"], `≈${formatCount(g.need2025Total)}`],
            [["其中新增", "Of which new"], `≈${formatCount(g.need2025New)}`],
          ]),
        ),
      );
    }
    return out;
  }

  /** Existing, planned (stacked on existing) and required places, with the target line. */
  bars(places, r) {
    const W = this.chartWidth();
    const [rowH, left, right, top] = [46, 8, 8, 22];
    const planned = r.plannedPlaces;
    const rows = [
      { caption: [`现有托位：${formatCount(places)} 个（每千人 ${r.perThousand}）`, `Existing: ${formatCount(places)} (${r.perThousand}/1,000)`], parts: [[places, "bar-1"]] },
      { caption: [`加上规划新增 ${formatCount(planned)} 个`, `With ${formatCount(planned)} planned places`], parts: [[places, "bar-1"], [planned, "bar-2"]] },
      { caption: [`达到目标所需：${formatCount(r.required)} 个`, `Needed for the target: ${formatCount(r.required)}`], parts: [[r.required, "bar-3"]] },
    ];
    // Bar lengths only: geometry, never a figure shown.
    const max = Math.max(r.required, places + planned, 1) * 1.02;
    const plotW = W - left - right;
    const H = top + rows.length * rowH + 6;
    const id = `${this._id}-bars`;
    const svg = s(
      "svg",
      { class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-labelledby": id },
      s("title", { id }, rows.map((row) => this.t(row.caption)).join(this.t(["；", "; "]))),
    );
    rows.forEach((row, i) => {
      const y = top + i * rowH;
      svg.append(s("text", { x: left, y: y - 4, class: "big" }, this.t(row.caption)));
      svg.append(s("rect", { x: left, y, width: plotW, height: 18, rx: 4, class: "track" }));
      let x = left;
      for (const [n, cls] of row.parts) {
        const w = (n / max) * plotW;
        svg.append(s("rect", { x, y, width: Math.max(1, w), height: 18, class: cls }));
        x += w;
      }
    });
    const tx = left + (r.required / max) * plotW;
    const lastBar = top + (rows.length - 1) * rowH + 18;
    svg.append(s("line", { x1: tx, x2: tx, y1: top - 2, y2: lastBar + 4, class: "target" }));
    svg.append(s("text", { x: tx - 4, y: lastBar + 20, "text-anchor": "end", class: "target-text" }, this.t([`目标：每千人 ${r.target} 个`, `Target: ${r.target} per 1,000`])));
    return h("figure", { class: "chart-box" }, svg);
  }
}

define("qz-childcare-places", QzChildcarePlaces);
