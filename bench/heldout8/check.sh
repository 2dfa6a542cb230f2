#!/usr/bin/env bash
# Runs every program (and each xmod RUN) and checks its exit code and output line.
cd "$(dirname "$0")" || exit 1
export PYTHONDONTWRITEBYTECODE=1
passed=0
failed=0

check() {
    local label=$1 expected=$2 out=$3 rc=$4
    if [ "$rc" -eq 0 ] && [ "$out" = "$expected" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $label (rc=$rc) output: $out" >&2
    fi
}

for family in mutable_defaults class_attributes iterating; do
    for file in "$family"/bug_*.py "$family"/ok_*.py; do
        [ -e "$file" ] || continue
        case "$(basename "$file")" in bug_*) expected="BUG SHOWN" ;; *) expected="OK" ;; esac
        out=$(cd "$family" && timeout 20 python3 "$(basename "$file")" 2>&1)
        check "$file" "$expected" "$out" $?
    done
    for dir in "$family"/xmod_*/; do
        [ -e "$dir/RUN" ] || continue
        out=$(cd "$dir" && timeout 20 bash -c "$(cat RUN)" 2>&1)
        check "${dir%/}" "BUG SHOWN" "$out" $?
    done
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
