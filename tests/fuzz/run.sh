#!/bin/sh
# Runs the libFuzzer harnesses built by `make fuzz-build` (tests/fuzz/*.c).
#
#   sh tests/fuzz/run.sh BUILD SECONDS   each harness for SECONDS (make fuzz),
#                                        its corpus kept in BUILD/corpus/NAME
#   sh tests/fuzz/run.sh BUILD smoke     make test: each harness over a sample
#                                        of the seeds and every regression
#                                        input, then 4 s of mutations
#   FUZZ_TARGETS="check fix" limits a run to some harnesses.
#   sh tests/fuzz/run.sh --probe         exit 0 when $CC (clang) links a
#                                        libFuzzer target
#
# Seeds are generated (tests/fuzz/seeds.py) into BUILD/seeds.PID; inputs that
# once crashed stay in tests/fuzz/regressions/NAME and run every time.
# A crash, a sanitizer report, a leak or a failed invariant fails the
# harness, leaving the input in BUILD/artifacts. Prints one line per
# harness (runs, exec/s, coverage) and `fuzz: N passed, M failed`.
CC=${CC:-clang}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)

probe() {
  d=$(mktemp -d "${TMPDIR:-/tmp}/snag-fuzz-probe.XXXXXX") || return 1
  printf '%s\n' '#include <stddef.h>' '#include <stdint.h>' \
    'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);' \
    'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }' >"$d/p.c"
  "$CC" -fsanitize=fuzzer,address,undefined "$d/p.c" -o "$d/p" >/dev/null 2>&1
  rc=$?
  rm -rf "$d"
  return $rc
}

if [ "${1:-}" = --probe ]; then probe; exit $?; fi

BUILD=${1:?usage: run.sh BUILD SECONDS|smoke}
MODE=${2:-smoke}
TARGETS=${FUZZ_TARGETS:-check fix toml notebook server}
cd "$ROOT" || exit 2

if ! command -v "$CC" >/dev/null 2>&1 || ! probe; then
  echo "SKIP fuzz: $CC with libFuzzer not found (install clang and libclang-rt-dev)"
  echo "fuzz: 0 passed, 0 failed"
  exit 0
fi

seeds=$BUILD/seeds.$$  # one per run: runs of different harnesses may overlap
rm -rf "$seeds"
if [ "$MODE" = smoke ]; then python3 tests/fuzz/seeds.py --sample 8 "$seeds"
else python3 tests/fuzz/seeds.py "$seeds"; fi || { echo "FAIL fuzz: seeds.py failed"; echo "fuzz: 0 passed, 1 failed"; exit 1; }
mkdir -p "$BUILD/artifacts"

# A small quarantine keeps the leak checks (a full heap scan) cheap; a
# target that allocates more than 2 GB, or takes 10 s on one input, fails.
ASAN_OPTIONS=${ASAN_OPTIONS:-quarantine_size_mb=32:detect_leaks=1}
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export ASAN_OPTIONS UBSAN_OPTIONS

passed=0
failed=0
for t in $TARGETS; do
  bin=$BUILD/fuzz/$t
  if [ ! -x "$bin" ]; then
    echo "FAIL fuzz $t: $bin is not built (make fuzz-build BUILD=$BUILD CC=$CC ...)"
    failed=$((failed + 1))
    continue
  fi
  if [ "$MODE" = smoke ]; then
    corpus=$(mktemp -d "${TMPDIR:-/tmp}/snag-fuzz-$t.XXXXXX") || exit 2
    time_opt=-max_total_time=4
  else
    corpus=$BUILD/corpus/$t
    mkdir -p "$corpus"
    time_opt=-max_total_time=$MODE
  fi
  dirs="$corpus $seeds/$t"
  [ -d "tests/fuzz/regressions/$t" ] && dirs="$dirs tests/fuzz/regressions/$t"
  dict=
  [ -f "tests/fuzz/$t.dict" ] && dict=-dict=tests/fuzz/$t.dict
  log=$BUILD/fuzz-$t.log
  [ "$MODE" = smoke ] && log=$BUILD/fuzz-$t.smoke.log  # a long run may be writing the other
  # shellcheck disable=SC2086  # word lists
  "$bin" $time_opt -print_final_stats=1 -close_fd_mask=2 -rss_limit_mb=2048 -timeout=10 \
    -max_len=16384 -artifact_prefix="$BUILD/artifacts/$t-" $dict $dirs >"$log" 2>&1
  rc=$?
  [ "$MODE" = smoke ] && rm -rf "$corpus"
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  cov=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | sed -E 's/.*(cov: [0-9]+ ft: [0-9]+).*/\1/')
  if [ $rc -eq 0 ] && [ -n "$runs" ]; then
    passed=$((passed + 1))
    echo "fuzz $t: ${runs} runs, ${rate} exec/s, ${cov}"
  else
    failed=$((failed + 1))
    echo "FAIL fuzz $t: exit $rc (log: $log; the input is in $BUILD/artifacts/$t-*)"
    grep -E '^(fuzz: |==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$log" | head -5 | sed 's/^/    /'
  fi
done
rm -rf "$seeds"
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
