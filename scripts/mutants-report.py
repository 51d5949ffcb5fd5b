#!/usr/bin/env python3
"""Writes MUTANTS.md from a cargo-mutants output directory (scripts/mutants.sh).

Usage: python3 scripts/mutants-report.py MUTANTS.md target/mutants [target/mutants-2 ...]
                                         [confirm:target/mutants-confirm ...]

Several output directories (runs over different files) are reported together.

Every missed or timed-out mutant is listed with its note from scripts/mutants-notes.json
("killed by <test>" once a test was added for it, "equivalent: <reason>" when no test can tell
it from the original), or "open". Notes are keyed by the mutant without its line and column,
so they survive edits above it.
"""
import glob
import json
import os
import re
import subprocess
import sys

report = sys.argv[1]
# "confirm:DIR" is a rerun of survivors after tests were added: what it caught is shown.
out_dirs = [a for a in sys.argv[2:] if not a.startswith("confirm:")]
confirm_dirs = [a[len("confirm:"):] for a in sys.argv[2:] if a.startswith("confirm:")]
here = os.path.dirname(os.path.abspath(__file__))
notes = json.load(open(os.path.join(here, "mutants-notes.json"), encoding="utf-8"))


def lines(name):
    found = []
    for d in out_dirs:
        path = os.path.join(d, "mutants.out", name)
        if os.path.exists(path):
            found += [l.rstrip("\n") for l in open(path, encoding="utf-8") if l.strip()]
    return found


def key(mutant):
    # "src/shared/money.rs:69:18: replace >= with < in Money::saturating_sub" -> without ":69:18"
    return re.sub(r"^([^:]+):\d+:\d+:", r"\1:", mutant)


# A mutant's outcome in a rerun of the survivors (`scripts/mutants.sh --confirm`): by its exact
# name when the rerun has it (its line did not move), else by file and description without
# line and column (the tests added since may have moved lines), where several mutants sharing
# that key count as missed if any was, in any of the rerun directories.
rerun_exact, rerun_by_key, confirm_runs = {}, {}, []
for d in confirm_dirs:
    for name, outcome in (("caught.txt", "caught"), ("timeout.txt", "timeout"), ("missed.txt", "missed")):
        path = os.path.join(d, "mutants.out", name)
        if os.path.exists(path):
            for l in open(path, encoding="utf-8"):
                if l.strip():
                    rerun_exact[l.strip()] = outcome
                    if rerun_by_key.get(key(l.strip())) != "missed":
                        rerun_by_key[key(l.strip())] = outcome
    path = os.path.join(d, "run.txt")
    if os.path.exists(path):
        confirm_runs.append(open(path, encoding="utf-8").read().split("\n")[:2])
caught, missed = lines("caught.txt"), lines("missed.txt")
timeout, unviable = lines("timeout.txt"), lines("unviable.txt")
runs = []
for d in out_dirs:
    path = os.path.join(d, "run.txt")
    if os.path.exists(path):
        runs.append(open(path, encoding="utf-8").read().split("\n")[:2])
started = ", ".join(r[0] for r in runs) or "?"
cmd = "`; `".join(r[1] for r in runs) or "bash scripts/mutants.sh"
planned = []
for d in out_dirs:
    path = os.path.join(d, "mutants.out", "mutants.json")
    if os.path.exists(path):
        planned += [m["name"] for m in json.load(open(path, encoding="utf-8"))]
done = set(caught + missed + timeout + unviable)
not_reached = [m for m in planned if m not in done]
viable = len(caught) + len(missed) + len(timeout)
rate = f"{100 * len(caught) / viable:.1f}%" if viable else "n/a"
run_files = sorted({m.split(":")[0] for m in caught + missed + timeout + unviable})
planned_files = sorted({m.split(":")[0] for m in planned})
core = sorted(
    f for f in glob.glob("src/**/*.rs", recursive=True)
    if f not in ("src/boundary/wasm.rs", "src/calculators/repayment_capacity_tests.rs")
)
rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
version = subprocess.run(["cargo", "mutants", "--version"], capture_output=True, text=True).stdout.strip()

