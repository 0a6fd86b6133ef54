#!/usr/bin/env bash
# Load benchmark of `casus serve` on loopback (a benchmark, never a test): scenario evaluation,
# POST /api/evaluate with the Korea 2025 scenario, the full JSON report per request. Two bodies:
#   bench/load/korea-2025-one-evaluation.json  one reading x one policy (the default: one evaluation)
#   bench/load/korea-2025-page-default.json    2 readings x 1 policy: what the page asks by default
#   bench/load/korea-2025.json                 2 readings x 2 policies: four evaluations per request
# Bounded in time; stops the server it started.
#   1. constant rate: bench/load/rate_client.cc at $RATE requests/s for $DURATION s, latency counted from
#      each request's due time (so queueing is charged): p50/p90/p99, non-200 answers, unsent requests;
#   2. closed loop: wrk (-t2 -c$CONNECTIONS, $DURATION s, bench/load/evaluate.lua): requests/s, p99, errors.
# wrk is closed-loop (it cannot hold a rate; wrk2 is not in Debian), hence the rate client beside it.
# Builds $BUILD (default build-rel, Release) when needed. Prints the machine's load average before and
# after, since the machine is shared: compare figures only with the load they were measured under.
#   scripts/load-bench.sh                 # RATE=500 DURATION=20 CONNECTIONS=8 BUILD=build-rel
#   BODY=bench/load/korea-2025.json scripts/load-bench.sh     # four evaluations per request
set -euo pipefail
cd "$(dirname "$0")/.."
RATE="${RATE:-500}" DURATION="${DURATION:-20}" CONNECTIONS="${CONNECTIONS:-8}"
BODY="${BODY:-bench/load/korea-2025-one-evaluation.json}" BUILD="${BUILD:-build-rel}"
if ! awk -v d="$DURATION" 'BEGIN { exit !(d > 0 && d <= 120) }'; then
  echo "load-bench: DURATION must be 1..120 seconds (bounded in time); found $DURATION" >&2
  exit 2
fi
command -v wrk >/dev/null || scripts/deps.sh   # wrk is in its list; it installs only what is missing
if [[ ! -f "$BUILD/CMakeCache.txt" ]]; then
  cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCASUS_WEB=OFF >/dev/null
fi
cmake --build "$BUILD" --target casus casus_load_client -j2 >/dev/null

tmp="$(mktemp -d)"
"$BUILD/casus" serve --port 0 --store "$tmp/bench.sqlite" > "$tmp/serve.log" 2>&1 &
server=$!
stop() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$tmp"
}
trap stop EXIT
for _ in $(seq 100); do grep -q listening "$tmp/serve.log" && break; sleep 0.1; done
port="$(grep -o '127\.0\.0\.1:[0-9]*' "$tmp/serve.log" | cut -d: -f2)"
[[ -n "$port" ]] || { echo "load-bench: the server did not start:" >&2; cat "$tmp/serve.log" >&2; exit 1; }
echo "casus serve on 127.0.0.1:$port; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg);" \
     "$("$BUILD/casus" --version | head -1); body $BODY ($(wc -c < "$BODY") bytes)"
# Warm-up, and a check that the request is right before anything is measured.
bytes="$(curl -sf -o /dev/null -w '%{size_download}' -X POST -H 'Content-Type: application/json' \
         --data @"$BODY" "http://127.0.0.1:$port/api/evaluate")"
echo "one answer: $bytes bytes of JSON"

echo "== constant rate: $RATE/s for $DURATION s, 16 connections"
"$BUILD/casus_load_client" --port "$port" --rate "$RATE" --duration "$DURATION" --connections 16 --body "$BODY" || true
echo "== closed loop: wrk, 2 threads, $CONNECTIONS connections, $DURATION s"
CASUS_LOAD_BODY="$BODY" timeout $((${DURATION%.*} + 30)) \
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s bench/load/evaluate.lua "http://127.0.0.1:$port" |
  grep '^wrk:'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
