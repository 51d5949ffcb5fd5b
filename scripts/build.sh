#!/usr/bin/env bash
# Builds the npm package into pkg/: wasm32 release build, wasm-bindgen --target web, then
# wasm-opt from the npm binaryen package (wasm-pack's own wasm-opt download cannot work
# offline, and its bundled binaryen is too old for current Rust output). -O1, not -Oz: -Oz
# makes the raw file smaller but the gzipped download larger (measured in BENCHMARKS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

crate=qinzhou_policy_calc
# pkg/ is committed and CI checks that a build reproduces it byte for byte, so nothing of the
# machine may leak into it. The crate's own paths are already relative; the cargo registry's
# (in panic locations of dependencies) would carry $CARGO_HOME, so they are rewritten.
# What must match instead is pinned: rustc (README), wasm-bindgen (Cargo.lock), wasm-opt and
# esbuild (package-lock.json).
cargo_home="${CARGO_HOME:-$HOME/.cargo}"
export RUSTFLAGS="${RUSTFLAGS:-} --remap-path-prefix=$cargo_home/registry/src/=/cargo/registry/src/"
cargo build --locked --lib --release --target wasm32-unknown-unknown
rm -rf pkg
wasm-bindgen "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/$crate.wasm" \
  --target web --out-dir pkg --out-name "$crate" --remove-name-section --remove-producers-section
node_modules/.bin/wasm-opt -O1 --strip-debug --strip-producers \
  "pkg/${crate}_bg.wasm" -o "pkg/${crate}_bg.wasm"
node scripts/package.mjs
echo "built pkg/ ($(wc -c < "pkg/${crate}_bg.wasm") bytes of wasm)"
