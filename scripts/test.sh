#!/usr/bin/env bash
# Builds ModelDesk and runs the whole test suite (installing the Debian packages it needs when missing).
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${MODELDESK_BUILD_DIR:-$src/build}

werror=OFF
[[ ${CI:-} == true ]] && werror=ON
"$src/scripts/build.sh" -DMODELDESK_WERROR=$werror
cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 300 -j "$(nproc)"
