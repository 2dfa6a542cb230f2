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
# file= is relative to the workspace root (GITHUB_WORKSPACE, else the working
# directory), never `./pkg/mod.py`: GitHub attaches annotations by that path
in_dir github-ws
mkf pkg/mod.py 'def f(x=[]):\n    x.append(1)\n'
mkf top.py 'def f(x=[]):\n    x.append(1)\n'
gh_files() {  # the file= values, in order, on one line
  sed -n 's/^::[a-z]* title=[^,]*,file=\([^,]*\),.*/\1/p' "$T/.out" | tr '\n' ' ' | sed 's/ $//'
}
gh_expect() {  # NAME WANT
  if [ "$(gh_files)" = "$2" ]; then ok; else bad "$1" "file= values [$(gh_files)], expected [$2]"; fi
}
unset GITHUB_WORKSPACE
run check --output-format github .
gh_expect github-path-dot 'pkg/mod.py top.py'
expect_re github-path-dot-message '::pkg/mod\.py:1:9: SNG201 '
run check --output-format github pkg
gh_expect github-path-subdir 'pkg/mod.py'
run check --output-format github "$T/github-ws/pkg/mod.py" "$T/github-ws/top.py"
gh_expect github-path-absolute 'pkg/mod.py top.py'
run check --output-format github "$T/base/mutated.py"
gh_expect github-path-outside "$T/base/mutated.py"
cd pkg || exit 2
run check --output-format github .
gh_expect github-path-cwd-is-root 'mod.py'
GITHUB_WORKSPACE=$T/github-ws; export GITHUB_WORKSPACE
run check --output-format github . ../top.py
gh_expect github-path-workspace 'top.py pkg/mod.py'
run check --output-format github "$T/github-ws/pkg/mod.py" "$T/base/mutated.py"
gh_expect github-path-workspace-absolute "$T/base/mutated.py pkg/mod.py"
# a workspace reached through a symbolic link still matches
ln -s "$T/github-ws" "$T/github-ws-link"
GITHUB_WORKSPACE=$T/github-ws-link
run check --output-format github .
gh_expect github-path-workspace-symlink 'pkg/mod.py'
unset GITHUB_WORKSPACE
cd "$T" || exit 2

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
