#!/usr/bin/env bash
# Fuzzes every calculator through `api::call` (the path every JavaScript call takes) with
# libFuzzer via cargo-fuzz on the stable toolchain (RUSTC_BOOTSTRAP=1, --sanitizer none),
# built with debug assertions and overflow checks so an arithmetic overflow is a crash.
#
#   scripts/fuzz.sh [SECONDS]      each target runs SECONDS (default 60)
#
# Environment:
#   QZ_FUZZ_TARGETS="api structured"   which targets, in order (default: every target of
#                                      fuzz/Cargo.toml, i.e. `cargo fuzz list`)
#   QZ_FUZZ_FUNCTION=loanLimit         pin every input to one calculator (a JS name)
#   QZ_FUZZ_RUNS=1000000               stop after this many executions instead of SECONDS
#   QZ_FUZZ_REQUIRED=1                 a fuzzer that cannot run is a failure, not a skip
#                                      (the default when CI=true; scripts/test.sh sets it)
#
# Exit 0: every target ran and found nothing; or, outside CI, the fuzzer cannot run here
# (says why: run `bash scripts/setup.sh --fuzz` to install it).
# Exit 1: a crash (panic, overflow, failed assertion) or a timeout, whose input is saved in
# fuzz/artifacts/<target>/ with the command to reproduce it printed; or, in CI, the fuzzer
# could not run, a target ran no input, or a file of fuzz/fuzz_targets/ is not a target.
#
# Per target the log ends with `fuzz: <target>: <N> executions in <S> s, no crash`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

seconds="${1:-60}"
required="${QZ_FUZZ_REQUIRED:-}"
if [ -z "$required" ] && [ "${CI:-}" = true ]; then required=1; fi

# Outside CI a missing fuzzer is a skip (a developer without cargo-fuzz can still run the
# rest); in CI it fails, so a green run always means the fuzzer ran.
cannot_run() {
  if [ "$required" = 1 ]; then
    echo "fuzz: FAILED: the fuzzer cannot run: $* (bash scripts/setup.sh --fuzz installs it)" >&2
    exit 1
  fi
  echo "fuzz: skipped: $* (bash scripts/setup.sh --fuzz installs it)"
  exit 0
}

command -v cargo >/dev/null || cannot_run "no cargo"
cargo fuzz --version >/dev/null 2>&1 || cannot_run "cargo-fuzz is not installed"
command -v c++ >/dev/null || cannot_run "no C++ compiler to build libFuzzer"

# cargo-fuzz needs nightly flags; the stable compiler accepts them with RUSTC_BOOTSTRAP=1.
# No sanitizer (the crate forbids unsafe code; the sanitizers need nightly's runtime), but
# debug assertions (-a) and overflow checks, so a wrapped integer is a crash.
export RUSTC_BOOTSTRAP=1
export RUSTFLAGS="${RUSTFLAGS:-} -Coverflow-checks -Cdebug-assertions"
fuzz=(cargo fuzz)
flags=(--sanitizer none --debug-assertions --fuzz-dir fuzz)

all_targets=$("${fuzz[@]}" list --fuzz-dir fuzz)
[ -n "$all_targets" ] || cannot_run "cargo fuzz list names no target"
# Every file of fuzz/fuzz_targets/ that defines a fuzz target must be a target of
# fuzz/Cargo.toml: one that is not would never run.
for f in fuzz/fuzz_targets/*.rs; do
  grep -q 'fuzz_target!' "$f" || continue
  name=$(basename "$f" .rs)
  if ! grep -qx "$name" <<<"$all_targets"; then
    echo "fuzz: $f defines a fuzz target that fuzz/Cargo.toml does not list ([[bin]] name = \"$name\")" >&2
    exit 1
  fi
done
targets="${QZ_FUZZ_TARGETS:-$(echo $all_targets)}"

for target in $targets; do
  if ! "${fuzz[@]}" build "${flags[@]}" "$target" >/tmp/fuzz-build-"$target".log 2>&1; then
    tail -30 /tmp/fuzz-build-"$target".log
    echo "fuzz: building $target failed (log: /tmp/fuzz-build-$target.log)"
    exit 1
  fi
done

for target in $targets; do
  corpus="fuzz/corpus/$target"
  mkdir -p "$corpus" "fuzz/artifacts/$target"
  limit=(-max_total_time="$seconds")
  if [ -n "${QZ_FUZZ_RUNS:-}" ]; then limit=(-runs="$QZ_FUZZ_RUNS"); fi
  echo "== fuzz $target ${QZ_FUZZ_FUNCTION:+(only $QZ_FUZZ_FUNCTION) }${limit[*]}"
  log="/tmp/fuzz-$target${QZ_FUZZ_FUNCTION:+-$QZ_FUZZ_FUNCTION}.log"
  start=$(date +%s)
  status=0
  # New inputs go into fuzz/corpus/<target> (not committed); fuzz/seeds/<target> is read only.
  "${fuzz[@]}" run "${flags[@]}" "$target" "$corpus" "fuzz/seeds/$target" -- \
    "${limit[@]}" -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="fuzz/artifacts/$target/" >"$log" 2>&1 || status=$?
  elapsed=$(( $(date +%s) - start ))
  # libFuzzer's own count: the final stats line, or its "Done N runs" line.
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)
  [ -n "$runs" ] || runs=$(grep -oE '^Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' | tail -1 || true)
  cov=$(grep -oE '(DONE|INITED) +cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 || true)
  if [ "$status" -ne 0 ]; then
    grep -A2 -E "panicked|Assertion|ERROR: libFuzzer|deadly signal|Test unit written|overflow" "$log" | head -30 || true
    tail -25 "$log"
    echo "fuzz: $target FOUND A CRASH after ${elapsed}s (log: $log); reproduce with:"
    echo "  RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer none -a --fuzz-dir fuzz $target fuzz/artifacts/$target/<crash file>"
    exit 1
  fi
  if [ -z "$runs" ] || [ "$runs" -eq 0 ]; then
    tail -25 "$log"
    echo "fuzz: $target ran no input (log: $log)"
    exit 1
  fi
  echo "fuzz: $target: $runs executions in $elapsed s, no crash ($cov; log: $log)"
done
