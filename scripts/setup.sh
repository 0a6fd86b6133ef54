#!/usr/bin/env bash
# Command 1 of the README: install what is missing, build, and run the main job — validate the corpus
# and evaluate the seed scenarios, printing their reports.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
build/casus check
build/casus run examples/korea-2025-attack-on-dprk.toml examples/korea-2025-dprk-attacks-rok.toml \
                examples/korea-1995.toml examples/korea-2010.toml
echo
echo "casus: the page and the JSON API: build/casus serve, then open http://127.0.0.1:8080/"
