# Sourced by tests/cli/run.sh (uses its helpers, $T, $ROOT and $SNAG).
# shellcheck shell=sh disable=SC2034,SC2016,SC2012  # $last is read by run.sh's bad; sh -c scripts; ls of a glob
# pre-commit hooks (.pre-commit-hooks.yaml), driven by the real `pre-commit`
# (skipped when it is not installed), offline.
#
# `snag` / `snag-fix` are `language: python`: pre-commit pip-installs this
# repository (pyproject.toml: a metapackage depending on snag-lint) and with
# it the snag-lint wheel (`make wheel`), found through PIP_FIND_LINKS with
# PIP_NO_INDEX=1, beside Debian's setuptools/wheel wheels. They run as an
# unprivileged user (nobody, through setpriv or su, when the tests run as
# root), from a .pre-commit-config.yaml naming a scratch hook repository at
# its HEAD commit, with cc/make/npm on PATH replaced by stubs that log: the
# first run must compile nothing. The hook files are copied and committed
# there, so the test works on an uncommitted working tree.

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

PC_WHEEL=$(ls "$(dirname "$SNAG")"/dist/snag_lint-*.whl 2>/dev/null | head -n 1)
PC_VERSION=$(sed -n 's/^#define SNAG_VERSION "\(.*\)"/\1/p' "$ROOT/report/report.h")

# The metapackage pins the snag-lint of this very version.
check precommit-pyproject-version "pyproject.toml's version is not SNAG_VERSION $PC_VERSION" \
  grep -q -x "version = \"$PC_VERSION\"" "$ROOT/pyproject.toml"
check precommit-pyproject-pins-wheel "pyproject.toml does not depend on snag-lint==$PC_VERSION" \
  grep -q -F "\"snag-lint==$PC_VERSION\"" "$ROOT/pyproject.toml"
check precommit-pyproject-no-tool-snag "pyproject.toml configures snag: it would change how snag lints this tree" \
  sh -c '! grep -q "^\[tool\.snag" "$1"' sh "$ROOT/pyproject.toml"

# pc_user COMMAND...: runs COMMAND as the unprivileged user in the current
# directory, with the offline pip settings; sets rc, output in $T/.out.
pc_user() {
  last="$*"
  [ -z "$PC_AS" ] || chown -R 65534:65534 "$PCU"
  set -- env HOME="$PCU/home" XDG_CONFIG_HOME="$PCU/home/.config" \
    XDG_CACHE_HOME="$PCU/home/.cache" XDG_DATA_HOME="$PCU/home/.local/share" \
    PRE_COMMIT_HOME="$PCU/cache" PIP_NO_INDEX=1 PIP_CONFIG_FILE=/dev/null \
    PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_FIND_LINKS="$PCU/wheels /usr/share/python-wheels" \
    PATH="$PCU/stubs:$PCU/bin:$PATH" "$@"
  case $PC_AS in
    setpriv) timeout 180 setpriv --reuid=65534 --regid=65534 --clear-groups "$@" ;;
    su) timeout 180 su -m -s /bin/sh nobody -c 'exec "$0" "$@"' "$@" ;;
    *) timeout 180 "$@" ;;
  esac >"$T/.out" 2>&1 </dev/null
  rc=$?
  : >"$T/.err"
}

PC_AS=none
if [ "$(id -u)" != 0 ]; then
  PC_AS=
elif command -v setpriv >/dev/null 2>&1 &&
     setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
  PC_AS=setpriv
elif su -m -s /bin/sh nobody -c true </dev/null >/dev/null 2>&1; then
  PC_AS=su
fi

if ! command -v pre-commit >/dev/null 2>&1; then
  skip precommit "pre-commit is not installed (apt-get install pre-commit)"
elif [ -z "$PC_WHEEL" ]; then
  skip precommit-python "no build/dist/snag_lint-*.whl (make wheel; make test builds it)"
elif [ "$PC_AS" = none ]; then
  skip precommit-python "running as root and neither setpriv nor su can switch to nobody"
