#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs every test with CTest (GUI tests offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
bash scripts/check-format.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
QT_QPA_PLATFORM=offscreen ctest --preset ci --timeout 600 "$@"
# The same core and command line again under AddressSanitizer and UBSan, and the fuzz targets (HANDOFF_SANITIZE=0
# skips them, e.g. for a quick run while working).
if [[ "${HANDOFF_SANITIZE:-1}" != 0 ]]; then
    bash scripts/sanitize.sh
fi
