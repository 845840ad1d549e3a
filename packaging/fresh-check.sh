#!/usr/bin/env bash
# Tries the README's two commands as a newcomer would, on a fresh Debian 12: a minimal bookworm root
# (debootstrap --variant=minbase, plus make and git), a clone of the committed HEAD in it, then in a
# chroot `make test`, a quick look at what `make package`, `make bench`, `make fuzz-smoke` and
# `make tidy` need, and `make run` under xvfb-run until the window is on the screen.
#
#   packaging/fresh-check.sh              (make fresh-check; .ci/run runs it when CI=true)
#
# The root debootstrap makes is kept as a tarball and unpacked afresh for each run, so every run
# starts from an untouched root; the clone and everything the run installs or builds are thrown away
# afterwards. Only the .deb files apt downloads are kept between runs (like a local mirror), so a warm
# run does not download them again. Settings, from the environment:
#   SAYWHO_FRESH_CACHE   pristine root and downloaded packages (default /var/cache/saywho-fresh)
#   SAYWHO_FRESH_MIRROR  Debian mirror (default: the one this machine's apt uses)
#   SAYWHO_FRESH_LOG     the full log (default build/fresh-check.log in the checkout)
#   SAYWHO_FRESH_KEEP=1  leave the used root in SAYWHO_FRESH_CACHE/root to look around in
# A pristine root older than 30 days is made again. Needs root (debootstrap, mount, chroot); uses
# sudo otherwise. ../shared next to the checkout, when present, is bind-mounted read-only next to the
# clone, as the tests find it in CI.
set -euo pipefail

top=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=SAYWHO_FRESH_CACHE,SAYWHO_FRESH_MIRROR,SAYWHO_FRESH_LOG,SAYWHO_FRESH_KEEP "$0" "$@"
fi

suite=bookworm
cache=${SAYWHO_FRESH_CACHE:-/var/cache/saywho-fresh}
log=${SAYWHO_FRESH_LOG:-$top/build/fresh-check.log}
root=$cache/root
pristine=$cache/$suite-minbase.tar
debs=$cache/debs
src=/src/saywho

say() { printf 'fresh-check: %s\n' "$*"; printf '== %s  %s\n' "$(date -u +%H:%M:%S)" "$*" >>"$log"; }

fail() {
    say "FAILED: $*"
    echo "fresh-check: last 60 lines of $log:" >&2
    tail -n 60 "$log" >&2
    exit 1
}

# The Debian archive this machine's apt uses, from deb822 .sources or one-line sources.list entries.
host_mirror() {
    local m
    m=$(awk 'BEGIN { RS = "" } /Suites:[^\n]*[[:space:]]'"$suite"'([[:space:]]|$)/ {
             if (match($0, /URIs:[[:space:]]*[^[:space:]]+/)) { s = substr($0, RSTART, RLENGTH)
             sub(/URIs:[[:space:]]*/, "", s); print s; exit } }' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
    [ -n "$m" ] || m=$(awk '$1 == "deb" && $3 == "'"$suite"'" { print $2; exit }' \
        /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true)
    echo "${m:-http://deb.debian.org/debian}"
}
mirror=${SAYWHO_FRESH_MIRROR:-$(host_mirror)}
security=${mirror%/debian}/debian-security
[ "$security" != "$mirror/debian-security" ] || security=http://deb.debian.org/debian-security

# Everything mounted under the root, deepest first; nothing may be left when the root is removed.
unmount_all() {
    local m
    for m in $(findmnt -rn -o TARGET | grep -E "^$root(/|$)" | sort -r); do
        umount -l "$m" 2>/dev/null || true
    done
}

remove_root() {
    unmount_all
    if findmnt -rn -o TARGET | grep -qE "^$root(/|$)"; then
        echo "fresh-check: something is still mounted under $root; not removing it" >&2
        return 1
    fi
    rm -rf --one-file-system "$root"
}

cleanup() {
    if [ "${SAYWHO_FRESH_KEEP:-0}" = 1 ]; then
        unmount_all
        echo "fresh-check: the root is kept in $root"
    else
        remove_root || true
    fi
}

mkdir -p "$(dirname "$log")" "$cache" "$debs/partial"
# One run at a time: they share the root's place and the downloaded packages.
exec 9>"$cache/lock"
if ! flock -n 9; then
    echo "fresh-check: another fresh check is running; waiting for it"
    flock 9
fi
: >"$log"
# From here on nothing may stay mounted, whatever happens (debootstrap mounts too).
trap cleanup EXIT
trap 'exit 130' INT TERM
start=$(date +%s)
head=$(git -C "$top" rev-parse HEAD)
say "checking $(git -C "$top" log -1 --format='%h %s' HEAD) on a fresh Debian 12 ($mirror); log: $log"
if [ -n "$(git -C "$top" status --porcelain --untracked-files=no)" ]; then
    say "note: uncommitted changes are not part of the check, only the committed HEAD"
fi

# 1. The pristine root, made once and again when its recipe changes or it grows old.
recipe="debootstrap --variant=minbase --include=make,git $suite $mirror; $security"
if [ -f "$pristine" ] && [ "$(cat "$pristine.recipe" 2>/dev/null)" = "$recipe" ] \
    && [ -z "$(find "$pristine" -mtime +30)" ]; then
    say "pristine root: $pristine (from $(date -u -r "$pristine" +%Y-%m-%d))"
