#!/usr/bin/env bash
# Every test, with its own set-up: native Rust tests (fixtures, properties, units, docs), the
# built wasm package in Node, and the demo page in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

bash scripts/setup.sh --browser

echo "== native tests"
cargo test --locked

echo "== a short fuzz run (skipped when cargo-fuzz is not installed; scripts/fuzz.sh for long runs)"
QZ_FUZZ_NO_INSTALL=1 bash scripts/fuzz.sh 5

echo "== building pkg/"
bash scripts/build.sh

echo "== size budget"
# The goal is 64 KiB gzipped (the script's default); the payload is above it today (see
# BENCHMARKS.md for why and what would fix it), so the gate is a ratchet that only stops it
# from growing: lower it as the fixes land (123.3 KiB measured: lean boundary, holiday calendar, minified widget bundle;
# then 139.7 KiB with the two housing-plan calculators and the widget review fixes: +12.5 KiB of wasm, +2.7 KiB of widgets;
# the last landed ratchet was 150 KiB; then 143.5 KiB with issue 18's widget work: every error at
# once in a summary, numbers read with their units, plain basis words, the table cue, the
# too-old state: +3.9 KiB of widget JS).
node scripts/size-budget.mjs --budget 147456

echo "== package tests in Node"
node --test --test-reporter=spec tests/node/

echo "== the npm package: pack, Vite app in Chromium, Node script, TypeScript"
node --test --test-reporter=spec tests/npm/

if [ -d tests/browser ]; then
  echo "== browser tests in Chromium"
  node --test --test-reporter=spec --test-concurrency=1 tests/browser/
fi
