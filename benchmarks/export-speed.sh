#!/usr/bin/env bash
# Times the headless PNG export of the default grouped chart against the Qt Charts floor program
# (benchmarks/chartfloor.cpp, built with the project) drawing the same bars, and prints the ratio
# and each one's peak memory. Target: within 1.5x of the floor and under 60 MiB peak.
#   benchmarks/export-speed.sh [BUILD_DIR] [RUNS]
# Uses hyperfine when installed (scripts/install-deps.sh installs it), else a timed loop.
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$src/build}" && pwd)
runs=${2:-20}
app="$build/app/modeldesk"
floor="$build/benchmarks/modeldesk_chartfloor"
for exe in "$app" "$floor"; do
    [[ -x $exe ]] || { echo "error: $exe not built; run: cmake --build $build" >&2; exit 2; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# As a script on a server runs it: no display, settings kept out of the user's home.
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
app_cmd="$app export-chart --chart grouped --out $tmp/app.png"
floor_cmd="$floor $tmp/floor.png"

mean_seconds() { # command -> mean wall time in seconds over $runs runs (after 2 warm-ups)
    if command -v hyperfine >/dev/null; then
        hyperfine -N --warmup 2 --runs "$runs" --export-json "$tmp/h.json" "$1" >/dev/null 2>&1
        python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["mean"])' "$tmp/h.json"
    else
        $1 >/dev/null 2>&1; $1 >/dev/null 2>&1
        local start end
        start=$(date +%s%N)
        for ((i = 0; i < runs; i++)); do $1 >/dev/null 2>&1; done
        end=$(date +%s%N)
        python3 -c "print(($end - $start) / 1e9 / $runs)"
    fi
}
peak_mib() { # command -> the largest peak RSS of 3 runs, in MiB
    local max=0 kb
    for _ in 1 2 3; do
        kb=$(/usr/bin/time -f '%M' $1 2>&1 >/dev/null | tail -1)
        ((kb > max)) && max=$kb
    done
    python3 -c "print(round($max / 1024, 1))"
}

app_s=$(mean_seconds "$app_cmd")
floor_s=$(mean_seconds "$floor_cmd")
app_mib=$(peak_mib "$app_cmd")
floor_mib=$(peak_mib "$floor_cmd")
python3 - "$app_s" "$floor_s" "$app_mib" "$floor_mib" "$runs" <<'PY'
import sys
app, floor, app_mib, floor_mib, runs = map(float, sys.argv[1:])
print(f"runs per command:          {int(runs)} (after 2 warm-ups)")
print(f"modeldesk export-chart:    {app * 1000:7.1f} ms   peak RSS {app_mib:5.1f} MiB")
print(f"Qt Charts floor program:   {floor * 1000:7.1f} ms   peak RSS {floor_mib:5.1f} MiB")
print(f"ratio (export / floor):    {app / floor:7.2f}x   target <= 1.5x; peak target < 60 MiB")
PY
