#!/usr/bin/env bash
# Make sure the Debian packages MediaDesk needs are installed.
#
#   .ci/system-deps.sh run    Qt runtime libraries and fonts (for `make run`)
#   .ci/system-deps.sh test   the above plus PostgreSQL, D-Bus, gnome-keyring,
#                                 poppler-utils and Xvfb (for `make test` / `make bench`)
#   .ci/system-deps.sh list [run|test]   print the package list and exit
#
# Presence is checked with dpkg-query, so a machine that already has everything
# never touches apt. When packages are missing: as root they are installed with
# `apt-get update` + `apt-get install -y --no-install-recommends`; as any other
# user the missing ones are printed and the script exits 1.
# On a system without dpkg (not Debian/Ubuntu) the check is skipped with a warning.
set -euo pipefail

# Libraries the PySide6 wheels (QtCore/QtGui/QtWidgets/QtSvg/QtPrintSupport/
# QtNetwork, the offscreen/minimal and xcb platform plugins, lupdate/lrelease)
# link against that a bare Debian 12 image does not have. Found with `ldd` on
# .venv/lib/python3.11/site-packages/PySide6/{*.abi3.so,Qt/plugins/**.so}.
QT_RUNTIME=(
    libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0
    libdbus-1-3 libx11-6 libxcb1 libgssapi-krb5-2
    # xcb platform plugin (a real window, or Xvfb)
    libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
    libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0
    libxcb-xfixes0 libxcb-xkb1
    # fonts: Chinese UI text, plus fc-list for the font check
    fontconfig fonts-noto-cjk
)
TEST_EXTRA=(
    postgresql            # initdb/pg_ctl under /usr/lib/postgresql/*/bin, `postgres` user
    dbus-daemon dbus-bin  # dbus-run-session, dbus-send
    dbus-x11              # satisfies gnome-keyring's dbus-session-bus dependency without systemd
    gnome-keyring         # Secret Service provider for python-keyring
    poppler-utils         # pdftotext/pdftoppm for report tests
    xvfb xauth            # xvfb-run for tests/screenshots on a virtual X display
)

mode=${1:-test}
case "$mode" in
    run)  pkgs=("${QT_RUNTIME[@]}") ;;
    test) pkgs=("${QT_RUNTIME[@]}" "${TEST_EXTRA[@]}") ;;
    list)
        if [ "${2:-test}" = run ]; then printf '%s\n' "${QT_RUNTIME[@]}"
        else printf '%s\n' "${QT_RUNTIME[@]}" "${TEST_EXTRA[@]}"; fi
        exit 0 ;;
    *) echo "usage: $0 run|test|list [run|test]" >&2; exit 2 ;;
esac

say() { printf 'system-deps: %s\n' "$*" >&2; }

if ! command -v dpkg-query >/dev/null 2>&1; then
    say "warning: dpkg-query not found (not a Debian system?); not checking for: ${pkgs[*]}"
    exit 0
fi

missing_pkgs() {
    local p
    for p in "${pkgs[@]}"; do
        if ! dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
            printf '%s\n' "$p"
        fi
    done
}

mapfile -t missing < <(missing_pkgs)
[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    say "ERROR: missing Debian packages: ${missing[*]}"
    say "install them with: sudo apt-get install --no-install-recommends ${missing[*]}"
    exit 1
fi

say "installing missing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Another apt or dpkg may be running (a fresh machine's first-boot updates, a colleague's
# install): wait for its lock for up to ten minutes instead of failing at once.
LOCK_WAIT=(-o DPkg::Lock::Timeout=600)
apt-get "${LOCK_WAIT[@]}" update -q </dev/null
apt-get "${LOCK_WAIT[@]}" install -y -q --no-install-recommends "${missing[@]}" </dev/null

mapfile -t missing < <(missing_pkgs)
if [ "${#missing[@]}" -ne 0 ]; then
    say "ERROR: still missing after apt-get install: ${missing[*]}"
    exit 1
fi
