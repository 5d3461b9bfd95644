#!/usr/bin/env bash
# Regenerates assertions.expected.json: promptfoo's own verdicts for assertions.yaml, run against the test
# suite's fake server (build/tests/trial/modeldesk-fakeserver). Usage:
#   tests/data/eval/make-expected.sh BUILD_DIR PROMPTFOO_PREFIX
# with promptfoo installed by `npm install promptfoo` in PROMPTFOO_PREFIX (outside the repository).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:?BUILD_DIR}
prefix=${2:?PROMPTFOO_PREFIX}
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
"$build/tests/trial/modeldesk-fakeserver" >"$work/url" &
server=$!
for _ in $(seq 50); do [[ -s $work/url ]] && break; sleep 0.1; done
export OPENAI_BASE_URL=$(cat "$work/url") OPENAI_API_KEY=sk-fake PROMPTFOO_DISABLE_TELEMETRY=1 \
    PROMPTFOO_DISABLE_UPDATE=1 PROMPTFOO_CONFIG_DIR="$work/config"
(cd "$here" && "$prefix/node_modules/.bin/promptfoo" eval -c assertions.yaml --no-cache --no-table \
    --no-progress-bar -o "$work/out.json" >"$work/log" 2>&1) || true
python3 - "$work/out.json" >"$here/assertions.expected.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]["results"]
verdicts = {r["testCase"]["description"]: r["success"] for r in results}
print(json.dumps(verdicts, indent=2, ensure_ascii=False))
PY
echo "wrote $here/assertions.expected.json ($(grep -c ':' "$here/assertions.expected.json") verdicts)"
