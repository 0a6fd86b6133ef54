#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz under ASan and UBSan (clang 14), and fails on any finding.
#   scripts/fuzz.sh                  every target for 60 s (what CI runs, from scripts/test.sh)
#   scripts/fuzz.sh --time 600       every target for 10 minutes
#   scripts/fuzz.sh --runs 1000000   every target for a million executions
#   scripts/fuzz.sh --time 300 fuzz_treaty fuzz_scenario    only these targets
# The build is build-fuzz/; each target keeps the inputs it found in build-fuzz/fuzz-corpus/<target>
# (so a longer run continues where the last stopped), its log in build-fuzz/fuzz-logs/<target>.log and
# any crashing input in build-fuzz/fuzz-artifacts/. One line per target gives its executions.
# CASUS_FUZZ_BUILD=dir uses another build directory; CASUS_FUZZ_SKIP_BUILD=1 runs what is built;
# CASUS_FUZZ_FLAGS adds libFuzzer flags (e.g. -max_len=4096: shorter inputs, many more executions).
set -euo pipefail
cd "$(dirname "$0")/.."
limit=(-max_total_time=60)
targets=()
while (($#)); do
  case "$1" in
    --time) limit=(-max_total_time="$2"); shift 2 ;;
    --runs) limit=(-runs="$2"); shift 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
build="${CASUS_FUZZ_BUILD:-build-fuzz}"
if [[ "${CASUS_FUZZ_SKIP_BUILD:-0}" != 1 ]]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASUS_FUZZ=ON \
        -DCASUS_BENCHMARKS=OFF -DCASUS_DATA_DIR="${CASUS_DATA_DIR:-$(cd .. && pwd)/shared/data}" >/dev/null
  cmake --build "$build" --target fuzz_all -j"$(nproc)"
fi
((${#targets[@]})) || mapfile -t targets < "$build/fuzz/targets.txt"
mkdir -p "$build/fuzz-corpus" "$build/fuzz-logs" "$build/fuzz-artifacts"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# The project's own files a target starts from (nothing from ../shared/data).
seeds_of() {
  case "$1" in
    fuzz_treaty) echo corpus/treaties tests/bad/treaties ;;
    fuzz_scenario|fuzz_scenario_report|fuzz_scenario_store) echo examples tests/scenarios tests/expect-fail tests/bad/scenarios ;;
  esac
  local own="tests/fuzz/seeds/${1#fuzz_}"
  [[ -d "$own" ]] && echo "$own"
  return 0
}

# Seconds one input may take before it counts as a hang. A scenario report takes seconds under the
# sanitizers (a NATO attack: about 4 s on an idle core, 14 s seen on a loaded machine).
timeout_of() { [[ "$1" == fuzz_scenario_report ]] && echo 120 || echo 10; }

failed=0
printf '%-28s %12s %8s %10s %8s  %s\n' target executions seconds "execs/s" corpus result
for t in "${targets[@]}"; do
  work="$build/fuzz-corpus/$t"
  mkdir -p "$work"
  log="$build/fuzz-logs/$t.log"
  start=$(date +%s)
  # shellcheck disable=SC2046
  if "$build/fuzz/$t" "${limit[@]}" -timeout="$(timeout_of "$t")" -rss_limit_mb=2048 -print_final_stats=1 ${CASUS_FUZZ_FLAGS:-} \
       -artifact_prefix="$build/fuzz-artifacts/$t-" "$work" $(seeds_of "$t") >"$log" 2>&1; then
    result=ok
  else
    result="FINDING (see $log)"
    failed=1
  fi
  secs=$(($(date +%s) - start))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  execs=${execs:-0}
  printf '%-28s %12s %8s %10s %8s  %s\n' "$t" "$execs" "$secs" "$((execs / (secs > 0 ? secs : 1)))" \
         "$(find "$work" -type f | wc -l)" "$result"
  if [[ "$result" != ok ]]; then
    grep -E "ERROR|runtime error|contract broken|SUMMARY|Test unit written" "$log" | head -20 >&2 || tail -30 "$log" >&2
  fi
done
exit "$failed"
