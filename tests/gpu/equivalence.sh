#!/bin/sh
# The GPU path gives the CPU path's diagnostics, exactly: same rule, file,
# line, column, message, fix — over the fixture corpus and the Python 3.11
# standard library, with every rule enabled. Without a device the GPU path
# runs through its host reference (`--backend gpu-host`: the same
# SG_HOSTDEV candidate predicates and the same flag/scan/scatter/split
# steps on the CPU); with build/snag-gpu and a device, `--backend gpu` is
# compared too.
#   sh tests/gpu/equivalence.sh path/to/snag
SNAG=${1:-build/snag}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d "${TMPDIR:-/tmp}/snag-gpu.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
passed=0 failed=0
STD=
for d in /root/.pyenv/versions/3.11.7/lib/python3.11 /usr/lib/python3.11; do
  [ -d "$d" ] && STD=$d && break
done

compare() {  # NAME BACKEND BINARY CORPUS [ARGS...]
  name=$1 backend=$2 bin=$3 corpus=$4; shift 4
  "$SNAG" check --select ALL --exit-zero -q --output-format json-lines "$@" "$corpus" >"$T/cpu" 2>"$T/cpu.err"
  "$bin" check --select ALL --exit-zero -q --output-format json-lines --backend "$backend" "$@" "$corpus" \
    >"$T/gpu" 2>"$T/gpu.err"
  rc=$?
  if [ "$rc" -ne 0 ]; then
    failed=$((failed + 1)); echo "FAIL $name: exit $rc: $(tail -n 2 "$T/gpu.err")"
  elif ! [ -s "$T/cpu" ]; then
    failed=$((failed + 1)); echo "FAIL $name: the CPU path reported nothing (a broken corpus?)"
  elif cmp -s "$T/cpu" "$T/gpu"; then
    passed=$((passed + 1)); echo "$name: $(wc -l <"$T/cpu") diagnostics identical"
  else
    failed=$((failed + 1)); echo "FAIL $name: diagnostics differ (< cpu, > $backend):"
    diff "$T/cpu" "$T/gpu" | head -n 6 | cut -c 1-200 | sed 's/^/    /'
  fi
}

# Corner cases: a batch with no symbols at all (empty and binary files),
# and more files than one batch holds (1,025: eight full batches of
# SG_BATCH_FILES = 128 and one more), with unreadable ones as the last file
# of a batch and as a batch of their own.
mkdir -p "$T/edge/empty" "$T/edge/many"
: >"$T/edge/empty/a.py"
printf '\000\001\002' >"$T/edge/empty/b.py"
i=0
while [ $i -lt 1025 ]; do
  printf 'def f%d(a, b=[]):\n    b.append(a)\n    return b\n' $i >"$T/edge/many/m$(printf %04d $i).py"
  i=$((i + 1))
done
printf '\377\376' >"$T/edge/many/m1023.py"
printf '\000' >"$T/edge/many/m1024.py"
"$SNAG" check --backend gpu-host -q --exit-zero "$T/edge/empty" >"$T/out" 2>"$T/err"
rc=$?
if [ $rc -eq 0 ] && ! grep -q -E 'Sanitizer|runtime error' "$T/err"; then passed=$((passed + 1)); echo "gpu-host-no-symbols: ok"
else failed=$((failed + 1)); echo "FAIL gpu-host-no-symbols: exit $rc: $(head -n 3 "$T/err")"; fi
compare gpu-host-batch-boundary gpu-host "$SNAG" "$T/edge/many"
# The pipeline's rounds (cli/batch.c): one file, exactly one batch of
# SG_BATCH_FILES = 128, one more, two and one more; at -j 3 the batch
# step's thread joins two pool threads when its step is done.
if [ -n "$STD" ]; then
  for n in 1 128 129 257; do
    mkdir -p "$T/count$n"
    cp "$(find "$ROOT/tests/fixtures" -name '*.py' | sort | head -n 1)" "$T/count$n/f0000.py"
    find "$STD" -name '*.py' | sort | head -n $((n - 1)) | {
      i=1
      while read -r f; do cp "$f" "$T/count$n/f$(printf %04d $i).py"; i=$((i + 1)); done
    }
    compare "gpu-host-$n-files-j3" gpu-host "$SNAG" "$T/count$n" -j 3
  done
