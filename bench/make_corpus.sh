#!/bin/sh
# Builds a corpus of at least LINES lines of Python (default 10,000,000)
# from the Python sources on this machine — every standard library and
# site-packages found (several Python versions where installed) — copied
# as many times as needed into numbered folders, so the GPU benchmark has
# millions of lines without shipping them (run it on the machine that
# benchmarks: the sources stay there).
#   sh bench/make_corpus.sh OUT_DIR [LINES]
set -eu
OUT=${1:?usage: sh bench/make_corpus.sh OUT_DIR [LINES]}
WANT=${2:-10000000}
mkdir -p "$OUT"
SOURCES=$(for d in /root/.pyenv/versions/*/lib/python3.* /usr/lib/python3.* /usr/local/lib/python3.* \
                   /usr/lib/python3/dist-packages; do
  [ -d "$d" ] && echo "$d"; done | sort -u)
[ -n "$SOURCES" ] || { echo "make_corpus: no Python sources found" >&2; exit 2; }
# one pass over every source tree (only .py files; symlinks not followed)
pass=0 total=0
while [ "$total" -lt "$WANT" ]; do
  pass=$((pass + 1))
  i=0
  for d in $SOURCES; do
    i=$((i + 1))
    dest="$OUT/copy$pass/src$i"
    mkdir -p "$dest"
    (cd "$d" && find . -name '*.py' -type f -size -2M -print0 | tar --null -T - -cf - 2>/dev/null) |
      (cd "$dest" && tar -xf -) || true
    # folders snag skips by default (site-packages, build, dist, venv, ...)
    # get another name, so every copied line is linted
    find "$dest" -depth -type d \( -name site-packages -o -name dist-packages -o -name build \
      -o -name dist -o -name venv -o -name .venv -o -name _build -o -name node_modules \
      -o -name __pycache__ -o -name .tox -o -name .eggs -o -name buck-out \) \
      -exec sh -c 'mv "$1" "$(dirname "$1")/_$(basename "$1")"' _ {} \;
  done
  total=$(find "$OUT" -name '*.py' -type f -print0 | xargs -0 cat | wc -l)
  total=${total:-0}
  echo "make_corpus: pass $pass: $total lines"
  [ "$pass" -lt 100 ] || break
done
echo "make_corpus: $OUT: $(find "$OUT" -name '*.py' -type f | wc -l) files, $total lines, $(du -sh "$OUT" | cut -f1)"
