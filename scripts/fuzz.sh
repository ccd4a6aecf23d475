#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang, address and undefined-behaviour sanitizers,
# and runs each for a while on a copy of its seed corpus. Fails on any crash, leak, timeout or
# sanitizer report; the input that caused it is left in the build folder, to keep as a test.
#   ./scripts/fuzz.sh [SECONDS per target, default 60] [TARGET ...]
# Longer runs: ./scripts/fuzz.sh 3600 verifier (and keep build-fuzz/corpus-verifier between
# runs: it is where new inputs go).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
((${#targets[@]})) || targets=(inspector verifier replyparser waitingroom)

BUBUH_BUILD_DIR=build-fuzz BUBUH_CMAKE_ARGS="-DBUBUH_FUZZ=ON -DBUBUH_BUILD_TESTS=OFF \
    -DCMAKE_CXX_COMPILER=clang++ ${BUBUH_CMAKE_ARGS:-}" ./scripts/bootstrap.sh

status=0
for target in "${targets[@]}"; do
    seeds="fuzz/corpus/$target"
    [[ $target == inspector || $target == verifier ]] && seeds="fuzz/corpus/pdf"
    work="build-fuzz/corpus-$target"
    mkdir -p "$work" "build-fuzz/crashes-$target"
    # The seeds and what earlier runs found; the committed seeds stay as they are.
    log="build-fuzz/fuzz-$target.log"
    # -max_len: a megabyte covers every PDF structure; the verifier's own size limits are
    # tested elsewhere. -timeout: one input may take at most 10 s.
    if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
        "build-fuzz/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=1048576 -print_final_stats=1 \
        -artifact_prefix="build-fuzz/crashes-$target/" "$work" "$seeds" \
        >"$log" 2>&1; then
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
        echo "fuzz $target: clean, ${runs:-?} executions in ${seconds} s"
    else
        status=1
        echo "fuzz $target: FAILED (see $log and build-fuzz/crashes-$target/)"
        tail -n 40 "$log"
    fi
done
exit "$status"
