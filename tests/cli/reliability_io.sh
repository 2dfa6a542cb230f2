# Sourced by tests/cli/run.sh (uses its helpers, $T and $SNAG).
# shellcheck shell=sh disable=SC2034,SC2016  # $last is read by run.sh's bad
# Issue 17, I/O and output: FIFOs never block, errors never read as
# success, --fix keeps the file's identity, control characters in names
# are shown escaped, and a very deep --stdin-filename stays small.
# Alone: SNAG_CLI_PART=reliability_io sh tests/cli/run.sh build/snag

MUT='def f(x=[]):\n    x.append(1)\n'

# ---- FIFOs and other non-regular files: refused, never waited on --------------
in_dir io-fifo
mkfifo named.py
run check named.py
expect_rc fifo-named-exit 1
expect_re fifo-named-sng002 '^named\.py:1:1: SNG002 not a regular file \(a FIFO\)'
for fmt in full json json-lines github sarif junit; do
  run check --output-format "$fmt" named.py
  expect_rc "fifo-named-$fmt" 1
done
run check --fix named.py
expect_rc fifo-named-fix 1
run check --add-noqa named.py
expect_rc fifo-named-add-noqa 0
mkfifo conf.toml
run check --config conf.toml named.py
expect_usage_error fifo-config 'conf.toml: the configuration is not a regular file'
# FIFOs where discovery and configuration loading read files
in_dir io-fifo-tree
mkdir .git
mkf a.py "$MUT"
mkf sub/b.py "$MUT"
for f in .gitignore pyproject.toml sub/snag.toml sub/.snag.toml sub/pyproject.toml sub/.gitignore .git/info/exclude; do
  mkdir -p "$(dirname "$f")"
  mkfifo "$f"
done
mkfifo sub/c.py
run check .
expect_rc fifo-tree-exit 1
expect_re fifo-tree-linted '^\./sub/b\.py:1:9: SNG201 '
expect_lacks fifo-tree-fifo-skipped 'c.py'
# stdin that is a directory: an error, not "All checks passed!"
run_in "$T/io-fifo-tree" check -
expect_usage_error stdin-directory 'cannot read stdin: Is a directory'
run_in "$T/io-fifo-tree" check --stdin-filename x.py
expect_usage_error stdin-directory-named 'cannot read stdin'

# ---- errors that read as success -------------------------------------------------
in_dir io-errors
mkf a.py "$MUT"
full_output() {  # NAME ARGS...: snag's stdout goes to /dev/full
  _n=$1; shift
  last="snag $* > /dev/full"
  timeout 60 "$SNAG" "$@" </dev/null >/dev/full 2>"$T/.err"
  rc=$?
  : >"$T/.out"
  out=
  if [ "$rc" != 2 ]; then bad "$_n" "exit status $rc, expected 2"
  elif ! grep -q -x -F 'snag: cannot write the output: No space left on device' "$T/.err"; then
    bad "$_n" "stderr lacks \`snag: cannot write the output: No space left on device\`"
  else ok; fi
}
if [ -w /dev/full ]; then
  full_output full-concise check a.py
  full_output full-sarif check --output-format sarif a.py
  full_output full-json check --output-format json a.py
  full_output full-diff check --diff --unsafe-fixes a.py
  full_output full-rules rules
  last="snag check --fix --unsafe-fixes - < a.py > /dev/full"
  timeout 60 "$SNAG" check --fix --unsafe-fixes - <a.py >/dev/full 2>"$T/.err"
  rc=$?
  expect_rc full-fix-stdin 2
  check full-fix-stdin-said "no message for the lost fixed text" grep -q 'cannot write the output' "$T/.err"
  check full-fix-stdin-not-passed "a lost fix says All checks passed!" sh -c '! grep -q "All checks passed" "$1"' sh "$T/.err"
else
  skip full-output "no writable /dev/full"
