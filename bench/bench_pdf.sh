#!/usr/bin/env bash
# Pages per second on the text-layer PDFs of corpus/pdf/: `vbtask extract`
# (the whole pipeline, one process for all files, one worker and then one
# per core) against `pdftotext -layout` (text only, one process per file).
#
# Usage: bash bench/bench_pdf.sh [ROUNDS]   (each file is read ROUNDS times)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-20}
files=(corpus/pdf/*.pdf)
pages=0
for f in "${files[@]}"; do
  pages=$((pages + $(pdfinfo "$f" | awk '/^Pages:/ {print $2}')))
done
total=$((pages * rounds))
inputs=()
for ((r = 0; r < rounds; r++)); do inputs+=("${files[@]}"); done

now() { date +%s.%N; }
report() {  # name start end
  awk -v n="$1" -v s="$2" -v e="$3" -v p="$total" \
    'BEGIN { printf "%-28s %6d pages %7.3f s %8.1f pages/s\n", n, p, e - s, p / (e - s) }'
}

echo "${#files[@]} PDFs, $pages pages, $rounds rounds, $(nproc) cores"
s=$(now); ./build/vbtask extract -j 1 "${inputs[@]}" >/dev/null; e=$(now)
report "vbtask extract -j 1" "$s" "$e"
s=$(now); ./build/vbtask extract "${inputs[@]}" >/dev/null; e=$(now)
report "vbtask extract -j $(nproc)" "$s" "$e"
s=$(now)
for f in "${inputs[@]}"; do pdftotext -layout "$f" /dev/null; done
e=$(now)
report "pdftotext -layout" "$s" "$e"
