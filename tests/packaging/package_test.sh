#!/usr/bin/env bash
# Makes the three .deb files from the build tree into a temporary folder and checks them.
#   package_test.sh CPACK CPackConfig.cmake check-packages.sh
set -euo pipefail
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$1" --config "$2" -B "$out" > "$out/cpack.log" || { cat "$out/cpack.log"; exit 1; }
bash "$3" "$out"
