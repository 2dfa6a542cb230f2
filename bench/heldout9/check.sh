#!/usr/bin/env bash
# Runs every program listed on disk and checks exit code 0 and the expected final line.
cd "$(dirname "$0")" || exit 2
passed=0
failed=0
for fam in unbound mutable_defaults class_attributes late_binding iterating locks pickling del_cycles; do
    for entry in "$fam"/bug_*.py "$fam"/ok_*.py "$fam"/xmod_*; do
        [ -e "$entry" ] || continue
        name=$(basename "$entry")
        case "$name" in
            ok_*) expected="OK" ;;
            *) expected="BUG SHOWN" ;;
        esac
        if [ -d "$entry" ]; then
            out=$(cd "$entry" && timeout 30 bash -c "$(cat RUN)" 2>/dev/null)
        else
            out=$(cd "$fam" && timeout 30 python3 "$name" 2>/dev/null)
        fi
        rc=$?
        last=$(printf '%s\n' "$out" | tail -n 1)
        if [ "$rc" -eq 0 ] && [ "$last" = "$expected" ] && [ "$out" = "$expected" ]; then
            passed=$((passed + 1))
        else
            failed=$((failed + 1))
            echo "FAIL: $entry (rc=$rc, last='$last')"
        fi
    done
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