per_file = []
for f in run_files:
    c = sum(1 for m in caught if m.startswith(f + ":"))
    s = sum(1 for m in missed + timeout if m.startswith(f + ":"))
    u = sum(1 for m in unviable if m.startswith(f + ":"))
    per_file.append(f"| `{f}` | {c} | {s} | {u} | {100 * c / (c + s):.1f}% |" if c + s else f"| `{f}` | {c} | {s} | {u} | n/a |")

survivors = []
open_count = 0
killed_after = 0
rerun_caught = 0
for kind, items in (("missed", missed), ("timeout", timeout)):
    for m in items:
        # A note keyed with the line and column (when two functions share a name, as the
        # native and the wasm32 `shortest` do) wins over one keyed without.
        note = notes.get("mutants", {}).get(m) or notes.get("mutants", {}).get(key(m))
        if note is None:
            open_count += 1
            note = "**open**: no test catches it yet"
        if note.startswith("killed by"):
            killed_after += 1
        again = rerun_exact.get(m) or rerun_by_key.get(key(m))
        if again == "missed":
            note += " (the rerun of the survivors missed it again)"
        elif again == "caught":
            rerun_caught += 1
            note += " (**confirmed**: the rerun of the survivors caught it)"
        elif again == "timeout":
            rerun_caught += 1
            note += " (**confirmed**: in the rerun of the survivors it ran into the timeout)"
        elif confirm_dirs:
            note += " (not in the rerun)"
        survivors.append(f"| `{m}` | {kind} | {note} |")

rerun_rows = ""
if confirm_dirs:
    rerun_rows = (
        f"| survivors caught by the rerun of the survivors ({'; '.join(r[0] for r in confirm_runs) or '?'}) | {rerun_caught} |\n"
        f"| **caught rate after that rerun** | **{100 * (len(caught) + rerun_caught) / viable:.1f}%** ({len(caught) + rerun_caught} of {viable}) |\n"
    )

text = f"""# Mutation testing

Generated {started} by `{cmd}` (regenerate with the same command; `--report` rewrites this file
from the last run). {version}; {rustc}. Settings: `.cargo/mutants.toml` (tests: the unit tests
and `tests/suite`, without doctests); notes on survivors: `scripts/mutants-notes.json`.

## What was run

{notes.get("scope", "")}

Files asked for: {", ".join(f"`{f}`" for f in planned_files) or "none"}; {len(planned)} mutants
planned, {len(planned) - len(not_reached)} tested, {len(not_reached)} not reached{" (the run was stopped before them: " + ", ".join(sorted({m.split(":")[0] for m in not_reached})) + ")" if not_reached else ""}.
Core files not in this run: {", ".join(f"`{f}`" for f in core if f not in planned_files) or "none"}.

## Counts

| | mutants |
| --- | ---: |
| caught | {len(caught)} |
| missed | {len(missed)} |
| timeout | {len(timeout)} |
| unviable (does not compile) | {len(unviable)} |
| **caught rate of viable mutants** | **{rate}** ({len(caught)} of {viable}) |
| survivors killed by tests added after the run | {killed_after} |
| caught rate with those (what a rerun gives) | {f"{100 * (len(caught) + killed_after) / viable:.1f}%" if viable else "n/a"} ({len(caught) + killed_after} of {viable}) |
{rerun_rows}
| file | caught | survived | unviable | caught rate |
| --- | ---: | ---: | ---: | ---: |
{chr(10).join(per_file)}

## Survivors

Each mutant the tests did not catch in this run, and what became of it: **killed by** a test
added after the run (a rerun counts it as caught), **equivalent** (no input can tell it from
the original, with the reason), or **open**. {open_count} open.

| mutant | outcome | note |
| --- | --- | --- |
{chr(10).join(survivors) or "| (none) | | |"}
"""
open(report, "w", encoding="utf-8").write(text)
