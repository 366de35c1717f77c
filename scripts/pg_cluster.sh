#!/usr/bin/env bash
# A throwaway PostgreSQL server, for the store's tests:
#   bash scripts/pg_cluster.sh start DIR PORT   # prints the server's URL
#   bash scripts/pg_cluster.sh stop DIR         # stops it, removes DIR
# The cluster lives in DIR, listens on 127.0.0.1:PORT only (and a socket in
# DIR), trusts local connections and syncs nothing to disk. PostgreSQL
# refuses to run as root: as root (CI) it runs as the postgres user the
# Debian package creates.
set -euo pipefail
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "pg_cluster: no PostgreSQL server installed (bash scripts/setup.sh installs postgresql-15)" >&2
  exit 1
fi
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "${1:-}" in
  start)
    dir=$2 port=$3
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    if ! as_owner "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 \
        --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1; then
      cat "$dir/initdb.log" >&2
      exit 1
    fi
    if ! as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null; then
      cat "$dir/server.log" >&2
      exit 1
    fi
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    dir=$2
    if [ -d "$dir/data" ]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: pg_cluster.sh start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
