# Sourced by tests/cli/run.sh (uses its helpers, $T, $ROOT and $SNAG).
# shellcheck shell=sh disable=SC2016  # single-quoted $ORIGIN is literal
# `make dist`: the tarball next to the binary under test (build/dist/), unpacked
# into an empty directory and run with an empty environment (`env -i`) from a
# directory outside the source tree. It must load the libcjson it carries
# (lib/snag/, through the $ORIGIN rpath) and need nothing else but libc/libm.

DIST_DIR=$(dirname "$SNAG")/dist
DIST_VERSION=$(sed -n 's/^#define SNAG_VERSION "\(.*\)"/\1/p' "$ROOT/report/report.h")
DIST_BASE=snag-$DIST_VERSION-linux-$(uname -m)
DIST_TGZ=$DIST_DIR/$DIST_BASE.tar.gz

if [ ! -f "$DIST_TGZ" ]; then
  skip dist "no $DIST_TGZ (make dist; make test builds it)"
else
  in_dir dist-unpack
  tar -xzf "$DIST_TGZ"
  check dist-layout "the tarball lacks $DIST_BASE/bin/snag or lib/snag/libcjson.so.1" \
    test -x "$DIST_BASE/bin/snag" -a -f "$DIST_BASE/lib/snag/libcjson.so.1"
  check dist-one-top-directory "the tarball has entries outside $DIST_BASE/" \
    test "$(tar -tzf "$DIST_TGZ" | grep -v -c "^$DIST_BASE/")" = 0
  # moved away from where it was unpacked: the rpath is relative to the binary
  mv "$DIST_BASE" "$T/dist-unpack/moved"
  DBIN=$T/dist-unpack/moved/bin/snag

  if command -v readelf >/dev/null 2>&1; then
    readelf -d "$DBIN" >"$T/dist-dyn" 2>&1
    sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' "$T/dist-dyn" | sort >"$T/dist-needed"
    check dist-needed-libs "NEEDED beyond libc/libm/libpthread/libcjson: $(tr '\n' ' ' <"$T/dist-needed")" \
      sh -c '! grep -v -x -E "libc\.so\.6|libm\.so\.6|libpthread\.so\.0|libcjson\.so\.1" "$1"' sh "$T/dist-needed"
    check dist-needs-cjson "libcjson.so.1 is not NEEDED (was it linked statically? then drop the carried copy)" \
      grep -q -x 'libcjson.so.1' "$T/dist-needed"
    check dist-rpath 'no DT_RPATH $ORIGIN/../lib/snag' \
      grep -q -F '(RPATH)              Library rpath: [$ORIGIN/../lib/snag]' "$T/dist-dyn"
    check dist-stripped "bin/snag has a symbol table (not stripped)" \
      sh -c '! readelf -S "$1" | grep -q -F .symtab' sh "$DBIN"
  else
    skip dist-needed-libs "readelf not found (binutils)"
  fi

  # a scratch project outside the source tree, linted with an empty environment
  in_dir dist-proj
  mkf pkg/mod.py 'def f(a, b=[]):\n    b.append(a)\n'
  mkf pkg/ok.py 'x = 1\n'
  want_version=$("$SNAG" --version)
  run_cmd env -i "$DBIN" --version
  expect_rc dist-version-exit 0
  expect_out dist-version-same-as-build "$want_version"
  expect_re dist-version-commit '^snag [0-9]+\.[0-9]+\.[0-9]+ \(([0-9a-f]{7,}|unknown)\)$'
  run_cmd env -i "$DBIN" check pkg
  expect_rc dist-lint-exit 1
  expect_re dist-lint-finding '^pkg/mod\.py:1:12: SNG201 '
  check dist-lint-stderr-empty "stderr: $(head -n 3 "$T/.err")" test ! -s "$T/.err"

  # the loader's own account: libcjson comes from the unpacked lib/snag/
  run_cmd env -i LD_DEBUG=libs "$DBIN" --version
  grep 'calling init: .*libcjson' "$T/.err" | sed 's/.*calling init: //' >"$T/dist-cjson"
  check dist-loads-carried-cjson "libcjson was loaded from [$(cat "$T/dist-cjson")], not from the unpack directory" \
    sh -c 'p=$(cat "$1"); [ -n "$p" ] && [ "$(readlink -f "$p")" = "$2" ]' sh \
      "$T/dist-cjson" "$(readlink -f "$T/dist-unpack/moved/lib/snag/libcjson.so.1")"
  # DT_RPATH outranks LD_LIBRARY_PATH: a broken libcjson there is never tried
  mkdir -p "$T/dist-bogus" && printf 'not a library\n' >"$T/dist-bogus/libcjson.so.1"
  run_cmd env -i LD_LIBRARY_PATH="$T/dist-bogus" "$DBIN" check pkg/mod.py
  expect_rc dist-ld-library-path-ignored 1
fi
