#!/usr/bin/env bash
# The main job: builds vbtask and extracts every document of the bundled
# corpus into output/ (one JSON file per input).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >/dev/null
./build/vbtask extract corpus -o output
echo "wrote $(ls output/*.json | wc -l) files to output/"
