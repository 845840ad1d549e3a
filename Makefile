# Thin wrapper: everything real lives in CMake. `make run` and `make test` are the two commands.
BUILD_DIR := build
SAMPLE    := resources/samples/almaty-talks.txt

.PHONY: all deps configure build run test test-asan fuzz fuzz-smoke tidy bench package translations fresh-check clean

all: build

deps:
	@packaging/install-deps.sh

# SAYWHO_REQUIRE_GUMBO: deps installs libgumbo-dev, so a configuration without it is an error here
# (the gumbo tree comparison in `make test` and .ci/run never silently skipped); a hand-run
# `cmake --preset release` without gumbo only leaves the comparison out.
configure: deps
	@cmake --preset release -DSAYWHO_REQUIRE_GUMBO=ON >/dev/null

build: configure
	@cmake --build --preset release

run: build
	$(BUILD_DIR)/app/saywho $(SAMPLE)

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure

# The whole suite built with AddressSanitizer + UndefinedBehaviorSanitizer in build-asan (the asan
# preset; its test preset sets halt_on_error and the suppressions in tests/sanitizers/).
test-asan: deps
	@cmake --preset asan >/dev/null
	@cmake --build --preset asan
	@ctest --preset asan

# Each libFuzzer target for FUZZ_SECONDS (default 60) in build-fuzz; see tests/fuzz/run-fuzzers.sh.
fuzz: deps
	@tests/fuzz/run-fuzzers.sh

# 30 s per target, for CI; skipped with a note where clang cannot build a fuzzer.
fuzz-smoke: deps
	@tests/fuzz/run-fuzzers.sh --smoke

# clang-tidy (checks in .clang-tidy) over the project's own sources, with the release build's
# compile_commands.json; reports, does not fail on findings.
TIDY_JOBS ?= 2
tidy: build
	@run-clang-tidy -quiet -p $(BUILD_DIR) -j $(TIDY_JOBS) '^$(CURDIR)/(app|ui|tests)/.*\.cpp$$'

# QBENCHMARK timings from tests/benchmarks, run one after another; not part of `make test`.
bench: build
	@cmake --build --preset release --target bench -- -k 0

# The Debian package: build/saywho_<version>_<arch>.deb (install it with apt install ./build/saywho_*.deb).
package: build
	cd $(BUILD_DIR) && cpack -G DEB

# Collects new and changed tr() strings into resources/translations/*.ts (lupdate); translate them there.
translations: configure
	@cmake --build --preset release --target update_translations

# The two commands on a fresh Debian 12: `make test` and `make run` in a chroot of a minimal bookworm
# root with a clone of the committed HEAD; see packaging/fresh-check.sh. Needs root (or sudo).
fresh-check:
	@packaging/fresh-check.sh

clean:
	rm -rf $(BUILD_DIR) build-*
