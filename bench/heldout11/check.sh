#!/usr/bin/env bash
# Runs every program in this set and checks its exit code and final line.
cd "$(dirname "$0")" || exit 2
export PYTHONDONTWRITEBYTECODE=1
pass=0
fail=0
FAMILIES="unbound mutable_defaults class_attributes late_binding iterating locks pickling del_cycles"

check() {
    local label=$1 expected=$2 rc=$3 out=$4
    local last
    last=$(printf '%s\n' "$out" | tail -n 1)
    if [ "$rc" -eq 0 ] && [ "$last" = "$expected" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $label (rc=$rc, last line: $last)"
    fi
}

for fam in $FAMILIES; do
    for f in "$fam"/*.py; do
        [ -e "$f" ] || continue
        name=$(basename "$f")
        case "$name" in
            ok_*) expected="OK" ;;
            *) expected="BUG SHOWN" ;;
        esac
        out=$(cd "$fam" && timeout 30 python3 "$name" 2>&1)
        check "$f" "$expected" $? "$out"
    done
    for d in "$fam"/xmod_*/; do
        [ -d "$d" ] || continue
        if [ ! -f "$d/RUN" ]; then
            fail=$((fail + 1)); echo "FAIL $d (no RUN)"; continue
        fi
        out=$(cd "$d" && timeout 30 sh -c "$(cat RUN)" 2>&1)
        check "${d%/}" "BUG SHOWN" $? "$out"
    done
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
