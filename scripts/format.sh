#!/usr/bin/env bash
# clang-format (.clang-format) over every C++ file git tracks.
#   scripts/format.sh           reformat them (also: cmake --build build --target format)
#   scripts/format.sh --check   only say which are not formatted, and fail (CI)
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
if [ "${1:-}" = "--check" ]; then
    bad=()
    for f in "${files[@]}"; do
        clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
    done
    if ((${#bad[@]})); then
        printf 'bubuh: not formatted (run scripts/format.sh): %s\n' "${bad[@]}" >&2
        exit 1
    fi
    echo "bubuh: all ${#files[@]} C++ files are formatted"
else
    clang-format -i "${files[@]}"
fi
