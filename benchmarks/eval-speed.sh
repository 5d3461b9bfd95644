#!/usr/bin/env bash
# Eval runner speed: `modeldesk eval` on 100 tests x 3 models at concurrency 4 against the fake server, whose
# "echo:40" models answer after 40 ms. Prints the whole process's time against the ideal (calls x 40 ms / 4)
# and its peak resident memory, best of RUNS. In the same run it measures two peers on the same server and suite:
# the floor, a bare keep-alive HTTP client (Python's http.client, 4 threads) making the same calls with nothing
# else to do, and promptfoo when PROMPTFOO names its executable (npm install promptfoo, outside the repository).
# Usage: [PROMPTFOO=path/to/promptfoo] benchmarks/eval-speed.sh [build-dir] [runs] [tests]
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$src/build}
runs=${2:-3}
tests=${3:-100}
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT

"$build/tests/trial/modeldesk-fakeserver" >"$work/url" &
server=$!
for _ in $(seq 50); do [[ -s $work/url ]] && break; sleep 0.1; done

{
    echo "description: Speed"
    echo "prompts: ['Question {{n}} REPLY:answer {{n}}']"
    echo "providers: [openai:chat:echo:40, openai:chat:echo-upper:40, openai:chat:echo-b:40]"
    echo "tests:"
    for ((i = 0; i < tests; i++)); do
        echo "  - vars: {n: $i}"
        echo "    assert: [{type: icontains, value: 'answer $i'}]"
    done
} >"$work/suite.yaml"

calls=$((tests * 3))
ideal=$((calls * 40 / 4))
best_ms=
best_rss=
for ((r = 0; r < runs; r++)); do
    start=$(date +%s%N)
    OPENAI_BASE_URL=$(cat "$work/url") OPENAI_API_KEY=sk-bench HOME="$work/home" QT_QPA_PLATFORM=offscreen \
        /usr/bin/time -f '%M' -o "$work/rss" "$build/app/modeldesk" eval "$work/suite.yaml" --no-cache \
        --concurrency 4 --format json --out "$work/out.json"
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    rss=$(cat "$work/rss")
    if [[ -z $best_ms || $ms -lt $best_ms ]]; then best_ms=$ms; best_rss=$rss; fi
done
# The floor: the server's own answer time plus loopback HTTP, no process start-up.
floor_ms=$(python3 - "$(cat "$work/url")" "$calls" <<'PY'
import http.client, json, sys, threading, time, urllib.parse
url = urllib.parse.urlparse(sys.argv[1])
left = [int(sys.argv[2])]
lock = threading.Lock()
def worker():
    connection = http.client.HTTPConnection(url.hostname, url.port)
    while True:
        with lock:
            if left[0] == 0:
                return
            left[0] -= 1
        body = json.dumps({"model": "echo:40", "stream": True, "messages": [{"role": "user", "content": "REPLY:a"}]})
        connection.request("POST", url.path + "/chat/completions", body, {"Content-Type": "application/json"})
        connection.getresponse().read()
best = None
for _ in range(3):
    start = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = (time.perf_counter() - start) * 1000
    best = elapsed if best is None or elapsed < best else best
    left[0] = int(sys.argv[2])
print(int(best))
PY
)

passed=$(python3 -c "import json,sys; d=json.load(open('$work/out.json')); print(sum(r['pass'] for r in d['results']))")
printf 'eval %d tests x 3 models, concurrency 4, 40 ms answers: %d ms whole process (ideal %d ms, %.2fx), peak %.1f MiB, %d of %d passed (best of %d, load %s)\n' \
    "$tests" "$best_ms" "$ideal" "$(awk -v a="$best_ms" -v b="$ideal" 'BEGIN {print a / b}')" \
    "$(awk -v k="$best_rss" 'BEGIN {print k / 1024}')" "$passed" "$calls" "$runs" "$(cut -d' ' -f1 /proc/loadavg)"
printf 'floor: a bare keep-alive HTTP client making the same %d calls: %d ms (%.2fx the ideal); ModelDesk is %.2fx the floor\n' \
    "$calls" "$floor_ms" "$(awk -v a="$floor_ms" -v b="$ideal" 'BEGIN {print a / b}')" \
    "$(awk -v a="$best_ms" -v b="$floor_ms" 'BEGIN {print a / b}')"
if [[ -n ${PROMPTFOO:-} ]]; then
    start=$(date +%s%N)
    OPENAI_BASE_URL=$(cat "$work/url") OPENAI_API_KEY=sk-bench HOME="$work/home" PROMPTFOO_DISABLE_TELEMETRY=1 \
        PROMPTFOO_DISABLE_UPDATE=1 /usr/bin/time -f '%M' -o "$work/rss" "$PROMPTFOO" eval -c "$work/suite.yaml" \
        --no-cache -j 4 --no-write --no-table -o "$work/promptfoo.json" >/dev/null 2>&1
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    printf 'promptfoo eval on the same suite: %d ms whole process, peak %.1f MiB; ModelDesk takes %.2fx its time\n' \
        "$ms" "$(awk -v k="$(cat "$work/rss")" 'BEGIN {print k / 1024}')" "$(awk -v a="$best_ms" -v b="$ms" 'BEGIN {print a / b}')"
fi
