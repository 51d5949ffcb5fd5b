#!/usr/bin/env python3
"""Exports the PRC statutory holidays and in-lieu working days of 2023-2026 from the PyPI
package chinese-calendar into tests/fixtures/holidays/chinese-calendar-2023-2026.json.

Run once, by hand, when the fixture is to be refreshed:

    python3 -m venv /tmp/cc && /tmp/cc/bin/pip install chinese-calendar==1.11.0
    /tmp/cc/bin/python scripts/export-holidays.py > tests/fixtures/holidays/chinese-calendar-2023-2026.json

The Rust tests read the committed JSON and compare it with src/shared/calendar.rs; neither the
library nor the tests run Python. The package is an independent source: it is maintained
apart from this library, from the same State Council General Office notices.

The years after the notices (2027-2050, the holidays of art. 2 of the national holiday rules
with their lunar and solar-term days) are exported by scripts/export-lunar-holidays.py (PyPI
holidays and lunardate) and scripts/export-lunar-javascript.mjs (npm lunar-javascript).
"""

import datetime
import importlib.metadata
import json
import sys

import chinese_calendar
from chinese_calendar import constants

FIRST, LAST = 2023, 2026
PACKAGE = "chinese-calendar"


def days(table):
    return [
        {"date": d.isoformat(), "name": table[d]}
        for d in sorted(table)
        if FIRST <= d.year <= LAST
    ]


def main():
    version = importlib.metadata.version(PACKAGE)
    out = {
        "provenance": {
            "package": PACKAGE,
            "version": version,
            "source": "https://pypi.org/project/chinese-calendar/",
            "exported": datetime.date.today().isoformat(),
            "script": "scripts/export-holidays.py",
            "years": [FIRST, LAST],
            "note": "holidays: the package's `holidays` table (statutory rest days set by the "
            "notices, including the weekdays taken off in lieu); workdays: its `workdays` "
            "table (weekend days made working days, 调休上班). Only dates in the years above.",
        },
        "holidays": days(constants.holidays),
        "workdays": days(constants.workdays),
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
