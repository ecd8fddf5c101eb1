#!/usr/bin/env bash
# Inner half of .ci/test-env.sh; runs inside `dbus-run-session`:
#
#   dbus-run-session -- bash .ci/keyring-session.sh COMMAND [ARGS...]
#
# Starts gnome-keyring-daemon (Secret Service only) on the private session
# bus with its login keyring created and unlocked from a password on stdin,
# waits until org.freedesktop.secrets is on the bus, checks that python-keyring's
# SecretService backend can set/get/delete a password without any prompt, then
# runs COMMAND with MEDIADESK_TEST_KEYRING=1 and exits with its status. The
# daemon is stopped on exit (including failure and Ctrl-C).
#
# The daemon gets its own HOME/XDG dirs under $MEDIADESK_KEYRING_HOME, so a
# developer's real keyrings are never read or written.
set -euo pipefail

log() { printf 'test-env: %s\n' "$*" >&2; }
die() { printf 'test-env: ERROR: %s\n' "$*" >&2; exit 1; }

[ $# -gt 0 ] || { echo "usage: dbus-run-session -- $0 COMMAND [ARGS...]" >&2; exit 2; }
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || die "keyring: not inside a D-Bus session (run via dbus-run-session)"
KHOME=${MEDIADESK_KEYRING_HOME:-}
if [ -z "$KHOME" ]; then
    KHOME=$(mktemp -d "${TMPDIR:-/tmp}/mediadesk-keyring.XXXXXX")
    OWN_KHOME=1
fi
PY=${MEDIADESK_TEST_PYTHON:-}

command -v gnome-keyring-daemon >/dev/null 2>&1 \
    || die "keyring: gnome-keyring-daemon not found (Debian package gnome-keyring)"
command -v dbus-send >/dev/null 2>&1 \
    || die "keyring: dbus-send not found (Debian package dbus-bin)"

GK_PID=""
cleanup() {
    local rc=$?
    set +e
    trap - EXIT INT TERM HUP
    if [ -n "$GK_PID" ] && kill -0 "$GK_PID" 2>/dev/null; then
        kill "$GK_PID" 2>/dev/null
        for _ in $(seq 50); do kill -0 "$GK_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$GK_PID" 2>/dev/null
        wait "$GK_PID" 2>/dev/null
    fi
    [ -n "${OWN_KHOME:-}" ] && rm -rf "$KHOME"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

mkdir -p "$KHOME/home" "$KHOME/data/keyrings" "$KHOME/config" "$KHOME/run"
chmod 700 "$KHOME" "$KHOME/home" "$KHOME/data" "$KHOME/data/keyrings" "$KHOME/config" "$KHOME/run"
# Make the login keyring (created by --unlock) the `default` collection, which
# is what python-keyring / secretstorage use; otherwise they would try to create
# one, which needs an interactive prompt.
printf 'login' >"$KHOME/data/keyrings/default"

# Background jobs of a non-interactive shell ignore SIGINT, so Ctrl-C reaches
# the test command but not the daemon; cleanup() stops the daemon.
printf '%s' "mediadesk-test-keyring" \
    | env HOME="$KHOME/home" XDG_DATA_HOME="$KHOME/data" XDG_CONFIG_HOME="$KHOME/config" \
          XDG_RUNTIME_DIR="$KHOME/run" \
          gnome-keyring-daemon --foreground --unlock --components=secrets \
          >"$KHOME/daemon.log" 2>&1 &
GK_PID=$!

on_bus() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.ListNames 2>/dev/null | grep -q '"org.freedesktop.secrets"'
}
ready=0
for _ in $(seq 100); do          # up to ~10 s
    if ! kill -0 "$GK_PID" 2>/dev/null; then
        cat "$KHOME/daemon.log" >&2 || true
        die "keyring: gnome-keyring-daemon exited during startup (log above)"
    fi
    if on_bus; then ready=1; break; fi
    sleep 0.1
done
if [ "$ready" -ne 1 ]; then
    cat "$KHOME/daemon.log" >&2 || true
    die "keyring: gnome-keyring-daemon did not register org.freedesktop.secrets on the session bus within 10 s"
fi

# Check the keyring is really usable (no prompt needed) with the project's own
# python-keyring, if the interpreter has it.
if [ -n "$PY" ] && [ -x "$PY" ] && "$PY" -c 'import keyring.backends.SecretService' 2>/dev/null; then
    if ! timeout 30 "$PY" - <<'EOF'
import sys
from keyring.backends.SecretService import Keyring

kr = Keyring()
svc, user = "mediadesk-test-env-preflight", "probe"
kr.set_password(svc, user, "s3cret-\u5bc6\u7801")
got = kr.get_password(svc, user)
kr.delete_password(svc, user)
if got != "s3cret-\u5bc6\u7801" or kr.get_password(svc, user) is not None:
    sys.exit("set/get/delete round trip gave %r" % (got,))
EOF
    then
        cat "$KHOME/daemon.log" >&2 || true
        die "keyring: the Secret Service (gnome-keyring) is running but python-keyring cannot store a password in it"
    fi
fi

export MEDIADESK_TEST_KEYRING=1
log "Secret Service keyring running (gnome-keyring-daemon pid $GK_PID) on $DBUS_SESSION_BUS_ADDRESS"

rc=0
"$@" || rc=$?
exit "$rc"
