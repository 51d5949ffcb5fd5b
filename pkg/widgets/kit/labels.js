// Texts shared by every calculator, as [zh, en] pairs (or functions returning one).

export const T = {
  loading: ["正在加载计算器…", "Loading the calculator…"],
  calculate: ["计算", "Calculate"],
  reset: ["恢复默认", "Reset"],
  steps: ["计算依据", "How this was calculated"],
  stepsCount: (n) => [`（${n} 步）`, ` (${n} steps)`],
  source: ["依据：", "Source: "],
  clause: ["原文：", "The text: "],
  clauseLoading: ["正在载入条款原文…", "Loading the clause texts…"],
  clauseFailed: ["条款原文载入失败。", "The clause texts could not be loaded."],
  // Each step's basis in plain words (the API's basis names and the rule "本库解释" are values
  // for programs, not words for a visitor). "input": a figure the visitor typed (basis site,
  // rule 输入值（公报未规定）).
  basis: {
    gazette: ["公报规定", "The gazette"],
    law: ["法律", "Law"],
    official: ["官方数据", "Official data"],
    site: ["本站设置", "This site's setting"],
    interpretation: ["计算器的理解（公报未规定）", "This calculator's reading (the gazette is silent)"],
    input: ["您输入的", "You entered"],
  },
  warnings: ["请注意", "Please note"],
  scrollCue: ["表格较宽，可左右滑动查看全部列 ⇆", "The table is wider than the screen: swipe or scroll sideways ⇆"],
  reasons: ["不符合条件的原因", "Why not eligible"],
  prompt: ["请填写上方各项，然后按“计算”", "Fill in the form above, then press Calculate"],
  fix: ["请更正标出的输入项", "Please correct the marked field"],
  fixField: (label) => [`请更正：${label}`, `Please correct: ${label}`],
  fixCount: (n) => [`请更正标出的 ${n} 项`, `Please correct the ${n} marked fields`],
  summary: (n) => [`有 ${n} 处需要修改`, n === 1 ? "There is a problem" : `There are ${n} problems`],
  stale: ["输入尚未完成或有误，按“计算”查看", "Input incomplete or invalid: press Calculate to check"],
  siteConfig: ["本站计算器配置有误，请联系网站管理员：", "This site's calculator settings are invalid; please tell the site's webmaster: "],
  // Below the browser floor (no WebAssembly, or a module it cannot compile): refreshing will
  // not help, so the message does not suggest it.
  tooOld: ["浏览器或微信版本过旧，无法使用本计算器。", "This browser (or WeChat) is too old to run this calculator."],
  // Anything else (the files could not be fetched): a later visit may work.
  loadFailed: ["计算器文件未能加载，请稍后再试。", "The calculator's files could not be loaded; please try again later."],
  policy: (doc, from) => [
    `适用规定：${doc}${from ? `（${from} 起施行）` : ""}。`,
    `Rule applied: ${doc}${from ? ` (in force from ${from})` : ""}.`,
  ],
  fundDisclaimer: ["计算结果仅供参考，以住房公积金管理中心审核为准。", "For reference only; the housing fund centre's decision prevails."],
  yuan: ["元", "yuan"],
  wan: (w) => [`合 ${w.exact ? "" : "约 "}${w.text} 万元`, `= ${w.exact ? "" : "about "}${w.text} × 10,000 yuan (万元)`],
  months: ["个月", "months"],
  date: ["申请日期", "Application date"],
  dateHint: ["按该日有效的规定计算", "Rules in force on this day apply"],
  married: [
    ["single", "未婚（单身）", "Unmarried / single"],
    ["married", "已婚", "Married"],
  ],
  marital: ["婚姻状况", "Marital status"],
  // Messages for what the form itself checks before asking the library (GOV.UK's patterns:
  // say what to do, in the person's terms, naming the field).
  examples: {
    money: ["1200 或 45万", "1200 or 45万"],
    months: ["12 或 1年", "12 or 1年"],
    percent: ["3.1 或 3.1%", "3.1 or 3.1%"],
    area: ["65 或 65㎡", "65 or 65㎡"],
    number: ["12", "12"],
  },
  enterNumber: (l, eg) => {
    const [zh, en] = Array.isArray(eg) ? eg : [eg, eg];
    return [`请用数字填写“${l}”，如 ${zh}`, `Enter ${l.toLowerCase()} as a number, like ${en}`];
  },
  groups: (l) => [`“${l}”中的逗号只能用于每三位数字分隔，如 1,200 或 1200`, `Use commas in ${l.toLowerCase()} only between groups of 3 digits, like 1,200 or 1200`],
  wholeNumber: (l, eg) => [`“${l}”须为整数，如 ${eg}`, `${l} must be a whole number, like ${eg}`],
  between: (l, min, max, unit = ["", ""]) => [`“${l}”须在 ${min} 到 ${max}${unit[0] ? ` ${unit[0]}` : ""}之间`, `${l} must be between ${min} and ${max}${unit[1] ? ` ${unit[1]}` : ""}`],
  tooLarge: (l, max, unit = ["", ""]) => [`“${l}”不能超过 ${max}${unit[0] ? ` ${unit[0]}` : ""}`, `${l} can be at most ${max}${unit[1] ? ` ${unit[1]}` : ""}`],
  wholeMonths: (l) => [`“${l}”按年填写时须为整月，如 2.5年`, `${l} in years must come to whole months, like 2.5年`],
  fenScaled: (l) => [`“${l}”换算成元后最多保留两位小数（到分）`, `${l} in yuan can have at most 2 decimal places (fen)`],
  twoDecimals: (l) => [`“${l}”最多保留两位小数`, `${l} can have at most 2 decimal places`],
  tenDecimals: (l) => [`“${l}”最多保留十位小数`, `${l} can have at most 10 decimal places`],
  notNegative: (l) => [`“${l}”不能小于 0`, `${l} must be 0 or more`],
  fen: (l) => [`“${l}”最多保留两位小数（到分）`, `${l} can have at most 2 decimal places (fen)`],
  required: (l) => [`请填写“${l}”`, `Enter ${l.toLowerCase()}`],
};

export const moneyHint = (zh, en) => [`${zh}${zh ? "，" : ""}单位：元`, en ? `${en}; in yuan` : "In yuan"];
