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
printf 's = "h\303\251llo \360\237\230\200"; grid = [[0] * 3] * 4; grid[0][0] = 1\n\n\ndef f(a, b=[]):\n    b.append(a)\n    return b\n' >"$T/fixture.py"
run_nvim() {  # MODE
  HOME=$T XDG_CONFIG_HOME=$T/.config XDG_DATA_HOME=$T/.local XDG_STATE_HOME=$T/.state \
  SNAG=$SNAG FIXTURE=$T/fixture.py OUT=$T/out.txt MODE=$1 EDITORS=$HERE/../../editors \
    timeout 60 nvim --headless --clean -n -c "filetype on" -c "luafile $HERE/nvim_test.lua" >"$T/nvim.log" 2>&1
}
want='SNG201 3 11 snag
SNG206 0 26 snag'
passed=0 failed=0
compare() {  # NAME RC
  got=$(cat "$T/out.txt" 2>/dev/null)
  if [ "$got" = "$want" ]; then passed=$((passed + 1)); else
    failed=$((failed + 1))
    echo "FAIL $1: nvim exit $2; got:"
    printf '%s\n' "$got" | sed 's/^/    | /'
    echo "    expected:"; printf '%s\n' "$want" | sed 's/^/    > /'
    tail -n 5 "$T/nvim.log" | sed 's/^/    log: /'
  fi
  rm -f "$T/out.txt"
}
run_nvim start_client
compare nvim-start-client $?
run_nvim setup  # the shipped editors/nvim setup
compare nvim-editors-setup $?

# editors/helix/languages.toml is valid TOML with a snag server entry.
if python3 -c 'import sys, tomllib
d = tomllib.load(open(sys.argv[1], "rb"))
assert d["language-server"]["snag"]["args"] == ["server"], d
assert "snag" in d["language"][0]["language-servers"], d' "$HERE/../../editors/helix/languages.toml" 2>"$T/py.err"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); echo "FAIL helix-languages-toml: $(tail -n 1 "$T/py.err")"
fi
echo "nvim: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
