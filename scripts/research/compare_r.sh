#!/usr/bin/env bash
# Side-by-side: `casus dyads` vs an independent R/data.table implementation
# (compare_r.R) on the same raw files, for a sample of years. Prints the
# largest absolute difference per column and the time ratio R / casus.
#
#   scripts/research/compare_r.sh [YEAR ...]      (default: 1816 1832 1856 1870 1914 1950 1975 1990 2016)
#
# Environment: CASUS_DATA (default ../shared/data next to the repository),
# CASUS_BIN (default: build-research/src/research/casus_research_cli, else build/casus).
# Needs Debian's r-base-core and r-cran-data.table.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${CASUS_DATA:-$root/../shared/data}"
bin="${CASUS_BIN:-}"
if [[ -z "$bin" ]]; then
  for b in "$root/build-research/src/research/casus_research_cli" "$root/build/casus"; do
    [[ -x "$b" ]] && { bin="$b"; break; }
  done
fi
[[ -x "${bin:-}" ]] || { echo "compare_r.sh: build casus first or set CASUS_BIN" >&2; exit 2; }
# The R side needs Debian's r-base-core and r-cran-data.table (and bc for the timing): install what is missing.
need=()
for p in r-base-core r-cran-data.table bc; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if ((${#need[@]})); then
  echo "compare_r.sh: installing ${need[*]}" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; } ||
    { echo "compare_r.sh: could not install ${need[*]}" >&2; exit 2; }
fi
years=("$@")
((${#years[@]})) || years=(1816 1832 1856 1870 1914 1950 1975 1990 2016)

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
csv="$tmp/casus.csv"

# casus: one invocation for all sampled years (loads the data once, as R does).
years_csv="$(IFS=,; echo "${years[*]}")"
start=$(date +%s.%N)
"$bin" dyads --data-dir "$data" --names all --years "$years_csv" > "$csv"
end=$(date +%s.%N)
casus_s=$(echo "$end - $start" | bc -l)

report="$(Rscript "$here/compare_r.R" "$data" "$csv" "${years[@]}")"
echo "$report" | grep -v '^r_seconds='
r_s=$(echo "$report" | sed -n 's/^r_seconds=//p')
printf 'years: %s\n' "${years[*]}"
printf 'casus: %.3f s (one run: load + compute + write CSV)\n' "$casus_s"
printf 'R:     %.3f s (one run: load + compute)\n' "$r_s"
printf 'time ratio R / casus: %.1f\n' "$(echo "$r_s / $casus_s" | bc -l)"
