#!/usr/bin/env bash
# Full benchmark runs (the test suite only smoke-runs them). Generated directories are cached
# in build/dev/bench-data. Prints Google Benchmark tables; see README "Performance".
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/dev
export RELAIS_BENCH_DIR="$PWD/$build/bench-data"
export QT_QPA_PLATFORM=offscreen
"$build/tests/bench/search_bench" --benchmark_counters_tabular=true "$@"
"$build/tests/bench/sync_bench"
[ -x "$build/tests/bench/app_bench" ] && "$build/tests/bench/app_bench"
[ -x scripts/bench-sync.sh ] && scripts/bench-sync.sh
