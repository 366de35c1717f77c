#!/usr/bin/env bash
# `cpack -G DEB` makes a package holding the install under /usr, depending
# on the shared libraries and the data vbtask reads at run time.
# Usage: package_test.sh BUILD_DIR
set -euo pipefail
build=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$tmp" >"$tmp/cpack.log" 2>&1) ||
  { cat "$tmp/cpack.log" >&2; fail "cpack -G DEB failed"; }
debs=("$tmp"/vbtask_*.deb)
[ -f "${debs[0]}" ] || fail "no vbtask_*.deb in $(ls "$tmp")"
deb=${debs[0]}

dpkg-deb -c "$deb" | awk '{print $NF}' >"$tmp/files"
for f in ./usr/bin/vbtask ./usr/share/vbtask/rules/README.md \
         ./usr/share/vbtask/rules/repair/model.tsv \
         ./usr/share/vbtask/schema/vbtask-2.schema.json \
         ./usr/share/man/man1/vbtask.1.gz; do
  grep -qxF "$f" "$tmp/files" || fail "$f missing from $(basename "$deb")"
done
depends=$(dpkg-deb -f "$deb" Depends)
for d in hunspell-vi tesseract-ocr-vie libpoppler-cpp libcpp-httplib libicu libre2; do
  [[ $depends == *"$d"* ]] || fail "Depends lacks $d: $depends"
done
[ "$(dpkg-deb -f "$deb" Package)" = vbtask ] || fail "package name"
echo "ok: $(basename "$deb") ($(wc -l <"$tmp/files") entries)"
echo "Depends: $depends"
