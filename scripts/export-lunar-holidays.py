#!/usr/bin/env python3
"""Exports the holidays of art. 2 of 《全国年节及纪念日放假办法》 (国务院令第795号, in force
2025-01-01) for 2027-2050, the years after the State Council notices in src/shared/calendar.rs, from
two PyPI packages independent of each other and of the npm package the table was taken from
(scripts/export-lunar-javascript.mjs), into
tests/fixtures/holidays/holidays-lunardate-2027-2050.json:

- `holidays` (https://pypi.org/project/holidays/): its China calendar, day by day with names
  (zh_CN), every art. 2 holiday including 元旦, 劳动节 and 国庆节; its lunar dates come from its
  own tables and 清明 from its own solar-term thresholds. The days it marks "（补假）" are its own
  guess at the make-up days of art. 6, which only the year's notice fixes: they are exported
  apart ("observed") and the table does not count them.
- `lunardate` (https://pypi.org/project/lunardate/): a lunar-calendar table of its own, for
  农历除夕 (the day before 正月初一), 正月初一 to 初三, 五月初五 and 八月十五. It has no solar
  terms: 清明 is checked against `holidays` and lunar-javascript.

Run once, by hand, when the fixture is to be refreshed:

    python3 -m venv /tmp/hol && /tmp/hol/bin/pip install holidays==0.108 lunardate==0.3.0
    /tmp/hol/bin/python scripts/export-lunar-holidays.py > tests/fixtures/holidays/holidays-lunardate-2027-2050.json

The Rust tests (tests/suite/calendar.rs) read the committed JSON; neither the library nor the
tests run Python.
"""

import datetime
import importlib.metadata
import json
import sys

import holidays
from lunardate import LunarDate

FIRST, LAST = 2027, 2050
OBSERVED = "（补假）"


def lunar_days(year):
    """The lunar-date holidays of `year` by lunardate, as (date, name, lunar day)."""
    new_year = LunarDate(year, 1, 1).to_solar_date()
    eve = new_year - datetime.timedelta(days=1)
    eve_lunar = LunarDate.from_solar_date(eve.year, eve.month, eve.day)
    assert eve_lunar.month == 12 and not eve_lunar.isLeapMonth, eve
    out = [(eve, "春节", f"农历除夕（十二月{eve_lunar.day}日）")]
    for i in range(3):
        out.append((new_year + datetime.timedelta(days=i), "春节", f"正月初{'一二三'[i]}"))
    out.append((LunarDate(year, 5, 5).to_solar_date(), "端午节", "五月初五"))
    out.append((LunarDate(year, 8, 15).to_solar_date(), "中秋节", "八月十五"))
    return out


def main():
    china = holidays.China(years=range(FIRST, LAST + 1), language="zh_CN")
    art2, observed = [], []
    for day in sorted(china):
        for name in china.get_list(day):
            row = {"date": day.isoformat(), "name": name}
            (observed if name.endswith(OBSERVED) else art2).append(row)
    lunar = [
        {"date": d.isoformat(), "name": n, "lunar": l}
        for y in range(FIRST, LAST + 1)
        for d, n, l in lunar_days(y)
    ]
    out = {
        "provenance": {
            "packages": [
                {
                    "package": p,
                    "version": importlib.metadata.version(p),
                    "source": f"https://pypi.org/project/{p}/",
                }
                for p in ("holidays", "lunardate")
            ],
            "exported": datetime.date.today().isoformat(),
            "script": "scripts/export-lunar-holidays.py",
            "years": [FIRST, LAST],
            "note": "holidays: the `holidays` package's China calendar (zh_CN names), one row "
            "per holiday name and day; a day with two holidays has two rows. observed: the days "
            "it marks （补假）, its own guess at art. 6's make-up days, which only the year's "
            "notice fixes. lunardate: 农历除夕 and 正月初一-初三 (named 春节), 五月初五 (端午节), "
            "八月十五 (中秋节) by the `lunardate` package.",
        },
        "holidays": art2,
        "observed": observed,
        "lunardate": lunar,
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
