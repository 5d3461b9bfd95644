#!/usr/bin/env bash
# Builds ModelDesk (installing the Debian packages it needs when missing) and starts it.
# Arguments after the script go to the app, e.g. scripts/run.sh --data my-models.json
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${MODELDESK_BUILD_DIR:-$src/build}

"$src/scripts/build.sh"
exec "$build/app/modeldesk" "$@"
