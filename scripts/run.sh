#!/usr/bin/env bash
# Installs what is missing, builds, and opens the workstation on the demo database
# (created and filled on first use, then reused). Extra arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh --gui
cmake --preset default >/dev/null
cmake --build --preset default
exec ./build/app/handoff --demo "$@"
