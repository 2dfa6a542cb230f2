#!/bin/sh
# End-to-end tests of the snag command line, from a Ruff/flake8 user's
# point of view: exit codes, error messages, output formats, rule selection,
# noqa, stdin, file discovery, determinism and robustness on hostile input.
#
#   sh tests/cli/run.sh [path/to/snag]      (default: build/snag)
#
# Prints `FAIL <name>: <what differed>` (with the actual output) for each
# failed check, `SKIP <name>: <why>` for a check that cannot run here, and
# ends with exactly one line `cli: N passed, M failed`; exits 1 if M > 0.
# Needs only POSIX sh, coreutils, grep, sed, awk, python3 and git. Every
# scratch file lives under one mktemp -d directory, removed on exit.
# shellcheck disable=SC2016  # single-quoted $ is meant for sh -c and python

SNAG=${1:-build/snag}
case $SNAG in /*) ;; *) SNAG=$(pwd)/$SNAG ;; esac
ROOT=$(cd "$(dirname "$0")/../.." && pwd)

T=$(mktemp -d "${TMPDIR:-/tmp}/snag-cli.XXXXXX") || exit 2
cleanup() { chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
trap 'cleanup; exit 2' INT TERM HUP

# Keep the user's git configuration (a global excludes file, templates) and
# locale out of the results.
: >"$T/.gitconfig"
GIT_CONFIG_GLOBAL=$T/.gitconfig; export GIT_CONFIG_GLOBAL
GIT_CONFIG_NOSYSTEM=1; export GIT_CONFIG_NOSYSTEM
XDG_CONFIG_HOME=$T/.xdg; export XDG_CONFIG_HOME
LC_ALL=C; export LC_ALL
unset NO_COLOR FORCE_COLOR CLICOLOR_FORCE

passed=0
failed=0

# ---- helpers ---------------------------------------------------------------

ok() { passed=$((passed + 1)); }
bad() {  # NAME WHAT: one failed check, with the last run's output
  failed=$((failed + 1))
  {
    printf 'FAIL %s: %s\n' "$1" "$2"
    if [ -n "${last:-}" ]; then
      printf '    last snag command: %s\n    exit status: %s\n' "$last" "$rc"
      if [ -s "$T/.out" ]; then
        echo '    stdout:'; head -n 15 "$T/.out" | sed 's/^/    | /'
      else
        echo '    stdout: (empty)'
      fi
      if [ -s "$T/.err" ]; then
        echo '    stderr:'; head -n 8 "$T/.err" | sed 's/^/    | /'
      fi
    fi
  } | printable
}
printable() {  # keep the report text: invalid UTF-8, NUL and control bytes escaped
  python3 -c 'import re, sys
t = sys.stdin.buffer.read().decode("utf-8", "backslashreplace")
sys.stdout.write(re.sub("[\x00-\x08\x0b-\x1f\x7f]", lambda m: "\\x%02x" % ord(m.group()), t))'
}
skip() { printf 'SKIP %s: %s\n' "$1" "$2"; }

# run ARGS...: runs snag (stdin from /dev/null); sets rc, out, err and keeps
# the exact bytes in $T/.out and $T/.err. A status above 2 (a signal, the
# timeout) or a sanitizer report is counted as a failure of its own.
run() { run_in /dev/null "$@"; }
run_in() {  # FILE ARGS...: like run, with stdin from FILE
  _in=$1; shift
  last="snag $*"
  [ "$_in" = /dev/null ] || last="$last < $(basename "$_in")"
  timeout 60 "$SNAG" "$@" <"$_in" >"$T/.out" 2>"$T/.err"
  rc=$?
  out=$(cat "$T/.out")
  err=$(cat "$T/.err")
  if [ "$rc" -gt 2 ]; then
    bad "no-crash [$last]" "exit status $rc (a crash, a signal or a hang), expected 0, 1 or 2"
  elif grep -q -E 'Sanitizer|runtime error:' "$T/.err"; then
    bad "no-sanitizer-report [$last]" "stderr has a sanitizer report"
  fi
}

# run_cmd COMMAND...: runs another program (stdin from /dev/null) as run runs
# snag: sets rc and out, keeps stdout in $T/.out and stderr in $T/.err.
run_cmd() {
  last="$*"
  timeout 60 "$@" <"/dev/null" >"$T/.out" 2>"$T/.err"
  rc=$?
  out=$(cat "$T/.out")
  err=$(cat "$T/.err")
}

expect_rc() {  # NAME WANT
  if [ "$rc" = "$2" ]; then ok; else bad "$1" "exit status $rc, expected $2"; fi
}
expect_rc01() {  # NAME: linted without crashing
  case $rc in 0|1) ok ;; *) bad "$1" "exit status $rc, expected 0 or 1" ;; esac
}
expect_out() {  # NAME WANT: exact stdout (trailing newlines ignored)
  if [ "$out" = "$2" ]; then ok; else
    bad "$1" "stdout differs; expected:
$(printf '%s\n' "$2" | sed 's/^/    > /')"
  fi
}
expect_has() {  # NAME TEXT: a stdout line contains TEXT
  if grep -q -F -e "$2" "$T/.out"; then ok; else bad "$1" "stdout lacks \`$2\`"; fi
}
expect_lacks() {  # NAME TEXT
  if grep -q -F -e "$2" "$T/.out"; then bad "$1" "stdout has \`$2\`"; else ok; fi
}
expect_line() {  # NAME LINE: stdout has exactly this line
  if grep -q -x -F -e "$2" "$T/.out"; then ok; else bad "$1" "stdout has no line \`$2\`"; fi
}
expect_re() {  # NAME ERE: a stdout line matches
  if grep -q -E -e "$2" "$T/.out"; then ok; else bad "$1" "no stdout line matches /$2/"; fi
}
expect_no_re() {  # NAME ERE
  if grep -q -E -e "$2" "$T/.out"; then bad "$1" "a stdout line matches /$2/"; else ok; fi
}
expect_codes() {  # NAME "CODE CODE ...": the sorted set of codes reported
  _got=$(grep -o -E '^[^ ]*:[0-9]+:[0-9]+: SNG[0-9]+' "$T/.out" | sed 's/.* //' | sort -u | tr '\n' ' ' | sed 's/ $//')
  if [ "$_got" = "$2" ]; then ok; else bad "$1" "codes reported: [$_got], expected [$2]"; fi
}
expect_usage_error() {  # NAME WORD: exit 2, stdout empty, stderr `snag: ...WORD...`
  if [ "$rc" != 2 ]; then bad "$1" "exit status $rc, expected 2"
  elif [ -n "$out" ]; then bad "$1" "stdout is not empty (messages belong on stderr)"
  elif ! grep '^snag: ' "$T/.err" | grep -q -F -e "$2"; then
    bad "$1" "stderr has no line starting with \`snag: \` that names \`$2\`"
  else ok; fi
}
check() {  # NAME WHAT COMMAND...: passes when COMMAND succeeds
  _n=$1; _w=$2; shift 2
  : >"$T/.pyerr"
  if "$@"; then ok; else
    # a failed python assertion explains itself
    [ -s "$T/.pyerr" ] && _w="$_w: $(tail -n 1 "$T/.pyerr")"
    bad "$_n" "$_w"
  fi
}
pyjson() {  # FILE PYTHON: runs PYTHON with d = the parsed JSON of FILE
  python3 -c "import json, sys
d = json.load(open(sys.argv[1], encoding='utf-8'))
$2" "$1" 2>"$T/.pyerr"
}
mkf() {  # PATH PRINTF-FORMAT: writes a file (octal escapes, no \x in dash)
  mkdir -p "$(dirname "$1")"
  # shellcheck disable=SC2059
  printf "$2" >"$1"
}
in_dir() { mkdir -p "$T/$1"; cd "$T/$1" || exit 2; }

if [ ! -x "$SNAG" ]; then
  bad "binary" "$SNAG is not an executable file (run make)"
  echo "cli: $passed passed, $failed failed"
  exit 1
fi

# Fixtures shared by several sections.
in_dir base
mkf mutated.py  'def f(a, b=[]):\n    b.append(a)\n'                # SNG201 1:12
mkf argdef.py   'def g(x={}):\n    return [x, 1]\n'                 # SNG202 1:9 (opt-in)
mkf fill.py     'grid = [[0] * 3] * 4; grid[0][0] = 1\n'                            # SNG206 1:8
mkf syntax.py   'def h(x)\n    pass\n'                              # SNG001
mkf clean.py    'def ok(a, b=None):\n    return a if b is None else b\n'
mkf mixed.py    'def f(a, b=[]):\n    b.append(a)\n\n\ndef g(x={}):\n    return [x, 1]\n\n\ngrid = [[0] * 3] * 4; grid[0][0] = 1\n'

# SNAG_CLI_PART=notebooks sh tests/cli/run.sh: only that part (tests/cli/notebooks.sh),
# for a part that needs nothing from the sections below
if [ -n "${SNAG_CLI_PART:-}" ]; then
  cd "$T" || exit 2
  # shellcheck source=/dev/null
  . "$ROOT/tests/cli/$SNAG_CLI_PART.sh"
  cd "$ROOT" || true
  echo "cli: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit
fi

# ---- 1. commands, exit codes and error messages ----------------------------

run check clean.py
expect_rc  exit-clean 0
expect_out exit-clean-message 'All checks passed!'
check exit-clean-stderr-empty "stderr is not empty: $err" test -z "$err"

run check mutated.py
expect_rc exit-findings 1
check exit-findings-stderr-empty "stderr is not empty: $err" test -z "$err"

run check --exit-zero mutated.py
expect_rc  exit-zero 0
expect_has exit-zero-still-reports 'mutated.py:1:12: SNG201 '

run check --exit-zero clean.py
expect_rc exit-zero-clean 0

run check --bogus clean.py;               expect_usage_error unknown-option --bogus
run check --select NOPE clean.py;         expect_usage_error unknown-select NOPE
run check --ignore NOPE clean.py;         expect_usage_error unknown-ignore NOPE
run check --extend-select NOPE clean.py;  expect_usage_error unknown-extend-select NOPE
run check --output-format xml clean.py;   expect_usage_error unknown-output-format xml
run check -j 0 clean.py;                  expect_usage_error jobs-zero 0
run check --jobs abc clean.py;            expect_usage_error jobs-not-a-number abc
run check --max-file-size -1 clean.py;    expect_usage_error bad-max-file-size max-file-size
run check clean.py --select;              expect_usage_error option-missing-value select
run check does-not-exist.py;              expect_usage_error nonexistent-path does-not-exist.py
run check clean.py missing/dir
expect_rc nonexistent-path-among-others 2
check nonexistent-path-among-others-message "stderr has no \`snag: \` line naming missing/dir" \
  grep -q '^snag: .*missing/dir' "$T/.err"
run frob;                                 expect_usage_error unknown-command frob

run
expect_rc no-command 2
check no-command-stdout-empty "usage went to stdout, expected stderr" test -z "$out"
check no-command-usage "stderr does not show the usage" grep -q -i 'usage' "$T/.err"

run --help
expect_rc  help 0
expect_has help-lists-check 'check'
run check --help
expect_rc  check-help 0
expect_has check-help-options '--select'
run version
expect_rc version 0
expect_re  version-text '^snag [0-9]+\.[0-9]+'

# ---- 2. the rules, one trigger each ----------------------------------------

run check mutated.py
expect_re  sng201-trigger '^mutated\.py:1:12: SNG201 [^ ]'
expect_out sng201-whole-output "mutated.py:1:12: SNG201 $(sed -n 's/^mutated\.py:1:12: SNG201 //p' "$T/.out" | head -n 1)
Found 1 finding: 1 error.
No fixes available (1 hidden fix can be enabled with the \`--unsafe-fixes\` option)."
run check argdef.py
expect_codes sng202-off-by-default ''
run check --extend-select SNG202 argdef.py
expect_re sng202-trigger '^argdef\.py:1:9: SNG202 .'
expect_codes sng202-only SNG202
run check fill.py
expect_re sng206-trigger '^fill\.py:1:8: SNG206 .'
run check syntax.py
expect_rc sng001-exit 1
expect_re sng001-trigger '^syntax\.py:1:[0-9]+: SNG001 .'

# SNG002: unreadable input is a finding at 1:1, never a crash.
in_dir sng002
mkf nul.py      'x = 1\000\ny = 2\n'
mkf nul3.py     'x = 1\ny = 2\nz = "\000"\n'
mkf latin1.py   'name = "Jos\351"\n'
mkf surrogate.py 'x = "\355\240\200"\n'
mkf overlong.py 'x = "\300\257"\n'
mkf truncated.py 'x = "\303'
mkf utf16.py    '\377\376x\000 \000=\000 \0001\000\n\000'
mkf big.py      'x = 1\ny = [[]] * 2; y[0].append(0)\n'           # 35 bytes
for f in nul nul3 latin1 surrogate overlong truncated utf16; do
  run check $f.py
  expect_rc "sng002-$f-exit" 1
  expect_re "sng002-$f" "^$f\\.py:1:1: SNG002 ."
  expect_codes "sng002-$f-only" SNG002
done
cp /bin/ls binary.py
run check binary.py
expect_re sng002-binary '^binary\.py:1:1: SNG002 .'
run check --max-file-size 10 big.py
expect_re sng002-max-file-size '^big\.py:1:1: SNG002 .'
expect_codes sng002-max-file-size-only SNG002
run check --max-file-size 35 big.py
expect_re max-file-size-equal-is-linted '^big\.py:2:5: SNG206 '
mkf unreadable.py 'x = 1\n'
chmod 000 unreadable.py
if [ "$(id -u)" = 0 ]; then
  skip sng002-permission-denied "running as root, which can read a mode-000 file"
else
  run check unreadable.py
  expect_rc sng002-permission-denied-exit 1
  expect_re sng002-permission-denied '^unreadable\.py:1:1: SNG002 .'
fi
chmod 644 unreadable.py

in_dir bom
mkf bom.py '\357\273\277def f(a, b=[]):\n    b.append(a)\n'
run check bom.py
expect_re bom-lints-with-columns '^bom\.py:1:12: SNG201 '
mkf bom-noqa.py '\357\273\277# snag: noqa\ny = [[]] * 2; y[0].append(0)\n'
run check bom-noqa.py
expect_rc bom-file-noqa 0

# PEP 263: a coding declaration on line 1 or 2 names the file's encoding;
# snag decodes it as CPython does (python3 is the oracle: compile() of the
# bytes accepts the first group and rejects the second).
in_dir coding
mkf latin1.py   '# -*- coding: latin-1 -*-\nname = "Jos\351"; y = [[]] * 2; y[0].append(0)\n'
mkf koi8.py     '#!/usr/bin/env python\n# vim: set fileencoding=koi8-r :\ns = "\360\322\311"; y = [[]] * 2; y[0].append(0)\n'
mkf cp1252.py   '# coding=cp1252\nprice = "12 \200"; y = [[]] * 2; y[0].append(0)\n'
mkf iso15.py    '# coding: iso_8859_15\ns = "\244"; y = [[]] * 2; y[0].append(0)\n'
mkf utf8decl.py '# coding: utf8\ns = "\303\251"; y = [[]] * 2; y[0].append(0)\n'
for f in latin1 koi8 cp1252 iso15 utf8decl; do
  check "coding-$f-oracle" "python3 rejects $f.py" \
    python3 -c 'import sys; compile(open(sys.argv[1], "rb").read(), sys.argv[1], "exec")' $f.py
  run check -q $f.py
  expect_codes "coding-$f-decoded" SNG206
done
run check -q latin1.py;  expect_re coding-columns-code-points '^latin1\.py:2:20: SNG206 '
run check -q koi8.py;    expect_re coding-line2-after-shebang '^koi8\.py:3:16: SNG206 '
run check --output-format json latin1.py
check coding-json-utf8 "the JSON output is not the decoded text's" \
  pyjson "$T/.out" 'assert d[0]["location"]["column"] == 20, d'
mkf unknown.py  '# -*- coding: xyz-nonesuch -*-\nx = 1\n'
mkf badbyte.py  '# coding: ascii\nx = 1\ns = "\351"\n'
mkf line3.py    '#\n#\n# coding: latin-1\ns = "\351"\n'
mkf aftercode.py 'x = 1\n# coding: latin-1\ns = "\351"\n'
mkf bomlatin.py '\357\273\277# coding: latin-1\nx = 1\n'
for f in unknown badbyte line3 aftercode bomlatin; do
  check "coding-$f-oracle" "python3 compiled $f.py" \
    python3 -c 'import sys
try: compile(open(sys.argv[1], "rb").read(), sys.argv[1], "exec")
except SyntaxError: sys.exit(0)
sys.exit(1)' $f.py
  run check $f.py
  expect_re "coding-$f-sng002" "^$f\\.py:1:1: SNG002 ."
  expect_codes "coding-$f-only" SNG002
done
run check unknown.py
expect_has coding-unknown-message "unknown encoding 'xyz-nonesuch' in coding declaration"
run check badbyte.py
expect_has coding-badbyte-message 'not valid ascii, its declared encoding (first bad byte on line 3)'
# --fix never writes UTF-8 into a file declared in another encoding
mkf fixme.py '# -*- coding: latin-1 -*-\nimport threading\ndef f(x, n="\351"): pass\nt = threading.Thread(target=f, args=(1))\n'
cp fixme.py fixme.orig
run check --fix fixme.py
check coding-fix-unchanged "--fix rewrote a Latin-1 file" cmp -s fixme.py fixme.orig
check coding-fix-says-why "--fix did not say why it left the file alone" \
  grep -q "not fixing \`fixme.py\`: it declares the encoding 'iso-8859-1'" "$T/.err"

# Python 3.14 syntax is not Python 2: `except A, B:` (PEP 758) and t-strings.
in_dir py314
mkf except.py 'try:\n    pass\nexcept ValueError, TypeError:\n    pass\nname = t"x"\n'
run check -q --target-version py314 except.py
expect_rc py314-except-tuple-and-t-string 0
run check -q except.py
expect_re py311-except-tuple '^except\.py:3:1: SNG001 .*parenthesized'

# ---- 3. concise format ------------------------------------------------------

in_dir concise
# Columns count Unicode code points, not bytes (nor UTF-16 units).
mkf u-latin.py 'def f(\303\251=1, x=[]): x.append(1)\n'             # é: 2 bytes
mkf u-cjk.py   's = "\346\227\245\346\234\254\350\252\236"; y = [[]] * 2; y[0].append(0)\n'  # 日本語
mkf u-emoji.py 's = "\360\237\230\200"; y = [[]] * 2; y[0].append(0)\n'            # astral: 4 bytes, 2 UTF-16 units
mkf u-line2.py '# \303\251\303\251\303\251\ns = "\303\251"; y = [{}] * 3; y[0][0] = 1\n'
mkf u-tab.py   'if 1:\n\ty = [[]] * 2; y[0].append(0)\n'
run check -q u-latin.py;  expect_re column-code-points-latin '^u-latin\.py:1:14: SNG201 '
run check -q u-cjk.py;    expect_re column-code-points-cjk '^u-cjk\.py:1:16: SNG206 '
run check -q u-emoji.py;  expect_re column-code-points-astral '^u-emoji\.py:1:14: SNG206 '
run check -q u-line2.py;  expect_re column-code-points-line2 '^u-line2\.py:2:14: SNG206 '
run check -q u-tab.py;    expect_re column-tab-is-one '^u-tab\.py:2:6: SNG206 '

# Every finding line has the shape path:line:col: CODE message.
run check -q "$T/base"
check concise-line-shape "a line is not \`path:line:col: CODE message\`" \
  awk '!/^[^:]+:[1-9][0-9]*:[1-9][0-9]*: SNG[0-9][0-9][0-9] [^ ]/ { bad = 1 } END { exit bad }' "$T/.out"

# Sorted by path, then line (numerically), then column, whatever the order
# of the arguments.
mkdir -p m
mkf z.py   'a = [[]] * 2; a[0].append(0)\nb = 1\nc = [[]] * 2; c[0].append(0)\n'
mkf a.py   'pass\npass\npass\npass\npass\npass\npass\npass\nq = [[]] * 2; q[0].append(0)\nr = [[]] * 2; r[0].append(0)\nw = [[]] * 2; v = [{}] * 2; w[0].append(0); v[0][0] = 1\n'
mkf m/b.py 'k = [[]] * 2; k[0].append(0)\n'
run check -q z.py m/b.py a.py
expect_out sort-path-line-column 'a.py:9:5: SNG206 '"$(sed -n 's/^a\.py:9:5: SNG206 //p' "$T/.out")"'
a.py:10:5: SNG206 '"$(sed -n 's/^a\.py:10:5: SNG206 //p' "$T/.out")"'
a.py:11:5: SNG206 '"$(sed -n 's/^a\.py:11:5: SNG206 //p' "$T/.out")"'
a.py:11:19: SNG206 '"$(sed -n 's/^a\.py:11:19: SNG206 //p' "$T/.out")"'
m/b.py:1:5: SNG206 '"$(sed -n 's/^m\/b\.py:1:5: SNG206 //p' "$T/.out")"'
z.py:1:5: SNG206 '"$(sed -n 's/^z\.py:1:5: SNG206 //p' "$T/.out")"'
z.py:3:5: SNG206 '"$(sed -n 's/^z\.py:3:5: SNG206 //p' "$T/.out")"
run check -q "$T/base"
check sort-directory "directory output is not sorted by path, line, column" \
  sh -c 'sort -t: -k1,1 -k2,2n -k3,3n "$1" | cmp -s - "$1"' sh "$T/.out"

# Summary line.
run check --extend-select SNG202 "$T/base/mixed.py" "$T/base/fill.py"
expect_line summary-plural 'Found 4 findings: 3 errors, 1 warning.'
check summary-count-matches "\`Found N findings: ...\` does not count the finding lines by severity" \
  python3 -c 'import re, sys
lines = open(sys.argv[1]).read().splitlines()
n = sum(1 for l in lines if re.search(": SNG[0-9]", l))
m = re.fullmatch(r"Found (\d+) findings?: (.*)\.", next(l for l in lines if l.startswith("Found ")))
parts = dict((w.rstrip("s"), int(c)) for c, w in (p.split() for p in m.group(2).split(", ")))
assert int(m.group(1)) == n == sum(parts.values()), (n, lines[-1])' "$T/.out"
run check "$T/base/fill.py"
expect_line summary-singular 'Found 1 finding: 1 error.'
run check --extend-select SNG202 "$T/base/argdef.py"
expect_line summary-warning-only 'Found 1 finding: 1 warning.'
run check "$T/base/clean.py"
expect_out summary-clean 'All checks passed!'
run check -q --extend-select SNG202 "$T/base/mixed.py"
expect_rc quiet-exit 1
expect_no_re quiet-no-summary '^Found [0-9]+ finding'
check quiet-only-findings "-q printed something other than 3 findings" \
  test "$(grep -c ': SNG[0-9]' "$T/.out")" = 3 -a "$(wc -l <"$T/.out")" -eq 3
run check -q "$T/base/clean.py"
expect_rc  quiet-clean-exit 0
expect_out quiet-clean-silent ''
run check --color never "$T/base/mutated.py"
check color-never-plain "escape sequences with --color never" sh -c '! grep -q "$(printf "\033")" "$1"' sh "$T/.out"
run check --color always "$T/base/mutated.py"
check color-always "no escape sequences with --color always" grep -q "$(printf '\033')" "$T/.out"
run check "$T/base/mutated.py"
check color-auto-pipe-plain "escape sequences when stdout is not a terminal" sh -c '! grep -q "$(printf "\033")" "$1"' sh "$T/.out"

# ---- 4. rule selection -----------------------------------------------------

in_dir select
cp "$T/base/mixed.py" "$T/base/syntax.py" "$T/sng002/nul.py" .
# SNG001/SNG002 (the file could not be read or parsed) stay on under
# --select, like Ruff's syntax errors, unless --ignore names them.
run check -q --select SNG201 .;                    expect_codes select-code 'SNG001 SNG002 SNG201'
run check -q --select SNG201 --ignore SNG0 .;      expect_codes select-code-ignore-tool SNG201
run check -q --select SNG2 .;                      expect_codes select-prefix 'SNG001 SNG002 SNG201 SNG202 SNG206'
run check -q --select mutable-default-argument --ignore syntax-error,unreadable-file .; expect_codes select-name SNG202
run check -q --select SNG201,SNG206 --ignore SNG001,SNG002 .; expect_codes select-comma-list 'SNG201 SNG206'
run check -q --select ALL .;                       expect_codes select-all 'SNG001 SNG002 SNG201 SNG202 SNG206'
# SNG202 (like SNG102 and SNG505) is opt-in: not in the default selection.
run check -q .;                                    expect_codes default-selection 'SNG001 SNG002 SNG201 SNG206'
run check -q --extend-select SNG202 .;             expect_codes extend-select-opt-in 'SNG001 SNG002 SNG201 SNG202 SNG206'
run check -q --ignore SNG201 .;                    expect_codes ignore-code 'SNG001 SNG002 SNG206'
run check -q --extend-select SNG202 --ignore SNG202 .; expect_codes ignore-code-over-extend-select 'SNG001 SNG002 SNG201 SNG206'
run check -q --ignore SNG201,SNG001 .;             expect_codes ignore-comma-list 'SNG002 SNG206'
run check -q --ignore shared-mutable-fill .;       expect_codes ignore-name 'SNG001 SNG002 SNG201'
run check -q --select SNG2 --ignore SNG202 .;      expect_codes select-prefix-ignore-code 'SNG001 SNG002 SNG201 SNG206'
run check -q --select SNG201 --extend-select SNG206 .; expect_codes extend-select 'SNG001 SNG002 SNG201 SNG206'
run check -q --select SNG201 --extend-select shared-mutable-fill,SNG202 .; expect_codes extend-select-list 'SNG001 SNG002 SNG201 SNG202 SNG206'
run check --select SNG206 "$T/base/mutated.py"
expect_rc  select-nothing-found-exit 0
expect_out select-nothing-found 'All checks passed!'
# Every code `snag rules` lists is selectable.
for code in $("$SNAG" rules 2>/dev/null | awk '/^SNG[0-9]/ { print $1 }'); do
  run check --select "$code" "$T/base/clean.py"
  expect_rc "select-listed-$code" 0
done

# ---- 5. noqa -----------------------------------------------------------------

in_dir noqa
noqa_case() {  # NAME EXPECTED-CODES SOURCE
  mkf "$1.py" "$3"
  run check -q --extend-select SNG202 "$1.py"   # SNG202 is opt-in
  expect_codes "noqa-$1" "$2"
}
noqa_case blanket        ''       'def g(x={}):  # noqa\n    return [x, 1]\n'
noqa_case blanket-upper  ''       'def f(a, b=[]):  # NOQA\n    b.append(a)\n'
noqa_case code           ''       'def g(x={}):  # noqa: SNG202\n    return [x, 1]\n'
noqa_case name           ''       'def g(x={}):  # noqa: mutable-default-argument\n    return [x, 1]\n'
noqa_case no-space       ''       'def f(a, b=[]):  # noqa:SNG201\n    b.append(a)\n'
# (SNG202 finds nothing where SNG201 does: SNG003 calls its code unused)
noqa_case list           SNG003   'def f(a, b=[]):  # noqa: SNG202, SNG201\n    b.append(a)\n'
noqa_case list-no-space  SNG003   'def f(a, b=[]):  # noqa: SNG202,SNG201\n    b.append(a)\n'
noqa_case other-code     'SNG003 SNG201' 'def f(a, b=[]):  # noqa: SNG202\n    b.append(a)\n'
noqa_case foreign-code   SNG206   'y = [[]] * 2; y[0].append(0)  # noqa: E501\n'
noqa_case other-line     SNG206   '# noqa\ny = [[]] * 2; y[0].append(0)\n'
noqa_case one-of-two     SNG206   'def g(x=[[]] * 2):  # noqa: SNG201\n    x[0].append(0)\n    return x\n'
noqa_case after-comment  ''       'y = [[]] * 2; y[0].append(0)  # type: ignore  # noqa: SNG206\n'
noqa_case crlf           ''       'y = [[]] * 2; y[0].append(0)  # noqa: SNG206\r\nz = 1\r\n'
noqa_case in-string      SNG206   's = "# noqa"; y = [[]] * 2; y[0].append(0)\n'
noqa_case in-string-2    SNG202   'def g(x={}): s = "# noqa"; return [x, 1]\n'
noqa_case in-triple      SNG206   's = """\n# noqa\n"""; y = [[]] * 2; y[0].append(0)\n'
noqa_case file           ''       '# snag: noqa\ndef g(x={}):\n    return [x, 1]\ny = [[]] * 2; y[0].append(0)\n'
noqa_case file-late      ''       'import os\n\n# snag: noqa\ny = [[]] * 2; y[0].append(0)\n'
noqa_case file-code      SNG202   '# snag: noqa: SNG206\ndef g(x={}):\n    return [x, 1]\ny = [[]] * 2; y[0].append(0)\n'
noqa_case file-name      SNG202   '# snag: noqa: shared-mutable-fill\ndef g(x={}):\n    return [x, 1]\ny = [[]] * 2; y[0].append(0)\n'
noqa_case file-other     SNG206   '# snag: noqa: SNG201\ny = [[]] * 2; y[0].append(0)\n'
noqa_case file-in-string SNG206   'x = """\n# snag: noqa\n"""\ny = [[]] * 2; y[0].append(0)\n'
noqa_case file-docstring SNG206   'def f(x):\n    """\n    # snag: noqa\n    """\ny = [[]] * 2; y[0].append(0)\n'

# ---- 6. stdin ------------------------------------------------------------------

in_dir stdin
# in-argdef.txt's finding is SNG202, opt-in: the runs that read it select it.
mkf in-argdef.txt 'def g(x={}):\n    return [x, 1]\n'
mkf in-mutated.txt 'def f(a, b=[]):\n    b.append(a)\n'
mkf in-clean.txt 'x = 1\n'
mkf in-nul.txt 'x = 1\000\n'
mkf in-fill.txt 'y = [[]] * 2; y[0].append(0)\n'
run_in in-argdef.txt check --extend-select SNG202 -
expect_rc stdin-exit 1
expect_re stdin-path-dash '^-:1:9: SNG202 '
run_in in-argdef.txt check --extend-select SNG202 --stdin-filename pkg/mod.py -
expect_re stdin-filename '^pkg/mod\.py:1:9: SNG202 '
expect_no_re stdin-filename-no-dash '^-:'
run_in in-argdef.txt check --extend-select SNG202 --stdin-filename x.pyi -
expect_rc  stdin-stub-exit 0
expect_codes stdin-stub-no-sng202 ''
run_in in-mutated.txt check --stdin-filename x.pyi -
expect_codes stdin-stub-no-sng201 ''
run_in in-fill.txt check --stdin-filename x.pyi -
expect_codes stdin-stub-still-sng206 SNG206
run_in in-clean.txt check -
expect_rc  stdin-clean 0
expect_out stdin-clean-message 'All checks passed!'
run_in in-nul.txt check -
expect_re stdin-binary '^-:1:1: SNG002 '
run_in in-argdef.txt check --extend-select SNG202 --output-format json -
check stdin-json-filename "json filename is not \`-\`" pyjson "$T/.out" 'assert d[0]["filename"] == "-", d[0]["filename"]'
cp in-argdef.txt stub.pyi
run check --extend-select SNG202 stub.pyi
expect_rc file-stub-no-mutable-default 0
# Ruff reads stdin whenever --stdin-filename is given, even without `-`
# (editor integrations rely on it); linting `.` instead is wrong.
mkf decoy.py 'd = [{}] * 2; d[0][0] = 1\n'
run_in in-argdef.txt check --extend-select SNG202 --stdin-filename pkg/mod.py
expect_re stdin-filename-without-dash '^pkg/mod\.py:1:9: SNG202 '

# ---- 7. JSON output ---------------------------------------------------------

in_dir json
cp "$T/base/mixed.py" "$T/base/syntax.py" "$T/base/clean.py" "$T/concise/u-emoji.py" .
run check --extend-select SNG202 --output-format json mixed.py syntax.py u-emoji.py
expect_rc json-exit 1
check json-schema "python check failed" pyjson "$T/.out" '
assert isinstance(d, list) and len(d) == 5, "expected an array of 5 objects, got %r" % (d,)
for o in d:
    for k in ("code", "name", "message", "filename", "location", "end_location", "fix", "url"):
        assert k in o, "object lacks %r: %r" % (k, o)
    assert isinstance(o["code"], str) and o["code"].startswith("SNG"), o["code"]
    assert isinstance(o["name"], str) and o["name"], o
    assert isinstance(o["message"], str) and o["message"], o
    for loc in (o["location"], o["end_location"]):
        assert isinstance(loc["row"], int) and loc["row"] >= 1, loc
        assert isinstance(loc["column"], int) and loc["column"] >= 1, loc
    assert (o["end_location"]["row"], o["end_location"]["column"]) >= (o["location"]["row"], o["location"]["column"]), o
    assert o["url"].startswith("http"), o["url"]
    f = o["fix"]
    if f is not None:
        assert f["applicability"] in ("safe", "unsafe", "display-only"), f
        assert isinstance(f["edits"], list) and f["edits"], f
        for e in f["edits"]:
            assert isinstance(e["content"], str)
            assert e["location"]["row"] >= 1 and e["end_location"]["row"] >= 1
'
check json-values "python check failed" pyjson "$T/.out" '
got = [(o["filename"], o["location"]["row"], o["location"]["column"], o["code"], o["name"]) for o in d]
want = [("mixed.py", 1, 12, "SNG201", "mutable-default-mutated"),
        ("mixed.py", 5, 9, "SNG202", "mutable-default-argument"),
        ("mixed.py", 9, 8, "SNG206", "shared-mutable-fill"),
        ("syntax.py", 1, got[3][2], "SNG001", "syntax-error"),
        ("u-emoji.py", 1, 14, "SNG206", "shared-mutable-fill")]
assert got == want, got
e = d[4]["end_location"]
assert (e["row"], e["column"]) == (1, 22), "u-emoji end_location %r, expected row 1 column 22 (code points)" % e
'
run check --output-format json clean.py
expect_rc  json-clean-exit 0
expect_out json-clean '[]'
run check -q --extend-select SNG202 --output-format json mixed.py
check json-quiet-still-json "python check failed" pyjson "$T/.out" 'assert len(d) == 3'
run check --exit-zero --output-format json mixed.py
expect_rc json-exit-zero 0

# Applying the first fix from the JSON edits gives code that parses and is clean.
cat >"$T/applyfix.py" <<'EOF'
import json, sys
diags = json.load(open(sys.argv[1], encoding="utf-8"))
src = open(sys.argv[2], encoding="utf-8", newline="").read()
lines = src.splitlines(keepends=True)
def off(loc):
    return sum(len(l) for l in lines[:loc["row"] - 1]) + loc["column"] - 1
fixes = [d["fix"] for d in diags if d["fix"]]
if not fixes:
    sys.exit("no fix in the JSON output")
for e in sorted(fixes[0]["edits"], key=lambda e: off(e["location"]), reverse=True):
    src = src[:off(e["location"])] + e["content"] + src[off(e["end_location"]):]
open(sys.argv[3], "w", encoding="utf-8", newline="").write(src)
EOF
fix_case() {  # NAME SOURCE
  mkf "fix-$1.py" "$2"
  run check --extend-select SNG202 --output-format json "fix-$1.py"
  if python3 "$T/applyfix.py" "$T/.out" "fix-$1.py" "fixed-$1.py" 2>"$T/.pyerr" &&
     python3 -c 'import ast, sys; ast.parse(open(sys.argv[1], "rb").read())' "fixed-$1.py" 2>"$T/.pyerr"; then
    run check -q --extend-select SNG202 "fixed-$1.py"
    if [ "$rc" = 0 ]; then ok; else bad "fix-$1" "the fixed file still has findings"; fi
  else
    bad "fix-$1" "applying the fix failed or gave invalid Python: $(tail -n 1 "$T/.pyerr")"
  fi
}
fix_case mutated   'def f(a, b=[]):\n    b.append(a)\n'
fix_case docstring 'def g(x={}):\n    """Doc."""\n    return [x, 1]\n'
fix_case method    'class C:\n    def m(self, b=set()):\n        b.add(1)\n        return b\n'
fix_case crlf      'def f(a, b=[]):\r\n    b.append(a)\r\n'
check fix-crlf-keeps-line-endings "the fix inserted LF line endings into a CRLF file" \
  python3 -c 'import sys; s = open(sys.argv[1], "rb").read(); sys.exit(s.count(b"\n") != s.count(b"\r\n"))' fixed-crlf.py 2>/dev/null
# JSON stays valid UTF-8 whatever bytes a file name holds.
mkf "$(printf 'name\377.py')" 'y = [[]] * 2; y[0].append(0)\n'
run check --output-format json "$(printf 'name\377.py')"
check json-non-utf8-filename "output is not valid UTF-8 JSON" pyjson "$T/.out" 'assert len(d) == 1'
rm -f "$(printf 'name\377.py')"
mkf 'we"ird\name.py' 'y = [[]] * 2; y[0].append(0)\n'
run check --output-format json 'we"ird\name.py'
check json-escaped-filename "python check failed" pyjson "$T/.out" 'assert d[0]["filename"] == "we\"ird\\name.py", d[0]["filename"]'

# ---- 8. full output and statistics ------------------------------------------

in_dir full
cp "$T/base/mutated.py" "$T/base/clean.py" "$T/concise/u-cjk.py" .
run check --output-format full mutated.py
expect_rc   full-exit 1
expect_re   full-header '^mutated\.py:1:12: SNG201 '
expect_line full-source-line '1 | def f(a, b=[]):'
expect_line full-caret-under-span '  |            ^^'
expect_re   full-docs-link 'docs: https?://[^ ]+'
expect_line full-summary 'Found 1 finding: 1 error.'
run check --output-format full clean.py
expect_rc  full-clean-exit 0
expect_out full-clean 'All checks passed!'
# The caret sits under the span on a terminal: wide (CJK) characters take
# two cells, so the caret line must be padded by display width.
run check --output-format full --select SNG206 u-cjk.py
expect_line full-caret-wide-chars "  |$(printf '%19s' '')^^^^^^^^"

in_dir stats
cp "$T/base/mixed.py" "$T/base/fill.py" "$T/base/syntax.py" "$T/base/clean.py" .
run check -q .
grep -o -E ' SNG[0-9]+ ' "$T/.out" | sort | uniq -c | awk '{ print $2, $1 }' | sort >want-stats
run check --statistics .
expect_rc statistics-exit 1
awk '$1 ~ /^[0-9]+$/ && $2 ~ /^SNG[0-9]+$/ { print $2, $1 }' "$T/.out" | sort >got-stats
check statistics-counts "per-code counts differ from the findings: got [$(tr '\n' ';' <got-stats)] want [$(tr '\n' ';' <want-stats)]" \
  cmp -s got-stats want-stats
expect_no_re statistics-no-findings ':[0-9]+:[0-9]+: SNG'
expect_re    statistics-names ' SNG206 +shared-mutable-fill'
run check --extend-select SNG202 --statistics --output-format json .
check statistics-json "python check failed" pyjson "$T/.out" '
c = {o["code"]: o["count"] for o in d}
assert c == {"SNG001": 1, "SNG201": 1, "SNG202": 1, "SNG206": 2}, c
'
run check --statistics clean.py
expect_rc statistics-clean 0

# ---- 9. file discovery -------------------------------------------------------

in_dir disc
for p in pkg/a.py pkg/sub/b.pyi pkg/c.txt pkg/script .venv/lib/v.py pkg/__pycache__/p.py \
         node_modules/n.py build/bb.py pkg/build/x.py; do
  mkf "$p" 'y = [[]] * 2; y[0].append(0)\n'
done
run check -q .
expect_out discovery-walk './pkg/a.py:1:5: SNG206 '"$(sed -n 's|^\./pkg/a\.py:1:5: SNG206 ||p' "$T/.out")"'
./pkg/sub/b.pyi:1:5: SNG206 '"$(sed -n 's|^\./pkg/sub/b\.pyi:1:5: SNG206 ||p' "$T/.out")"
run check -q .venv/lib/v.py build/bb.py pkg/__pycache__/p.py
check discovery-explicit-files-linted "explicitly named files in skipped directories were not linted" \
  test "$(grep -c ': SNG206 ' "$T/.out")" = 3
run check -q --exclude 'a.py' pkg/a.py
expect_re discovery-explicit-file-beats-exclude '^pkg/a\.py:1:5: SNG206 '
run check -q pkg/c.txt
expect_re discovery-explicit-non-py '^pkg/c\.txt:1:5: SNG206 '
run check -q --exclude 'sub/' .
expect_codes discovery-exclude-dir SNG206
expect_lacks discovery-exclude-dir-gone 'b.pyi'
run check -q --exclude '*.pyi' --exclude 'a.py' .
expect_out discovery-exclude-globs ''

in_dir git
for p in keep.py gen/out.py ign.py sub/deep/ign2.py sub/ok.py sub/local.py; do
  mkf "$p" 'y = [[]] * 2; y[0].append(0)\n'
done
printf 'gen/\nign.py\nign2.py\n' >.gitignore
printf 'local.py\n' >sub/.gitignore
git -c init.defaultBranch=main init -q . 2>/dev/null
run check -q .
out=$(cut -d: -f1 "$T/.out"); expect_out gitignore-respected "$(printf './keep.py\n./sub/ok.py')"
run check -q --no-respect-gitignore .
out=$(cut -d: -f1 "$T/.out")
expect_out no-respect-gitignore "$(printf './gen/out.py\n./ign.py\n./keep.py\n./sub/deep/ign2.py\n./sub/local.py\n./sub/ok.py')"
run check -q ign.py
expect_re gitignore-explicit-file-linted '^ign\.py:1:5: SNG206 '
cd sub || exit 2
run check -q .
out=$(cut -d: -f1 "$T/.out")
expect_out gitignore-from-subdirectory './ok.py'
cd .. || exit 2
run check -q sub
out=$(cut -d: -f1 "$T/.out")
expect_out gitignore-subdirectory-argument 'sub/ok.py'
printf 'keep.py\n' >.git/info/exclude
run check -q .
out=$(cut -d: -f1 "$T/.out")
expect_out git-info-exclude './sub/ok.py'
: >.git/info/exclude
printf 'gen/\n*.py\n!keep.py\n' >.gitignore
run check -q .
out=$(cut -d: -f1 "$T/.out")
expect_out gitignore-negation './keep.py'

# ---- 10. determinism ---------------------------------------------------------

in_dir many
for d in a b c d e; do
  mkdir -p "$d/sub"
  mkf "$d/f1.py" 'def f(a, b=[]):\n    b.append(a)\n'
  mkf "$d/f2.py" 'x = [[0] * 3] * 4; x[0][0] = 1\ny = 1\nz = [{}] * 2; z[0][0] = 1\n'
  mkf "$d/f3.py" 'def g(x={}):\n    return [x, 1]\n'
  mkf "$d/f4.py" 'def h(x)\n    pass\n'
  mkf "$d/f5.py" 'x = 1\n'
  mkf "$d/f6.py" 'x = 1\000'
  mkf "$d/sub/g1.py" 's = "\303\251"; y = [set()] * 3  # noqa: SNG201\n'
done
run check --extend-select SNG202 -j 1 .;  cp "$T/.out" j1
check determinism-nonempty "no findings on the 35-file tree" test "$(grep -c ': SNG' j1)" -ge 30
run check --extend-select SNG202 -j 4 .;  cp "$T/.out" j4
check determinism-j1-j4 "-j 1 and -j 4 differ" cmp -s j1 j4
run check --extend-select SNG202 -j 16 .; cp "$T/.out" j16
check determinism-j1-j16 "-j 1 and -j 16 differ" cmp -s j1 j16
run check --extend-select SNG202 -j 4 .
check determinism-repeat "two -j 4 runs differ" cmp -s j4 "$T/.out"
run check --extend-select SNG202 -j 1 --output-format json .; cp "$T/.out" json1
run check --extend-select SNG202 -j 4 --output-format json .
check determinism-json "json output differs between -j 1 and -j 4" cmp -s json1 "$T/.out"

# ---- 11. rules and rule ------------------------------------------------------

run rules
expect_rc rules-exit 0
for pair in SNG001:syntax-error SNG002:unreadable-file SNG201:mutable-default-mutated \
            SNG202:mutable-default-argument SNG206:shared-mutable-fill; do
  expect_re "rules-lists-${pair%%:*}" "^${pair%%:*} +${pair#*:} "
done
if [ -f "$ROOT/rules.md" ]; then
  run rules --format markdown
  check rules-markdown-equals-rules.md "\`snag rules --format markdown\` differs from rules.md" cmp -s "$T/.out" "$ROOT/rules.md"
else
  skip rules-markdown-equals-rules.md "no rules.md at the repository root"
fi
run rule SNG201
expect_rc  rule-by-code 0
expect_has rule-by-code-doc 'mutable-default-mutated'
cp "$T/.out" "$T/rule-code"
run rule mutable-default-mutated
expect_rc rule-by-name 0
check rule-by-name-same-doc "\`snag rule mutable-default-mutated\` differs from \`snag rule SNG201\`" cmp -s "$T/.out" "$T/rule-code"
run rule NOPE
expect_usage_error rule-unknown NOPE
run rules --format xml
expect_usage_error rules-unknown-format xml
for code in $("$SNAG" rules 2>/dev/null | awk '/^SNG[0-9]/ { print $1 }'); do
  run rule "$code"
  expect_rc "rule-doc-$code" 0
done

# ---- 12. robustness ----------------------------------------------------------

in_dir robust
python3 -c 'print("x = " + "(" * 2000 + "1" + ")" * 2000)' >deep-parens.py
run check deep-parens.py;  expect_rc01 robust-deep-parens
python3 -c 'print("x = " + "(" * 2000 + "[[]] * 2" + ")" * 2000 + "; x[0].append(0)")' >deep-finding.py
run check -q deep-finding.py
expect_re robust-deep-finding '^deep-finding\.py:1:2005: SNG206 '
python3 -c 'print("x = " + "[" * 100000)' >deep-open.py
run check deep-open.py;    expect_rc01 robust-deep-unclosed
expect_codes robust-deep-unclosed-sng001 SNG001
python3 -c '
n = 3000
for i in range(n):
    print(" " * i + "if x:")
print(" " * n + "pass")' >nested-ifs.py
run check nested-ifs.py;   expect_rc01 robust-nested-ifs
expect_codes robust-nested-ifs-sng001 SNG001    # CPython: too many levels of indentation
python3 -c '
print("def f(a=[]):")
for i in range(90):    # CPython allows at most 99 levels of indentation
    print("    " * (i + 1) + "def g%d(b%d=[]):" % (i, i))
print("    " * 91 + "return [a, " + ", ".join("b%d" % i for i in range(90)) + "]")' >nested-defs.py
run check -q --extend-select SNG202 nested-defs.py
expect_rc01 robust-nested-defs
check robust-nested-defs-count "expected 91 SNG202 findings and nothing else" \
  test "$(grep -c ': SNG202 ' "$T/.out")" = 91 -a "$(grep -c . "$T/.out")" = 91
python3 -c 'print("x = " + "-" * 100000 + "1")' >unary.py
run check unary.py;        expect_rc01 robust-long-unary
python3 -c 'print("x = 1" + " + 1" * 100000)' >chain.py
run check chain.py;        expect_rc01 robust-long-chain
python3 -c 'print("x = \"" + "a" * 2000000 + "\"; y = [[]] * 2; y[0].append(0)")' >long-line.py
run check -q long-line.py
expect_re robust-long-line '^long-line\.py:1:2000013: SNG206 '
cp /bin/ls ls.py
run check ls.py;           expect_rc robust-binary-exit 1
expect_codes robust-binary-sng002 SNG002
: >empty.py
run check empty.py;        expect_rc robust-empty 0
printf '\357\273\277' >only-bom.py
run check only-bom.py;     expect_rc robust-only-bom 0
printf '\n\n\n' >blank.py
run check blank.py;        expect_rc robust-blank-lines 0
printf 'y = [[]] * 2; y[0].append(0)' >no-newline.py
run check -q no-newline.py
expect_re robust-no-final-newline '^no-newline\.py:1:5: SNG206 '
mkf crlf.py 'def f(a, b=[]):\r\n    b.append(a)\r\ny = [[]] * 3; y[0].append(0)\r\n'
run check -q crlf.py
expect_out robust-crlf "crlf.py:1:12: SNG201 $(sed -n 's/^crlf\.py:1:12: SNG201 //p' "$T/.out")
crlf.py:3:5: SNG206 $(sed -n 's/^crlf\.py:3:5: SNG206 //p' "$T/.out")"
mkf cr.py 'x = 1\ry = [[]] * 2; y[0].append(0)\r'       # classic Mac line endings: CPython accepts them
run check -q cr.py
expect_out robust-cr-only "cr.py:2:5: SNG206 $(sed -n 's/^cr\.py:2:5: SNG206 //p' "$T/.out")"
mkf lone-surrogate.py 'x = "\355\240\200"\n'
run check lone-surrogate.py; expect_rc robust-lone-surrogate-exit 1
expect_codes robust-lone-surrogate-sng002 SNG002
mkf nonchar.py 'x = "\357\277\277\364\217\277\277"\n'   # U+FFFF and U+10FFFF are valid UTF-8
run check nonchar.py;      expect_rc robust-noncharacters-valid 0
mkdir -p dir.py
mkf dir.py/inner.py 'y = [[]] * 2; y[0].append(0)\n'
run check -q dir.py
expect_re robust-directory-named-py '^dir\.py/inner\.py:1:5: SNG206 '
in_dir dangling
mkf real.py 'y = [[]] * 2; y[0].append(0)\n'
ln -s does-not-exist.py dangling.py 2>/dev/null
run check -q .
expect_rc01 robust-dangling-symlink-in-tree
expect_re robust-dangling-symlink-others-linted '^\./real\.py:1:5: SNG206 '
in_dir robust

# Valid Python 3.11 syntax is not a syntax error.
cat >valid.py <<'EOF'
import asyncio

def pos(a, /, b, *, c=1, **kw):
    return a
match command.split():
    case [action]:
        pass
    case {"x": 1, **rest}:
        pass
    case Point(x=0, y=0) | None:
        pass
    case _:
        pass
if (n := len("abc")) > 2:
    print(f"{n!r:>{n}} {'nested'} {n=}")
try:
    pass
except* ValueError as eg:
    pass
async def co():
    async with a as b, c as d:
        async for x in y:
            await z
    return [i async for i in aiter() if await i]
@decorator(1)
class K(Base, metaclass=M):
    x: int = 0
with (open("a") as f, open("b") as g):
    pass
t = 1_000_000 + 0x_FF + 1e-3j + 0o17 + 0b1
a[1:2, ::3, ...] = b
print(*args, sep="")
EOF
run check --select SNG001 valid.py
expect_rc  syntax-valid-311 0

# ---- 13. syntax errors that CPython rejects ------------------------------------

in_dir syntax
syntax_case() {  # NAME SOURCE: CPython refuses it, so SNG001 must be reported
  mkf "$1.py" "$2"
  run check -q "$1.py"
  expect_re "sng001-$1" "^$1\\.py:[0-9]+:[0-9]+: SNG001 "
}
syntax_case missing-colon          'def h(x)\n    pass\n'
syntax_case unclosed-paren         'x = (1,\n'
syntax_case unterminated-string    'x = "abc\n'
syntax_case python2-print          'print "hi"\n'
syntax_case assign-to-literal      '1 = x\n'
syntax_case compound-after-semicolon '\303\251 = 1; def f(x=[]): x.append(1)\n'
syntax_case missing-indented-block 'def f():\nreturn 1\n'
syntax_case unexpected-indent      'def f():\n    x = 1\n        y = 2\n'
syntax_case indented-first-line    '  x = 1\n'
syntax_case try-without-except     'try:\n    pass\nx = 1\n'
syntax_case leading-zero-int       'x = 0777\n'
syntax_case python2-backticks      'x = `1`\n'

# ---- more parts (formats, hooks...): one file each, sharing these helpers --------

for part in "$ROOT"/tests/cli/*.sh; do
  [ -f "$part" ] && [ "$part" != "$ROOT/tests/cli/run.sh" ] || continue
  cd "$T" || exit 2
  # shellcheck source=/dev/null
  . "$part"
done

# ---- summary ---------------------------------------------------------------------

cd "$ROOT" || true
echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
