#!/usr/bin/env bash
# Checks the Debian packages in a folder with Debian's own tools, then unpacks them into a
# private root and runs the programs from there:
#   lintian (no errors), appstreamcli validate, desktop-file-validate, systemd-analyze verify
#   and security;
#   relais-cli search, relais-server serve answering on loopback, relais --self-test.
#   scripts/check-packages.sh DIR
set -euo pipefail
source "$(dirname "$0")/server-check.sh"
dir="${1:?usage: scripts/check-packages.sh DIR}"
shopt -s nullglob
debs=("$dir"/*.deb)
[ ${#debs[@]} -eq 3 ] || { echo "expected relais, relais-data and relais-server in $dir" >&2; exit 1; }

echo "== lintian"
lintian --fail-on error --tag-display-limit 0 "${debs[@]}"

root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
for deb in "${debs[@]}"; do
    dpkg-deb -x "$deb" "$root"
done

echo "== appstreamcli"
appstreamcli validate --no-net "$root"/usr/share/metainfo/*.metainfo.xml
echo "== desktop-file-validate"
desktop-file-validate "$root"/usr/share/applications/*.desktop
echo "== systemd-analyze"
# The unit names the program by its installed path: check a copy that names the unpacked one.
unit="$root/relais-server.service"
sed "s|/usr/bin/relais-server|$root/usr/bin/relais-server|" \
    "$root"/lib/systemd/system/relais-server.service > "$unit"
systemd-analyze verify "$unit"
# Exposure from 0 (locked down) to 10 (exposed); 2.0 or more fails.
systemd-analyze security --offline=true --threshold=20 "$unit" | tail -n 1

echo "== the programs, from the unpacked packages"
version="$(dpkg-deb -f "$dir"/relais-server_*.deb Version)"
"$root"/usr/bin/relais-server --version | grep -Fx "relais-server $version"
"$root"/usr/bin/relais-cli --version | grep -Fx "relais-cli $version"
"$root"/usr/bin/relais-cli search --limit 3 "espace p" | tee "$root/search.txt"
grep -q "Espace P" "$root/search.txt"
# Found beside the program, not in a build tree.
"$root"/usr/bin/relais-cli stats | grep -Fx "directory: $root/usr/share/relais/relais-brussels.sqlite"

export XDG_DATA_HOME="$root/home/data" XDG_CONFIG_HOME="$root/home/config"
serves_the_directory "$root" "$root"/usr/bin/relais-server serve --db "$root/server.sqlite" \
    --listen 127.0.0.1:0 --quiet
# It started from the unpacked relais-data, not from a build tree.
grep -q "initialised with the bundled directory" "$root/server.err"

QT_QPA_PLATFORM=offscreen "$root"/usr/bin/relais --self-test
echo "All package checks passed."
