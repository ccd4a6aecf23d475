#!/usr/bin/env bash
# Installs what is missing, builds, and runs the benchmarks; each writes its own section of
# docs/benchmarks.md. `./scripts/bench.sh preview`, `... overload` or `... shrink` runs just one.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh
build_dir="${BUBUH_BUILD_DIR:-build}"
which="${1:-all}"
export QT_QPA_PLATFORM=offscreen
if [ "$which" = all ] || [ "$which" = overload ]; then
    "$build_dir/bench/overload/bench_overload"
fi
if [ "$which" = all ] || [ "$which" = preview ]; then
    "$build_dir/bench/preview/bench_preview"
fi
if [ "$which" = all ] || [ "$which" = shrink ]; then
    # Ghostscript is compared against when it is installed; it is never installed for this.
    "$build_dir/bench/shrink/bench_shrink"
fi
