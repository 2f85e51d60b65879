#!/usr/bin/env bash
# Installs the Debian packages Handoff needs to build, test and run; does nothing when they are all there.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libqt6opengl6-dev libgl-dev qt6-svg-dev qt6-qpa-plugins qt6-translations-l10n
    libsqlite3-dev sqlite3 fonts-dejavu-core clang-format git poppler-utils
    libqt6sql6-psql libpq-dev postgresql
    # Report PDFs print what DejaVu Sans lacks in these (core/report/ReportFont.cpp names them in this order):
    # fonts-noto-ui-core for Devanagari, Arabic and the other scripts of South and South-East Asia (1.4 MB; the same
    # scripts in fonts-noto-core are 12 MB and would replace DejaVu Sans as the system's default face);
    # fonts-noto-cjk for Chinese, Japanese and Korean (56 MB, the only large one); fonts-symbola for emoji as outlines
    # (1.3 MB: the colour bitmaps of fonts-noto-color-emoji print as nothing in a PDF that Qt writes).
    fonts-noto-ui-core fonts-noto-cjk fonts-symbola
    # scripts/sanitize.sh: clang with its sanitizer and libFuzzer runtimes, and the symbolizer for readable reports.
    clang libclang-rt-14-dev llvm-14
)
if [[ "${1:-}" == "--gui" ]]; then
    packages+=(qt6-wayland)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "error: these packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
