#!/usr/bin/env bash
# Run every entry and check its exit status and last line of output.
cd "$(dirname "$0")" || exit 2
export PYTHONDONTWRITEBYTECODE=1
passed=0
failed=0
families="unbound mutable_defaults class_attributes late_binding iterating locks pickling del_cycles"
for fam in $families; do
    for entry in "$fam"/*; do
        name=$(basename "$entry")
        case "$name" in
            bug_*.py|xmod_*) want="BUG SHOWN" ;;
            ok_*.py) want="OK" ;;
            *) continue ;;
        esac
        if [ -d "$entry" ]; then
            if [ ! -f "$entry/RUN" ]; then
                echo "FAIL: $entry (no RUN file)"; failed=$((failed + 1)); continue
            fi
            cmd=$(head -n 1 "$entry/RUN")
            out=$(cd "$entry" && timeout 60 bash -c "$cmd" 2>&1)
            rc=$?
        else
            out=$(cd "$fam" && timeout 60 python3 "$name" 2>&1)
            rc=$?
        fi
        last=$(printf '%s\n' "$out" | tail -n 1)
        if [ "$rc" -eq 0 ] && [ "$last" = "$want" ]; then
            passed=$((passed + 1))
        else
            echo "FAIL: $entry (rc=$rc, last line: '$last', expected '$want')"
            failed=$((failed + 1))
        fi
    done
done
find . -name __pycache__ -type d -prune -exec rm -rf {} +
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
