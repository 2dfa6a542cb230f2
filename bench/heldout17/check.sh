#!/usr/bin/env bash
# Run every held-out program and check its exit status and last output line.
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")" || exit 2
ROOT="$(pwd)"
FAMILIES="unbound mutable_defaults class_attributes late_binding iterating locks pickling del_cycles"
pass=0
fail=0
for fam in $FAMILIES; do
    if [ ! -d "$ROOT/$fam" ]; then
        echo "FAIL: $fam (missing family folder)"
        fail=$((fail + 1))
        continue
    fi
    for entry in "$ROOT/$fam"/bug_* "$ROOT/$fam"/xmod_* "$ROOT/$fam"/ok_*; do
        [ -e "$entry" ] || continue
        name="$(basename "$entry")"
        case "$name" in
            ok_*) expected="OK" ;;
            *) expected="BUG SHOWN" ;;
        esac
        if [ -d "$entry" ]; then
            if [ ! -f "$entry/RUN" ]; then
                echo "FAIL: $fam/$name (no RUN file)"
                fail=$((fail + 1))
                continue
            fi
            cmd="$(head -n 1 "$entry/RUN")"
            out="$(cd "$entry" && timeout 60 bash -c "$cmd" 2>/dev/null)"
            rc=$?
        else
            out="$(cd "$ROOT/$fam" && timeout 60 python3 "$name" 2>/dev/null)"
            rc=$?
        fi
        last="$(printf '%s\n' "$out" | tail -n 1)"
        if [ "$rc" -ne 0 ]; then
            echo "FAIL: $fam/$name (exit $rc)"
            fail=$((fail + 1))
        elif [ "$last" != "$expected" ]; then
            echo "FAIL: $fam/$name (last line '$last', expected '$expected')"
            fail=$((fail + 1))
        else
            pass=$((pass + 1))
        fi
    done
done
find "$ROOT" -name __pycache__ -type d -prune -exec rm -rf {} + 2>/dev/null
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
