#!/usr/bin/env bash
# Fuzzes every calculator through `api::call` (the path every JavaScript call takes) with
# libFuzzer via cargo-fuzz on the stable toolchain (RUSTC_BOOTSTRAP=1, --sanitizer none),
# built with debug assertions and overflow checks so an arithmetic overflow is a crash.
#
#   scripts/fuzz.sh [SECONDS]      each target runs SECONDS (default 60)
#
# Environment:
#   QZ_FUZZ_TARGETS="api structured"   which targets (fuzz/fuzz_targets/*.rs), in order
#   QZ_FUZZ_FUNCTION=loanLimit         pin every input to one calculator (a JS name)
#   QZ_FUZZ_RUNS=1000000               stop after this many executions instead of SECONDS
#   QZ_FUZZ_NO_INSTALL=1               do not try `cargo install cargo-fuzz` when it is missing
#
# Exit 0: ran without finding anything, or the fuzzer cannot run here (says why).
# Exit 1: a crash (panic, overflow, failed assertion) or a timeout; the input is saved in
# fuzz/artifacts/<target>/ and the command to reproduce it is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

seconds="${1:-60}"
targets="${QZ_FUZZ_TARGETS:-api structured}"

skip() {
  echo "fuzz: skipped: $*"
  exit 0
}

command -v cargo >/dev/null || skip "no cargo"
if ! cargo fuzz --version >/dev/null 2>&1; then
  if [ "${QZ_FUZZ_NO_INSTALL:-}" = 1 ]; then
    skip "cargo-fuzz is not installed (cargo install cargo-fuzz)"
  fi
  echo "fuzz: installing cargo-fuzz"
  cargo install cargo-fuzz --locked >/tmp/cargo-fuzz-install.log 2>&1 ||
    skip "cargo install cargo-fuzz failed (see /tmp/cargo-fuzz-install.log)"
fi
command -v c++ >/dev/null || skip "no C++ compiler to build libFuzzer"

# cargo-fuzz needs nightly flags; the stable compiler accepts them with RUSTC_BOOTSTRAP=1.
# No sanitizer (the crate forbids unsafe code; the sanitizers need nightly's runtime), but
# debug assertions (-a) and overflow checks, so a wrapped integer is a crash.
export RUSTC_BOOTSTRAP=1
export RUSTFLAGS="${RUSTFLAGS:-} -Coverflow-checks -Cdebug-assertions"
fuzz=(cargo fuzz)
flags=(--sanitizer none --debug-assertions --fuzz-dir fuzz)

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
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  cov=$(grep -oE '(DONE|INITED) +cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 || true)
  if [ "$status" -ne 0 ]; then
    grep -E "panicked|Assertion|ERROR: libFuzzer|deadly signal|Test unit written|overflow" "$log" | head -20 || true
    tail -25 "$log"
    echo "fuzz: $target FOUND A CRASH after ${elapsed}s (log: $log); reproduce with:"
    echo "  RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer none -a --fuzz-dir fuzz $target fuzz/artifacts/$target/<crash file>"
    exit 1
  fi
  echo "fuzz: $target: ${runs:-?} executions in ${elapsed}s, no crash ($cov; log: $log)"
done
