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
