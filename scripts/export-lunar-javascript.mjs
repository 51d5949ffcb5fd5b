#!/usr/bin/env node
// Exports the lunar-calendar and solar-term holidays of art. 2 of 《全国年节及纪念日放假办法》
// (国务院令第795号, in force 2025-01-01) for 2027-2050 from the npm package lunar-javascript
// into tests/fixtures/holidays/lunar-javascript-2027-2050.json: 春节 (农历除夕 and 正月初一 to
// 初三), 清明节 (the day of the solar term), 端午节 (农历五月初五), 中秋节 (农历八月十五).
//
// Run once, by hand, when the fixture is to be refreshed (the package is not a dependency of
// the project: it is installed into a scratch folder):
//
//     npm install --prefix /tmp/ljs lunar-javascript@1.7.7
//     node scripts/export-lunar-javascript.mjs /tmp/ljs > tests/fixtures/holidays/lunar-javascript-2027-2050.json
//
// With `--rust` it prints instead the rows of `LUNAR_DATES` in src/shared/calendar.rs, which is where
// the table's dates came from; tests/suite/calendar.rs checks them against this export and
// against the independent PyPI packages `lunardate` and `holidays`
// (scripts/export-lunar-holidays.py). Neither the library nor the tests run JavaScript.

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const FIRST = 2027;
const LAST = 2050;
const prefix = process.argv[2];
if (!prefix) {
  console.error("usage: node scripts/export-lunar-javascript.mjs <npm prefix holding lunar-javascript> [--rust]");
  process.exit(2);
}
const rust = process.argv.includes("--rust");
const pkgDir = join(prefix, "node_modules", "lunar-javascript");
const require = createRequire(join(pkgDir, "package.json"));
const { Lunar, Solar } = require("./index.js");
const version = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")).version;

const iso = (s) => s.toYmd();
function check(cond, what) {
  if (!cond) throw new Error(`lunar-javascript: ${what}`);
}

const years = [];
const days = [];
for (let y = FIRST; y <= LAST; y++) {
  const newYear = Lunar.fromYmd(y, 1, 1).getSolar();
  check(newYear.getYear() === y, `${y}: 正月初一 in ${newYear.toYmd()}`);
  const eve = newYear.next(-1);
  const eveLunar = eve.getLunar();
  // 除夕 is the last day of the twelfth month, the 29th in a short month.
  check(eveLunar.getMonth() === 12, `${y}: 除夕 ${eve.toYmd()} is in month ${eveLunar.getMonth()}`);
  check(eveLunar.next(1).getDay() === 1, `${y}: 除夕 is the month's last day`);
  const qingming = Solar.fromYmd(y, 4, 1).getLunar().getJieQiTable()["清明"];
  check(qingming.getYear() === y && qingming.getMonth() === 4, `${y}: 清明 ${qingming.toYmd()}`);
  const duanwu = Lunar.fromYmd(y, 5, 5).getSolar();
  const zhongqiu = Lunar.fromYmd(y, 8, 15).getSolar();
  years.push({ y, eve, eveDay: eveLunar.getDay(), qingming, duanwu, zhongqiu });
  days.push({ date: iso(eve), name: "春节", lunar: `农历除夕（十二月${eveLunar.getDayInChinese()}）` });
  for (let i = 0; i < 3; i++) {
    days.push({ date: iso(newYear.next(i)), name: "春节", lunar: `正月${Lunar.fromYmd(y, 1, i + 1).getDayInChinese()}` });
  }
  days.push({ date: iso(Solar.fromYmd(qingming.getYear(), qingming.getMonth(), qingming.getDay())), name: "清明节", lunar: "清明（节气）" });
  days.push({ date: iso(duanwu), name: "端午节", lunar: "五月初五" });
  days.push({ date: iso(zhongqiu), name: "中秋节", lunar: "八月十五" });
}

if (rust) {
  const d = (s) => `d(${s.getYear()}, ${s.getMonth()}, ${s.getDay()})`;
  for (const r of years) {
    console.log(`    lunar(${r.y}, ${d(r.eve)}, ${d(Solar.fromYmd(r.qingming.getYear(), r.qingming.getMonth(), r.qingming.getDay()))}, ${d(r.duanwu)}, ${d(r.zhongqiu)}),`);
  }
} else {
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const out = {
    provenance: {
      package: "lunar-javascript",
      version,
      source: "https://www.npmjs.com/package/lunar-javascript",
      exported: new Date().toISOString().slice(0, 10),
      script: "scripts/export-lunar-javascript.mjs",
      years: [FIRST, LAST],
      note: "The lunar-date and solar-term holidays of art. 2 of the national holiday rules (国务院令第795号): 春节 = 农历除夕 (the last day of the twelfth month, the 29th or 30th) and 正月初一 to 初三; 清明节 = the day of the 清明 solar term; 端午节 = 五月初五; 中秋节 = 八月十五. Computed by the package; the fixed-date holidays (元旦, 劳动节, 国庆节) and the notices' make-up days and swaps are not in it.",
    },
    days,
  };
  process.stdout.write(JSON.stringify(out, null, 1) + "\n");
}
