# Sourced by tests/cli/run.sh (uses its helpers, $T and $SNAG).
# Configuration files: discovery from each file's directory upwards (closest
# wins, no merging), the three file names and their order, every key, the
# command line on top, --config / --isolated / --force-exclude, and clear
# file:line errors (exit 2) for malformed configurations.

PITFALL='def f(a, b=[]):\n    b.append(a)\n\n\ngrid = [[0] * 3] * 4; grid[0][0] = 1\n'  # SNG201 + SNG206

# ---- discovery and precedence ---------------------------------------------
in_dir config-tree
git init -q .
mkf top.py "$PITFALL"
mkf pkg/mod.py "$PITFALL"
mkf pkg/deep/leaf.py "$PITFALL"
mkf other/x.py "$PITFALL"
mkf plain/y.py "$PITFALL"
mkf pyproject.toml '[project]\nname = "demo"\n\n[tool.snag]\nignore = ["SNG206"]\n'
mkf pkg/snag.toml 'select = ["SNG206"]\n'
mkf other/pyproject.toml '[project]\nname = "no-snag-table"\n'
mkf plain/.snag.toml 'extend-select = ["SNG204"]\n'
mkf plain/snag.toml 'select = ["SNG206"]\n'

# --select on the command line replaces the file's selection, its ignores too
run check --select ALL --ignore SNG204 top.py
expect_codes config-cli-select-replaces-file "SNG201 SNG206"
run check
expect_rc config-discovery-exit 1
# pyproject's [tool.snag] applies at the top and in other/ (its pyproject has
# no [tool.snag] and is passed over) ...
expect_has  config-pyproject-applies './top.py:1:12: SNG201'
expect_lacks config-pyproject-ignore './top.py:5:'
expect_has  config-pyproject-without-table-passed-over './other/x.py:1:12: SNG201'
expect_lacks config-pyproject-without-table-ignore './other/x.py:5:'
# ... the closest file wins and replaces it whole (select, not merged) ...
expect_has  config-closest-wins './pkg/mod.py:5:8: SNG206'
expect_lacks config-closest-not-merged './pkg/mod.py:1:'
expect_has  config-closest-in-subdir './pkg/deep/leaf.py:5:8: SNG206'
expect_lacks config-closest-in-subdir-select './pkg/deep/leaf.py:1:'
# ... and .snag.toml beats snag.toml in one directory (defaults + SNG204).
expect_has  config-dot-file-first './plain/y.py:1:12: SNG201'
expect_has  config-dot-file-first-defaults './plain/y.py:5:8: SNG206'

# The command line goes on top of each file's settings.
run check --extend-select SNG201 pkg
expect_has  config-cli-extend 'pkg/mod.py:1:12: SNG201'
run check --ignore SNG206 pkg/mod.py
expect_rc   config-cli-ignore 0
# Named files use their own directory's configuration too.
run check pkg/deep/leaf.py
expect_codes config-named-file "SNG206"
# stdin takes the configuration of --stdin-filename's directory.
run_in "$T/config-tree/top.py" check --stdin-filename pkg/stdin.py
expect_codes config-stdin-filename "SNG206"

# --isolated: no configuration at all; --config: one file for every path.
run check --isolated pkg/mod.py
expect_codes config-isolated "SNG201 SNG206"
mkf alt.toml 'select = ["SNG201"]\n'
run check --config alt.toml pkg/mod.py top.py
expect_codes config-explicit "SNG201"
run check --config missing.toml top.py
expect_usage_error config-explicit-missing missing.toml

# ---- keys -------------------------------------------------------------------
in_dir config-keys
git init -q .
mkf a.py "$PITFALL"
mkf tests/test_a.py "$PITFALL"
mkf tests/unit/test_b.py "$PITFALL"
mkf scripts/s.py "$PITFALL"
mkf gen/g.py "$PITFALL"
mkf build/b.py "$PITFALL"
mkf ignored/i.py "$PITFALL"
mkf .gitignore 'ignored/\n'
mkf snag.toml '# per-file-ignores: globs relative to this directory
per-file-ignores = { "tests/**/test_*.py" = ["SNG201"], "{scripts,gen}/*.py" = ["mutable-default-mutated", "SNG2"] }
extend-exclude = ["gen"]
output-format = "json-lines"
'
run check
expect_rc config-keys-exit 1
check config-json-lines-from-file "output-format from the file: not JSON lines" \
  python3 -c 'import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
got = sorted((r["filename"], r["code"]) for r in rows)
want = [("./a.py", "SNG201"), ("./a.py", "SNG206"), ("./tests/test_a.py", "SNG206"),
        ("./tests/unit/test_b.py", "SNG206")]
