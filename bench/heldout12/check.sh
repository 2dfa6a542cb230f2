#!/usr/bin/env bash
# Runs every program listed in MANIFEST.tsv and checks exit code + last line.
cd "$(dirname "$0")" || exit 2
pass=0; fail=0
while IFS=$'\t' read -r path family kind shape; do
  [ "$path" = "path" ] && continue
  if [ "$kind" = bug ]; then want="BUG SHOWN"; else want="OK"; fi
  if [ -d "$path" ]; then
    out=$(cd "$path" && timeout 30 bash -c "$(cat RUN)" 2>&1 </dev/null); rc=$?
  else
    out=$(cd "$(dirname "$path")" && timeout 30 python3 "$(basename "$path")" 2>&1 </dev/null); rc=$?
  fi
  last=$(printf '%s\n' "$out" | tail -n 1)
  if [ $rc -eq 0 ] && [ "$last" = "$want" ]; then
    pass=$((pass+1))
  else
    fail=$((fail+1)); echo "FAIL: $path (rc=$rc, last=$last)"
  fi
done < MANIFEST.tsv
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
