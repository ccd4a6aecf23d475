#!/usr/bin/env bash
# CI: installs the package that scripts/package.sh built, as a user would (apt-get resolves its
# dependencies), runs the installed programs from their installed paths, and removes it again.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(realpath "$(ls -t "${BUBUH_PACKAGE_DIR:-build-package}"/bubuh_*.deb | head -n 1)")
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
remove() { DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq bubuh >/dev/null; }
# A package left by an interrupted run of this script is ours to remove; any other is not.
if dpkg-query -W -f='${Status}' bubuh 2>/dev/null | grep -q "install ok installed"; then
    if [ "$(dpkg-query -W -f='${Version}' bubuh)" != "$(dpkg-deb -f "$deb" Version)" ]; then
        echo "bubuh: another version of bubuh is installed; not touching it" >&2
        exit 1
    fi
    remove
fi
trap remove EXIT
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$deb" >/dev/null

version=$(dpkg-query -W -f='${Version}' bubuh)
[ "$(/usr/bin/bubuh-cli --version)" = "bubuh-cli $version" ]
/usr/bin/bubuh-cli inspect tests/data/surat-pernyataan.pdf
[ "$(QT_QPA_PLATFORM=offscreen /usr/bin/bubuh --version)" = "Bubuh $version" ]
/usr/libexec/bubuh/emeterai-sim --help >/dev/null
man -w bubuh-cli >/dev/null
echo "bubuh: the package $version installs, runs from /usr/bin and is removed again"
