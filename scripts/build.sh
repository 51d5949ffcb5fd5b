#!/usr/bin/env bash
# Builds the npm package into pkg/: the all-in-one module and one module per group of
# calculators (pkg/modules/<group>/), each a wasm32 release build, wasm-bindgen --target web, then
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
# Groups of calculators, one wasm module each (pkg/modules/<group>/), for a page with one widget:
# the features that `all` in Cargo.toml lists. Which calculator is in which group is the
# table in src/boundary/api.rs; the groups' names are read here, not repeated.
groups=$(awk '/^all = \[/ { gsub(/^all = \[|\]|"|,/, " "); print; exit }' Cargo.toml)
if [ -z "${groups// /}" ]; then
  echo "build.sh: no groups in Cargo.toml's all = [...] feature" >&2
  exit 1
fi

# One release build per feature set into the one target dir: the dependencies are compiled
# once and only the crate is rebuilt (and re-linked) per group; cargo keeps each feature set's
# artifacts, so a second run is quick. Each build is turned into a package folder at once,
# before the next build overwrites the .wasm in target/.
wasm="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/$crate.wasm"
bindgen() { # out-dir
  wasm-bindgen "$wasm" --target web --out-dir "$1" --out-name "$crate" \
    --remove-name-section --remove-producers-section
  node_modules/.bin/wasm-opt -O1 --strip-debug --strip-producers \
    "$1/${crate}_bg.wasm" -o "$1/${crate}_bg.wasm"
}
# Modules outside the all-in-one, their own entry only: every other feature of Cargo.toml
# (the 一县一业 incentives).
separate=$(awk '/^\[features\]/ { f = 1; next } /^\[/ { f = 0 } f && /^[a-z][a-z0-9_-]* = \[/ { print $1 }' Cargo.toml |
  grep -vxE "default|all${groups// /|}" | tr '\n' ' ')
rm -rf pkg
cargo build --locked --lib --release --target wasm32-unknown-unknown --no-default-features --features all
bindgen pkg
for g in $groups $separate; do
  cargo build --locked --lib --release --target wasm32-unknown-unknown --no-default-features --features "$g"
  bindgen "pkg/modules/$g"
done
node scripts/package.mjs
echo "built pkg/ ($(wc -c < "pkg/${crate}_bg.wasm") bytes of wasm, every housing-fund calculator)"
for g in $groups $separate; do
  echo "  pkg/modules/$g: $(wc -c < "pkg/modules/$g/${crate}_bg.wasm") bytes of wasm"
done
