#!/bin/sh
# Installs the Debian/Ubuntu packages Saywho needs to build, test, fuzz, package and screenshot.
# Packages that `dpkg -s` reports as installed are skipped, so a second run does nothing.
# Uses sudo when not run as root. Set SAYWHO_DEPS_DRY_RUN=1 to only print what would be installed.
set -eu

PACKAGES="
build-essential
cmake
ninja-build
pkg-config
file
dpkg-dev
python3
time
qt6-base-dev
qt6-base-dev-tools
qt6-qpa-plugins
qt6-tools-dev
qt6-tools-dev-tools
qt6-l10n-tools
qt6-translations-l10n
qt6-svg-dev
libqt6svg6
libgl-dev
libvulkan-dev
fonts-dejavu-core
clang
clang-tidy
libclang-rt-14-dev
desktop-file-utils
appstream
xvfb
xauth
imagemagick
librsvg2-bin
groff-base
man-db
x11-utils
debootstrap
"

missing=""
for p in $PACKAGES; do
    if ! dpkg -s "$p" >/dev/null 2>&1; then
        missing="$missing $p"
    elif ! dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed'; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
    exit 0
fi

echo "install-deps: installing:$missing"
if [ "${SAYWHO_DEPS_DRY_RUN:-0}" = 1 ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "install-deps: not root and sudo is missing; install these packages by hand:$missing" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# The package lists may be stale or absent on a fresh machine.
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
