#!/usr/bin/env bash
# Robustness of `normalize`, `quantities` and `parse`, for a fixed time: no panic, every span inside the input, every
# index into the report in range. Not part of ./build.sh test (it runs for minutes).
#
#   tools/fuzz.sh [SECONDS]     default 60 seconds per fuzz target, every target in fuzz/fuzz_targets/
#   FUZZ_TARGETS="parse quantities" tools/fuzz.sh 300   only those targets
#   tools/fuzz.sh --proptest    only the stable-toolchain stress below
#
# 1. cargo-fuzz (libFuzzer) on the targets in fuzz/fuzz_targets/ (normalize.rs, normalize_pieces.rs,
#    quantities.rs, parse.rs; the checks are in check.rs and report_check.rs). cargo-fuzz passes nightly-only flags to rustc (-Zsanitizer=address, sancov passes);
#    on the stable toolchain RUSTC_BOOTSTRAP=1 makes rustc accept them, and that is what runs here. Needs
#    `cargo install cargo-fuzz` and a C++ compiler (libfuzzer-sys builds libFuzzer). The seeds are the
#    starting corpus; new inputs go to fuzz/corpus/TARGET, a crash to fuzz/artifacts/TARGET (not committed).
#    Inputs are capped at 4 kB (-max_len): fuzzing finds panics, not slowness; the large pathological inputs
#    are step 2's ignored tests and crate/benches/cli_scale.py.
# 2. The same checks as property tests on the stable toolchain (crate/tests/robustness.rs, and the property
#    tests of quantities.rs and normalize_props.rs), in release mode
#    with many cases (PROPTEST_CASES, default 5000), plus its #[ignore]d tests: the full-size pathological
#    inputs of issue 10 (1 MB line without punctuation, a million '1', 100,000 nested brackets, only
#    punctuation, random bytes). They check results, not time.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

seconds=60
only_proptest=0
for a in "$@"; do
  case "$a" in
    --proptest) only_proptest=1 ;;
    ''|*[!0-9]*) echo "usage: tools/fuzz.sh [SECONDS] [--proptest]" >&2; exit 2 ;;
    *) seconds=$a ;;
  esac
done
targets=${FUZZ_TARGETS:-}

fuzz() {
  if ! command -v cargo-fuzz >/dev/null; then
    echo "tools/fuzz.sh: no cargo-fuzz (cargo install cargo-fuzz); skipping to the property tests" >&2
    return 0
  fi
  if ! command -v c++ >/dev/null; then
    echo "tools/fuzz.sh: no C++ compiler for libFuzzer; skipping to the property tests" >&2
    return 0
  fi
  cd "$ROOT/fuzz"
  export RUSTC_BOOTSTRAP=1
  # Every target in fuzz/fuzz_targets/ unless FUZZ_TARGETS names some.
  for t in ${targets:-$(cargo fuzz list)}; do
    mkdir -p "corpus/$t"
    echo "== cargo fuzz run $t for ${seconds}s" >&2
    cargo fuzz run "$t" "corpus/$t" ../seeds -- \
      -max_total_time="$seconds" -max_len=4096 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1
  done
  cd "$ROOT"
}

[ "$only_proptest" = 1 ] || fuzz

echo "== property tests and pathological inputs (release, PROPTEST_CASES=${PROPTEST_CASES:-5000})" >&2
# Tests always unwind; with the release profile's panic = "abort" Cargo would build the library twice under
# one file name (cargo#6313), so this step builds with unwinding, in a target dir of its own
# (ROBUSTNESS_TARGET_DIR, default target/robustness) so that target/release is left alone.
CARGO_TARGET_DIR=${ROBUSTNESS_TARGET_DIR:-$ROOT/target/robustness} CARGO_PROFILE_RELEASE_PANIC=unwind \
  PROPTEST_CASES=${PROPTEST_CASES:-5000} cargo test --release -p zhibiao --test robustness --test quantities \
  --test normalize_props -- --include-ignored
echo "tools/fuzz.sh: no panic, every span in bounds" >&2
