#!/usr/bin/env bash
# Run every held-out entry and check exit status and last output line.
cd "$(dirname "$0")" || exit 2
export PYTHONDONTWRITEBYTECODE=1
pass=0
fail=0
for fam in unbound mutable_defaults class_attributes late_binding iterating locks pickling del_cycles; do
    for entry in "$fam"/*; do
        name=$(basename "$entry")
        case "$name" in
            bug_*|xmod_*) want="BUG SHOWN" ;;
            ok_*) want="OK" ;;
            *) continue ;;
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
        if [ "$rc" -eq 0 ] && [ "$last" = "$want" ]; then
            pass=$((pass + 1))
        else
            echo "FAIL: $entry (rc=$rc, last line: '$last', expected '$want')"
            fail=$((fail + 1))
        fi
    done
done
find . -name __pycache__ -type d -prune -exec rm -rf {} +
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
