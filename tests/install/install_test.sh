#!/usr/bin/env bash
# `cmake --install` into a temporary prefix gives a vbtask that runs from
# another directory with the source checkout's rules out of reach (hidden
# under an empty tmpfs in a private mount namespace) and $VBTASK_RULES
# unset, and writes what output/ holds for a corpus document. The prefix is
# moved after installing: nothing may point back into it either.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(realpath "$1")
src=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
for f in bin/vbtask share/vbtask/rules/README.md share/vbtask/rules/repair/model.tsv \
         share/vbtask/schema/vbtask-2.schema.json share/man/man1/vbtask.1.gz; do
  [ -e "$tmp/prefix/$f" ] || fail "$f not installed"
done
man=$(gzip -dc "$tmp/prefix/share/man/man1/vbtask.1.gz")
for want in '^\.TH VBTASK "1"' '^\.SS "vbtask extract"' '^\.SS "vbtask serve"' \
            '^\.SH ENVIRONMENT' 'VBTASK_RULES' '\-\-format'; do
  grep -q -- "$want" <<<"$man" || fail "man page lacks $want"
done
mv "$tmp/prefix" "$tmp/moved"

# A clean text document: alone, its output is what the corpus batch gives.
doc=corpus/directives/05_nq_danguyxa_ocop.txt
golden=$src/output/05_nq_danguyxa_ocop.txt.json
mkdir -p "$tmp/work/$(dirname "$doc")"
cp "$src/$doc" "$tmp/work/$doc"
cd "$tmp/work"
unset VBTASK_RULES

# Runs "$@" with $src/rules covered by an empty directory.
hidden_rules() {
  local as_user=()
  [ "$(id -u)" -ne 0 ] && as_user=(--map-root-user)
  unshare --mount "${as_user[@]}" sh -c 'mount -t tmpfs vbtask-test "$0" && exec "$@"' \
    "$src/rules" "$@"
}

# The build tree's binary has only the source rules: it must fail here,
# or the check below proves nothing.
if hidden_rules "$build/vbtask" extract "$doc" >/dev/null 2>"$tmp/err"; then
  fail "the source rules are still reachable"
fi
grep -q "$src/rules" "$tmp/err" || fail "unexpected error: $(cat "$tmp/err")"

hidden_rules "$tmp/moved/bin/vbtask" extract "$doc" >"$tmp/out.json" ||
  fail "the installed vbtask failed"
cmp -s "$tmp/out.json" "$golden" ||
  fail "installed output differs from $golden: $(diff "$golden" "$tmp/out.json" | head -20)"
hidden_rules "$tmp/moved/bin/vbtask" --version
echo "ok: installed vbtask ran from $tmp/work without $src/rules"
