#!/bin/sh
# `cmake --install` to a fresh prefix gives a tree that works: the programs run from it (the
# window starts in demo mode and draws itself), the metadata validates, the icons and man pages
# are where desktops and man look, and the man pages name every command and option.
#   installtree.sh BUILD_DIR VERSION SAMPLE.pdf
set -eu
build=$1 version=$2 sample=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT

cmake --install "$build" --prefix "$prefix" >/dev/null || fail "cmake --install"
for f in bin/bubuh bin/bubuh-cli libexec/bubuh/emeterai-sim \
         share/applications/id.bubuh.Bubuh.desktop share/metainfo/id.bubuh.Bubuh.metainfo.xml \
         share/icons/hicolor/scalable/apps/id.bubuh.Bubuh.svg \
         share/man/man1/bubuh.1.gz share/man/man1/bubuh-cli.1.gz \
         share/doc/bubuh/copyright share/doc/bubuh/changelog.gz; do
    [ -f "$prefix/$f" ] || fail "$f is not installed"
done
for size in 16 22 24 32 48 64 128 256 512; do
    png="$prefix/share/icons/hicolor/${size}x${size}/apps/id.bubuh.Bubuh.png"
    [ -f "$png" ] || fail "no ${size}px icon"
    [ "$(identify -format '%wx%h' "$png")" = "${size}x${size}" ] || fail "the ${size}px icon is not ${size}px"
done
# Nothing the build folder holds only for tests or benchmarks.
[ -z "$(find "$prefix" -name 'tst_*' -o -name 'bench_*')" ] || fail "tests or benchmarks installed"

desktop-file-validate "$prefix/share/applications/id.bubuh.Bubuh.desktop" \
    || fail "desktop-file-validate"
appstreamcli validate --no-net --explain "$prefix/share/metainfo/id.bubuh.Bubuh.metainfo.xml" \
    || fail "appstreamcli validate"
appstreamcli validate --no-net "$prefix/share/metainfo/id.bubuh.Bubuh.metainfo.xml" 2>&1 \
    | grep -q -E '^(W|E):' && fail "appstreamcli has warnings or errors"

# The installed programs run from the tree.
[ "$("$prefix/bin/bubuh-cli" --version)" = "bubuh-cli $version" ] || fail "bubuh-cli --version"
"$prefix/bin/bubuh-cli" inspect "$sample" --lang en >/dev/null || fail "bubuh-cli inspect"
"$prefix/libexec/bubuh/emeterai-sim" --help >/dev/null || fail "emeterai-sim --help"
shot="$prefix/window.png"
QT_QPA_PLATFORM=offscreen timeout 60 "$prefix/bin/bubuh" --demo --screenshot "$shot" \
    >/dev/null 2>&1 || fail "bubuh --demo did not start from the installed tree"
[ "$(identify -format '%w' "$shot")" -gt 600 ] || fail "bubuh --demo drew no window"

# The man pages list every command of bubuh-cli and every long option of both programs.
page=$(gzip -dc "$prefix/share/man/man1/bubuh-cli.1.gz" | MANWIDTH=200 man -l - 2>/dev/null)
for command in $("$prefix/bin/bubuh-cli" --lang en --help | sed -n '/^Commands:/,/^$/s/^  \([a-z]\+\) .*/\1/p;/^Commands:/,/^$/s/^  \([a-z]\+\)$/\1/p'); do
    echo "$page" | grep -q -E "^ +$command( |\$)" || fail "bubuh-cli(1) lacks the command $command"
    found_command=1
done
[ "${found_command:-0}" = 1 ] || fail "bubuh-cli --help listed no commands"
for option in $("$prefix/bin/bubuh-cli" --lang en --help | grep -o -E '^ +(-[a-z], )?--[a-z-]+' | grep -o -E -- '--[a-z-]+'); do
    echo "$page" | grep -q -- "$option" || fail "bubuh-cli(1) lacks $option"
    found_option=1
done
[ "${found_option:-0}" = 1 ] || fail "bubuh-cli --help listed no options"
echo "$page" | grep -q "EXIT STATUS" || fail "bubuh-cli(1) has no EXIT STATUS"
# Dated by the release (the changelog's newest entry), not by the day of the build.
released=$(sed -n 's/^ -- [^>]*>  //p' "$(dirname "$0")/../../packaging/changelog" | head -n 1)
gzip -dc "$prefix/share/man/man1/bubuh-cli.1.gz" | grep -q "^\.TH .*\"$(LC_ALL=C date -d "$released" '+%B %Y')\"" \
    || fail "bubuh-cli(1) is not dated $released"
gui_page=$(gzip -dc "$prefix/share/man/man1/bubuh.1.gz" | MANWIDTH=200 man -l - 2>/dev/null)
for option in --demo --lang --screenshot --version; do
    echo "$gui_page" | grep -q -- "$option" || fail "bubuh(1) lacks $option"
done
echo "PASS: the installed tree runs and its metadata validates"
