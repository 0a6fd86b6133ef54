#!/usr/bin/env bash
# Installs the Debian packages casus builds with, but only those that are missing,
# so that a second run costs nothing and needs no network.
set -euo pipefail
pkgs=(build-essential cmake ninja-build pkg-config
      libtomlplusplus-dev nlohmann-json3-dev libcli11-dev libfmt-dev
      libcpp-httplib-dev libsqlite3-dev libgtest-dev libgmock-dev libbenchmark-dev
      iso-codes graphviz
      python3-dev python3-pybind11 python3-pandas python3-pytest   # the Python package
      r-base-core r-cran-rcpp r-cran-testthat                     # the R package
      clang-14 libclang-rt-14-dev   # the second compiler of CI, and libFuzzer
      nodejs chromium    # the page is built with npm packages; the browser tests drive chromium
      wrk curl)          # the load benchmark of casus serve (scripts/load-bench.sh)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm comes with some nodejs builds (NodeSource) and is a package of its own in Debian's.
command -v npm >/dev/null 2>&1 || missing+=(npm)
if ((${#missing[@]})); then
  echo "casus: installing missing Debian packages: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
