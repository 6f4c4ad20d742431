#!/usr/bin/env bash
# Installs the packages of build/packages/ (scripts/package.sh) on a fresh Debian 12 that never
# saw the sources, a minimal one made with debootstrap, and runs them there: relais-cli search,
# relais-server serve under its own user, relais --self-test. Needs root and Debian's mirror.
#   scripts/check-install.sh [DIR]    (default: build/packages)
set -euo pipefail
cd "$(dirname "$0")/.."
packages="$(realpath "${1:-build/packages}")"
[ "$(id -u)" -eq 0 ] || { echo "scripts/check-install.sh needs root (debootstrap, chroot)" >&2; exit 2; }
scripts/install-packages.sh
source scripts/server-check.sh

root="$(mktemp -d /var/tmp/relais-fresh.XXXXXX)"
chmod 755 "$root" # the system's root folder, open to the relais user
cleanup() {
    umount "$root/proc" 2> /dev/null || true
    rm -rf "$root"
}
trap cleanup EXIT
echo "== a fresh Debian 12 in $root"
debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian > "$root.log" 2>&1 ||
    { tail -n 20 "$root.log"; exit 1; }
rm -f "$root.log"
mount -t proc proc "$root/proc"
mkdir "$root/packages"
cp "$packages"/*.deb "$root/packages/"

echo "== apt-get install ./packages/*.deb"
chroot "$root" sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ./packages/*.deb' \
    > "$root/install.log" 2>&1 || { tail -n 30 "$root/install.log"; exit 1; }
chroot "$root" dpkg-query -W relais relais-data relais-server

echo "== relais-cli search"
chroot "$root" relais-cli search --limit 3 "espace p" | tee "$root/search.txt"
grep -q "Espace P" "$root/search.txt"
chroot "$root" relais-cli stats | grep -Fx "directory: /usr/share/relais/relais-brussels.sqlite"

echo "== relais-server serve, as the relais user, with the packaged configuration"
chroot "$root" getent passwd relais
serves_the_directory "$root" chroot "$root" setpriv --reuid=relais --regid=relais --init-groups \
    relais-server serve --config /etc/relais/server.conf --listen 127.0.0.1:0 --quiet
test -f "$root/var/lib/relais/server.sqlite"

echo "== relais --self-test"
chroot "$root" env QT_QPA_PLATFORM=offscreen HOME=/root relais --self-test
echo "The packages install and work on a fresh Debian 12."
