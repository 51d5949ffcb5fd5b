#!/usr/bin/env bash
# Mutation testing of the core (src/ less the wasm binding) with cargo-mutants, and MUTANTS.md
# from its outcomes: every mutant the tests do not catch is listed, with "killed by <test>",
# "equivalent: <reason>" or "open" from scripts/mutants-notes.json. Not part of scripts/test.sh:
# a full run is hours on a shared 2-core machine.
#
#   bash scripts/mutants.sh                          # every core file
#   bash scripts/mutants.sh src/shared/money.rs src/shared/date.rs # some files
#   bash scripts/mutants.sh --in-diff main           # what changed since a git ref
#   bash scripts/mutants.sh --report                 # rewrite MUTANTS.md from the last run
#   bash scripts/mutants.sh --confirm DIR [DIR ...]  # rerun only the survivors of those runs
#
# --confirm reruns every mutant that the runs in DIR (their MUTANTS_OUT) missed or timed out,
# matched by file and description without line and column (lines move as tests are added),
# into MUTANTS_OUT (default target/mutants-confirm); MUTANTS.md then reports the first runs
# with what the rerun caught: MUTANTS_REPORT="DIR ... confirm:target/mutants-confirm".
#
# MUTANTS_SHUFFLE=1 tests in a random order (a sample, when a run is stopped early).
# MUTANTS_JOBS (default 1) builds in parallel; MUTANTS_TIMEOUT (default 120 s) ends a test run
# that a mutant made loop. Settings: .cargo/mutants.toml. Outcomes: target/mutants/mutants.out,
# or MUTANTS_OUT; MUTANTS.md reports every directory in MUTANTS_REPORT (default: that one), so
# runs over different files, one after another or side by side, make one report.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

version=27.1.0
if ! cargo mutants --version 2>/dev/null | grep -qx "cargo-mutants $version"; then
  echo "== installing cargo-mutants $version (a few minutes)"
  cargo install cargo-mutants --version "$version" --locked
fi

jobs=${MUTANTS_JOBS:-1}
timeout=${MUTANTS_TIMEOUT:-120}
out=${MUTANTS_OUT:-target/mutants}
report_only=0
confirm=()
args=()
files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --report) report_only=1 ;;
    --confirm)
      shift
      while [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; do confirm+=("$1"); shift; done
      [ ${#confirm[@]} -gt 0 ] || { echo "--confirm needs the output directories of earlier runs" >&2; exit 2; }
      continue
      ;;
    --in-diff)
      shift
      git diff "${1:?--in-diff needs a git ref}" -- src > target/mutants.diff
      args+=(--in-diff target/mutants.diff)
      ;;
    -*) echo "usage: bash scripts/mutants.sh [--report] [--in-diff REF] [src/FILE.rs ...]" >&2; exit 2 ;;
    *) files+=("$1") ;;
  esac
  shift
done
for f in "${files[@]}"; do args+=(--file "$f"); done
if [ ${#confirm[@]} -gt 0 ]; then
  out=${MUTANTS_OUT:-target/mutants-confirm}
  # One regex per survivor: its file, any line and column, its description (escaped).
  mapfile -t survivors < <(cat "${confirm[@]/%//mutants.out/missed.txt}" "${confirm[@]/%//mutants.out/timeout.txt}" 2>/dev/null | sort -u)
  [ ${#survivors[@]} -gt 0 ] || { echo "no survivors in ${confirm[*]}" >&2; exit 0; }
  while IFS= read -r re; do args+=(-F "$re"); done < <(printf '%s\n' "${survivors[@]}" | python3 -c '
import re, sys
for line in sys.stdin:
    m = re.match(r"^([^:]+):\d+:\d+: (.*)$", line.rstrip("\n"))
    if not m:
        continue
    esc = lambda t: re.sub(r"([\\.+*?()|\[\]{}^$])", r"\\\1", t)
    print("^" + esc(m.group(1)) + r":\d+:\d+: " + esc(m.group(2)) + "$")
')
  for d in "${confirm[@]}"; do
    for f in $(cut -d: -f1 "$d"/mutants.out/missed.txt "$d"/mutants.out/timeout.txt 2>/dev/null | sort -u); do
      args+=(--file "$f")
    done
  done
  echo "== rerunning ${#survivors[@]} survivors of ${confirm[*]} into $out"
  # The report: the first runs, with what this rerun caught.
  : "${MUTANTS_REPORT:=${confirm[*]} confirm:$out}"
  if [ "${MUTANTS_LIST:-0}" = 1 ]; then cargo mutants --list "${args[@]}"; exit 0; fi
fi

cmd="bash scripts/mutants.sh${files:+ ${files[*]}}"
[ ${#confirm[@]} -gt 0 ] && cmd="bash scripts/mutants.sh --confirm ${confirm[*]}"
if [ "$report_only" = 0 ]; then
  mkdir -p "$out"
  started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  # cargo-mutants exits 2 when mutants were missed, 3 on timeouts: the report says which.
  shuffle=--no-shuffle
  [ "${MUTANTS_SHUFFLE:-0}" = 1 ] && shuffle=--shuffle
  cargo mutants "$shuffle" -j "$jobs" --timeout "$timeout" --output "$out" "${args[@]}" || true
  printf '%s\n%s\n' "$started" "$cmd" > "$out/run.txt"
fi
# shellcheck disable=SC2086
python3 scripts/mutants-report.py MUTANTS.md ${MUTANTS_REPORT:-$out}
echo "wrote MUTANTS.md"
