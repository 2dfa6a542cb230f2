# Sourced by tests/cli/run.sh (uses its helpers, $T, $ROOT and $SNAG).
# shellcheck shell=sh disable=SC2034,SC2016
# Issue 17: the flow analysis' memory is linear in the file, and a file
# over its budget (--max-analysis-facts) is one SNG002 finding while the
# run goes on. The inputs are generated here; each run is under `ulimit -v`
# so the quadratic memory of a regression aborts (a dense bitset over every
# name per statement took 670 MB for the 50,000 lines below, 10 GB for
# 200,000, and 257 MB for the 30,000-line function; now under 60 MB)
# instead of passing slowly. `SNAG_CLI_PART=analysis_budget`
# runs this part alone.

in_dir analysis-budget
# 50,000 module-level names, one statement each (0.7 MB of source)
python3 -c 'import sys; sys.stdout.write("".join("C%d = %d\n" % (i, i) for i in range(50000)))' >names.py
# a function of 30,000 statements, each reading the name the one before bound
python3 -c 'import sys; sys.stdout.write("def f():\n    x0 = 0\n" + "".join("    x%d = x%d\n" % (i, i - 1) for i in range(1, 30001)) + "    return x30000\n")' >chain.py
# 20,000 branches over 20,000 names: past the default budget
python3 -c 'import sys; sys.stdout.write("def f(c):\n    x0 = 0\n" + "".join("    if c: x%d = x%d\n" % (i, i - 1) for i in range(1, 20001)) + "    return x20000\n")' >branches.py

# A sanitizer build maps terabytes of shadow memory: no limit there (the
# outputs are still checked).
budget_limit=200000
# shellcheck disable=SC3045  # ulimit -v: dash and bash have it; checked here
if grep -q -a -e __asan_init -e __tsan_init "$SNAG"; then
  budget_limit=unlimited
  skip budget-memory-limit "a sanitizer build: the runs below are not under ulimit -v"
elif ! (ulimit -v 1000000) 2>/dev/null; then
  budget_limit=unlimited
  skip budget-memory-limit "this sh has no ulimit -v: the runs below are not under a memory limit"
fi
budget_run() {  # ARGS...: snag under a 200 MB address-space limit
  last="ulimit -v $budget_limit; snag $*"
  # shellcheck disable=SC3045
  (ulimit -v "$budget_limit" && exec timeout 60 "$SNAG" "$@") </dev/null >"$T/.out" 2>"$T/.err"
  rc=$?
  out=$(cat "$T/.out")
  err=$(cat "$T/.err")
}

budget_run check -j1 --output-format concise names.py
expect_rc budget-module-names-memory 0
expect_out budget-module-names-clean 'All checks passed!'
budget_run check -j1 --output-format concise chain.py
expect_rc budget-function-chain-memory 0
expect_out budget-function-chain-clean 'All checks passed!'

# The default budget stops the pathological shape before it allocates.
budget_run check -j1 --output-format concise branches.py
expect_rc budget-default-limit-rc 1
expect_re budget-default-limit-finding '^branches\.py:1:5: SNG002 too large or too complex to analyse: the flow analysis needs more facts \(basic blocks x names\) than allowed per file, reached at `f`; .* \(limit 67108864; raise it with `--max-analysis-facts`\)$'
expect_codes budget-default-limit-only SNG002

# A lowered limit on a small file: SNG002 names the limit and the setting,
# the other rules still run on that file, and the next file (smaller) is
# linted in full. Raised again, the same file gets its findings back.
python3 -c 'import sys; sys.stdout.write("def f(c):\n" + "".join("    if c:\n        x%d = 1\n" % i for i in range(12)) + "    del x0\n    return x0, " + ", ".join("x%d" % i for i in range(1, 12)) + "\n\n\ndef g(a, b=[]):\n    b.append(a)\n")' >small.py
mkf other.py 'def h():\n    print(y)\n    y = 1\n'
run check -j1 --isolated --output-format concise --max-analysis-facts 1000 small.py other.py
expect_rc budget-lowered-rc 1
expect_line budget-lowered-finding 'small.py:1:5: SNG002 too large or too complex to analyse: the flow analysis needs more facts (basic blocks x names) than allowed per file, reached at `f`; SNG101, SNG102, SNG103 and SNG108 skip this file (limit 1000; raise it with `--max-analysis-facts`)'
expect_re budget-lowered-run-goes-on '^small\.py:30:12: SNG201 '
expect_no_re budget-lowered-no-flow-findings '^small\.py:[0-9]+:[0-9]+: SNG10[1-8] '
expect_re budget-lowered-next-file '^other\.py:2:11: SNG101 '
run check -j1 --isolated --output-format concise --select SNG101,SNG102,SNG201 small.py
expect_codes budget-default-codes 'SNG101 SNG102 SNG201'
# The correlated-conditions search draws on the same budget: 200 reads that
# may be unbound, each searched for a test that rules its path out. Over
# the limit mid-way, the findings already made go too (a cut-short search
# reports what it could not rule out) and SNG002 takes their place.
python3 -c 'import sys; sys.stdout.write("def f(c):\n    if c:\n" + "".join("        x%d = 1\n" % i for i in range(200)) + "".join("    print(x%d)\n" % i for i in range(200)))' >reads.py
run check -j1 --isolated --output-format concise --select SNG102 --max-analysis-facts 5000 reads.py
expect_codes budget-search-over-codes SNG002
expect_re budget-search-over-finding '^reads\.py:1:5: SNG002 too large or too complex to analyse: .*reached at `f`.*\(limit 5000; '
run check -j1 --isolated --output-format concise --select SNG102 reads.py
if [ "$(grep -c ': SNG102 ' "$T/.out")" = 200 ]; then ok; else bad budget-search-default "200 SNG102 findings under the default budget"; fi
run check --max-analysis-facts 0 small.py;    expect_usage_error budget-zero max-analysis-facts
run check --max-analysis-facts 1e9 small.py;  expect_usage_error budget-not-a-number max-analysis-facts
run check --max-analysis-facts -5 small.py;   expect_usage_error budget-negative max-analysis-facts
cd "$T" || exit 2

# A file too big for the memory there is (here a 4.2 MB file, the size
# limit raised, under a 400 MB ulimit -v) is SNG002 "too large or too
# complex to analyse", not an allocation failure that aborts the run; the
# next file is still linted.
if [ "$budget_limit" != unlimited ]; then
  python3 -c 'open("huge.py", "w").write("x = 1\n" * 700000)'
  printf 'def f(a=[]):\n    a.append(1)\n' >after.py
  budget_limit=400000 budget_run check -j1 --max-file-size 100000000 huge.py after.py
  expect_rc budget-memory-guard-rc 1
  expect_re budget-memory-guard-finding '^huge\.py:1:1: SNG002 too large or too complex to analyse: 4200000 bytes need about [0-9]+ MB'
  expect_re budget-memory-guard-next-file '^after\.py:1:9: SNG201 '
fi
