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
  basis: {
    law: ["法律", "Law"],
    official: ["其他官方数据", "Other official data"],
    site: ["本站设置", "Site setting"],
    interpretation: ["本库解释", "Library's interpretation"],
  },
  warnings: ["请注意", "Please note"],
  reasons: ["不符合条件的原因", "Why not eligible"],
  prompt: ["请填写上方各项，然后按“计算”", "Fill in the form above, then press Calculate"],
  fix: ["请更正标出的输入项", "Please correct the marked field"],
  fixField: (label) => [`请更正：${label}`, `Please correct: ${label}`],
  stale: ["输入尚未完成或有误，按“计算”查看", "Input incomplete or invalid: press Calculate to check"],
  siteConfig: ["本站计算器配置有误，请联系网站管理员：", "This site's calculator settings are invalid; please tell the site's webmaster: "],
  loadFailed: ["计算库加载失败，请刷新页面重试。", "The calculation package failed to load; please reload the page."],
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
  enterNumber: (l, eg) => [`请用数字填写“${l}”，如 ${eg}`, `Enter ${l.toLowerCase()} as a number, like ${eg}`],
  groups: (l) => [`“${l}”中的逗号只能用于每三位数字分隔，如 1,200 或 1200`, `Use commas in ${l.toLowerCase()} only between groups of 3 digits, like 1,200 or 1200`],
  wholeNumber: (l, eg) => [`“${l}”须为整数，如 ${eg}`, `${l} must be a whole number, like ${eg}`],
  between: (l, min, max) => [`“${l}”须在 ${min} 到 ${max} 之间`, `${l} must be between ${min} and ${max}`],
  notNegative: (l) => [`“${l}”不能小于 0`, `${l} must be 0 or more`],
  fen: (l) => [`“${l}”最多保留两位小数（到分）`, `${l} can have at most 2 decimal places (fen)`],
  required: (l) => [`请填写“${l}”`, `Enter ${l.toLowerCase()}`],
};

export const moneyHint = (zh, en) => [`${zh}${zh ? "，" : ""}单位：元`, en ? `${en}; in yuan` : "In yuan"];
