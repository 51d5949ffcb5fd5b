#!/usr/bin/env bash
# Installs what building and testing need, on a fresh machine or an old one; skips what is
# already there.
#
#   scripts/setup.sh [--browser] [--fuzz]
#
#   (always)   the wasm32 target, wasm-bindgen-cli at the version in Cargo.lock, the npm
#              tooling in package-lock.json (npm ci: never rewrites the lock)
#   --browser  Debian's chromium and a Chinese font, for the browser tests (needs root or sudo)
#   --fuzz     cargo-fuzz (pinned below) and a C++ compiler, for scripts/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# cargo-fuzz from crates.io. Pinned so every machine fuzzes with the same tool; 0.13 is the
# line that works on the stable compiler with RUSTC_BOOTSTRAP=1 (see fuzz/README.md).
CARGO_FUZZ_VERSION=0.13.2

browser=0
fuzz=0
for a in "$@"; do
  case "$a" in
    --browser) browser=1 ;;
    --fuzz) fuzz=1 ;;
    *) echo "usage: bash scripts/setup.sh [--browser] [--fuzz]" >&2; exit 2 ;;
  esac
done

log() { printf '\n== %s\n' "$*"; }

# apt-get as root, or through sudo for a developer's own account.
apt_get() {
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo DEBIAN_FRONTEND=noninteractive apt-get "$@"
  else
    echo "setup: installing Debian packages needs root or sudo (apt-get $*)" >&2
    exit 1
  fi
}
apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then
    apt_get update -qq
    apt_updated=1
  fi
  apt_get install -y -qq "$@" >/dev/null
}

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
# rustfmt: the test run checks the code is formatted (cargo fmt --check).
if ! rustup component list --installed 2>/dev/null | grep -q '^rustfmt'; then
  log "adding the rustfmt component"
  rustup component add rustfmt
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$wb_version" ]; then
  echo "setup: cannot find wasm-bindgen in Cargo.lock" >&2
  exit 1
fi
export PATH="$HOME/.cargo/bin:$PATH"
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $wb_version"; then
  log "installing wasm-bindgen-cli $wb_version (a few minutes)"
  # Not --locked: the lock file it ships pins webpki-roots 1.0.11, which crates.io no longer
  # serves (the install fails on a fresh machine); the version of the tool itself is exact.
  cargo install wasm-bindgen-cli --version "$wb_version" --force
fi

if [ "$fuzz" = 1 ]; then
  # libfuzzer-sys compiles libFuzzer's C++ sources with the system compiler.
  if ! command -v c++ >/dev/null 2>&1; then
    log "installing g++ for libFuzzer"
    apt_install g++
  fi
  if ! cargo fuzz --version 2>/dev/null | grep -qx "cargo-fuzz $CARGO_FUZZ_VERSION"; then
    log "installing cargo-fuzz $CARGO_FUZZ_VERSION (a few minutes)"
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked --force
  fi
fi

# Browser tests: Debian's chromium, and a Chinese font so the review screenshots are legible.
if [ "$browser" = 1 ]; then
  missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing+=(fonts-wqy-microhei)
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing ${missing[*]} for the browser tests"
    apt_install "${missing[@]}"
  fi
fi

# The npm tooling exactly as package-lock.json pins it (binaryen's wasm-opt and esbuild make
# bytes of pkg/, so their versions must not drift). `npm ci` never writes the lock, so a run
# leaves the work tree clean, and it fails when package.json and the lock disagree.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -f node_modules/.package-lock.json ] ||
  [ package.json -nt node_modules/.package-lock.json ] ||
  [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm tooling (npm ci: binaryen, esbuild, playwright-core, vite, typescript)"
  npm ci --no-audit --no-fund
fi
