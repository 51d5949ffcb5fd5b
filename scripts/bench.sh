#!/usr/bin/env bash
# Benchmarks (not part of the test gate): payload size, call latency against native Rust and a
# plain-JS float peer, and cold start in headless Chromium (on loopback, and on the throttled
# phone profile of issue 17). Prints the report and writes it to
# BENCHMARKS.md with the command and the date.
#
#   bash scripts/bench.sh [--no-build] [--quick]
#
#   --no-build  measure the pkg/ that is there (default: rebuild it with scripts/build.sh)
#   --quick     fewer rounds and runs (a smoke test of the benchmark itself, ~1 minute)
#
# Built for a shared 2-core machine: native and wasm processes alternate (3 pairs), each
# interleaves its functions round by round, every figure is a median of short batches, and
# the goals are judged on ratios. Native instruction counts (callgrind, if valgrind is
# installed) are the noise-free native figure.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

build=1
quick=0
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    --quick) quick=1 ;;
    *) echo "usage: bash scripts/bench.sh [--no-build] [--quick]" >&2; exit 2 ;;
  esac
done
cmd="bash scripts/bench.sh${*:+ $*}"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

if [ "$quick" = 1 ]; then rounds=7; pairs=1; runs=4; truns=2; else rounds=21; pairs=3; runs=15; truns=5; fi

if [ "$build" = 1 ]; then
  echo "== building pkg/ (scripts/build.sh)"
  bash scripts/build.sh
fi

echo "== payload"
node scripts/size-budget.mjs || true
node scripts/size-budget.mjs --json > "$out/size.json" || true

echo "== native harness (examples/bench_native.rs, release, opt-level 3)"
# Its own target dir, so the opt-level override does not invalidate the main build's cache.
native_target=target/bench
CARGO_TARGET_DIR=$native_target CARGO_PROFILE_RELEASE_OPT_LEVEL=3 \
  cargo build --quiet --release --example bench_native
native=$native_target/release/examples/bench_native

echo "== latency: native and wasm (Node $(node --version)) alternately, $pairs pair(s) x $rounds rounds"
for i in $(seq 1 "$pairs"); do
  "$native" --rounds "$rounds" > "$out/native-$i.json"
  node bench/latency.mjs --rounds "$rounds" > "$out/wasm-$i.json"
done

if command -v valgrind > /dev/null 2>&1; then
  echo "== native instruction counts (valgrind --tool=callgrind)"
  : > "$out/callgrind.txt"
  for name in loanLimit rentWithdrawal voluntaryPoints childcarePlaces repaymentSchedule; do
    n=20
    [ "$name" = repaymentSchedule ] && n=4
    irs=()
    for k in 0 "$n"; do
      f="$out/cg-$name-$k.out"
      status=$(valgrind --tool=callgrind --callgrind-out-file="$f" "$native" count "$name" "$k" 2> /dev/null | head -n 1)
      irs+=("$(awk '/^(summary|totals):/ { print $2; exit }' "$f")")
    done
    if [ "${status%% *}" = ok ]; then
      echo "$name $(( (irs[1] - irs[0]) / n ))" >> "$out/callgrind.txt"
    else
      echo "$name n/a" >> "$out/callgrind.txt"
    fi
  done
fi

echo "== cold start in headless Chromium ($runs runs each, interleaved)"
node bench/coldstart.mjs --runs "$runs" > "$out/coldstart.json" || echo '{"error":"coldstart failed"}' > "$out/coldstart.json"

echo "== cold start on the throttled phone profile (1.6 Mbit/s, 150 ms, CPU 4x; $truns runs each)"
node bench/coldstart.mjs --runs "$truns" --throttle > "$out/coldstart-throttled.json" || echo '{"error":"coldstart failed"}' > "$out/coldstart-throttled.json"

node bench/report.mjs "$out" "$cmd" > BENCHMARKS.md
cat BENCHMARKS.md
echo
echo "written to BENCHMARKS.md"
