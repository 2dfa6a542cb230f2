# Sourced by tests/cli/run.sh (uses its helpers, $T and $SNAG).
# --fix, --unsafe-fixes, --diff.

in_dir fix
mkf args.py 'import threading\n\ndef f(x):\n    pass\n\nt = threading.Thread(target=f, args=(1))\n\ndef g(a=[]):\n    a.append(1)\n'
chmod 640 args.py
cp args.py orig.py

# --diff: a patch of the safe fixes only; nothing changes on disk
run check --diff args.py
expect_rc fix-diff-exit 1
expect_line fix-diff-minus '-t = threading.Thread(target=f, args=(1))'
expect_line fix-diff-plus '+t = threading.Thread(target=f, args=(1,))'
expect_lacks fix-diff-safe-only 'a=None'
check fix-diff-unchanged "--diff changed the file" cmp -s args.py orig.py
cp "$T/.out" safe.diff
# the diff applies and gives what --fix writes
cp orig.py patched.py
check fix-diff-applies "git apply rejected the diff" sh -c 'sed "s/args\.py/patched.py/" safe.diff | git apply --unsafe-paths -p0 -'

# --fix: the safe fix is written, the unsafe one is only reported
run check --fix args.py
expect_rc fix-remaining-exit 1
expect_re fix-remaining-listed '^args\.py:8:9: SNG201 '
expect_lacks fix-fixed-not-listed 'SNG511'
check fix-written "the fix is not in the file" grep -q -F 'args=(1,))' args.py
check fix-same-as-diff "--fix and the applied --diff differ" cmp -s args.py patched.py
check fix-mode-kept "the file lost its permission bits" test "$(stat -c %a args.py)" = 640
check fix-no-temp-left "a temporary file was left behind" sh -c '! ls | grep -q snag-'

# --unsafe-fixes: the mutable default too, until nothing is left
cp orig.py unsafe.py
run check --fix --unsafe-fixes unsafe.py
expect_rc fix-unsafe-exit 0
check fix-unsafe-written "the unsafe fix is not in the file" grep -q -F 'if a is None:' unsafe.py
check fix-unsafe-runs "the fixed file does not run" python3 -c 'import runpy; m = runpy.run_path("unsafe.py"); m["g"](); assert m["g"]() is None'
run check --fix --unsafe-fixes unsafe.py
expect_rc fix-stable 0

# a file that does not parse is never touched
mkf broken.py 'import threading\nt = threading.Thread(target=print, args=(1))\ndef (:\n'
cp broken.py broken.orig
run check --fix broken.py
expect_rc fix-broken-exit 1
check fix-broken-untouched "a file with a syntax error was rewritten" cmp -s broken.py broken.orig

# a BOM and CRLF line endings survive
printf '\357\273\277import threading\r\nt = threading.Thread(target=print, args=(1))\r\n' >bom.py
run check --fix bom.py
expect_rc fix-bom-exit 0
check fix-bom-kept "the BOM or CRLF was lost" sh -c 'test "$(od -An -c bom.py | tr -d " \n")" = "357273277importthreading\\r\\nt=threading.Thread(target=print,args=(1,))\\r\\n"'

# stdin: the fixed text on stdout, findings on stderr
run_in orig.py check --fix --stdin-filename x.py -
expect_rc fix-stdin-exit 1
expect_line fix-stdin-text 't = threading.Thread(target=f, args=(1,))'
check fix-stdin-report "the remaining finding is not on stderr" grep -q 'SNG201' "$T/.err"

# nothing to fix: exit 0, file untouched, no diff
cp "$T/base/clean.py" clean.py
run check --diff clean.py
expect_rc fix-diff-clean 0
expect_out fix-diff-clean-empty ''

# --diff shows only the changed hunks: three fixes, two of them far apart,
# give two hunks with 3 lines of context; patch and git apply accept it and
# give what --fix writes
in_dir fix-hunks
python3 -c '
lines = ["import threading", "", "def work(x):", "    return x", ""]
lines += ["t1 = threading.Thread(target=work, args=(1))"]
lines += ["x%d = %d" % (i, i) for i in range(20)]
lines += ["t2 = threading.Thread(target=work, args=(2))", "y = 1", "t3 = threading.Thread(target=work, args=(3))"]
lines += ["z = 0"]
open("m.py", "w").write("\n".join(lines) + "\n")'
cp m.py orig.py
run check --diff m.py
expect_rc fix-hunks-exit 1
check fix-hunks-count "expected 2 hunks" test "$(grep -c '^@@' "$T/.out")" = 2
expect_line fix-hunks-first '@@ -3,7 +3,7 @@'
expect_line fix-hunks-second '@@ -24,7 +24,7 @@'
check fix-hunks-no-far-context "an unchanged line far from any fix is in the diff" sh -c '! grep -q "^ x10 = 10" "$1"' sh "$T/.out"
cp "$T/.out" m.diff
check fix-hunks-git-apply "git apply --check rejected the diff" git apply --check -p0 m.diff
if command -v patch >/dev/null; then
  check fix-hunks-patch "patch rejected the diff" sh -c 'patch -s -p0 -o patched.py orig.py <m.diff >/dev/null'
else
  skip fix-hunks-patch "no patch command"
  sed "s/m\.py/patched.py/" m.diff >p.diff && cp orig.py patched.py && git apply --unsafe-paths -p0 p.diff
fi
run check --fix m.py
check fix-hunks-same-as-fix "the patched file differs from what --fix writes" cmp -s m.py patched.py
