#!/usr/bin/env bash
# Installs what building and testing need, on a fresh machine or an old one; skips what is
# already there. Usage: scripts/setup.sh [--browser]
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*"; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
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
  cargo install wasm-bindgen-cli --version "$wb_version" --force
fi

# Browser tests: Debian's chromium, and a Chinese font so the review screenshots are legible.
if [ "${1:-}" = "--browser" ]; then
  missing=""
  command -v chromium >/dev/null 2>&1 || missing="chromium"
  dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing="$missing fonts-wqy-microhei"
  if [ -n "$missing" ]; then
    log "installing$missing for the browser tests"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq $missing >/dev/null
  fi
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ package.json -nt node_modules/.package-lock.json ]; then
  log "installing npm tooling (binaryen, playwright-core, vite, typescript)"
  # `npm install`, not `npm ci`: it follows the lock file all the same, but tolerates that an
  # optional Windows-only dependency of vite is not on this registry (npm ci refuses the lock).
  npm install --no-audit --no-fund
fi
