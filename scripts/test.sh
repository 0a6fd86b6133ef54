#!/usr/bin/env bash
# Command 2 of the README (and what CI runs): install what is missing, then
#   1. build everything with GCC 12 under AddressSanitizer and UndefinedBehaviorSanitizer, run every test;
#   2. the same with clang 14 (with libFuzzer's instrumentation), run every test again;
#   3. run every fuzz target of tests/fuzz for 60 s (scripts/fuzz.sh); any finding fails.
# Research-data tests read ../shared/data (or $CASUS_DATA_DIR); without it they report themselves skipped.
# Each step prints how long it took. CASUS_FUZZ_SECONDS changes the fuzzing time per target.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
data_dir="${CASUS_DATA_DIR:-$(cd .. && pwd)/shared/data}"
step() { echo "casus test: $1 took $(($(date +%s) - $2)) s" >&2; }

t=$(date +%s)
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCASUS_SANITIZE=ON -DCASUS_BENCHMARKS=OFF \
      -DCASUS_DATA_DIR="$data_dir" >/dev/null
cmake --build build-test -j"$(nproc)"
step "GCC build" "$t"; t=$(date +%s)
(cd build-test && ctest --output-on-failure -j"$(nproc)")
step "GCC tests" "$t"; t=$(date +%s)

CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASUS_FUZZ=ON \
      -DCASUS_BENCHMARKS=OFF -DCASUS_DATA_DIR="$data_dir" >/dev/null
cmake --build build-fuzz -j"$(nproc)"
step "clang build" "$t"; t=$(date +%s)
(cd build-fuzz && ctest --output-on-failure -j"$(nproc)")
step "clang tests" "$t"; t=$(date +%s)

CASUS_FUZZ_SKIP_BUILD=1 scripts/fuzz.sh --time "${CASUS_FUZZ_SECONDS:-60}"
step "fuzzing" "$t"
