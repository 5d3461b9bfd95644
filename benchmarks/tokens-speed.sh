#!/usr/bin/env bash
# Tokenizer speed beside tiktoken (issue 17): the same 10 MB mixed corpus (the test corpus of tests/data/tokens,
# repeated), one core each, then a cold `modeldesk tokens` on 1 MB, whole process (vocabulary load included).
#   benchmarks/tokens-speed.sh BUILD_DIR [TIKTOKEN_PREFIX] [ROUNDS]
# TIKTOKEN_PREFIX is a folder where `npm install --prefix TIKTOKEN_PREFIX tiktoken` was run (outside the
# repository); without it only ModelDesk's figures are printed.
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:?usage: tokens-speed.sh BUILD_DIR [TIKTOKEN_PREFIX] [ROUNDS]}
prefix=${2:-}
rounds=${3:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Every corpus file but the deliberately broken one, repeated to 10 MB and to 1 MB.
parts=()
for f in "$src"/tests/data/tokens/*.txt; do
    [[ $(basename "$f") == invalid-utf8.txt ]] || parts+=("$f")
done
for size in 10000000 1000000; do
    out="$work/corpus-$size.txt"
    : >"$out"
    while [[ $(stat -c %s "$out") -lt $size ]]; do cat "${parts[@]}" >>"$out"; done
done

echo "== one core each, $(nproc) cores on this machine, load $(cut -d' ' -f1 /proc/loadavg)"
taskset -c 0 "$build/benchmarks/bench_tokens" "$work/corpus-10000000.txt" "$rounds"
if [[ -n $prefix ]]; then
    NODE_PATH="$prefix/node_modules" taskset -c 0 node "$src/benchmarks/tiktoken-speed.cjs" "$work/corpus-10000000.txt" "$rounds"
fi

echo "== cold modeldesk tokens on $(stat -c %s "$work/corpus-1000000.txt") bytes, whole process, best of 5"
best=""
for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    QT_QPA_PLATFORM=offscreen "$build/app/modeldesk" tokens "$work/corpus-1000000.txt" >/dev/null
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    [[ -z $best || $ms -lt $best ]] && best=$ms
done
echo "modeldesk tokens: ${best} ms"
