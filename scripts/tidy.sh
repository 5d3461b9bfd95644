#!/usr/bin/env bash
# Runs clang-tidy 22 (the checks in .clang-tidy, tests/.clang-tidy for the tests) over every C++ source file of app/,
# tests/, benchmarks/ and fuzz/, with the compile commands of the given build folders (by default ./build, and
# ./build-sanitize when it exists: only that build has the fuzz targets). scripts/tidy.py joins the files that
# build with the same flags into batches, so Qt's headers are parsed once per batch and not once per file.
# Installs clang-tidy-22 and python3 when missing. Exits 1 on any finding, 2 when a build folder is not ready.
# Usage: scripts/tidy.sh [BUILD_DIR...]
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builds=("$@")
if [[ ${#builds[@]} -eq 0 ]]; then
    builds=("${MODELDESK_BUILD_DIR:-$src/build}")
    [[ -f $src/build-sanitize/compile_commands.json ]] && builds+=("$src/build-sanitize")
fi
for build in "${builds[@]}"; do
    [[ -f $build/compile_commands.json ]] || {
        echo "tidy.sh: $build/compile_commands.json missing; build there first (scripts/build.sh)" >&2
        exit 2
    }
done
if ! command -v clang-tidy-22 >/dev/null || ! command -v python3 >/dev/null; then
    sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -q
    # clang-tidy-22 comes from Debian 12's security suite (bookworm-security), as Debian builds its browsers with it.
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends clang-tidy-22 python3
fi
exec python3 "$src/scripts/tidy.py" clang-tidy-22 "$src" "${builds[@]}"
