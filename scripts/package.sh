#!/usr/bin/env bash
# Builds the Debian packages relais, relais-data and relais-server (Release, with Debian's
# hardening flags) into build/packages/, then checks them (scripts/check-packages.sh).
#   scripts/package.sh
# Install them with: sudo apt-get install ./build/packages/*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-packages.sh
# The flags Debian builds its own packages with (fortify, stack protector, relro, bind now);
# read by CMake when build/package is first configured.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
eval "$(dpkg-buildflags --export=sh)"
export CFLAGS="$CPPFLAGS $CFLAGS" CXXFLAGS="$CPPFLAGS $CXXFLAGS"
cmake --preset package > /dev/null
cmake --build --preset package

rm -rf build/packages
cpack --config build/package/CPackConfig.cmake -B build/packages
rm -rf build/packages/_CPack_Packages
ls -l build/packages/*.deb
scripts/check-packages.sh build/packages
