# Sourced by tests/cli/run.sh (uses its helpers, $T and $SNAG).
# Selectors that match no rule, `snag rule(s) --output-format json`, noqa
# hygiene (SNG003) and --add-noqa.

# ---- a selector that matches no rule is an error (a typo must not pass CI) ----
in_dir selectors
mkf a.py 'def f(x=[]):\n    x.append(1)\n'
for opt in select extend-select ignore; do
  run check --$opt SNG9 a.py
  expect_usage_error "selector-typo-$opt" "unknown rule selector 'SNG9' in --$opt"
done
run check --select SNG201,SNG8 a.py
expect_usage_error selector-typo-in-list "unknown rule selector 'SNG8'"
run check --select SNG2 a.py
expect_rc selector-prefix-ok 1
run check --ignore SNG0 a.py
expect_rc selector-family-prefix-ok 1
# the same in configuration files: the file, line and key are named
mkf snag.toml 'select = ["SNG201"]\nextend-select = ["SNG9"]\n'
run check a.py
expect_usage_error selector-typo-snag-toml "snag.toml:2: unknown rule selector 'SNG9' in \`extend-select\`"
rm snag.toml
mkf pyproject.toml '[tool.snag]\nignore = ["SNG20"]\n\n[tool.snag.per-file-ignores]\n"a.py" = ["SNG2999"]\n'
run check a.py
expect_usage_error selector-typo-per-file-ignores "pyproject.toml:5: unknown rule selector 'SNG2999' in \`per-file-ignores\`"
rm pyproject.toml

# ---- snag rule / rules --output-format json (as ruff rule --output-format json) ----
run rule SNG511 --output-format json
expect_rc rule-json-exit 0
check rule-json-fields "python check failed" pyjson "$T/.out" '
assert d["code"] == "SNG511" and d["name"] == "args-not-a-tuple", d
assert d["severity"] == "error" and d["default_enabled"] is True, d
assert d["fix_availability"] == "Sometimes" and d["fix"] == "Fix is sometimes available.", d
assert d["summary"] and d["explanation"].startswith("## What it does\n"), d
assert "## Fix safety" in d["explanation"], d
assert d["linter"] == "threads" and d["preview"] is False, d
assert d["url"].endswith("#sng511-args-not-a-tuple"), d'
run rule SNG101 --output-format=json
check rule-json-no-fix "python check failed" pyjson "$T/.out" '
assert d["fix_availability"] == "None", d'
"$SNAG" rules | awk '{ print $1 }' >"$T/rule-codes"
run rules --output-format json
expect_rc rules-json-exit 0
check rules-json-all "python check failed" pyjson "$T/.out" '
codes = open(sys.argv[1].replace(".out", "rule-codes")).read().split()
assert [r["code"] for r in d] == codes, (len(d), len(codes))' 
run rule --all --output-format json
check rule-all-json "python check failed" pyjson "$T/.out" 'assert len(d) > 40 and d[0]["code"] == "SNG001", len(d)'
run rule SNG511 --output-format xml
expect_usage_error rule-json-bad-format xml
run rule
expect_usage_error rule-no-argument 'usage: snag rule'

# ---- SNG003 unused-noqa from the command line -------------------------------
in_dir unused-noqa
mkf a.py 'def f(x=[]):  # noqa: SNG201\n    return x  # noqa: SNG2O1, SNG9999, E501\n'
run check a.py
expect_rc unused-noqa-exit 1
expect_line unused-noqa-stale 'a.py:1:23: SNG003 [*] Unused `noqa` code `SNG201`: SNG201 reports nothing on this line'
expect_re unused-noqa-unknown '^a\.py:2:31: SNG003 .*`SNG9999`, which is not a snag rule'
expect_lacks unused-noqa-other-tools 'E501'
expect_lacks unused-noqa-not-digits 'SNG2O1'
run check --ignore SNG201 a.py
expect_codes unused-noqa-disabled-rule-unknown SNG003
expect_lacks unused-noqa-disabled-rule 'SNG201 reports nothing'
run check --fix a.py
expect_rc unused-noqa-fixed 0
check unused-noqa-fix-text "the fixed file differs" test "$(cat a.py)" = 'def f(x=[]):
    return x  # noqa: SNG2O1, E501'

# ---- --add-noqa -----------------------------------------------------------------
in_dir add-noqa
python3 -c '
import sys
open("a.py", "w").write("""import threading


def f(x=[]):
    x.append(1)
    return x


def g(work, items={}):  # type: ignore
    t = threading.Thread(target=work, args=(1))  # noqa: E501
    items.update(a=1)
    s = \"\"\"abc
    \"\"\" + threading.Thread(target=work, args=(2)).name
    u = threading.Thread(target=work, args=(\"\"\"
    x\"\"\")).name
    w = threading.Thread(target=work, args=(4)).name + \\
        "x"
    v = 1 + \\
        len(threading.Thread(target=work, args=(3)).name)
    return t, s, u, v, w
""")
open("b.py", "w", newline="").write("import threading\r\nt = threading.Thread(target=print, args=(1))\r\n")
'
python3 -m py_compile a.py b.py || bad add-noqa-setup "the test files do not compile"
cp a.py a.orig
run check --add-noqa a.py b.py
expect_rc add-noqa-exit 0
check add-noqa-count "stderr lacks the count" grep -q -x 'Added 6 noqa directives.' "$T/.err"
check add-noqa-skip-string "no message for the line ending inside a string" \
  grep -q '^snag: a\.py:14: not adding `# noqa: SNG511`: the line ends inside a string' "$T/.err"
check add-noqa-skip-continuation "no message for the line ending with a continuation" \
  grep -q '^snag: a\.py:16: not adding `# noqa: SNG511`: the line ends with a `\\` continuation' "$T/.err"
check add-noqa-compiles "the rewritten file does not compile" python3 -m py_compile a.py b.py
check add-noqa-new "no directive after the code" grep -q -x -F 'def f(x=[]):  # noqa: SNG201' a.py
check add-noqa-after-comment "no directive after another comment" grep -q -x -F 'def g(work, items={}):  # type: ignore  # noqa: SNG201' a.py
check add-noqa-merged "the existing directive was not extended" grep -q -F 'args=(1))  # noqa: E501, SNG511' a.py
check add-noqa-after-string "no directive after a multi-line string" grep -q -F '(2)).name  # noqa: SNG511' a.py
check add-noqa-crlf "CRLF line endings were broken" sh -c 'test "$(od -An -c b.py | tr -d " \n")" = "importthreading\\r\\nt=threading.Thread(target=print,args=(1))#noqa:SNG511\\r\\n"'
run check a.py b.py
expect_codes add-noqa-only-skipped-left SNG511
check add-noqa-only-skipped-lines "other findings are left" test "$(grep -c ': SNG' "$T/.out")" = 2
run check --add-noqa a.py b.py
check add-noqa-idempotent "a second --add-noqa added something" grep -q -x 'Added 0 noqa directives.' "$T/.err"
# a file with nothing that cannot hold a comment: the next check is clean
mkf c.py 'import threading\n\n\ndef f(x=[]):\n    x.append(1)\n    return threading.Thread(target=f, args=(x))\n'
run check --add-noqa c.py
run check c.py
expect_rc add-noqa-then-clean 0
run check --add-noqa --fix c.py
expect_usage_error add-noqa-with-fix add-noqa
run_in c.py check --add-noqa -
expect_usage_error add-noqa-stdin add-noqa
