#!/usr/bin/env bash
# Run every entry and check exit status and last line of output.
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")" || exit 2
ROOT=$(pwd)
pass=0
fail=0
for fam in unbound mutable_defaults class_attributes late_binding iterating locks pickling del_cycles; do
    for entry in "$ROOT/$fam"/*; do
        name=$(basename "$entry")
        case "$name" in
            bug_*.py|xmod_*) want="BUG SHOWN" ;;
            ok_*.py) want="OK" ;;
            *) continue ;;
        esac
        if [ -d "$entry" ]; then
            if [ ! -f "$entry/RUN" ]; then
                echo "FAIL: $fam/$name (no RUN file)"; fail=$((fail+1)); continue
            fi
            out=$(cd "$entry" && timeout 60 bash -c "$(head -n1 RUN)" 2>&1)
            rc=$?
        else
            out=$(cd "$ROOT/$fam" && timeout 60 python3 "$name" 2>&1)
            rc=$?
        fi
        last=$(printf '%s\n' "$out" | tail -n1)
        if [ "$rc" -eq 0 ] && [ "$last" = "$want" ]; then
            pass=$((pass+1))
        else
            echo "FAIL: $fam/$name (rc=$rc, last line: '$last', want '$want')"
            fail=$((fail+1))
        fi
    done
done
find "$ROOT" -name __pycache__ -type d -prune -exec rm -rf {} +
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
