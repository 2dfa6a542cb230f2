#!/usr/bin/env bash
# Runs every program in the held-out set and checks its exit code and output.
cd "$(dirname "$0")" || exit 2
pass=0
fail=0
for fam in unbound mutable_defaults class_attributes late_binding iterating locks pickling del_cycles; do
  for entry in "$fam"/*; do
    name=$(basename "$entry")
    case "$name" in
      ok_*) want="OK" ;;
      bug_*|xmod_*) want="BUG SHOWN" ;;
      *) continue ;;
    esac
    if [ -d "$entry" ]; then
      [ -f "$entry/RUN" ] || { echo "FAIL $entry (no RUN)"; fail=$((fail+1)); continue; }
      out=$(cd "$entry" && timeout 30 bash -c "$(cat RUN)" 2>/tmp/heldout2_err.$$)
      rc=$?
    else
      case "$name" in *.py) ;; *) continue ;; esac
      out=$(cd "$fam" && timeout 30 python3 "$name" 2>/tmp/heldout2_err.$$)
      rc=$?
    fi
    if [ "$rc" -eq 0 ] && [ "$out" = "$want" ]; then
      pass=$((pass+1))
    else
      fail=$((fail+1))
      echo "FAIL $entry (rc=$rc, stdout=$(printf '%q' "$out"))"
      sed 's/^/    /' /tmp/heldout2_err.$$ | tail -5
    fi
  done
done
rm -f /tmp/heldout2_err.$$
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
