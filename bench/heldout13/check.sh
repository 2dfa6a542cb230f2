#!/usr/bin/env bash
# Runs every program in this set and checks exit code plus the expected last line.
cd "$(dirname "$0")" || exit 2
passed=0
failed=0
check() {
    local label=$1 expected=$2 dir=$3 cmd=$4
    local out rc
    out=$(cd "$dir" && timeout 30 bash -c "$cmd" 2>&1)
    rc=$?
    if [ "$rc" -eq 0 ] && [ "$out" = "$expected" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $label (rc=$rc)"
        printf '%s\n' "$out" | tail -n 5 | sed 's/^/    /'
    fi
}
for family in unbound mutable_defaults class_attributes late_binding iterating locks pickling del_cycles; do
    for entry in "$family"/*; do
        name=$(basename "$entry")
        case "$name" in
            bug_*) expected="BUG SHOWN" ;;
            ok_*) expected="OK" ;;
            xmod_*) expected="BUG SHOWN" ;;
            *) continue ;;
        esac
        if [ -d "$entry" ]; then
            check "$entry" "$expected" "$entry" "$(cat "$entry/RUN")"
        else
            check "$entry" "$expected" "$family" "python3 $name"
        fi
    done
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
