#!/usr/bin/env bash
# The sanitizer half of the README's test command: builds the asan preset (clang, AddressSanitizer and
# UndefinedBehaviorSanitizer, the libFuzzer targets) in build-asan, then runs under CTest the tests of core and the
# command line on SQLite under the sanitizers (label headless; the server half runs unsanitized in the main build) and
# each fuzz target for a bounded time from its seeds (label fuzz). Any report of either sanitizer, or a fuzz target's
# failure, fails the run; a failing fuzz input is kept in build-asan/tests/fuzz/fuzz-findings.
#   HANDOFF_FUZZ_SECONDS  seconds per fuzz target (default 40)
set -euo pipefail
cd "$(dirname "$0")/.."

cmake --preset asan -DHANDOFF_FUZZ_SECONDS="${HANDOFF_FUZZ_SECONDS:-40}" >/dev/null
cmake --build --preset asan --target headless_tests fuzz_csvreader fuzz_importrows fuzz_calendarescape \
    fuzz_snapshotdiff

# A leak, a bad access or undefined behaviour ends the program with an error; the symbolizer names the lines.
symbolizer=$(command -v llvm-symbolizer-14 || command -v llvm-symbolizer || true)
# intercept_tls_get_addr=0: LeakSanitizer of clang 14 misreads the dynamic TLS of a loaded library under Debian 12's
# glibc (a range like 0xdf5b-0x80000f05d) and crashes in its own tracer after every test passed; without tracking
# __tls_get_addr it does not scan those blocks, and still reports every leak it finds elsewhere.
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=1:intercept_tls_get_addr=0${symbolizer:+:external_symbolizer_path=$symbolizer}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
QT_QPA_PLATFORM=offscreen ctest --test-dir build-asan --label-regex 'headless|fuzz' --exclude-regex '_pg$' \
    --output-on-failure --timeout 900 -j2
