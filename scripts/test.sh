#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs every test with CTest (GUI tests offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
bash scripts/check-format.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
QT_QPA_PLATFORM=offscreen ctest --preset ci --timeout 600 "$@"
