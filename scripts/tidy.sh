#!/usr/bin/env bash
# Runs clang-tidy (the checks in .clang-tidy) over every C++ source file of app/, tests/, benchmarks/ and fuzz/,
# using the compile commands of a build folder (configured by scripts/build.sh). Exits non-zero on any finding.
# Installs clang-tidy-14 when missing. Usage: scripts/tidy.sh [BUILD_DIR]
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-${MODELDESK_BUILD_DIR:-$src/build}}" && pwd)
[[ -f $build/compile_commands.json ]] || { echo "tidy.sh: $build/compile_commands.json missing; run scripts/build.sh first" >&2; exit 2; }
if ! command -v run-clang-tidy-14 >/dev/null; then
    sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends clang-tidy-14
fi
# The build's generated sources (moc, rcc, autogen) are Qt's, not ours: only files under the source tree's folders.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! run-clang-tidy-14 -quiet -p "$build" -j "$(nproc)" "^$src/(app|tests|benchmarks|fuzz)/.*\.cpp$" >"$log" 2>&1; then
    grep -E 'warning:|error:' "$log" | sort -u >&2 || cat "$log" >&2
    echo "tidy.sh: clang-tidy found problems (above)" >&2
    exit 1
fi
echo "clang-tidy: no findings in $(grep -c '^clang-tidy' "$log" || true) files"
