#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the `postgres` tests and print its URL.
# Needs the Debian `postgresql` package; prints nothing and exits 1 when it cannot start one.
set -euo pipefail
export PATH="$PATH:/usr/sbin:/sbin"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || exit 1
port="${SECRETARIAT_TEST_PG_PORT:-54329}"
dir=$(mktemp -d /tmp/secretariat-pg.XXXXXX)
owner=postgres
id "$owner" >/dev/null 2>&1 || owner=$(id -un)
chown "$owner" "$dir"
as_owner() { if [ "$(id -un)" = "$owner" ]; then "$@"; else runuser -u "$owner" -- "$@"; fi; }
as_owner "$bin/initdb" -D "$dir/data" -A trust -U secretariat -E UTF8 --locale=C.UTF-8 >/dev/null
# A port left busy by another server: try the next few.
for _ in 1 2 3 4 5 6 7 8; do
  if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null; then
    break
  fi
  port=$((port + 1))
done
as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U secretariat secretariat_test
echo "postgresql+psycopg://secretariat@127.0.0.1:$port/secretariat_test"