else
    command -v debootstrap >/dev/null || fail "debootstrap is missing (apt-get install debootstrap)"
    say "making the pristine root with debootstrap (a few minutes)"
    remove_root
    debootstrap --variant=minbase --include=make,git "$suite" "$root" "$mirror" >>"$log" 2>&1 \
        || { remove_root; fail "debootstrap"; }
    # The archive areas of an installed Debian 12, not only the one debootstrap used.
    cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security $suite-security main
EOF
    # A freshly installed system has no downloaded packages lying around.
    rm -f "$root"/var/cache/apt/archives/*.deb
    tar --numeric-owner --xattrs -C "$root" -cf "$pristine.new" . \
        || { rm -f "$pristine.new"; fail "packing the pristine root"; }
    mv "$pristine.new" "$pristine"
    echo "$recipe" >"$pristine.recipe"
    remove_root
    say "pristine root ready after $(($(date +%s) - start)) s"
fi

# 2. A root of its own for this run, the clone, and what a chroot needs mounted.
remove_root
mkdir -p "$root"
tar --numeric-owner --xattrs -C "$root" -xf "$pristine" || fail "unpacking the pristine root"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
git clone -q --no-checkout "$top" "$root$src" >>"$log" 2>&1 || fail "git clone"
git -C "$root$src" checkout -q --detach "$head" >>"$log" 2>&1 || fail "git checkout $head"
mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount --rbind /dev "$root/dev"
mount --make-rslave "$root/dev"
mount --bind "$debs" "$root/var/cache/apt/archives"
if [ -d "$top/../shared" ]; then
    shared=$root$(dirname "$src")/shared
    mkdir -p "$shared"
    mount --bind "$top/../shared" "$shared"
    mount -o remount,bind,ro "$shared"
fi

# A login as root on the fresh machine: its own environment, nothing of this one's.
in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root USER=root LOGNAME=root SHELL=/bin/sh TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        /bin/sh -c "cd $src && $1" >>"$log" 2>&1
}

# 3. The second of the two commands: install, build, the whole suite.
t=$(date +%s)
say "make test (installs the packages, builds, runs ctest)"
in_root "make test" || fail "make test in the fresh root"
tests_line=$(grep -E '^[0-9]+% tests passed' "$log" | tail -1)
say "make test passed after $(($(date +%s) - t)) s: $tests_line"

# 4. What the other make targets need beyond the build, cheaply: `make package` itself, the peak
# memory run of `make bench` (/usr/bin/time), a fuzzer linked the way `make fuzz-smoke` links them
# (which skips rather than fails where it cannot) and `make tidy`'s run-clang-tidy. The whole fuzz
# build, the benchmark timings and clang-tidy over every file would take longer than they tell.
t=$(date +%s)
say "make package, make bench's memory run, a libFuzzer probe, run-clang-tidy"
cat >"$root/tmp/saywho-targets-check.sh" <<'EOF'
set -eu
make package
cmake --build --preset release --target bench-memory
probe=$(mktemp -d)
echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }' >"$probe/probe.cpp"
clang++ -fsanitize=fuzzer,address,undefined "$probe/probe.cpp" -o "$probe/probe"
"$probe/probe" -runs=100
command -v run-clang-tidy
EOF
in_root 'sh /tmp/saywho-targets-check.sh' || fail "the tools of make package, bench, fuzz-smoke or tidy"
say "make package, bench-memory, fuzzer probe and run-clang-tidy passed after $(($(date +%s) - t)) s"

# 5. The first command: `make run` must start the program and show its window. Nothing but the
# window is checked here; xvfb-run stands in for the desktop a chroot does not have.
t=$(date +%s)
say "make run under xvfb-run, until the window is on the screen"
cat >"$root/tmp/saywho-window-check.sh" <<'EOF'
# Inside xvfb-run: `make run` in a session of its own, until a saywho window is viewable.
setsid make run >/tmp/make-run.log 2>&1 &
run=$!
shown=""
for _ in $(seq 180); do
    for id in $(xwininfo -root -tree | grep -i '("saywho"' | awk '{ print $1 }'); do
        if xwininfo -id "$id" | grep -q 'Map State: IsViewable'; then shown=$id; fi
    done
    [ -z "$shown" ] || break
    kill -0 "$run" 2>/dev/null || break
    sleep 1
done
[ -z "$shown" ] || LC_ALL=C.UTF-8 xwininfo -id "$shown" | grep -E 'xwininfo:|Width:|Height:|Map State:'
kill -TERM "-$run" 2>/dev/null || true
wait "$run" || true
cat /tmp/make-run.log
[ -n "$shown" ] || { echo "no Saywho window was shown"; exit 1; }
EOF
in_root 'xvfb-run -a -s "-screen 0 1280x800x24" sh /tmp/saywho-window-check.sh' \
    || fail "make run in the fresh root did not show the window"
say "make run showed the window after $(($(date +%s) - t)) s"

say "passed: the two commands work on a fresh Debian 12 ($(($(date +%s) - start)) s in all)"
