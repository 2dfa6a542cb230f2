#!/usr/bin/env bash
# Run every held-out entry and check its exit status and last line of output.
set -u
export PYTHONDONTWRITEBYTECODE=1
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
FAMILIES="unbound mutable_defaults class_attributes late_binding iterating locks pickling del_cycles"
passed=0
failed=0

check_one() {
    local label="$1" expected="$2" out="$3" rc="$4"
    local last
    last="$(printf '%s\n' "$out" | tail -n 1)"
    if [ "$rc" -eq 0 ] && [ "$last" = "$expected" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $label (rc=$rc, last line: '$last', expected '$expected')"
    fi
}

for fam in $FAMILIES; do
    dir="$ROOT/$fam"
    if [ ! -d "$dir" ]; then
        failed=$((failed + 1))
        echo "FAIL: $fam (missing family folder)"
        continue
    fi
    for entry in "$dir"/*; do
        name="$(basename "$entry")"
        case "$name" in
            bug_*.py) expected="BUG SHOWN" ;;
            ok_*.py) expected="OK" ;;
            xmod_*) expected="BUG SHOWN" ;;
            *) continue ;;
        esac
        if [ -d "$entry" ]; then
            if [ ! -f "$entry/RUN" ]; then
                failed=$((failed + 1))
                echo "FAIL: $fam/$name (no RUN file)"
                continue
            fi
            cmd="$(head -n 1 "$entry/RUN")"
            out="$(cd "$entry" && timeout 60 bash -c "$cmd" 2>&1)"
            rc=$?
        else
            out="$(cd "$dir" && timeout 60 python3 "$name" 2>&1)"
            rc=$?
        fi
        check_one "$fam/$name" "$expected" "$out" "$rc"
    done
done

find "$ROOT" -name __pycache__ -type d -prune -exec rm -rf {} +

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
