#!/usr/bin/env bash
# Real data at real scale: makes a LiteLLM-shaped price map of about 3,000 chat models
# (benchmarks/make-litellm-map.py), imports it as a person would (modeldesk import --from litellm),
# then prints, for that dataset: the headless export of every chart kind (whole process, mean of
# RUNS, and peak memory), and the first painted window (benchmarks/startup.sh).
#   benchmarks/scale.sh [BUILD_DIR] [RUNS]
# Targets: every export <= 0.2 s and <= 80 MiB; first paint <= 300 ms and <= 90 MiB.
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$src/build}" && pwd)
runs=${2:-10}
app="$build/app/modeldesk"
[[ -x $app ]] || { echo "error: $app not built" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp" HOME="$tmp"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM

python3 "$src/benchmarks/make-litellm-map.py" 3300 >"$tmp/map.json"
"$app" import --from litellm "$tmp/map.json" --out "$tmp/big.json" >/dev/null 2>&1
models=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["models"]))' "$tmp/big.json")
echo "dataset: $models models ($(du -k "$tmp/big.json" | cut -f1) KiB), imported from a generated LiteLLM map"

for chart in grouped ranking:mmlu value cost; do
    cmd=("$app" export-chart --chart "$chart" --data "$tmp/big.json" --out "$tmp/chart.png")
    "${cmd[@]}" >/dev/null 2>&1 # warm the file cache
    start=$(date +%s%N)
    for ((i = 0; i < runs; i++)); do "${cmd[@]}" >/dev/null 2>&1; done
    end=$(date +%s%N)
    peak=$(/usr/bin/time -f '%M' "${cmd[@]}" 2>&1 >/dev/null | tail -1)
    printf 'export-chart %-13s %6.0f ms   peak RSS %5.1f MiB   (mean of %d)\n' "$chart" \
        "$(awk -v s="$start" -v e="$end" -v n="$runs" 'BEGIN {print (e - s) / 1e6 / n}')" \
        "$(awk -v k="$peak" 'BEGIN {print k / 1024}')" "$runs"
done
echo "targets: each export <= 200 ms whole process, <= 80 MiB peak"
"$src/benchmarks/startup.sh" "$build" "$runs" "$tmp/big.json"
