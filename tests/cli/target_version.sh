# Sourced by tests/cli/run.sh (uses its helpers, $T, $ROOT and $SNAG).
# shellcheck shell=sh disable=SC2034,SC2016
# The target version comes from `[project] requires-python` when no
# `target-version` is set, and fixes never write syntax newer than it: the
# unsafe fix for an annotated mutable default spells "or None" as
# `Optional[X]` below 3.10 (importing it when the module has none) and as
# `X | None` from 3.10. Where an older CPython is installed (pyenv), the
# fixed file is run with it: `list | None` raises TypeError before 3.10.

TV_SRC='import typing as t\n\n\ndef f(x: list = [], y: t.List[int] = []):\n    x.append(1)\n    y.append(2)\n    return x, y\n\n\nassert f() == ([1], [2])\nassert f() == ([1], [2])\n'
tv_fix() {  # DIR ARGS...: apply the unsafe fixes to DIR/mod.py
  _d=$1; shift
  run check --isolated "$@" --fix --unsafe-fixes "$_d/mod.py"
}
old_python=
for p in /root/.pyenv/versions/3.8*/bin/python3.8 /root/.pyenv/versions/3.9*/bin/python3.9 python3.8 python3.9; do
  if "$p" -c 'import sys; assert sys.version_info < (3, 10)' >/dev/null 2>&1; then old_python=$p; break; fi
done

in_dir tv-38
mkf pyproject.toml '[project]\nname = "old"\nrequires-python = ">=3.8, <4"\n'
mkf mod.py "$TV_SRC"
run check --fix --unsafe-fixes mod.py
if grep -q -F 'def f(x: t.Optional[list] = None, y: t.Optional[t.List[int]] = None):' mod.py; then ok
else bad tv-requires-python-optional "requires-python >=3.8: the fix writes t.Optional[...] ($(grep -n 'def f' mod.py))"; fi
if python3 mod.py >/dev/null 2>&1; then ok; else bad tv-fixed-runs "the fixed file runs on python3"; fi
if [ -n "$old_python" ]; then
  if "$old_python" mod.py >/dev/null 2>&1; then ok; else bad tv-fixed-runs-old "the fixed file runs on $old_python"; fi
else skip tv-fixed-runs-old "no python3.8/3.9 installed"; fi

# No `typing` in the module: `from typing import Optional` is added after
# the docstring and __future__ imports.
mkf mod.py '"""Doc."""\nfrom __future__ import print_function\n\nimport os\n\n\ndef g(a: dict = {}):\n    a[1] = os.sep\n    return a\n'
run check --fix --unsafe-fixes mod.py
if [ "$(sed -n 4p mod.py)" = 'from typing import Optional' ] && grep -q -F 'def g(a: Optional[dict] = None):' mod.py &&
   python3 -c 'import sys; compile(open(sys.argv[1]).read(), "m", "exec")' mod.py; then ok
else bad tv-import-added "from typing import Optional after the __future__ import ($(head -n 8 mod.py | tr '\n' '|'))"; fi

# A string annotation: `"X" | None` raises TypeError on every version.
mkf mod.py 'def h(a: "list" = []):\n    a.append(1)\n    return a\n\n\nh()\n'
run check --target-version 3.12 --fix --unsafe-fixes mod.py
if grep -q -F 'def h(a: Optional["list"] = None):' mod.py && python3 mod.py; then ok
else bad tv-string-annotation "a string annotation gets Optional[...] ($(grep -n 'def h' mod.py))"; fi

# From 3.10 (requires-python or --target-version): X | None; an annotation
# that already admits None is left alone.
in_dir tv-310
mkf pyproject.toml '[project]\nname = "new"\nrequires-python = "~=3.10"\n'
mkf mod.py 'from typing import Optional\n\n\ndef f(x: list = [], y: Optional[list] = [], z: "int | None" = None):\n    x.append(1)\n    y.append(2)\n    return x, y\n'
run check --fix --unsafe-fixes mod.py
if grep -q -F 'def f(x: list | None = None, y: Optional[list] = None, z: "int | None" = None):' mod.py; then ok
else bad tv-310-union "requires-python ~=3.10: X | None, Optional[...] kept ($(grep -n 'def f' mod.py))"; fi
mkf mod.py "$TV_SRC"
run check --target-version 3.9 --fix --unsafe-fixes mod.py
if grep -q -F 'x: t.Optional[list] = None' mod.py; then ok
else bad tv-cli-overrides-requires "--target-version 3.9 wins over requires-python ($(grep -n 'def f' mod.py))"; fi

# A pyproject.toml with requires-python but no [tool.snag] does not hide
# the snag configuration above it (whose target is then used).
in_dir tv-nested
mkf snag.toml 'select = ["SNG206"]\n'
mkf sub/pyproject.toml '[project]\nname = "inner"\nrequires-python = ">=3.8"\n'
mkf sub/mod.py 'def f(x=[]):\n    x.append(1)\n    return x\n\n\ngrid = [[0] * 3] * 3\ngrid[0][0] = 1\n'
run check sub/mod.py
expect_has tv-parent-config-kept 'SNG206'
expect_lacks tv-parent-config-select 'SNG201'
