#!/usr/bin/env bash
# Installs the Debian packages Relais needs (skipping those already there), then configures
# and builds with the given CMake preset (default: dev).
#   scripts/setup.sh [preset]
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"

scripts/install-packages.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
