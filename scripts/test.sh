#!/usr/bin/env bash
# Command 2 of the README (and what CI runs): install what is missing, build everything with
# AddressSanitizer and UndefinedBehaviorSanitizer, and run every test with CTest.
# Research-data tests read ../shared/data (or $CASUS_DATA_DIR); without it they report themselves skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
data_dir="${CASUS_DATA_DIR:-$(cd .. && pwd)/shared/data}"
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCASUS_SANITIZE=ON -DCASUS_BENCHMARKS=OFF \
      -DCASUS_DATA_DIR="$data_dir" >/dev/null
cmake --build build-test -j"$(nproc)"
cd build-test
ctest --output-on-failure -j"$(nproc)"