fi

compare gpu-host-fixtures gpu-host "$SNAG" "$ROOT/tests/fixtures"
# A device step that fails (a CUDA error, a batch that does not fit) runs
# on the host reference and the run keeps every finding: SNAG_GPU_FAIL=1
# makes every device step fail (in this build without CUDA, a device that
# always fails), at -j 1 and at -j 3 (batches after the failure).
fallback() {  # NAME BINARY ARGS...
  name=$1 bin=$2; shift 2
  SNAG_GPU_FAIL=1; export SNAG_GPU_FAIL
  compare "$name" gpu "$bin" "$@"
  unset SNAG_GPU_FAIL
  if grep -q 'run on the host instead' "$T/gpu.err"; then passed=$((passed + 1)); echo "$name-said: ok"
  else failed=$((failed + 1)); echo "FAIL $name-said: stderr does not say the batch ran on the host"; fi
}
fallback gpu-fallback-fixtures-j1 "$SNAG" "$ROOT/tests/fixtures" -j 1
fallback gpu-fallback-many-j3 "$SNAG" "$T/edge/many" -j 3
compare gpu-host-fixtures-j1 gpu-host "$SNAG" "$ROOT/tests/fixtures" -j 1
if [ -n "$STD" ]; then
  compare gpu-host-stdlib gpu-host "$SNAG" "$STD"
else
  echo "SKIP gpu-host-stdlib: no Python 3.11 standard library found"
fi
# The binding table against the semantic model: built from the nodes alone
# (gpu/sites.c: scope links + pointer jumping, every identifier classified,
# sites compacted, radix-sorted by (scope, name) and reduced) — every node's
# scope, every scope, symbol and reference, and every reference resolved
# alike, reference by reference.
for corpus in "$ROOT/tests/fixtures" "$ROOT/tests/gpu/pep695.py" $STD; do
  if out=$("$SNAG" debug lookup "$corpus" 2>&1); then
    passed=$((passed + 1)); printf '%s\n' "$out" | tail -n 1 | sed 's/^/lookup-host /'
  else
    failed=$((failed + 1)); echo "FAIL lookup-host $corpus:"; printf '%s\n' "$out" | tail -n 4 | sed 's/^/    /'
  fi
done

# The pipeline resolves every file's references from the table built from
# the nodes; a file whose model had to resolve itself would mean the two
# disagree (the diagnostics could still match, so this is checked apart).
if out=$("$SNAG" bench --backend gpu-host "$ROOT/tests/fixtures" 2>&1) &&
   printf '%s\n' "$out" | grep -q "; 0 files left to their model)"; then
  passed=$((passed + 1)); echo "gpu-host-table: every file resolved from the binding table"
else
  failed=$((failed + 1)); echo "FAIL gpu-host-table:"; printf '%s\n' "$out" | grep resolve | sed 's/^/    /'
fi

GPU_BIN=$(dirname "$SNAG")/snag-gpu
if [ -x "$GPU_BIN" ] && "$GPU_BIN" check --backend gpu --exit-zero -q "$ROOT/examples" >/dev/null 2>&1; then
  compare gpu-device-fixtures gpu "$GPU_BIN" "$ROOT/tests/fixtures"
  fallback gpu-device-fallback "$GPU_BIN" "$ROOT/tests/fixtures" -j 3
  [ -n "$STD" ] && compare gpu-device-stdlib gpu "$GPU_BIN" "$STD"
  for corpus in "$ROOT/tests/fixtures" "$ROOT/tests/gpu/pep695.py" $STD; do
    if out=$("$GPU_BIN" debug lookup --device "$corpus" 2>&1); then
      passed=$((passed + 1)); printf '%s\n' "$out" | tail -n 1 | sed 's/^/lookup-device /'
    else
      failed=$((failed + 1)); echo "FAIL lookup-device $corpus:"; printf '%s\n' "$out" | tail -n 4 | sed 's/^/    /'
    fi
  done
else
  echo "SKIP gpu-device: no build/snag-gpu with a CUDA device here (the host reference was compared)"
fi
echo "gpu: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
