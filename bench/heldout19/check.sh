#!/usr/bin/env bash
# Run every entry in this held-out set and check its last line of output.
cd "$(dirname "$0")" || exit 2
export PYTHONDONTWRITEBYTECODE=1
pass=0
fail=0
for fam in unbound mutable_defaults class_attributes late_binding iterating locks pickling del_cycles; do
  for entry in "$fam"/bug_*.py "$fam"/xmod_* "$fam"/ok_*.py; do
    [ -e "$entry" ] || continue
    name=$(basename "$entry")
    case "$name" in
      ok_*) expected="OK" ;;
      *) expected="BUG SHOWN" ;;
    esac
    if [ -d "$entry" ]; then
      if [ ! -f "$entry/RUN" ]; then
        echo "FAIL: $entry (no RUN file)"; fail=$((fail + 1)); continue
      fi
      cmd=$(head -n 1 "$entry/RUN")
      out=$(cd "$entry" && timeout 60 bash -c "$cmd" 2>&1)
      rc=$?
    else
      out=$(cd "$fam" && timeout 60 python3 "$name" 2>&1)
      rc=$?
    fi
    last=$(printf '%s\n' "$out" | tail -n 1)
    if [ "$rc" -eq 0 ] && [ "$last" = "$expected" ]; then
      pass=$((pass + 1))
    else
      echo "FAIL: $entry (rc=$rc, last line: '$last', expected '$expected')"
      fail=$((fail + 1))
    fi
  done
done
find . -name __pycache__ -type d -prune -exec rm -rf {} +
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
