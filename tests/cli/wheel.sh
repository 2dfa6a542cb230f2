# Sourced by tests/cli/run.sh (uses its helpers, $T, $ROOT and $SNAG).
# shellcheck shell=sh disable=SC2016,SC2034,SC2012  # python in single quotes; rc/last/out are read by run.sh; ls of a glob
# `make wheel`: the snag-lint wheel next to the binary under test
# (build/dist/), installed offline into a fresh venv of Debian's python3
# (`pip install --no-index`): `snag` lands on the venv's PATH (bin/), the
# carried libcjson in <venv>/lib/snag/, and `pip uninstall` removes both.

WHEEL_PY=/usr/bin/python3
[ -x "$WHEEL_PY" ] || WHEEL_PY=python3
WHEEL_FILE=$(ls "$(dirname "$SNAG")"/dist/snag_lint-*.whl 2>/dev/null | head -n 1)

if [ -z "$WHEEL_FILE" ]; then
  skip wheel "no build/dist/snag_lint-*.whl (make wheel; make test builds it)"
elif ! "$WHEEL_PY" -c 'import ensurepip, venv' 2>/dev/null; then
  skip wheel "$WHEEL_PY has no venv/ensurepip (apt-get install python3-venv)"
else
  # the archive itself: name, tag, RECORD (every file, sha256, size)
  check wheel-name "$(basename "$WHEEL_FILE") is not snag_lint-<version>-py3-none-manylinux_<X>_<Y>_$(uname -m).whl" \
    sh -c 'case $(basename "$1") in "snag_lint-$2-py3-none-manylinux_"[0-9]*_[0-9]*"_$3.whl") ;; *) exit 1;; esac' sh \
      "$WHEEL_FILE" "$(sed -n 's/^#define SNAG_VERSION "\(.*\)"/\1/p' "$ROOT/report/report.h")" "$(uname -m)"
  check wheel-record "RECORD does not match the archive" "$WHEEL_PY" -c '
import base64, csv, hashlib, io, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
rec = [n for n in names if n.endswith(".dist-info/RECORD")]
assert len(rec) == 1, rec
rows = list(csv.reader(io.TextIOWrapper(z.open(rec[0]), encoding="utf-8")))
listed = {r[0] for r in rows}
assert listed == set(names), set(names) ^ listed
for name, h, size in rows:
    if name == rec[0]:
        assert h == size == "", (name, h, size)
        continue
    data = z.read(name)
    d = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    assert h == "sha256=" + d and int(size) == len(data), name
scripts = [n for n in names if n.endswith(".data/scripts/snag")]
assert len(scripts) == 1 and (z.getinfo(scripts[0]).external_attr >> 16) & 0o111, "scripts/snag missing or not executable"
assert any(n.endswith(".data/data/lib/snag/libcjson.so.1") for n in names), "no data/lib/snag/libcjson.so.1"
' "$WHEEL_FILE" 2>"$T/.pyerr"

  in_dir wheel
  "$WHEEL_PY" -m venv venv >"$T/.out" 2>&1
  check wheel-venv "python3 -m venv failed: $(tail -n 2 "$T/.out")" test -x venv/bin/pip
  PIP_NO_INDEX=1 PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1 \
    timeout 120 venv/bin/pip install -q --no-index "$WHEEL_FILE" >"$T/.out" 2>&1
  rc=$?; last="pip install --no-index $(basename "$WHEEL_FILE")"
  expect_rc wheel-pip-install 0
  check wheel-snag-on-venv-path "no executable venv/bin/snag" test -x venv/bin/snag
  check wheel-lib-installed "no venv/lib/snag/libcjson.so.1" test -f venv/lib/snag/libcjson.so.1

  mkf proj/pkg/mod.py 'def f(a, b=[]):\n    b.append(a)\n'
  cd proj || exit 2
  want_version=$("$SNAG" --version)
  run_cmd env -i PATH="$T/wheel/venv/bin:/usr/bin:/bin" snag --version
  expect_out wheel-version "$want_version"
  run_cmd env -i PATH="$T/wheel/venv/bin:/usr/bin:/bin" snag check .
  expect_rc wheel-lint-exit 1
  expect_re wheel-lint-finding '^(\./)?pkg/mod\.py:1:12: SNG201 '
  run_cmd env -i LD_DEBUG=libs "$T/wheel/venv/bin/snag" --version
  check wheel-loads-carried-cjson "libcjson not loaded from venv/lib/snag: $(grep 'calling init: .*libcjson' "$T/.err")" \
    sh -c 'p=$(grep "calling init: .*libcjson" "$1" | sed "s/.*calling init: //"); [ -n "$p" ] && [ "$(readlink -f "$p")" = "$2" ]' sh \
      "$T/.err" "$(readlink -f "$T/wheel/venv/lib/snag/libcjson.so.1")"
  run_cmd "$T/wheel/venv/bin/python" -m snag_lint check pkg/mod.py
  expect_rc wheel-python-m-exit 1
  expect_re wheel-python-m-finding '^pkg/mod\.py:1:12: SNG201 '
  cd "$T/wheel" || exit 2

  PIP_NO_INDEX=1 PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1 \
    timeout 60 venv/bin/pip uninstall -q -y snag-lint >"$T/.out" 2>&1
  rc=$?; last="pip uninstall -y snag-lint"
  expect_rc wheel-uninstall 0
  check wheel-uninstall-removes-snag "venv/bin/snag is still there" test ! -e venv/bin/snag
  check wheel-uninstall-removes-lib "venv/lib/snag/libcjson.so.1 is still there" test ! -e venv/lib/snag/libcjson.so.1
  check wheel-uninstall-removes-package "snag_lint is still importable" \
    sh -c '! "$1" -c "import snag_lint" 2>/dev/null' sh venv/bin/python
fi
