# Sourced by tests/cli/run.sh (uses its helpers, $T, $ROOT and $SNAG).
# shellcheck shell=sh disable=SC2034,SC2016
# Shards and merge: `check --shard K/N` on N runners, then `merge` of their
# json or sarif output, prints what one run prints, byte for byte, for N =
# 1, 2 and 7 (some shards of 7 are empty); bad input to either is a usage
# error.

in_dir shard
cp "$ROOT"/examples/*.py . 2>/dev/null
mkdir -p "odd dir/sub"
mkf "odd dir/a b!.py" 'def f(x=[]):\n    x.append(1)\n    return x\n'
mkf "odd dir/a-b.py" 'def g(y={}):\n    y["k"] = 1\n    return y\n'
mkf "odd dir/sub/caf\303\251.py" 'def h(z=set()):\n    z.add(1)\n    return z\n'
mkf clean.py 'x = 1\n'

for fmt in json sarif; do
  "$SNAG" check --no-cache --isolated --exit-zero --select ALL --output-format "$fmt" . >"$T/.one" 2>/dev/null
  for n in 1 2 7; do
    shards=""
    k=1
    while [ "$k" -le "$n" ]; do
      "$SNAG" check --no-cache --isolated --exit-zero --select ALL --shard "$k/$n" --output-format "$fmt" . \
        >"$T/.shard$k" 2>/dev/null
      shards="$shards $T/.shard$k"
      k=$((k + 1))
    done
    # shellcheck disable=SC2086  # one word per shard file
    run merge $shards
    expect_rc "merge-$fmt-$n-rc" 0
    check "merge-$fmt-$n" "the merge of $n $fmt shards is the single run's output, byte for byte" \
      cmp -s "$T/.one" "$T/.out"
  done
done
check shard-disjoint 'every file is in exactly one of 7 shards' sh -c '
  for k in 1 2 3 4 5 6 7; do
    "$1" check --no-cache --isolated --exit-zero --select ALL --shard "$k/7" --output-format json . |
      python3 -c "import json, sys; print(\"\n\".join(sorted({d[\"filename\"] for d in json.load(sys.stdin)})))"
  done | sort | uniq -d | grep -q . && exit 1
  exit 0' - "$SNAG"

run check --isolated --shard 0/3 .
expect_usage_error shard-zero '--shard'
run check --isolated --shard 4/3 .
expect_usage_error shard-over '--shard'
run check --isolated --shard 1/x .
expect_usage_error shard-junk '--shard'
run_in clean.py check --isolated --shard 1/2 -
expect_usage_error shard-stdin 'stdin'

"$SNAG" check --no-cache --isolated --exit-zero --output-format json . >"$T/.j" 2>/dev/null
"$SNAG" check --no-cache --isolated --exit-zero --output-format sarif . >"$T/.s" 2>/dev/null
run merge "$T/.j" "$T/.s"
expect_usage_error merge-mixed 'one format'
"$SNAG" check --no-cache --isolated --exit-zero --statistics --output-format json . >"$T/.st" 2>/dev/null
run merge "$T/.st"
expect_usage_error merge-statistics 'statistics'
mkf garbage.json '{"not": "snag"'
run merge garbage.json
expect_usage_error merge-garbage 'garbage.json'
run merge "$T/.no-such-file"
expect_usage_error merge-missing 'cannot read'
run merge
expect_rc merge-no-args 2
cd "$T" || exit 2
