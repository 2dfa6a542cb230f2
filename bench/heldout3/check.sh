#!/usr/bin/env bash
# Runs every program in this set and checks its exit code and final line.
cd "$(dirname "$0")" || exit 2
pass=0
fail=0
run_one() {
    local label=$1 expect=$2 dir=$3
    shift 3
    local out rc
    out=$(cd "$dir" && timeout 30 "$@" 2>&1)
    rc=$?
    if [ $rc -eq 0 ] && [ "$(printf '%s\n' "$out" | tail -n 1)" = "$expect" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $label (rc=$rc): $(printf '%s\n' "$out" | tail -n 3)"
    fi
}
for fam in unbound mutable_defaults class_attributes late_binding iterating locks pickling del_cycles; do
    for f in "$fam"/bug_*.py "$fam"/ok_*.py; do
        [ -e "$f" ] || continue
        case $(basename "$f") in
            bug_*) expect="BUG SHOWN" ;;
            *) expect="OK" ;;
        esac
        run_one "$f" "$expect" "$fam" python3 "$(basename "$f")"
    done
    for d in "$fam"/xmod_*/; do
        [ -d "$d" ] || continue
        run_one "${d%/}" "BUG SHOWN" "$d" bash -c "$(cat "$d/RUN")"
    done
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
