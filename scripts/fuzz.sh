#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ with clang (installing clang-14 and its runtime when missing) and
# runs each for SECONDS (default 60) on a seed corpus from the test data, one target per core at a time. Exits non-zero on any finding;
# a crashing input is kept in $MODELDESK_FUZZ_DIR/findings/. Usage: scripts/fuzz.sh [SECONDS]
# With MODELDESK_FUZZ_BUILD=DIR it runs the targets of that build (scripts/sanitize.sh makes them) instead of
# building its own.
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
[[ $seconds =~ ^[0-9]+$ ]] || { echo "fuzz.sh: SECONDS must be a whole number, not '$seconds'" >&2; exit 2; }
work=${MODELDESK_FUZZ_DIR:-$src/build-fuzz}

targets="$work/fuzz"
if [[ -n ${MODELDESK_FUZZ_BUILD:-} ]]; then
    targets=$(cd "$MODELDESK_FUZZ_BUILD" && pwd)/fuzz
    ls "$targets"/fuzz_* >/dev/null 2>&1 || { echo "fuzz.sh: no fuzz targets in $targets" >&2; exit 2; }
else
    "$src/scripts/install-deps.sh"
    if ! command -v clang++-14 >/dev/null || ! dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null | grep -q "ok installed"; then
        sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
        $sudo apt-get update -q
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends clang-14 libclang-rt-14-dev
    fi

    CXX=clang++-14 cmake -S "$src" -B "$work" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMODELDESK_FUZZ=ON >/dev/null
    cmake --build "$work" --parallel "$(nproc)"
fi

# Seeds: every JSON file of the test data and the built-in dataset, a few streams for the SSE decoder, battle and
# votes files for the arena, and the tokenizer's text corpus.
seeds="$work/seeds"
rm -rf "$seeds" && mkdir -p "$seeds/json" "$seeds/sse" "$seeds/tokens" "$seeds/arena" "$seeds/suite" "$work/findings"
cp "$src"/tests/data/*.json "$src"/resources/data/*.json "$src"/fuzz/seeds/*.json "$seeds/json/"
printf '\x05data: {"choices":[{"delta":{"content":"Hi"}}]}\n\ndata: [DONE]\n\n' >"$seeds/sse/stream"
cp "$src"/tests/data/tokens/*.txt "$seeds/tokens/"
cp "$src"/tests/data/arena/* "$seeds/arena/"
# Eval suites: each YAML and CSV of the test data behind the byte that picks the suite (2) or CSV (0) reader.
for f in "$src"/tests/data/eval/*.yaml; do { printf '\x02'; cat "$f"; } >"$seeds/suite/$(basename "$f")"; done
for f in "$src"/tests/data/eval/*.csv; do { printf '\x00'; cat "$f"; } >"$seeds/suite/$(basename "$f")"; done
printf '\x01Hi {{ a.b[1] }} {{name|upper}} {{ missing }} {%% if x %%}' >"$seeds/suite/template"
printf '\x01: comment\r\nevent: message\r\ndata: a\r\ndata: b\r\nid: 7\r\nretry: 10\r\n\r\n' >"$seeds/sse/crlf"

# One target per core at a time; each writes its own log, and a finding fails the whole run.
fuzz_one() {
    local target=$1 name seed corpus
    name=$(basename "$target")
    corpus="$work/corpus/$name"
    mkdir -p "$corpus"
    case $name in
        fuzz_sse) seed="$seeds/sse" ;;
        fuzz_tokens) seed="$seeds/tokens" ;;
        fuzz_arena) seed="$seeds/arena" ;;
        fuzz_suite) seed="$seeds/suite" ;;
        *) seed="$seeds/json" ;;
    esac
    if ! ASAN_OPTIONS=detect_leaks=0 QT_QPA_PLATFORM=offscreen "$target" -max_total_time="$seconds" -max_len=65536 \
        -rss_limit_mb=2048 -timeout=10 -artifact_prefix="$work/findings/$name-" -print_final_stats=1 \
        "$corpus" "$seed" 2>"$work/$name.log"; then
        echo "fuzz.sh: $name found a problem; see $work/$name.log and $work/findings/" >&2
        tail -40 "$work/$name.log" >&2
        return 1
    fi
    echo "== $name: $seconds s, $(grep -E '^stat::number_of_executed_units' "$work/$name.log" | awk '{print $2}') runs"
}

status=0
jobs=$(nproc)
running=0
for target in "$targets"/fuzz_*; do
    [[ -x $target && -f $target ]] || continue
    if ((running >= jobs)); then
        wait -n || status=1
        running=$((running - 1))
    fi
    fuzz_one "$target" &
    running=$((running + 1))
done
while ((running > 0)); do
    wait -n || status=1
    running=$((running - 1))
done
exit $status
