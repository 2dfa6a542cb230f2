# Sourced by tests/cli/run.sh (uses its helpers, $T and $SNAG); alone:
#   SNAG_CLI_PART=scaling sh tests/cli/run.sh build/snag
# Issue 17, pathological but valid input: each file is generated here and
# must be linted within run's 60 s timeout (a hang or a quadratic cost
# fails; before the fixes each took minutes or never finished). Speed
# itself is measured by `make bench-scaling` (bench/scaling.py), not here.

in_dir scaling

# 200,000 comment lines: tree-sitter-python's scanner is quadratic in a
# comment block, so the parser sees them blanked. The code after the block
# is still analysed, and its line-end noqa still read.
python3 -c '
import sys
with open("comments.py", "w") as f:
    f.write("x = 1\n" + "# c\n" * 200000)
    f.write("def f(a=[]):\n    a.append(1)\n")
    f.write("def g(b=[]):  # noqa: SNG201\n    b.append(1)\n")
'
run check --output-format concise comments.py
expect_rc scaling-comments-rc 1
expect_re scaling-comments-finding '^comments\.py:200002:9: SNG201 '
check scaling-comments-one "one finding (the noqa'd one suppressed)" test "$(grep -c ': SNG' "$T/.out")" = 1

# A `#` line inside a triple-quoted string is string content, not a comment.
python3 -c '
with open("docstring.py", "w") as f:
    f.write("s = \"\"\"\n" + "# not a comment\n" * 1000 + "\"\"\"\n")
    f.write("def f(a=[]):\n    a.append(1)\n")
'
run check docstring.py
expect_re scaling-docstring-finding '^docstring\.py:1003:9: SNG201 '

# 80,000 findings on one line, with non-ASCII text before them: columns in
# code points (concise) come from marks, not a
# rescan of the line per finding.
python3 -c '
with open("longline.py", "w") as f:
    f.write("import threading; s = \"\u00e9\U0001F600\"; " + "threading.Thread(target=print, args=(1)); " * 80000 + "\n")
'
run check --output-format concise longline.py
expect_rc scaling-longline-rc 1
check scaling-longline-count "80,000 SNG511 findings" test "$(grep -c ': SNG511 ' "$T/.out")" = 80000
expect_re scaling-longline-first-col '^longline\.py:1:65: SNG511 '
expect_re scaling-longline-last-col '^longline\.py:1:3360023: SNG511 '
# The full format shows a window of a long line around each finding, not
# the whole 3.3 MB line per finding (which was 80,000 x 3.3 MB of output).
run check --output-format full longline.py
check scaling-longline-full-count "80,000 frames" test "$(grep -c '^1 | ' "$T/.out")" = 80000
check scaling-longline-full-size "output under 200 MB" test "$(wc -c <"$T/.out")" -lt 200000000
expect_re scaling-longline-full-window '^1 \| \.\.\..*threading\.Thread\(target=print, args=\(1\)\).*\.\.\.$'

# A configuration table of 100,000 keys (each checked against the others).
python3 -c '
with open("pyproject.toml", "w") as f:
    f.write("[tool.other]\n" + "".join("k%d = %d\n" % (i, i) for i in range(100000)))
    f.write("[tool.snag]\nselect = [\"SNG2\"]\n")
'
printf 'def f(a=[]):\n    a.append(1)\n' >toml_probe.py
run check toml_probe.py
expect_re scaling-toml-keys-read '^toml_probe\.py:1:9: SNG201 '
rm -f pyproject.toml

# The parse's time budget: over it, the file is SNG002 and the run goes on.
python3 -c '
with open("slow.py", "w") as f:
    f.write("".join("x%d = f(a, [b, c], {d: e})\n" % i for i in range(20000)))
'
run check --max-parse-seconds 0.000001 slow.py toml_probe.py
expect_rc scaling-budget-rc 1
expect_line scaling-budget-finding 'slow.py:1:1: SNG002 too large or too complex to analyse: parsing took over 1e-06 s (raise the limit with `--max-parse-seconds` or `max-parse-seconds` in the configuration; 0: none)'
expect_re scaling-budget-run-goes-on '^toml_probe\.py:1:9: SNG201 '
run check --max-parse-seconds 0 slow.py
expect_rc scaling-budget-zero-is-none 0
run check --max-parse-seconds -1 slow.py
expect_usage_error scaling-budget-negative max-parse-seconds
run check --max-parse-seconds soon slow.py
expect_usage_error scaling-budget-word max-parse-seconds
printf 'max-parse-seconds = 0.000001\n' >snag.toml
run check slow.py
expect_re scaling-budget-config '^slow\.py:1:1: SNG002 too large or too complex to analyse'
printf 'max-parse-seconds = "1"\n' >snag.toml
run check slow.py
check scaling-budget-config-type "a string is refused" grep -q 'max-parse-seconds. must be a number' "$T/.err"
rm -f snag.toml

# Calls nested 200,000 deep: the flow analysis' event walk keeps the
# enclosing nodes on a stack (it walked every identifier's ancestors:
# quadratic in the depth, minutes at this size); the pitfall after it is
# still found.
python3 -c '
n = 200000
with open("deep.py", "w") as f:
    f.write("x = " + "f(" * n + "y" + ")" * n + "\ndef g(a=[]):\n    a.append(1)\n")
'
run check deep.py
expect_rc scaling-deep-calls-rc 1
expect_re scaling-deep-calls-finding '^deep\.py:2:9: SNG201 '
