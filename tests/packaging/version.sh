#!/bin/sh
# One version everywhere: CMakeLists.txt's project(VERSION), the newest <release> of the
# AppStream metadata (releases are listed newest first), and both programs' --version.
#   version.sh VERSION METAINFO BUBUH BUBUH_CLI
set -eu
version=$1 metainfo=$2 gui=$3 cli=$4
fail() { echo "FAIL: $*" >&2; exit 1; }

newest=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$metainfo" | head -n 1)
[ "$newest" = "$version" ] || fail "metainfo's newest release is '$newest', CMake says '$version'"
gui_says=$(QT_QPA_PLATFORM=offscreen "$gui" --version 2>/dev/null)
[ "$gui_says" = "Bubuh $version" ] || fail "bubuh --version says '$gui_says'"
cli_says=$("$cli" --version 2>/dev/null)
[ "$cli_says" = "bubuh-cli $version" ] || fail "bubuh-cli --version says '$cli_says'"
echo "PASS: $version in CMake, the metainfo, bubuh and bubuh-cli"
