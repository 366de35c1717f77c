#!/usr/bin/env bash
# Renders corpus documents into born-digital PDFs under corpus/pdf/, for the
# tests of the PDF path: the official two-column header, centred titles,
# justified body with first-line indents, real footnotes, page numbers in a
# running header or footer (three styles in turn).
#
# Each document's paragraphs are taken from what vbtask extracts from its
# text version, written as Flat ODT by scripts/pdf_markup.py and converted
# by LibreOffice headless (installed here if missing; the tests use the
# committed PDFs and do not need it).
#
# Usage: bash scripts/make_pdfs.sh [corpus/…/NAME.txt …]
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v soffice >/dev/null; then
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    libreoffice-writer-nogui fonts-liberation >/dev/null
fi
bash scripts/build.sh >/dev/null

if [ $# -eq 0 ]; then
  set -- corpus/directives/0[1-9]_*.txt corpus/directives/1[0-2]_*.txt \
         corpus/seeds/001_*.txt corpus/seeds/002_*.txt corpus/seeds/003_*.txt
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
variant=0
for txt in "$@"; do
  name=$(basename "$txt" .txt)
  ./build/vbtask extract "$txt" >"$work/$name.json"
  python3 scripts/pdf_markup.py "$work/$name.json" "$variant" >"$work/$name.fodt"
  variant=$((variant + 1))
done
mkdir -p corpus/pdf
# A private profile keeps the run independent of any user settings.
soffice -env:UserInstallation="file://$work/profile" --headless \
  --convert-to pdf --outdir corpus/pdf "$work"/*.fodt >/dev/null 2>&1
ls -l corpus/pdf