fi
# an empty selector is a mistake, as an unknown one is
run check --select '' a.py
expect_usage_error empty-select "empty rule selector '' in --select"
run check --ignore ', ' a.py
expect_usage_error empty-ignore "empty rule selector"
in_dir io-errors/conf
mkf pyproject.toml '[tool.snag]\nselect = [""]\n'
mkf a.py "$MUT"
run check .
expect_usage_error empty-select-config "pyproject.toml:2: empty rule selector"

# an unreadable directory: reported, the rest linted, exit 2
in_dir io-unreadable
mkf a.py "$MUT"
mkf locked/b.py "$MUT"
chmod 000 locked
as_nobody() {  # ARGS...: snag as a non-root user when we are root
  last="snag $*"
  if [ "$(id -u)" = 0 ]; then
    timeout 60 setpriv --reuid=65534 --regid=65534 --clear-groups "$SNAG" "$@" </dev/null >"$T/.out" 2>"$T/.err"
  else
    timeout 60 "$SNAG" "$@" </dev/null >"$T/.out" 2>"$T/.err"
  fi
  rc=$?
  out=$(cat "$T/.out")
}
if [ "$(id -u)" = 0 ] && ! command -v setpriv >/dev/null 2>&1; then
  skip unreadable-dir "no setpriv to drop root"
else
  chmod 755 "$T" "$T/io-unreadable"
  as_nobody check .
  expect_rc unreadable-dir-exit 2
  expect_re unreadable-dir-rest-linted '^\./a\.py:1:9: SNG201 '
  check unreadable-dir-said "no message names the directory" grep -q '^snag: \./locked: Permission denied' "$T/.err"
  chmod 700 "$T"
fi
chmod 755 locked

# ---- --fix keeps the file's identity ------------------------------------------------
in_dir io-identity
mkf real.py "$MUT"
ln -s real.py link.py
run check --fix --unsafe-fixes link.py
expect_rc fix-symlink-exit 0
check fix-symlink-kept "the symlink was replaced by a file" test -L link.py
check fix-symlink-target "the link's target was not fixed" grep -q 'if x is None' real.py

mkf mode.py "$MUT"
chmod 2751 mode.py
run check --fix --unsafe-fixes mode.py
check fix-mode-setgid-kept "the mode changed" test "$(stat -c %a mode.py)" = 2751

mkf hard.py "$MUT"
ln hard.py hard2.py
run check --fix --unsafe-fixes hard.py
expect_rc fix-hardlink-exit 0
check fix-hardlink-kept "the hard link was split" test "$(stat -c %i hard.py)" = "$(stat -c %i hard2.py)"
check fix-hardlink-both "the other name does not see the fix" grep -q 'if x is None' hard2.py

mkf ro.py "$MUT"
cp ro.py ro.orig
chmod 444 ro.py
run check --fix --unsafe-fixes ro.py
expect_rc fix-readonly-exit 2
check fix-readonly-untouched "a read-only file was rewritten" cmp -s ro.py ro.orig
check fix-readonly-said "no message says the file is read-only" grep -q "^snag: cannot write the fixed \`ro.py\`: .*read-only" "$T/.err"
expect_has fix-readonly-findings-kept 'ro.py:1:9: SNG201'
expect_lacks fix-readonly-not-passed 'All checks passed!'

if [ "$(id -u)" = 0 ]; then
  mkf owned.py "$MUT"
  chown 65534:65534 owned.py
  chmod 640 owned.py
  run check --fix --unsafe-fixes owned.py
  expect_rc fix-owner-exit 0
  check fix-owner-kept "fixing as root took the file from its owner" test "$(stat -c %u:%g:%a owned.py)" = 65534:65534:640
  check fix-owner-fixed "the file was not fixed" grep -q 'if x is None' owned.py
else
  skip fix-owner-kept "needs root to chown"
fi

