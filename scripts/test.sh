#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless, with a real
# Secret Service (gnome-keyring on a private D-Bus session) for the keychain tests.
set -euo pipefail
cd "$(dirname "$0")/.."
# The crash tests need the crash points, which only test builds have.
export BUBUH_CMAKE_ARGS="-DBUBUH_CRASH_POINTS=ON ${BUBUH_CMAKE_ARGS:-}"
./scripts/bootstrap.sh
build_dir="$(cd "${BUBUH_BUILD_DIR:-build}" && pwd)"

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_RUNTIME_DIR="$home/run" QT_QPA_PLATFORM=offscreen
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
# shellcheck disable=SC2016 # expanded by the inner shell
dbus-run-session -- sh -c '
    eval "$(printf pw | gnome-keyring-daemon --unlock --daemonize --components=secrets)"
    export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
    ctest --test-dir "$1" --output-on-failure -j"$(nproc)" ${BUBUH_CTEST_ARGS:-}
' sh "$build_dir"
