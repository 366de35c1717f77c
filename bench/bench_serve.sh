#!/usr/bin/env bash
# Documents per second for the text inputs of the corpus, through
# `vbtask serve -j 2` (wrk posting the files in turn over 4 connections)
# and through the command line on the same files:
#   serve -j 2         requests/s answered 200 by the service (rules loaded once)
#   extract, batch     `vbtask extract -j 2 --adapt document FILES`, repeated
#   extract, per file  one `vbtask extract FILE` process per document, two at
#                      a time: what a caller without the service does
# Usage: bash bench/bench_serve.sh [SECONDS]   (default 20 per measure)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
bash scripts/build.sh >/dev/null
if ! command -v wrk >/dev/null; then
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq wrk >/dev/null
fi
vbtask=$PWD/build/vbtask
mapfile -t files < <(find corpus -name '*.txt' | sort)
tmp=$(mktemp -d)
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

echo "${#files[@]} text documents, $(cat "${files[@]}" | wc -c) bytes; $(nproc) cores"

# The service.
"$vbtask" serve --port 0 -j 2 --no-log >"$tmp/serve.out" 2>"$tmp/serve.err" &
server=$!
for _ in $(seq 100); do
  grep -q listening "$tmp/serve.out" && break
  sleep 0.1
done
port=$(sed -n 's/.*listening on http:\/\/127.0.0.1:\([0-9]*\).*/\1/p' "$tmp/serve.out")
[ -n "$port" ] || { cat "$tmp/serve.err"; echo "serve did not start" >&2; exit 1; }
VBTASK_BENCH_FILES=$(printf '%s\n' "${files[@]}") \
  wrk -t 2 -c 4 -d "${seconds}s" --timeout 60s -s bench/serve_post.lua \
  "http://127.0.0.1:$port" >"$tmp/wrk.txt"
if grep -q "Non-2xx" "$tmp/wrk.txt"; then
  cat "$tmp/wrk.txt"
  echo "some requests failed" >&2
  exit 1
fi
serve_rps=$(awk '/Requests\/sec/ {print $2}' "$tmp/wrk.txt")
latency=$(awk '/Latency/ {print $2; exit}' "$tmp/wrk.txt")
kill "$server"
wait "$server" || true
server=

# The command line, whole batches until the time is up.
now() { date +%s.%N; }
# Documents per second: count, start time.
rate() { awk -v n="$1" -v s="$2" -v e="$(now)" 'BEGIN {printf "%.1f", n / (e - s)}'; }
past() { awk -v s="$1" -v e="$(now)" -v d="$seconds" 'BEGIN {exit !(e - s >= d)}'; }

start=$(now)
runs=0
while :; do
  "$vbtask" extract -j 2 --adapt document -o "$tmp/cli" "${files[@]}"
  runs=$((runs + 1))
  past "$start" && break
done
batch_rate=$(rate $((runs * ${#files[@]})) "$start")

# One process per document, two at a time.
start=$(now)
rounds=0
while :; do
  printf '%s\n' "${files[@]}" |
    xargs -P 2 -I{} sh -c '"$0" extract "$1" >/dev/null' "$vbtask" {}
  rounds=$((rounds + 1))
  past "$start" && break
done
process_rate=$(rate $((rounds * ${#files[@]})) "$start")

printf '%-20s %8s docs/s   (mean latency %s, 4 connections)\n' \
  "serve -j 2" "$serve_rps" "$latency"
printf '%-20s %8s docs/s\n' "extract -j 2, batch" "$batch_rate"
printf '%-20s %8s docs/s\n' "extract, per file" "$process_rate"