# as an ordinary user: a file owned by someone else (its owner cannot be
# given away) and a file in a folder the user may not add to are written in
# place, keeping the file
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
  chmod 755 "$T" "$T/io-identity"
  mkdir -p theirs && chown 65534 theirs
  mkf theirs/root.py "$MUT"
  chmod 666 theirs/root.py
  as_nobody check --fix --unsafe-fixes theirs/root.py
  expect_rc fix-foreign-owner-exit 0
  check fix-foreign-owner-kept "the file is no longer root's" test "$(stat -c %u:%a theirs/root.py)" = 0:666
  check fix-foreign-owner-fixed "the file was not fixed" grep -q 'if x is None' theirs/root.py
  mkdir -p closed
  mkf closed/open.py "$MUT"
  chmod 666 closed/open.py
  as_nobody check --fix --unsafe-fixes closed/open.py
  expect_rc fix-closed-folder-exit 0
  check fix-closed-folder-fixed "a writable file in a closed folder was not fixed" grep -q 'if x is None' closed/open.py
  chmod 700 "$T"
else
  skip fix-foreign-owner "needs root and setpriv"
fi

# lone CR line endings: inserted lines end with CR too
printf 'import os\rdef f(x: list = []):\r    x.append(1)\r' >cr.py
run check --fix --unsafe-fixes cr.py
expect_rc fix-cr-exit 0
check fix-cr-endings "an inserted line does not end with CR in a CR file" python3 -c '
t = open("cr.py", "rb").read()
assert b"\n" not in t and t.count(b"\r") == 5 and b"if x is None:\r" in t, t'

# ---- control characters in names and text: shown escaped ---------------------------
in_dir io-names
esc=$(printf '\033')
cr=$(printf '\r')
mkf "$(printf 'e\033[31mx\rY.py')" "$MUT"
mkf "$(printf 'n\nL.py')" "$MUT"
for fmt in concise full github json json-lines sarif junit; do
  run check --output-format "$fmt" .
  expect_rc "names-$fmt-exit" 1
  check "names-$fmt-no-esc" "raw ESC in the output" sh -c '! grep -q "$1" "$2"' sh "$esc" "$T/.out"
  check "names-$fmt-no-cr" "raw CR in the output" sh -c '! grep -q "$1" "$2"' sh "$cr" "$T/.out"
done
run check .
expect_has names-escaped-esc 'e\x1b[31mx\rY.py:1:9: SNG201'
expect_has names-escaped-lf 'n\nL.py:1:9: SNG201'
run check --output-format github .
expect_has names-github-cr 'file=e\x1b[31mx%0DY.py,'
expect_has names-github-lf 'file=n%0AL.py,'
# --diff quotes such a name as git does; the patch still applies
run check --diff --unsafe-fixes "$(printf 'e\033[31mx\rY.py')"
expect_rc names-diff-exit 1
expect_line names-diff-quoted '--- "e\033[31mx\015Y.py"'
check names-diff-no-esc "raw ESC in the diff" sh -c '! grep -q "$1" "$2"' sh "$esc" "$T/.out"
if command -v patch >/dev/null; then
  check names-diff-applies "patch rejected the quoted diff" sh -c 'patch -s --dry-run -p0 <"$1" >/dev/null' sh "$T/.out"
fi
run check "$(printf 'no\033[2Jsuch.py')"
check names-stderr-escaped "a snag: message printed a raw ESC" sh -c '! grep -q "$1" "$2" && grep -q "no.x1b.2Jsuch.py" "$2"' sh "$esc" "$T/.err"

# ---- a very deep --stdin-filename: memory linear in the path ------------------------
# 30,000 directories (60 KB): 884 MB before (every ancestor path kept), ~7 MB now
in_dir io-deep
mkf a.py 'x = 1\n'
check deep-stdin-filename-memory "peak memory over 200 MB (or a failure)" python3 -c '
import resource, subprocess, sys
name = "a/" * 30000 + "x.py"
p = subprocess.run(["timeout", "60", sys.argv[1], "check", "--stdin-filename", name, "-"],
                   stdin=open("a.py"), capture_output=True)
kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
assert p.returncode == 0, "exit %d" % p.returncode
assert kb < 200 * 1024, "peak %d KB" % kb' "$SNAG"
