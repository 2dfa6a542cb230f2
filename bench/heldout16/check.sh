#!/usr/bin/env bash
# Run every held-out entry and check exit status and last output line.
cd "$(dirname "$0")" || exit 2
export PYTHONDONTWRITEBYTECODE=1
passed=0
failed=0
families="unbound mutable_defaults class_attributes late_binding iterating locks pickling del_cycles"
for fam in $families; do
    for entry in "$fam"/bug_* "$fam"/ok_* "$fam"/xmod_*; do
        [ -e "$entry" ] || continue
        name=$(basename "$entry")
        case "$name" in
            ok_*) expected="OK" ;;
            *) expected="BUG SHOWN" ;;
        esac
        if [ -d "$entry" ]; then
            if [ ! -f "$entry/RUN" ]; then
                echo "FAIL: $entry (no RUN file)"
                failed=$((failed + 1))
                continue
            fi
            cmd=$(head -n 1 "$entry/RUN")
            out=$(cd "$entry" && timeout 60 bash -c "$cmd" 2>/dev/null)
            rc=$?
        else
            out=$(cd "$fam" && timeout 60 python3 "$name" 2>/dev/null)
            rc=$?
        fi
        last=$(printf '%s\n' "$out" | tail -n 1)
        if [ "$rc" -eq 0 ] && [ "$last" = "$expected" ]; then
            passed=$((passed + 1))
        else
            echo "FAIL: $entry (rc=$rc, last line: '$last', expected '$expected')"
            failed=$((failed + 1))
        fi
    done
done
find . -name __pycache__ -type d -prune -exec rm -rf {} +
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
