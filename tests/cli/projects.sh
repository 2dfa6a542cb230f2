# Sourced by tests/cli/run.sh (uses its helpers, $T, $ROOT and $SNAG).
# shellcheck shell=sh disable=SC2034,SC2016
# Small multi-file programs (tests/projects/NAME/): a call in one module
# into a function or class of another (analyses/project.h). For each:
#  - python3 runs the program's RUN command in its directory: it asserts
#    each bug happens (Python is the oracle);
#  - `snag check` over the directory reports exactly the `# expect: SNGnnn`
#    lines of its files (the others are must-not-flag cases);
#  - each file checked alone, in any directory, gets the same findings:
#    imports are resolved from the file's place on disk, not from the
#    files the run was given.

for dir in "$ROOT"/tests/projects/*/; do
  name=$(basename "$dir")
  if [ -f "$dir/RUN" ]; then
    (cd "$dir" && PYTHONDONTWRITEBYTECODE=1 sh ./RUN) >"$T/.py.out" 2>&1
    if [ $? -eq 0 ]; then ok; else bad "project-$name-python" "RUN failed: $(tail -3 "$T/.py.out")"; fi
  else
    bad "project-$name-run" "no RUN file"
  fi
  cd "$dir" || exit 2
  run check --isolated --output-format concise --no-respect-gitignore .
  expect_rc01 "project-$name-rc"
  python3 - "$T/.out" <<'PY' >"$T/.cmp" 2>&1
import os, re, sys
found = set()
for line in open(sys.argv[1]):
    m = re.match(r"(?:\./)?(.+?):(\d+):\d+: (SNG\d+)", line)
    if m:
        found.add((m.group(1), int(m.group(2)), m.group(3)))
want = set()
for root, _, files in os.walk("."):
    for f in files:
        if not f.endswith(".py"):
            continue
        path = os.path.relpath(os.path.join(root, f))
        for n, text in enumerate(open(path, encoding="utf-8"), 1):
            for code in re.findall(r"# expect: (SNG\d+)", text):
                want.add((path, n, code))
for x in sorted(want - found):
    print("missing  %s:%d %s" % x)
for x in sorted(found - want):
    print("unwanted %s:%d %s" % x)
PY
  if [ -s "$T/.cmp" ]; then bad "project-$name-findings" "$(cat "$T/.cmp")"; else ok; fi
  # alone: the same lines for each file
  cp "$T/.out" "$T/.all"
  for f in $(find . -name '*.py' | sort); do
    run check --isolated --output-format concise --no-respect-gitignore "$f"
    grep -F "${f#./}:" "$T/.all" | sed 's|^\./||' | sort >"$T/.want"
    sed 's|^\./||' "$T/.out" | grep -F "${f#./}:" | sort >"$T/.got"
    if cmp -s "$T/.want" "$T/.got"; then ok; else bad "project-$name-alone-$f" "differs from the whole run"; fi
  done
  # from another working directory: paths in messages follow it, findings do not
  cd "$T" || exit 2
  run check --isolated --output-format concise --no-respect-gitignore "$dir"
  if [ "$(grep -c ': SNG' "$T/.out")" = "$(grep -c ': SNG' "$T/.all")" ]; then ok
  else bad "project-$name-elsewhere" "a different number of findings from another directory"; fi
done
cd "$ROOT" || true
