# Sourced by test.sh and bench/compare.sh: starts a throw-away PostgreSQL on 127.0.0.1 in a
# temporary folder, gone when the calling script exits. Needs Debian's postgresql package.
#
# After `throwaway_postgres_start`: PG_PORT is its port, PG_BIN its binaries, and
# `throwaway_postgres_createdb NAME` makes a database owned by the trust-authenticated user
# postgres. initdb refuses to run as root, so as root the server runs as the postgres user that
# Debian's package creates. fsync is off: the server's own crash safety is not under test.

throwaway_postgres_start() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$PG_BIN" ]; then
    echo "PostgreSQL is not installed: apt-get install postgresql" >&2
    return 1
  fi
  PG_DIR=$(mktemp -d /tmp/quiz-trainer-pg.XXXXXX)
  PG_AS=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PG_DIR"
    PG_AS=(runuser -u postgres --)
  fi
  PG_PORT=55432
  while (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; do PG_PORT=$((PG_PORT + 1)); done
  as_pg_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --no-sync \
    >/dev/null
  trap throwaway_postgres_stop EXIT
  as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w start \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" \
    >/dev/null
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

# From /, which the postgres user can always enter (the caller's folder may be private to root).
as_pg_owner() {
  (cd / && "${PG_AS[@]}" "$@")
}

throwaway_postgres_createdb() {
  "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "$1"
}

throwaway_postgres_stop() {
  as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
