#!/usr/bin/env bash
# Runs every program in the held-out set and checks its final line and exit code.
cd "$(dirname "$0")" || exit 1
ROOT=$(pwd)
pass=0
fail=0
for fam in unbound mutable_defaults class_attributes late_binding iterating locks pickling del_cycles; do
  for entry in "$ROOT/$fam"/*; do
    name=$(basename "$entry")
    case "$name" in
      ok_*) expect="OK" ;;
      bug_*|xmod_*) expect="BUG SHOWN" ;;
      *) continue ;;
    esac
    if [ -d "$entry" ]; then
      [ -f "$entry/RUN" ] || { echo "FAIL $fam/$name (no RUN)"; fail=$((fail+1)); continue; }
      out=$(cd "$entry" && timeout 30 bash -c "$(cat RUN)" 2>/dev/null)
      rc=$?
    elif [[ "$name" == *.py ]]; then
      out=$(cd "$ROOT/$fam" && timeout 30 python3 "$name" 2>/dev/null)
      rc=$?
    else
      continue
    fi
    last=$(printf '%s\n' "$out" | tail -n 1)
    if [ "$rc" -eq 0 ] && [ "$last" = "$expect" ]; then
      pass=$((pass+1))
    else
      echo "FAIL $fam/$name (rc=$rc, last line: $last)"
      fail=$((fail+1))
    fi
  done
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
