#!/usr/bin/env bash
# Installs what is missing, builds, and runs the benchmarks; their tables go to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh
build_dir="${BUBUH_BUILD_DIR:-build}"
QT_QPA_PLATFORM=offscreen "$build_dir/bench/overload/bench_overload" "$@"
