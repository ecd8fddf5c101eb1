#!/usr/bin/env bash
# Run a command (normally pytest) inside MediaDesk's test environment:
#
#   .ci/test-env.sh .venv/bin/python -m pytest [ARGS...]
#
# 1. installs/checks the Debian packages (.ci/system-deps.sh test);
# 2. starts a throwaway PostgreSQL cluster on a free 127.0.0.1 port, with a
#    superuser role `mediadesk` and a database `mediadesk_test`;
# 3. starts a private D-Bus session (dbus-run-session) with an unlocked
#    gnome-keyring Secret Service in it (.ci/keyring-session.sh);
# 4. runs the command with
#       MEDIADESK_TEST_PG_URL=postgresql://mediadesk@127.0.0.1:PORT/mediadesk_test
#       MEDIADESK_TEST_KEYRING=1
#       QT_QPA_PLATFORM=offscreen
#       XDG_RUNTIME_DIR=<private 0700 temp dir>
#       DBUS_SESSION_BUS_ADDRESS=<the private session bus>
#    and exits with the command's exit status;
# 5. stops everything and removes the temp dirs, also on failure or Ctrl-C.
#
# If PostgreSQL, the keyring or the CJK font cannot be provided the script
# fails (exit 1) naming what is missing; it never lets the tests silently skip.
#
# As root, PostgreSQL runs as the `postgres` system user (it refuses to run as
# root); as any other user it runs as that user.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PY=${MEDIADESK_TEST_PYTHON:-$ROOT/.venv/bin/python}

log() { printf 'test-env: %s\n' "$*" >&2; }
die() { printf 'test-env: ERROR: %s\n' "$*" >&2; exit 1; }

[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }

# --- 1. system packages ------------------------------------------------------
"$ROOT/.ci/system-deps.sh" test || die "required Debian packages are missing (see above)"

if command -v fc-list >/dev/null 2>&1; then
    [ -n "$(fc-list :lang=zh family 2>/dev/null | head -n1)" ] \
        || die "font: no Chinese (CJK) font known to fontconfig (Debian package fonts-noto-cjk)"
else
    die "font: fc-list not found (Debian package fontconfig), cannot check for the CJK font"
fi

# --- cleanup -----------------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mediadesk-test.XXXXXX")
PGTMP=""      # cluster dir; short path under /tmp (unix socket path limit)
PGBIN=""
IS_ROOT=0; [ "$(id -u)" -eq 0 ] && IS_ROOT=1

as_pg() {  # run a PostgreSQL server binary as the cluster owner, from its dir
    if [ "$IS_ROOT" -eq 1 ]; then
        (cd "$PGTMP" && runuser -u postgres -- "$@")
    else
        (cd "$PGTMP" && "$@")
    fi
}

stop_postgres() {
    [ -n "$PGTMP" ] && [ -f "$PGTMP/data/postmaster.pid" ] || return 0
    if ! as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -m fast -w -t 30 stop >/dev/null 2>&1; then
        local pid
        pid=$(head -n1 "$PGTMP/data/postmaster.pid" 2>/dev/null || true)
        [ -n "$pid" ] && kill -QUIT "$pid" 2>/dev/null || true
        sleep 1
    fi
}

cleanup() {
    local rc=$?
    set +e
    trap - EXIT INT TERM HUP
    stop_postgres
    [ -n "$PGTMP" ] && rm -rf "$PGTMP"
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# --- 2. PostgreSQL -----------------------------------------------------------
find_pgbin() {
    local d
    if [ -n "${MEDIADESK_PG_BINDIR:-}" ]; then echo "$MEDIADESK_PG_BINDIR"; return 0; fi
    # newest Debian-packaged server first
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5 -V -r); do
        [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
    done
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir; return 0
    fi
    if command -v initdb >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v initdb)")"; return 0
    fi
    return 1
}

free_port() {
    local py=python3
    [ -x "$PY" ] && py=$PY
    "$py" -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

start_postgres() {
    PGBIN=$(find_pgbin) || die "PostgreSQL: initdb/pg_ctl not found (Debian package postgresql)"
    if [ "$IS_ROOT" -eq 1 ]; then
        id postgres >/dev/null 2>&1 \
            || die "PostgreSQL: running as root but there is no 'postgres' system user to run the server as"
    fi
    PGTMP=$(mktemp -d /tmp/mediadesk-pg.XXXXXX)
    [ "$IS_ROOT" -eq 1 ] && chown postgres: "$PGTMP"

    local locale=C
    locale -a 2>/dev/null | grep -qix 'c\.utf-\?8' && locale=C.UTF-8
    if ! as_pg "$PGBIN/initdb" -D "$PGTMP/data" -U mediadesk --auth=trust \
            -E UTF8 --locale="$locale" >"$PGTMP/initdb.log" 2>&1; then
        cat "$PGTMP/initdb.log" >&2
        die "PostgreSQL: initdb failed ($PGBIN/initdb)"
    fi

    local attempt port=""
    for attempt in 1 2 3 4 5; do
        port=$(free_port)
        if as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/postgres.log" -w -t 60 -s \
                -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$PGTMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
                start >/dev/null 2>&1; then
            break
        fi
        log "PostgreSQL did not start on port $port (attempt $attempt)"
        port=""
        stop_postgres
    done
    if [ -z "$port" ]; then
        tail -n 30 "$PGTMP/postgres.log" >&2 2>/dev/null || true
        die "PostgreSQL: the server could not be started (pg_ctl start failed; log above)"
    fi

    "$PGBIN/createdb" -h 127.0.0.1 -p "$port" -U mediadesk -O mediadesk mediadesk_test \
        || die "PostgreSQL: could not create database mediadesk_test on 127.0.0.1:$port"

    export MEDIADESK_TEST_PG_URL="postgresql://mediadesk@127.0.0.1:$port/mediadesk_test"
    log "PostgreSQL $("$PGBIN/postgres" -V | awk '{print $3}') running: $MEDIADESK_TEST_PG_URL"
}

start_postgres

# --- 3./4. D-Bus session + keyring, then the command -------------------------
command -v dbus-run-session >/dev/null 2>&1 \
    || die "keyring: dbus-run-session not found (Debian package dbus-daemon)"

mkdir -m 700 "$WORK/runtime" "$WORK/keyring"
export XDG_RUNTIME_DIR="$WORK/runtime"
export QT_QPA_PLATFORM=offscreen
export MEDIADESK_KEYRING_HOME="$WORK/keyring"   # used by keyring-session.sh
export MEDIADESK_TEST_PYTHON="$PY"

rc=0
dbus-run-session -- bash "$ROOT/.ci/keyring-session.sh" "$@" || rc=$?
exit "$rc"
