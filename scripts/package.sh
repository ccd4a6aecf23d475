#!/usr/bin/env bash
# Builds the Debian package: bubuh_<version>_<arch>.deb in the package folder, from a Release
# build with Debian's hardening flags and without the test-only crash points, then checks it
# with lintian (packaging/README.md explains each tag it may print).
#   BUBUH_PACKAGE_DIR  build folder of the package (default: build-package)
set -euo pipefail
cd "$(dirname "$0")/.."

dir="${BUBUH_PACKAGE_DIR:-build-package}"
BUBUH_PACKAGES_ONLY=1 ./scripts/bootstrap.sh # dpkg-buildflags first, on a fresh machine too
# What Debian builds its own packages with (fortify, stack protector, RELRO, bind-now); CMake
# takes these when it first configures the folder.
export DEB_BUILD_MAINT_OPTIONS="hardening=+all"
CXXFLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
LDFLAGS="$(dpkg-buildflags --get LDFLAGS)"
export CXXFLAGS LDFLAGS
BUBUH_BUILD_DIR="$dir" \
BUBUH_CMAKE_ARGS="-DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr -DBUBUH_BUILD_TESTS=OFF
    -DBUBUH_BUILD_BENCH=OFF -DBUBUH_CRASH_POINTS=OFF ${BUBUH_CMAKE_ARGS:-}" \
    ./scripts/bootstrap.sh
(cd "$dir" && cpack -G DEB >/dev/null)
deb=$(ls -t "$dir"/bubuh_*.deb | head -n 1)
echo "bubuh: built $deb"
# Errors fail the build; warnings and information are printed for packaging/README.md.
lintian --display-info --fail-on error "$deb"
