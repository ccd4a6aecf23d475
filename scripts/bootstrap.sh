#!/usr/bin/env bash
# Installs the Debian 12 packages Bubuh needs that are missing, then configures and builds.
# Idempotent: with everything installed and built it only checks, in seconds.
#   BUBUH_BUILD_DIR   build folder (default: build)
#   BUBUH_CMAKE_ARGS  extra CMake arguments, e.g. -DBUBUH_SANITIZERS=ON
#   BUBUH_PACKAGES_ONLY  set: install the packages, build nothing
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config git clang-format
    # clang and its libFuzzer runtime, for the fuzz targets (scripts/fuzz.sh)
    clang
    # Qt 6 and the libraries of design.md
    qt6-base-dev qt6-base-dev-tools qt6-pdf-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    libqt6sql6-sqlite libgl-dev qtkeychain-qt6-dev libqpdf-dev libssl-dev libqrencode-dev
    # independent checkers and a headless desktop for the tests
    poppler-utils qpdf gnome-keyring dbus dbus-x11 xvfb xauth imagemagick fonts-dejavu-core
    # man pages from --help, and the checkers of the installed files and the package
    help2man desktop-file-utils appstream lintian man-db
    # the accessibility tree, read from outside the window (tests/ui/accessibility.py)
    at-spi2-core python3-pyatspi
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "bubuh: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

[ -z "${BUBUH_PACKAGES_ONLY:-}" ] || exit 0
build_dir="${BUBUH_BUILD_DIR:-build}"
# shellcheck disable=SC2086 # BUBUH_CMAKE_ARGS is a list of arguments
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${BUBUH_CMAKE_ARGS:-} >/dev/null
cmake --build "$build_dir" -- -j"$(nproc)"