else
  chmod 711 "$T"   # the unprivileged user reaches its own directory only
  PCU=$T/pcu
  mkdir -p "$PCU/home" "$PCU/wheels" "$PCU/stubs" "$PCU/bin" "$PCU/hooks/scripts" "$PCU/proj"
  cp "$PC_WHEEL" "$PCU/wheels/"
  cp "$SNAG" "$PCU/bin/snag"    # for snag-system: a snag already on PATH
  for tool in cc gcc c++ g++ clang make npm node; do
    printf '#!/bin/sh\necho "%s $*" >>"%s/compiled.log"\nexit 1\n' "$tool" "$PCU" >"$PCU/stubs/$tool"
    chmod 755 "$PCU/stubs/$tool"
  done
  cp "$ROOT/.pre-commit-hooks.yaml" "$ROOT/pyproject.toml" "$PCU/hooks/"
  cp "$ROOT/scripts/pre-commit-build.sh" "$PCU/hooks/scripts/"
  cd "$PCU/hooks" || exit 2
  pc_user id -u
  check precommit-unprivileged "the hooks would run as uid $(cat "$T/.out"), not as an unprivileged user" \
    sh -c '[ "$(cat "$1")" != 0 ]' sh "$T/.out"
  pc_user sh -c 'git init -q . && git add -A &&
    git -c user.email=snag-test@example.invalid -c user.name=test -c commit.gpgsign=false commit -q -m hooks &&
    git rev-parse HEAD'
  PC_REV=$(tail -n 1 "$T/.out")
  check precommit-hook-repo "the scratch hook repository has no commit: $(tail -n 2 "$T/.out")" \
    sh -c 'printf "%s" "$1" | grep -q -x -E "[0-9a-f]{40}"' sh "$PC_REV"

  cd "$PCU/proj" || exit 2
  mkf bad.py   'def f(x=[]):\n    x.append(1)\n'
  mkf clean.py 'def ok(a, b=None):\n    return a if b is None else b\n'
  mkf notes.txt 'def f(x=[]): pass\n'
  mkf stub.pyi 'x = [[]] * 2; x[0].append(0)\n'
  mkf thread.py 'import threading\n\n\ndef f(x):\n    pass\n\n\nx = 1\nt = threading.Thread(target=f, args=(x))\n'
  cat >.pre-commit-config.yaml <<PCEOF
repos:
  - repo: $PCU/hooks
    rev: $PC_REV
    hooks:
      - id: snag
      - id: snag-fix
      - id: snag-system
PCEOF
  pc_user sh -c 'git init -q . && git add -A'

  # ---- `snag`: the first run installs the wheel, then lints -------------
  pc_user pre-commit run snag --all-files
  if [ "$rc" = 1 ]; then ok; else bad precommit-pitfall-fails "exit status $rc, expected 1 (the hook fails on findings)"; fi
  expect_re precommit-pitfall-names-finding '^bad\.py:1:9: SNG201 '
  expect_re precommit-pyi-linted '^stub\.pyi:1:[0-9]+: SNG'
  expect_lacks precommit-skips-non-python 'notes.txt'
  expect_lacks precommit-no-build-output 'make'
  check precommit-nothing-compiled "a compiler or build tool ran: $(cat "$PCU/compiled.log" 2>/dev/null)" \
    test ! -e "$PCU/compiled.log"
  find "$PCU/cache" \( -name '*.o' -o -name '*.a' -o -name '*.so' -o -name 'node_modules' \) -print >"$T/pc-built" 2>/dev/null
  check precommit-no-objects "pre-commit's store has build products: $(head -n 3 "$T/pc-built")" test ! -s "$T/pc-built"
  find "$PCU/cache" -path '*/bin/snag' -print >"$T/pc-bins"
  check precommit-hook-runs-wheel-binary "the hook's bin/snag [$(cat "$T/pc-bins")] is not the wheel's" \
    sh -c '[ "$(wc -l <"$1")" = 1 ] && cmp -s "$(cat "$1")" "$2"' sh "$T/pc-bins" "$(dirname "$SNAG")/dist/snag"
  check precommit-hook-lib-carried "no lib/snag/libcjson.so.1 in the hook's environment" \
    sh -c '[ -f "$(dirname "$(dirname "$(cat "$1")")")/lib/snag/libcjson.so.1" ]' sh "$T/pc-bins"

  pc_user pre-commit run snag --files clean.py
  expect_rc precommit-clean-passes 0
  expect_re precommit-clean-passed '^snag\.+Passed'

  # ---- `snag-fix` rewrites the file and fails; then passes --------------
  pc_user pre-commit run snag-fix --files thread.py
  if [ "$rc" != 0 ]; then ok; else bad precommit-fix-blocks "the hook passed although it changed thread.py"; fi
  check precommit-fix-applied "thread.py was not rewritten to \`args=(x,)\`" \
    grep -q -F 'args=(x,))' thread.py
  expect_has precommit-fix-modified 'files were modified by this hook'
  pc_user git add thread.py
  pc_user pre-commit run snag-fix --files thread.py
  expect_rc precommit-fix-then-passes 0

  # ---- `snag-system`: the snag on PATH, no environment to install -------
  pc_user pre-commit run snag-system --files bad.py
  expect_rc precommit-system-fails 1
  expect_re precommit-system-finding '^bad\.py:1:9: SNG201 '
  check precommit-still-nothing-compiled "a compiler or build tool ran: $(cat "$PCU/compiled.log" 2>/dev/null)" \
    test ! -e "$PCU/compiled.log"
  cd "$T" || exit 2
  [ -z "$PC_AS" ] || chown -R 0:0 "$PCU"
  chmod 700 "$T"
fi

if command -v pre-commit >/dev/null 2>&1; then
  PRE_COMMIT_HOME=$T/.pre-commit; export PRE_COMMIT_HOME

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
