#!/usr/bin/env bash
# Installs the Debian packages of scripts/packages.txt that are not installed yet.
set -euo pipefail
cd "$(dirname "$0")/.."

mapfile -t wanted < <(grep -v '^#' scripts/packages.txt | grep -v '^$')
missing=()
for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -gt 0 ] || exit 0

echo "Installing: ${missing[*]}"
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
# The tests run nginx from a private prefix; the system-wide site the package may have started
# on port 80 is not wanted on a development machine.
if printf '%s\n' "${missing[@]}" | grep -qx nginx-light && command -v systemctl > /dev/null &&
    systemctl is-enabled nginx > /dev/null 2>&1; then
    $sudo_cmd systemctl disable --now nginx > /dev/null 2>&1 || true
fi
