#!/usr/bin/env bash
# Start-up benchmark: launch to first painted main window, and resident memory then, for modeldesk
# and for a bare Qt Charts window with the same bars (the floor). Runs each N times under Xvfb and
# prints the median. Usage: benchmarks/startup.sh [build-dir] [runs] [dataset.json]
# With a dataset (e.g. 3,000 models: benchmarks/scale.sh makes one), modeldesk opens it with --data.
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$src/build}
runs=${2:-7}
data=${3:-}
[[ -z $data ]] || data=$(cd "$(dirname "$data")" && pwd)/$(basename "$data")
if [[ -z ${MODELDESK_BENCH_IN_XVFB:-} ]]; then
    command -v xvfb-run >/dev/null || { echo "startup.sh needs xvfb-run (apt-get install xvfb xauth)" >&2; exit 1; }
    MODELDESK_BENCH_IN_XVFB=1 exec xvfb-run -a -s '-screen 0 1600x1000x24' "$0" "$build" "$runs" "$data"
fi

measure() { # prints "ms rss_kib" for one launch
    local start out
    start=$(date +%s%N)
    out=$(MODELDESK_STARTUP_PROBE=1 HOME=$(mktemp -d) "$@")
    local paint rss
    paint=$(awk '/^first_paint_epoch_ns/ {print $2}' <<<"$out")
    rss=$(awk '/^rss_kib/ {print $2}' <<<"$out")
    echo "$(( (paint - start) / 1000000 )) $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

run_all() { # name, command...
    local name=$1; shift
    local times=() rsss=()
    measure "$@" >/dev/null # warm the file cache
    for ((i = 0; i < runs; i++)); do
        read -r t r < <(measure "$@")
        times+=("$t"); rsss+=("$r")
    done
    local tm rm
    tm=$(printf '%s\n' "${times[@]}" | median)
    rm=$(printf '%s\n' "${rsss[@]}" | median)
    printf '%-28s first paint %5d ms   resident %6.1f MiB   (median of %d)\n' "$name" "$tm" "$(awk -v k="$rm" 'BEGIN {print k / 1024}')" "$runs"
}

run_all 'bare Qt Charts window' "$build/benchmarks/bench_bare_chart_window"
if [[ -n $data ]]; then
    run_all "modeldesk --data $(basename "$data")" "$build/app/modeldesk" --data "$data"
    echo "targets with 3,000 models: first paint under 300 ms and under 90 MiB"
else
    run_all 'modeldesk' "$build/app/modeldesk"
    echo "targets: modeldesk under 500 ms and under 80 MiB"
fi
