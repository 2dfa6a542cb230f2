# Sourced by tests/cli/run.sh (uses its helpers, $T, $ROOT and $SNAG).
# shellcheck shell=sh disable=SC2034,SC2016  # $last is read by run.sh's bad; sh -c scripts
# pre-commit hooks: .pre-commit-hooks.yaml and scripts/pre-commit-build.sh,
# driven by the real `pre-commit` (skipped when it is not installed). Offline:
# language: script and system download nothing.
#
# `pre-commit try-repo` only carries committed, staged and modified tracked
# files, so the hook files are snapshotted into a scratch repository first:
# the test works on an uncommitted working tree. SNAG_BIN makes the entry
# script run the binary under test instead of building one in the clone.

# pc_run NAME COMMAND...: runs a command in the current directory; sets rc
# and keeps its output (stdout and stderr together) in $T/.out.
pc_run() {
  last="$*"
  timeout 60 "$@" >"$T/.out" 2>&1 </dev/null
  rc=$?
  : >"$T/.err"
}
pc_git_repo() {  # DIR: a fresh git repository with a local identity
  in_dir "$1"
  git init -q .
  git config user.email snag-test@example.invalid
  git config user.name "snag test"
  git config commit.gpgsign false
}

if ! command -v pre-commit >/dev/null 2>&1; then
  skip precommit "pre-commit is not installed (apt-get install pre-commit)"
else
  PRE_COMMIT_HOME=$T/.pre-commit; export PRE_COMMIT_HOME
  SNAG_BIN=$SNAG; export SNAG_BIN

  # the hook repository: the hook files as they are in the working tree
  pc_git_repo pc-hooks
  mkdir -p scripts
  cp "$ROOT/.pre-commit-hooks.yaml" .
  cp "$ROOT/scripts/pre-commit-build.sh" scripts/
  git add -A && git commit -q -m hooks
  HOOKS=$T/pc-hooks

  # ---- try-repo: the `snag` hook on staged files -------------------------
  pc_git_repo pc-proj
  mkf bad.py   'def f(x=[]):\n    x.append(1)\n'
  mkf clean.py 'def ok(a, b=None):\n    return a if b is None else b\n'
  mkf notes.txt 'def f(x=[]): pass\n'
  git add bad.py clean.py notes.txt
  pc_run pre-commit try-repo "$HOOKS" snag --all-files
  if [ "$rc" != 0 ]; then ok; else bad precommit-pitfall-fails "the hook passed on a pitfall"; fi
  expect_has precommit-pitfall-names-rule 'SNG201'
  expect_has precommit-pitfall-names-file 'bad.py'
  expect_lacks precommit-skips-non-python 'notes.txt'

  git rm -q --cached bad.py && rm bad.py
  pc_run pre-commit try-repo "$HOOKS" snag --all-files
  expect_rc precommit-clean-passes 0
  expect_re precommit-clean-passed '^snag\.+Passed'

  # a stub is linted too (types_or: [python, pyi])
  mkf stub.pyi 'x = [[]] * 2; x[0].append(0)\n'
  mkf noqa.py 'y = 1\n'
  git add stub.pyi noqa.py
  pc_run pre-commit try-repo "$HOOKS" snag --files noqa.py
  expect_rc precommit-files-only-given 0
  pc_run pre-commit try-repo "$HOOKS" snag --files stub.pyi
  expect_re precommit-pyi-linted 'stub\.pyi:1:[0-9]+: SNG'
  git rm -q --cached stub.pyi && rm stub.pyi

  # ---- try-repo: `snag-fix` rewrites the file and blocks the commit ------
  "$SNAG" check --fix /dev/null >"$T/.fixout" 2>"$T/.fixerr"
  if [ $? = 2 ] && grep -q -i -E 'unknown option|unrecognized' "$T/.fixerr"; then
    skip precommit-fix "--fix not available"
  else
    mkf thread.py 'import threading\n\n\ndef f(x):\n    pass\n\n\nx = 1\nt = threading.Thread(target=f, args=(x))\n'
    git add thread.py
    pc_run pre-commit try-repo "$HOOKS" snag-fix --files thread.py
    if [ "$rc" != 0 ]; then ok; else bad precommit-fix-blocks "the hook passed although it changed thread.py"; fi
    check precommit-fix-applied "thread.py was not rewritten to \`args=(x,)\`" \
      grep -q -F 'args=(x,))' thread.py
    expect_has precommit-fix-modified 'files were modified by this hook'
    # once fixed and staged, the hook passes
    git add thread.py
    pc_run pre-commit try-repo "$HOOKS" snag-fix --files thread.py
    expect_rc precommit-fix-then-passes 0
    git rm -q --cached thread.py && rm thread.py
  fi

  # ---- the README's `repo: local` hook, installed: git commit ------------
  pc_git_repo pc-commit
  cat >.pre-commit-config.yaml <<PCEOF
repos:
  - repo: local
    hooks:
      - id: snag
        name: snag
        entry: $SNAG check
        language: system
        types_or: [python, pyi]
        require_serial: true
PCEOF
  git add .pre-commit-config.yaml
  pc_run pre-commit install
  expect_rc precommit-install 0
  check precommit-install-hook "no .git/hooks/pre-commit" test -x .git/hooks/pre-commit
  mkf bad.py 'def f(x=[]):\n    x.append(1)\n'
  git add bad.py
  pc_run git commit -q -m pitfall
  if [ "$rc" != 0 ]; then ok; else bad precommit-commit-blocked "git commit succeeded with a pitfall staged"; fi
  expect_has precommit-commit-names-rule 'SNG201'
  check precommit-commit-nothing-committed "a commit was made" \
    sh -c '! git rev-parse -q --verify HEAD >/dev/null'
  git rm -q --cached bad.py && rm bad.py
  mkf good.py 'def ok(a, b=None):\n    return a if b is None else b\n'
  git add good.py
  pc_run git commit -q -m clean
  expect_rc precommit-commit-clean 0
  check precommit-commit-made "no commit was made" \
    sh -c 'git rev-parse -q --verify HEAD >/dev/null'

  # ---- scripts/pre-commit-build.sh builds on first use -------------------
  # a stand-in repository whose Makefile "builds" by copying $SNAG and logs it
  in_dir pc-build
  mkdir -p scripts
  cp "$ROOT/scripts/pre-commit-build.sh" scripts/
  printf 'build/snag:\n\t@echo built >>make.log\n\tmkdir -p build && cp %s build/snag\n' "$SNAG" >Makefile
  mkf x.py 'def f(x=[]):\n    x.append(1)\n'
  pc_run env -u SNAG_BIN sh scripts/pre-commit-build.sh check x.py
  expect_rc precommit-build-first-use 1
  check precommit-build-ran "make did not run once" test "$(cat make.log 2>/dev/null)" = built
  check precommit-build-quiet "the build's output was shown" sh -c '! grep -q -e mkdir "$1"' sh "$T/.out"
  expect_has precommit-build-lints 'SNG201'
  pc_run env -u SNAG_BIN sh scripts/pre-commit-build.sh check x.py
  check precommit-build-reused "make ran again for an up-to-date binary" test "$(wc -l <make.log)" -eq 1
  printf 'build/snag:\n\t@false\n' >Makefile   # a failing build reports itself
  rm -rf build
  pc_run env -u SNAG_BIN sh scripts/pre-commit-build.sh check x.py
  expect_rc precommit-build-failure 2
  expect_has precommit-build-failure-message 'failed'

  unset SNAG_BIN PRE_COMMIT_HOME
fi
