#!/usr/bin/env bash
# Runs every program in the set and checks its exit code and final line.
cd "$(dirname "$0")" || exit 1
export PYTHONDONTWRITEBYTECODE=1
passed=0
failed=0
for family in unbound locks pickling; do
    for entry in "$family"/bug_*.py "$family"/ok_*.py "$family"/xmod_*; do
        [ -e "$entry" ] || continue
        name=$(basename "$entry")
        case "$name" in
            ok_*) expected="OK" ;;
            *) expected="BUG SHOWN" ;;
        esac
        if [ -d "$entry" ]; then
            out=$(cd "$entry" && timeout 30 bash RUN 2>/dev/null)
            rc=$?
        else
            out=$(cd "$family" && timeout 30 python3 "$name" 2>/dev/null)
            rc=$?
        fi
        if [ "$rc" -eq 0 ] && [ "$out" = "$expected" ]; then
            passed=$((passed + 1))
        else
            failed=$((failed + 1))
            echo "FAIL: $entry (rc=$rc, output: $out)"
        fi
    done
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
