#!/usr/bin/env bash
# Configures and builds ModelDesk in ./build (or $MODELDESK_BUILD_DIR). Extra arguments go to cmake's configure step.
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${MODELDESK_BUILD_DIR:-$src/build}

"$src/scripts/install-deps.sh"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
cmake --build "$build" --parallel "$(nproc)"
