#!/bin/sh
# Runs accessibility.py against the real window under Xvfb, on the session bus of the test run
# (scripts/test.sh), where the AT-SPI bus starts on demand. Debian's python3: pyatspi is there.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
exec xvfb-run -a -s "-screen 0 1280x900x24" /usr/bin/python3 "$here/accessibility.py" "$1" "$2"
