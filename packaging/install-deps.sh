#!/bin/sh
# Installs the Debian/Ubuntu packages Saywho needs to build, test, fuzz, package and screenshot.
# Packages that `dpkg -s` reports as installed are skipped, so a second run does nothing.
# Uses sudo when not run as root. Set SAYWHO_DEPS_DRY_RUN=1 to only print what would be installed.
set -eu

# Each package with what needs it, checked on a fresh `debootstrap --variant=minbase` Debian 12 root
# by packaging/fresh-check.sh (make fresh-check). No test needs a generated locale: Qt takes the
# language from LANGUAGE/LC_ALL/LANG itself, so tst_translations runs German without de_DE.UTF-8.
PACKAGES=$(sed 's/#.*//' <<'EOF'
build-essential         # g++, make; binutils' readelf (packaging_install_tree, packaging_deb)
cmake                   # the build, cpack (make package, packaging_deb)
ninja-build             # the presets' generator
pkg-config
file                    # cpack's dpkg-shlibdeps run
dpkg-dev                # dpkg-shlibdeps, dpkg-architecture
python3                 # tests/packaging/check_packaging.py, tools/
time                    # /usr/bin/time -v in make bench (tests/benchmarks/memory-check.sh)
qt6-base-dev
qt6-base-dev-tools
qt6-qpa-plugins         # the xcb and offscreen platforms (make run, every widget test)
libqt6sql6-sqlite       # the QSQLITE driver (with FTS5) the library is kept in; only recommended by Qt SQL
qt6-tools-dev
qt6-tools-dev-tools
qt6-l10n-tools          # lupdate, lrelease (translations, packaging_translations)
qt6-translations-l10n   # Qt's own German strings
qt6-svg-dev
libqt6svg6              # the SVG icon
libgumbo-dev            # test-only: gumbo_treecompare checks the HTML tree builder against gumbo's (make test requires it)
libgl-dev               # Qt6Gui's CMake package looks for OpenGL and Vulkan headers
libvulkan-dev
fonts-dejavu-core       # a font for the offscreen and xcb platforms
clang                   # make fuzz, make fuzz-smoke (libFuzzer)
clang-tidy              # make tidy (run-clang-tidy)
libclang-rt-14-dev      # libFuzzer and the sanitizer runtimes for clang
desktop-file-utils      # desktop-file-validate (packaging_validators)
appstream               # appstreamcli (packaging_validators)
xvfb                    # xvfb-run: make run in packaging/fresh-check.sh, screenshots
xauth                   # xvfb-run
imagemagick             # screenshots for docs/, taken by hand (import)
librsvg2-bin            # rsvg-convert renders the PNG icons in the build
groff-base              # groff (packaging_man_page)
man-db                  # man --warnings (packaging_man_page)
x11-utils               # xwininfo: packaging/fresh-check.sh looks for the window with it
debootstrap             # packaging/fresh-check.sh makes its Debian 12 root with it
EOF
)

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
