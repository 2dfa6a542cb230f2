#!/usr/bin/env bash
# Runs every program listed under the family directories and checks its final line and exit code.
cd "$(dirname "$0")" || exit 1
pass=0; fail=0
for fam in unbound mutable_defaults class_attributes late_binding iterating locks pickling del_cycles; do
  for entry in "$fam"/bug_*.py "$fam"/ok_*.py "$fam"/xmod_*; do
    [ -e "$entry" ] || continue
    base=$(basename "$entry")
    case "$base" in ok_*) want="OK" ;; *) want="BUG SHOWN" ;; esac
    if [ -d "$entry" ]; then
      out=$(cd "$entry" && timeout 30 bash -c "$(cat RUN)" 2>&1); rc=$?
    else
      out=$(cd "$fam" && timeout 30 python3 "$base" 2>&1); rc=$?
    fi
    last=$(printf '%s\n' "$out" | tail -n 1)
    if [ $rc -eq 0 ] && [ "$last" = "$want" ]; then
      pass=$((pass+1))
    else
      fail=$((fail+1)); echo "FAIL $entry (rc=$rc): $last"
    fi
  done
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
