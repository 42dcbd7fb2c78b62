#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 for the tests and prints its URL.
#   scripts/postgres-throwaway.sh start DIR PORT   -> prints postgres://postgres@127.0.0.1:PORT/postgres
#   scripts/postgres-throwaway.sh stop DIR
# As root the cluster runs as the `postgres` user (initdb refuses root).
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?data directory}; port=${3:-54329}

bin=""
for candidate in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
  [ -x "$candidate/initdb" ] && { bin=$candidate; break; }
done
[ -n "$bin" ] || bin=$(dirname "$(command -v initdb || echo /usr/bin/initdb)")
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql-15)" >&2; exit 1; }

as_pg() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
      chown postgres:postgres "$dir"
      # mktemp makes private folders: let the postgres user reach its data directory.
      chmod o+x "$(dirname "$dir")"
    fi
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_pg "'$bin/initdb' -D '$dir' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
    fi
    as_pg "'$bin/pg_ctl' -D '$dir' -o \"-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200\" -l '$dir/server.log' -w start" >/dev/null
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_pg "'$bin/pg_ctl' -D '$dir' -m fast -w stop" >/dev/null 2>&1 || true
    ;;
  *) echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2 ;;
esac
