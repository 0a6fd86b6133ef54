#!/usr/bin/env bash
# Kept for old notes: the load benchmark of `casus serve` is scripts/load-bench.sh.
exec "$(dirname "$0")/../../scripts/load-bench.sh" "$@"
