#!/usr/bin/env bash
# Builds the libFuzzer targets (the fuzz preset, build-fuzz/) and runs each for a set time.
#
#   tests/fuzz/run-fuzzers.sh [--smoke] [TARGET...]      (make fuzz, make fuzz-smoke)
#
# Targets: extractor plaintext html markdown feed jsonfeed mhtml (all when none is named). Settings, from the
# environment:
#   FUZZ_SECONDS  seconds per target (default 60; 30 with --smoke)
#   FUZZ_JOBS     targets run at once (default 1); each run is niced
#   FUZZ_MAX_LEN  largest input in bytes (default 65536)
#   FUZZ_TIMEOUT  seconds one input may take before it counts as a hang (default 10)
#   FUZZ_RSS_MB   memory one run may use before it counts as a blow-up (default 2048)
#   FUZZ_FLAGS    further libFuzzer flags (-len_control=0 to try large inputs from the start)
# The seeds in tests/fuzz/corpus/<target>/ are read, never written: what a run learns goes to a
# scratch corpus in build-fuzz/fuzz-work/<target>/corpus/, kept between runs, and any crashing,
# hanging or leaking input to build-fuzz/fuzz-work/<target>/artifacts/. Keep such an input as
# tests/fuzz/regressions/<target>/<name> once it is fixed; tst_fuzzregressions replays it.
# Exits 1 when a run found something. --smoke is for CI: without clang and libFuzzer it says so and
# exits 0 instead of failing.
set -eu
cd "$(dirname "$0")/../.."

smoke=0
if [ "${1:-}" = "--smoke" ]; then
    smoke=1
    shift
fi
all_targets="extractor plaintext html markdown feed jsonfeed mhtml"
targets="${*:-$all_targets}"
if [ "$smoke" = 1 ]; then seconds="${FUZZ_SECONDS:-30}"; else seconds="${FUZZ_SECONDS:-60}"; fi
jobs="${FUZZ_JOBS:-1}"
max_len="${FUZZ_MAX_LEN:-65536}"
timeout="${FUZZ_TIMEOUT:-10}"
rss_mb="${FUZZ_RSS_MB:-2048}"
read -r -a extra_flags <<<"${FUZZ_FLAGS:-}"

for t in $targets; do
    case " $all_targets " in
    *" $t "*) ;;
    *) echo "fuzz: unknown target '$t' (targets: $all_targets)" >&2; exit 2 ;;
    esac
done

# libFuzzer comes with clang (and libclang-rt-14-dev on Debian): check that a fuzzer links.
probe_dir=$(mktemp -d)
trap 'rm -rf "$probe_dir"' EXIT
echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }' >"$probe_dir/probe.cpp"
if ! command -v clang++ >/dev/null 2>&1 \
    || ! clang++ -fsanitize=fuzzer,address,undefined "$probe_dir/probe.cpp" -o "$probe_dir/probe" >/dev/null 2>&1; then
    if [ "$smoke" = 1 ]; then
        echo "fuzz: clang with libFuzzer is not available (packaging/install-deps.sh installs it); smoke run skipped"
        exit 0
    fi
    echo "fuzz: clang with libFuzzer is needed: run packaging/install-deps.sh (clang, libclang-rt-14-dev)" >&2
    exit 1
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

supp="$PWD/tests/sanitizers"
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp"

work="$PWD/build-fuzz/fuzz-work"

# The dictionary tokens each target's input is made of.
dicts_for() {
    case "$1" in
    extractor) echo "quotes" ;;
    plaintext) echo "encoding quotes" ;;
    html) echo "html quotes encoding" ;;
    markdown) echo "markdown html quotes" ;;
    feed) echo "xml html quotes encoding" ;;
    jsonfeed) echo "json html quotes" ;;
    mhtml) echo "mime html quotes encoding" ;;
    esac
}

run_one() {
    t="$1"
    dir="$work/$t"
    mkdir -p "$dir/corpus" "$dir/artifacts"
    : >"$dir/$t.dict"
    for d in $(dicts_for "$t"); do cat "tests/fuzz/dict/$d.dict" >>"$dir/$t.dict"; done
    status=0
    started=$(date +%s)
    # -entropic=0: the entropic schedule spent half of each run on its own bookkeeping here (the
    # extractor hits tens of thousands of features per input); without it runs were 2-2.5 times as
    # many and covered more in the same time.
    nice -n 10 "build-fuzz/tests/fuzz/fuzz_$t" -entropic=0 \
        -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb="$rss_mb" -max_len="$max_len" \
        -dict="$dir/$t.dict" -artifact_prefix="$dir/artifacts/" -print_final_stats=1 "${extra_flags[@]}" \
        "$dir/corpus" "tests/fuzz/corpus/$t" >"$dir/log" 2>&1 || status=$?
    elapsed=$(($(date +%s) - started))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -n 1)
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$dir/log" | tail -n 1)
    corpus=$(find "$dir/corpus" -type f | wc -l)
    cov=$(grep -o 'cov: [0-9]*' "$dir/log" | tail -n 1 | cut -d' ' -f2)
    if [ "$status" = 0 ]; then result="nothing found"; else result="FOUND SOMETHING (exit $status), see $dir/log"; fi
    echo "fuzz $t: ${elapsed} s, ${execs:-?} runs, corpus ${corpus} inputs, coverage ${cov:-?} edges, peak ${rss:-?} MB: $result"
    [ "$status" = 0 ]
}

# Up to FUZZ_JOBS runs at once; each leaves its verdict in its status file.
for t in $targets; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
    mkdir -p "$work/$t"
    rm -f "$work/$t/status"
    (if run_one "$t"; then verdict=ok; else verdict=failed; fi; echo "$verdict" >"$work/$t/status") &
done
wait

failed=""
for t in $targets; do
    [ "$(cat "$work/$t/status" 2>/dev/null)" = ok ] || failed="$failed $t"
done
if [ -n "$failed" ]; then
    echo "fuzz: findings in:$failed (inputs in $work/<target>/artifacts/)" >&2
    exit 1
fi
