#!/usr/bin/env bash
# Takes the README's pictures of each step (docs/img/*.png) from the running application under
# Xvfb: the whole-flow GUI test drives the real window in demo mode and, with
# BUBUH_SCREENSHOTS set, saves a picture at each step.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh
build_dir="${BUBUH_BUILD_DIR:-build}"
cmake --build "$build_dir" --target tst_applicantflow
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p docs/img
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=xcb
export BUBUH_SCREENSHOTS="$PWD/docs/img"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
xvfb-run -a -s "-screen 0 1280x900x24" "$build_dir/tests/tst_applicantflow" \
    buyPlaceStampCheckAndSave aLetterTooLargeForItsSlotIsShrunkThenStamped
ls docs/img/[0-9]-*.png
