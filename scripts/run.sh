#!/usr/bin/env bash
# Sets everything up and starts Relais on the bundled Brussels directory.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh dev >&2
build=build/dev
if [ -x "$build/app/relais" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ -n "${QT_QPA_PLATFORM:-}" ]; }; then
    exec "$build/app/relais" "$@"
fi
if [ -x "$build/app/relais" ]; then
    echo "No display here: the client needs one. Try" >&2
    echo "  $build/app/relais --screenshot relais.png --query utsopi   (renders offscreen)" >&2
    echo "Starting the command-line search instead." >&2
fi
exec "$build/app/cli/relais-cli" search "$@"
