#!/usr/bin/env bash
# A large dataset file: makes a valid dataset of SIZE MB (benchmarks/make-dataset.py), then prints the whole
# process time and peak memory of loading it headless (`modeldesk cost` on one model), the peak as a multiple of
# the file size, and Python's json.load of the same file beside it as a reference.
#   benchmarks/bigload.sh [BUILD_DIR] [SIZE_MB] [RUNS]
# Targets: a 60 MB file loads in <= 2 s with a peak of <= 5x the file size.
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$src/build}" && pwd)
size=${2:-60}
runs=${3:-3}
app="$build/app/modeldesk"
[[ -x $app ]] || { echo "error: $app not built" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp" HOME="$tmp"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM

python3 "$src/benchmarks/make-dataset.py" "$size" >"$tmp/big.json"
bytes=$(stat -c %s "$tmp/big.json")
echo "dataset: $(awk -v b="$bytes" 'BEGIN {printf "%.1f MiB", b / 1048576}')"

measure() { # name, command...: mean wall time of RUNS and peak RSS of one more
    local name=$1; shift
    "$@" >/dev/null 2>&1 || { echo "error: $name failed: $*" >&2; "$@" >/dev/null; exit 1; }
    local start end peak
    start=$(date +%s%N)
    for ((i = 0; i < runs; i++)); do "$@" >/dev/null 2>&1; done
    end=$(date +%s%N)
    peak=$(/usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1)
    printf '%-24s %6.0f ms   peak RSS %6.1f MiB = %4.1fx the file   (mean of %d)\n' "$name" \
        "$(awk -v s="$start" -v e="$end" -v n="$runs" 'BEGIN {print (e - s) / 1e6 / n}')" \
        "$(awk -v k="$peak" 'BEGIN {print k / 1024}')" "$(awk -v k="$peak" -v b="$bytes" 'BEGIN {print k * 1024 / b}')" "$runs"
}
measure "modeldesk (load + cost)" "$app" cost --data "$tmp/big.json" --input-tokens 1000 --output-tokens 100 \
    --requests 1 --models provider-0/model-0
measure "python3 json.load" python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$tmp/big.json"
echo "targets: <= 2000 ms, <= 5x the file size"
