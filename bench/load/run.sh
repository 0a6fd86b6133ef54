#!/usr/bin/env bash
# Load benchmark of `casus serve` on loopback (not part of the test suite): scenario evaluation,
# POST /api/evaluate with the Korea 2025 scenario under 2 readings x 2 policies.
#   1. constant rate: casus_load_client at $RATE requests/s for $DURATION s (latency from each
#      request's due time, so queueing is counted): p50/p90/p99 and the error count;
#   2. closed loop: wrk for $DURATION s with 8 connections, the most the server gives on this machine.
# Builds build-rel/ (Release) when needed; installs wrk when missing; stops the server it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
RATE="${RATE:-500}" DURATION="${DURATION:-20}" BODY="${BODY:-bench/load/korea-2025.json}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq --no-install-recommends wrk; }
cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=Release -DCASUS_WEB=OFF >/dev/null
cmake --build build-rel --target casus casus_load_client -j2 >/dev/null
store="$(mktemp -d)/bench.sqlite"
build-rel/casus serve --port 0 --store "$store" > "$store.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q listening "$store.log" && break; sleep 0.1; done
port="$(grep -o '127\.0\.0\.1:[0-9]*' "$store.log" | cut -d: -f2)"
echo "casus serve on 127.0.0.1:$port ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(build-rel/casus --version)); body $BODY"
curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' --data @"$BODY" \
     "http://127.0.0.1:$port/api/evaluate"   # warm-up, and a check that the request is right
echo "== constant rate: $RATE/s for $DURATION s"
build-rel/casus_load_client --port "$port" --rate "$RATE" --duration "$DURATION" --connections 16 \
                            --body "$BODY" || true
echo "== closed loop: wrk, 2 threads, 8 connections, $DURATION s"
CASUS_LOAD_BODY="$BODY" wrk -t2 -c8 -d"${DURATION}s" -s bench/load/evaluate.lua \
    "http://127.0.0.1:$port" | grep '^wrk:'
