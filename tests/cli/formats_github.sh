# Sourced by tests/cli/run.sh (uses its helpers, $T and $SNAG).
# GitHub annotations and JSON lines.

# ---- GitHub Actions annotations --------------------------------------------

in_dir github
cp "$T/base/mixed.py" "$T/concise/u-emoji.py" .
run check --extend-select SNG202 --output-format github mixed.py u-emoji.py
expect_rc github-exit 1
expect_re github-error '^::error title=snag \(SNG201\),file=mixed\.py,line=1,col=12,endLine=1,endColumn=14::mixed\.py:1:12: SNG201 [^:]'
expect_re github-warning '^::warning title=snag \(SNG202\),file=mixed\.py,line=5,col=9,endLine=5,endColumn=[0-9]+::mixed\.py:5:9: SNG202 '
expect_re github-code-points '^::[a-z]+ title=snag \(SNG206\),file=u-emoji\.py,line=1,col=14,endLine=1,endColumn=22::'
check github-only-commands "a line is not a workflow command" sh -c '! grep -v "^::" "$1"' sh "$T/.out"
# hostile names: `%`, `,` and `:` escaped in properties; the message keeps `:` and `,`
mkf 'we,ird:100%.py' 'def f(x=[]):\n    x.append(1)\n'
run check --output-format github 'we,ird:100%.py'
expect_re github-escaped-property '^::error title=snag \(SNG201\),file=we%2Cird%3A100%25\.py,line=1,'
expect_re github-escaped-message '::we,ird:100%25\.py:1:9: SNG201 '
# a newline in a file name cannot break out of the command
mkf "$(printf 'new\nline.py')" 'def f(x=[]):\n    x.append(1)\n'
run check --output-format github "$(printf 'new\nline.py')"
expect_re github-escaped-newline '^::error title=snag \(SNG201\),file=new%0Aline\.py,line=1,'
check github-newline-one-line "the annotation spans lines" test "$(wc -l <"$T/.out")" -eq 1
run check --output-format github "$T/base/clean.py"
expect_rc github-clean-exit 0
expect_out github-clean-empty ''

# ---- JSON lines ------------------------------------------------------------

in_dir json-lines
cp "$T/base/mixed.py" "$T/base/syntax.py" "$T/concise/u-emoji.py" .
run check --extend-select SNG202 --output-format json-lines mixed.py syntax.py u-emoji.py
expect_rc json-lines-exit 1
check json-lines-objects "python check failed" python3 -c '
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
objs = [json.loads(l) for l in lines]
got = [(o["filename"], o["location"]["row"], o["location"]["column"], o["code"]) for o in objs]
assert got[:3] == [("mixed.py", 1, 12, "SNG201"), ("mixed.py", 5, 9, "SNG202"), ("mixed.py", 9, 8, "SNG206")], got
assert got[3][0] == "syntax.py" and got[3][3] == "SNG001", got
assert got[4] == ("u-emoji.py", 1, 14, "SNG206"), got
assert objs[4]["end_location"] == {"row": 1, "column": 22}, objs[4]
' "$T/.out"
run check --extend-select SNG202 --output-format json-lines --statistics mixed.py
check json-lines-statistics "python check failed" python3 -c '
import json, sys
objs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert sorted(o["code"] for o in objs) == ["SNG201", "SNG202", "SNG206"], objs
assert all(o["count"] == 1 for o in objs), objs
' "$T/.out"
run check --output-format json-lines "$T/base/clean.py"
expect_rc json-lines-clean-exit 0
expect_out json-lines-clean-empty ''
