#!/usr/bin/env bash
# Throwaway PostgreSQL 15 on a random loopback port.
#   postgres.sh start DIR   -> prints the Npgsql connection string; server data lives in DIR
#   postgres.sh pause DIR / resume DIR   -> stop and start the same server (an outage in a test)
#   postgres.sh stop DIR
set -euo pipefail
bin=${POSTGRES_BIN:-/usr/lib/postgresql/15/bin}
cmd=${1:?start|stop}; dir=${2:?data folder}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
  if [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL 15 server binaries not found in $bin. Install them: apt-get install -y postgresql-15" >&2
    exit 3
  fi
  port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
  mkdir -p "$dir/run"
  [ "$(id -u)" = 0 ] && chown -R postgres "$dir"
  as_postgres "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
  cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir/run'
max_connections = 300
# Throwaway test data: durability off for speed (benchmarks start their own server with it on).
fsync = ${POSTGRES_FSYNC:-off}
synchronous_commit = ${POSTGRES_SYNCHRONOUS_COMMIT:-off}
full_page_writes = ${POSTGRES_FSYNC:-off}
CONF
  # e.g. POSTGRES_EXTRA_CONF="shared_preload_libraries = 'pg_stat_statements'" to profile a bench run's statements
  [ -n "${POSTGRES_EXTRA_CONF:-}" ] && printf '%s\n' "$POSTGRES_EXTRA_CONF" >>"$dir/data/postgresql.conf"
  as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start >/dev/null
  echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  ;;
pause)
  as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  ;;
resume)
  as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start >/dev/null
  ;;
stop)
  [ -d "$dir/data" ] && as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  ;;
*) echo "usage: postgres.sh start|pause|resume|stop DIR" >&2; exit 2 ;;
esac
