#!/bin/sh
# The real Neovim (Debian's package, headless) as an LSP client of
# `snag server`: the diagnostics it receives for a fixture, read back with
# vim.diagnostic.get, must be the findings at the right byte columns on a
# line with non-ASCII text. SKIPs visibly when nvim is not installed.
#   sh tests/lsp/nvim.sh path/to/snag
SNAG=${1:-build/snag}
case $SNAG in /*) ;; *) SNAG=$(pwd)/$SNAG ;; esac
HERE=$(cd "$(dirname "$0")" && pwd)
if ! command -v nvim >/dev/null 2>&1; then
  echo "SKIP nvim: Neovim is not installed (apt-get install neovim)"
  echo "nvim: 0 passed, 0 failed"
  exit 0
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/snag-nvim.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
# `é` is 2 bytes, `😀` 4: [[0] * 3] * 4 starts at byte 26 (0-based; UTF-16 column 23)
printf 's = "h\303\251llo \360\237\230\200"; grid = [[0] * 3] * 4\n\n\ndef f(a, b=[]):\n    b.append(a)\n    return b\n' >"$T/fixture.py"
HOME=$T XDG_CONFIG_HOME=$T/.config XDG_DATA_HOME=$T/.local XDG_STATE_HOME=$T/.state \
SNAG=$SNAG FIXTURE=$T/fixture.py OUT=$T/out.txt \
  timeout 60 nvim --headless --clean -n -c "luafile $HERE/nvim_test.lua" >"$T/nvim.log" 2>&1
rc=$?
want='SNG201 3 11 snag
SNG206 0 26 snag'
got=$(cat "$T/out.txt" 2>/dev/null)
if [ "$got" = "$want" ]; then
  echo "nvim: 1 passed, 0 failed"
else
  echo "FAIL nvim-diagnostics: nvim exit $rc; got:"
  printf '%s\n' "$got" | sed 's/^/    | /'
  echo "    expected:"; printf '%s\n' "$want" | sed 's/^/    > /'
  tail -n 5 "$T/nvim.log" | sed 's/^/    log: /'
  echo "nvim: 0 passed, 1 failed"
  exit 1
fi
