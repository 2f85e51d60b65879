#!/usr/bin/env bash
# Fails, naming the files, when a tracked C++ file is not formatted as .clang-format says.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "clang-format is not installed; skipping the format check"; exit 0; }
bad=()
while IFS= read -r file; do
    clang-format --dry-run -Werror "$file" >/dev/null 2>&1 || bad+=("$file")
done < <(git ls-files '*.cpp' '*.h')
if [[ ${#bad[@]} -gt 0 ]]; then
    echo "Not formatted (run: cmake --build build --target format): ${bad[*]}" >&2
    exit 1
fi
