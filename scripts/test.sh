#!/usr/bin/env bash
# Builds vbtask and runs every test (unit, golden, CLI) through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >/dev/null
cd build
ctest --output-on-failure -j"$(nproc)"
