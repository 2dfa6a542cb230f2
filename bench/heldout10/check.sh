#!/bin/sh
# Runs every program in this set and checks its exit code and final line.
cd "$(dirname "$0")" || exit 2
passed=0
failed=0
for fam in unbound mutable_defaults class_attributes late_binding iterating locks pickling del_cycles; do
    for entry in "$fam"/*; do
        name=$(basename "$entry")
        case "$name" in
            ok_*) want="OK" ;;
            bug_*|xmod_*) want="BUG SHOWN" ;;
            *) continue ;;
        esac
        if [ -d "$entry" ]; then
            [ -f "$entry/RUN" ] || { echo "FAIL $entry (no RUN)"; failed=$((failed+1)); continue; }
            out=$(cd "$entry" && timeout 30 sh -c "$(cat RUN)" 2>/dev/null)
            rc=$?
        else
            out=$(cd "$fam" && timeout 30 python3 "$name" 2>/dev/null)
            rc=$?
        fi
        last=$(printf '%s\n' "$out" | tail -n 1)
        if [ "$rc" -eq 0 ] && [ "$last" = "$want" ]; then
            passed=$((passed+1))
        else
            echo "FAIL $entry (rc=$rc, last line: $last)"
            failed=$((failed+1))
        fi
    done
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
