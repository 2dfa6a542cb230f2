#!/bin/sh
# Runs every program in this held-out set and checks its exit code and output.
cd "$(dirname "$0")" || exit 2
ROOT=$(pwd)
passed=0
failed=0
export PYTHONDONTWRITEBYTECODE=1

check() {
    label=$1; expected=$2; out=$3; rc=$4
    if [ "$rc" -eq 0 ] && [ "$out" = "$expected" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $label (rc=$rc, stdout=$(printf '%s' "$out" | tr '\n' '|'))"
    fi
}

for family in unbound mutable_defaults class_attributes late_binding iterating locks pickling del_cycles; do
    for entry in "$ROOT/$family"/*; do
        name=$(basename "$entry")
        case "$name" in
            ok_*) expected="OK" ;;
            bug_*|xmod_*) expected="BUG SHOWN" ;;
            *) continue ;;
        esac
        if [ -d "$entry" ]; then
            [ -f "$entry/RUN" ] || { check "$family/$name" "$expected" "missing RUN" 1; continue; }
            out=$(cd "$entry" && timeout 30 sh ./RUN 2>/dev/null)
            rc=$?
        else
            case "$name" in *.py) ;; *) continue ;; esac
            out=$(cd "$ROOT/$family" && timeout 30 python3 "$name" 2>/dev/null)
            rc=$?
        fi
        check "$family/$name" "$expected" "$out" "$rc"
    done
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
