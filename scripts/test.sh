#!/usr/bin/env bash
# Sets everything up and runs the whole test suite (unit, integration, UI offscreen,
# benchmark smoke runs, format check).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh dev
export QT_QPA_PLATFORM=offscreen QT_QUICK_CONTROLS_STYLE=Basic
ctest --preset dev -j2 --timeout 600
