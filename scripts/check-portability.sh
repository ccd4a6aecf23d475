#!/usr/bin/env bash
# CI: Bubuh builds with MSVC too, so POSIX-only headers stay out of app/, ui/, sim/, tests/ and
# bench/, except in a few small files that guard them with an #if on Q_OS_ (a Windows branch, or
# for a test, nothing, beside).
set -euo pipefail
cd "$(dirname "$0")/.."
guarded=(app/core/CrashPoint.cpp app/cli/TerminalEcho.cpp app/flow/ResultFile.cpp
    tests/core/tst_secrets.cpp)
posix='^[[:space:]]*#[[:space:]]*include[[:space:]]*<(unistd\.h|signal\.h|csignal|termios\.h|fcntl\.h|pthread\.h|dlfcn\.h|dirent\.h|poll\.h|pwd\.h|grp\.h|netdb\.h|sys/[^>]+|netinet/[^>]+|arpa/[^>]+)>'
failed=0
while IFS=: read -r file line text; do
    allowed=0
    for g in "${guarded[@]}"; do [ "$file" = "$g" ] && allowed=1; done
    if [ "$allowed" = 0 ]; then
        echo "$file:$line: POSIX-only $text (keep it in a guarded file: ${guarded[*]})"
        failed=1
        continue
    fi
    # Inside an #if/#ifdef whose condition names a Q_OS_ macro, or that one's #else?
    if ! awk -v target="$line" '
        /^[[:space:]]*#[[:space:]]*if/ { stack[++depth] = $0 }
        /^[[:space:]]*#[[:space:]]*endif/ { depth-- }
        NR == target {
            for (i = 1; i <= depth; i++) if (stack[i] ~ /Q_OS_/) exit 0
            exit 1
        }' "$file"; then
        echo "$file:$line: $text is not inside an #if on Q_OS_"
        failed=1
    fi
done < <(git grep -n -E "$posix" -- app ui sim tests bench || true)
[ "$failed" = 0 ] && echo "bubuh: no unguarded POSIX-only header in app/, ui/, sim/, tests/ or bench/"
exit "$failed"
