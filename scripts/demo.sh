#!/usr/bin/env bash
# The main job: set up, build the package and serve the demo page on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node scripts/serve.mjs
