#!/usr/bin/env bash
# Installs what is missing, builds, and opens Bubuh in demo mode on the embedded simulator.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh
exec "${BUBUH_BUILD_DIR:-build}/ui/bubuh" --demo "$@"
