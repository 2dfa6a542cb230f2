#!/bin/sh
# Entry point of the opt-in `snag-from-source` pre-commit hook in
# .pre-commit-hooks.yaml, for platforms without a snag-lint wheel (the
# default hooks install the wheel and build nothing):
#
#   scripts/pre-commit-build.sh ARGS...    runs `snag ARGS...`
#
# With SNAG_BIN set (a path to a snag binary), that binary runs and nothing
# is built. Otherwise snag is built with `make build/snag` in the repository
# holding this script (pre-commit's clone of it) when the binary is missing
# or older than a source file, quietly (make's output is shown only if the
# build fails), and then build/snag runs with ARGS.
if [ -n "${SNAG_BIN:-}" ]; then
  exec "$SNAG_BIN" "$@"
fi

root=$(cd "$(dirname "$0")/.." && pwd) || exit 2
bin=$root/build/snag

stale=
if [ ! -x "$bin" ]; then
  stale=1
elif [ -n "$(cd "$root" && find Makefile parser analyses rules report cli \
    -newer "$bin" \( -name '*.c' -o -name '*.h' -o -name Makefile \) \
    2>/dev/null | head -n 1)" ]; then
  stale=1
fi

if [ -n "$stale" ]; then
  log=$(mktemp "${TMPDIR:-/tmp}/snag-build.XXXXXX") || exit 2
  if ! make -s -C "$root" build/snag >"$log" 2>&1; then
    echo "snag: building snag with \`make -C $root build/snag\` failed:" >&2
    tail -n 40 "$log" >&2
    rm -f "$log"
    exit 2
  fi
  rm -f "$log"
fi

exec "$bin" "$@"
