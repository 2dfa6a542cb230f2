# Sourced by tests/cli/run.sh (uses its helpers, $T, $ROOT and $SNAG).
# shellcheck shell=sh disable=SC2016,SC2034,SC2012  # python in single quotes; rc/last/out are read by run.sh; ls of a glob
# action.yml (the composite GitHub Action): its steps run in order by
# tests/cli/action_steps.py with the variables a runner sets, in a scratch
# workspace, offline: the `wheel` input points at the built wheel
# (build/dist/), and a second run finds the tool venv as actions/cache would
# restore it, so it installs nothing. Annotations must name the project's
# files, SARIF must be valid JSON, exit codes must be snag's.

ACT_PY=/usr/bin/python3
[ -x "$ACT_PY" ] || ACT_PY=python3
ACT_WHEEL=$(ls "$(dirname "$SNAG")"/dist/snag_lint-*.whl 2>/dev/null | head -n 1)

if [ -z "$ACT_WHEEL" ]; then
  skip action "no build/dist/snag_lint-*.whl (make wheel; make test builds it)"
elif ! "$ACT_PY" -c 'import yaml, ensurepip' 2>/dev/null; then
  skip action "$ACT_PY lacks yaml or venv (apt-get install python3-yaml python3-venv)"
else
  ACT_WS=$T/action/workspace
  ACT_TMP=$T/action/runner-temp
  mkdir -p "$ACT_TMP"
  in_dir action/workspace
  mkf pkg/mod.py 'def f(a, b=[]):\n    b.append(a)\n'
  mkf pkg/ok.py 'x = 1\n'
  # act INPUT=VALUE...: the action's steps; rc, stdout in $T/.out, stderr
  # in $T/.err, the steps' outputs in $T/act-state.json
  act() {
    last="action.yml $*"
    _n=$#
    for _i in "$@"; do set -- "$@" --input "$_i"; done
    shift "$_n"
    rm -f "$T/act-state.json"
    (cd "$ACT_WS" && env -u GITHUB_PATH -u GITHUB_OUTPUT -u GITHUB_ENV \
      GITHUB_WORKSPACE="$ACT_WS" RUNNER_TEMP="$ACT_TMP" RUNNER_OS=Linux RUNNER_ARCH=X64 \
      PIP_NO_INDEX=1 PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1 \
      PATH="/usr/bin:/bin" timeout 120 "$ACT_PY" "$ROOT/tests/cli/action_steps.py" "$ROOT" \
      "$@" --state "$T/act-state.json") >"$T/.out" 2>"$T/.err" </dev/null
    rc=$?
    out=$(cat "$T/.out")
  }

  check action-no-inline-expressions 'a `run:` script of action.yml holds ${{ }}: inputs go through env:' \
    "$ACT_PY" -c 'import sys, yaml
steps = yaml.safe_load(open(sys.argv[1]))["runs"]["steps"]
sys.exit(any("${{" in s.get("run", "") for s in steps))' "$ROOT/action.yml"

  # findings: annotations on the project's files, SARIF written, exit 1
  act "wheel=$ACT_WHEEL" sarif-file=snag.sarif
  expect_rc action-findings-exit 1
  expect_re action-annotation-names-file '^::error title=snag \(SNG201\),file=pkg/mod\.py,line=1,col=12,'
  expect_lacks action-no-clean-file 'pkg/ok.py'
  check action-no-expression-errors "$(grep 'action_steps: cannot run' "$T/.err")" \
    sh -c '! grep -q "^action_steps: cannot run" "$1"' sh "$T/.err"
  check action-sarif-valid "snag.sarif is missing or not a SARIF log with the finding" pyjson "$ACT_WS/snag.sarif" '
res = d["runs"][0]["results"]
uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in res]
assert d["version"] == "2.1.0" and any(u.endswith("pkg/mod.py") for u in uris), uris'
  check action-default-version "the default version is not SNAG_VERSION" pyjson "$T/act-state.json" "
assert d['steps']['setup']['version'] == '$(sed -n 's/^#define SNAG_VERSION "\(.*\)"/\1/p' "$ROOT/report/report.h")', d['steps']['setup']"
  check action-path-has-only-snag "GITHUB_PATH gained something else than a directory holding snag alone" pyjson "$T/act-state.json" '
import os
assert len(d["path"]) == 1, d["path"]
assert os.listdir(d["path"][0]) == ["snag"], os.listdir(d["path"][0])'
  run_cmd env -i "$ACT_TMP/snag-bin/snag" --version
  expect_out action-snag-on-path-version "$("$SNAG" --version)"

  # the venv restored from the cache: nothing to install (offline, no wheel)
  act src=pkg/ok.py
  expect_rc action-cached-clean-exit 0
  check action-cached-no-install "the cached venv was not used: $(head -n 3 "$T/.err")" \
    grep -q 'from the cache' "$T/.out"
  expect_lacks action-clean-no-annotations '::error'
  check action-no-sarif-by-default "a SARIF file appeared without sarif-file" test ! -e pkg/snag.sarif

  # snag's exit codes: a usage error stays an error (2), in both runs
  act 'args=check --select NOPE' sarif-file=bad.sarif
  expect_rc action-usage-error-exit 2
  act 'args=check --select SNG201' src=pkg
  expect_rc action-args-and-src 1
  expect_re action-args-and-src-annotation 'file=pkg/mod\.py,line=1,col=12,'

  check action-example-workflow "docs/github-workflow.yml does not use this action and upload-sarif" \
    "$ACT_PY" -c 'import sys, yaml
w = yaml.safe_load(open(sys.argv[1]))
uses = [s.get("uses", "") for j in w["jobs"].values() for s in j["steps"]]
assert any(u.startswith("snag-lint/snag@") for u in uses), uses
assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses), uses' "$ROOT/docs/github-workflow.yml"
fi