assert got == want, got' "$T/.out"
run check --output-format concise
expect_has   config-cli-format-beats-file './a.py:1:12: SNG201'
expect_lacks config-extend-exclude './gen/'
expect_lacks config-default-excludes-kept './build/'
expect_lacks config-gitignore-respected './ignored/'
# --force-exclude: excludes apply to named files too (what pre-commit passes)
run check --output-format concise build/b.py
expect_has   config-named-file-not-excluded 'build/b.py:1:12'
run check --output-format concise --force-exclude gen/g.py build/b.py a.py
expect_lacks config-force-exclude 'gen/g.py'
expect_lacks config-force-exclude-default 'build/b.py'
expect_has   config-force-exclude-keeps-others 'a.py:1:12'
run_in "$T/config-keys/a.py" check --force-exclude --stdin-filename gen/x.py --output-format concise
expect_rc config-force-exclude-stdin 0

# exclude replaces the default excludes; respect-gitignore = false
mkf snag.toml 'exclude = ["scripts"]\nrespect-gitignore = false\n'
run check
expect_has   config-exclude-replaces-defaults './build/b.py:1:12'
expect_lacks config-exclude 'scripts/'
expect_has   config-respect-gitignore-false './ignored/i.py:1:12'
run check --no-respect-gitignore --isolated
expect_lacks config-isolated-default-excludes './build/'

# ---- malformed configurations: file:line, exit 2, nothing linted -------------
in_dir config-bad
mkf a.py "$PITFALL"
bad_config() {  # NAME FILE TEXT WANT: the error names FILE:LINE and says WANT
  mkf "$2" "$3"
  run check a.py
  expect_usage_error "$1" "$4"
  rm -f "$2"
}
bad_config config-bad-toml        snag.toml 'select = ["SNG201"\nignore = 3\n'  'snag.toml:1:'
bad_config config-bad-toml-why    snag.toml 'x = [\n'                           'invalid TOML'
bad_config config-unknown-key     snag.toml '\n\nselec = ["SNG201"]\n'          'snag.toml:3: unknown key `selec`'
bad_config config-wrong-type      snag.toml 'select = 3\n'                      'snag.toml:1: `select` must be an array of strings'
bad_config config-bad-selector    snag.toml 'ignore = ["SNG201", "NOPE9"]\n'    "snag.toml:1: unknown rule selector 'NOPE9' in \`ignore\`"
bad_config config-bad-glob        snag.toml 'exclude = ["[a-"]\n'               'bad pattern `[a-`'
bad_config config-bad-pfi-glob    snag.toml '[per-file-ignores]\n"{a" = ["SNG201"]\n' 'snag.toml:2: bad pattern `{a`'
bad_config config-bad-pfi-type    snag.toml 'per-file-ignores = ["x"]\n'        '`per-file-ignores` must be a table'
bad_config config-bad-target      snag.toml 'target-version = "py27"\n'         '`target-version`'
bad_config config-bad-format      snag.toml 'output-format = "xml"\n'           '`output-format` must be one of'
bad_config config-bad-bool        snag.toml 'respect-gitignore = "no"\n'        '`respect-gitignore` must be true or false'
bad_config config-duplicate-key   snag.toml 'select = []\nselect = []\n'        'snag.toml:2:'
bad_config config-bad-pyproject   pyproject.toml '[tool.snag]\nselect = "ALL"\n[tool.snag]\n' 'pyproject.toml:3:'
bad_config config-tool-snag-type  pyproject.toml '[tool]\nsnag = 1\n'          '`tool.snag` must be a table'
printf 'select = ["\377"]\n' >snag.toml
run check a.py
expect_usage_error config-invalid-utf8 'snag.toml:1:'
printf '\000\001\002' >snag.toml
run check a.py
expect_usage_error config-binary 'snag.toml'
rm -f snag.toml
# a malformed configuration below a directory root stops the run as well
mkf sub/b.py "$PITFALL"
mkf sub/snag.toml 'select = [\n'
run check .
expect_rc config-bad-nested 2
check config-bad-nested-message "stderr does not name sub/snag.toml" grep -q '^snag: sub/snag.toml:' "$T/.err"
check config-bad-nested-nothing-reported "findings were printed" test -z "$out"
run check --isolated .
expect_rc config-bad-nested-isolated 1

# The README's configuration example is a valid configuration.
in_dir config-readme
awk '/^```toml/{f=1;next} /^```/{f=0} f' "$ROOT/README.md" >pyproject.toml
mkf a.py 'x = 1\n'
check config-readme-example-extracted "README.md has no toml example" grep -q '^\[tool.snag\]' pyproject.toml
run check --output-format concise a.py
expect_rc config-readme-example-valid 0

# A malformed configuration above a file named on the command line (or
# --stdin-filename) stops the run too, not only one met while walking.
in_dir config-bad-named
mkf sub/x.py "$PITFALL"
mkf sub/snag.toml 'select = [\n'
run check sub/x.py
expect_usage_error config-bad-above-named-file 'sub/snag.toml:'
run_in "$T/config-bad-named/sub/x.py" check --stdin-filename sub/y.py
expect_usage_error config-bad-above-stdin-filename 'sub/snag.toml:'
# target-version: digits only
mkf sub/snag.toml 'target-version = "py34294967307"\n'
run check sub/x.py
expect_usage_error config-target-overflow '`target-version`'
mkf sub/snag.toml 'target-version = "py3 11"\n'
run check sub/x.py
expect_usage_error config-target-space '`target-version`'
