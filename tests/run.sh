#!/bin/sh
# Runs every test suite and prints one closing line "N passed, M failed".
#   unit      C unit tests, fixtures (inline `# expect:`), rule-doc examples
#   oracle    fixtures marked `# snag-test: run` executed by python3 (their
#             asserts show that what snag flags really misbehaves), and
#             `# snag-test: syntax-error` ones that CPython must reject
#   cli       the snag command end to end (tests/cli/run.sh)
#   lsp       snag server driven by a real LSP client library, hostile input,
#             incremental == fresh parses, and headless Neovim (tests/lsp)
#   gpu       the GPU path's diagnostics equal the CPU path's (tests/gpu)
#   fuzz      a smoke run of each libFuzzer harness (tests/fuzz) over its
#             seeds and regression inputs, ASan + UBSan (SKIP without clang)
#   rules.md  the committed rules.md equals `snag rules --format markdown`
BUILD=${BUILD:-build}
SNAG=$BUILD/snag
passed=0
failed=0

count() {  # parse "name: N passed, M failed" from a suite's output
  line=$(printf '%s\n' "$1" | grep -E '[0-9]+ passed, [0-9]+ failed' | tail -n 1)
  p=$(printf '%s' "$line" | sed -E 's/.* ([0-9]+) passed.*/\1/')
  f=$(printf '%s' "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
  if [ -z "$line" ]; then p=0; f=1; fi
  passed=$((passed + p))
  failed=$((failed + f))
}

echo "== unit tests"
out=$("$BUILD/unit-tests" 2>&1); rc=$?
printf '%s\n' "$out" | grep -E 'FAIL|unexpected|missing|CHECK|passed' | head -200
count "$out"
[ $rc -eq 0 ] || [ "$f" -gt 0 ] || failed=$((failed + 1))

echo "== python oracle (fixtures marked # snag-test: run | syntax-error)"
op=0; of=0
for f in $(find tests/fixtures -name '*.py' | sort); do
  mode=$(head -n 1 "$f" | sed -n 's/^# snag-test: \([a-z-]*\).*/\1/p')
  case $mode in
    run)  # runs cleanly: its asserts demonstrate the flagged bugs
      if res=$(python3 "$f" 2>&1); then op=$((op + 1)); else
        of=$((of + 1)); echo "FAIL oracle $f"; printf '%s\n' "$res" | tail -n 5; fi ;;
    syntax-error)  # CPython's compiler rejects it (SNG001/SNG104 cases)
      res=$(python3 -c 'import sys; compile(open(sys.argv[1], encoding="utf-8").read(), sys.argv[1], "exec")' "$f" 2>&1)
      if printf '%s' "$res" | grep -q 'SyntaxError'; then op=$((op + 1)); else
        of=$((of + 1)); echo "FAIL oracle $f: python3 compiled it (expected a SyntaxError)"; fi ;;
  esac
done
echo "oracle: $op passed, $of failed"
passed=$((passed + op)); failed=$((failed + of))

echo "== cli tests"
if [ -f tests/cli/run.sh ]; then
  out=$(sh tests/cli/run.sh "$SNAG" 2>&1)
  printf '%s\n' "$out" | grep -E '^FAIL|^SKIP|passed' | head -100
  count "$out"
fi

echo "== language server (tests/lsp: a real LSP client, hostile input, incremental == fresh, Neovim)"
for t in "node tests/lsp/client.test.js $SNAG" "python3 tests/lsp/fuzz.py $SNAG ${SNAG_FUZZ_SECONDS:-3}" \
         "sh tests/lsp/nvim.sh $SNAG"; do
  out=$($t 2>&1)
  printf '%s\n' "$out" | grep -E '^FAIL|^SKIP|passed' | head -40
  count "$out"
done

echo "== GPU path == CPU path (tests/gpu)"
out=$(sh tests/gpu/equivalence.sh "$SNAG" 2>&1)
printf '%s\n' "$out" | grep -E '^FAIL|^SKIP|identical|^lookup|passed' | head -40
count "$out"

echo "== fuzz smoke run (tests/fuzz: libFuzzer harnesses under ASan + UBSan; make fuzz runs them longer)"
out=$(sh tests/fuzz/run.sh "${FUZZ_BUILD:-build-fuzz}" smoke 2>&1)
printf '%s\n' "$out" | grep -E '^FAIL|^SKIP|^    |^fuzz' | head -40
count "$out"

echo "== the tree walk (parser/tswalk.h) builds the cursor's FlatTree, node for node"
STD=
for d in /root/.pyenv/versions/3.11.7/lib/python3.11 /usr/lib/python3.11; do [ -d "$d" ] && STD=$d && break; done
# shellcheck disable=SC2086  # $STD: none or one path
if out=$("$SNAG" debug walk tests/fixtures examples bench tests/gpu/pep695.py $STD 2>&1); then
  printf '%s\n' "$out" | tail -n 1
  echo "walk: 1 passed, 0 failed"
  passed=$((passed + 1))
else
  echo "FAIL the tree walk's FlatTree differs from the cursor's:"
  printf '%s\n' "$out" | tail -n 5
  failed=$((failed + 1))
fi

echo "== rules.md is generated from the rules' metadata"
if "$SNAG" rules --format markdown | diff -u rules.md - >/dev/null; then
  echo "rules.md: 1 passed, 0 failed"
  passed=$((passed + 1))
else
  echo "FAIL rules.md is stale: run \`make rules.md\` and commit it"
  "$SNAG" rules --format markdown | diff -u rules.md - | head -20
  failed=$((failed + 1))
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
