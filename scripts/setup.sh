#!/bin/sh
# What snag needs from the system, checked before building or testing.
#
#   sh scripts/setup.sh build    a C compiler, cJSON's header and library,
#                                npm (it fetches the pinned tree-sitter sources)
#   sh scripts/setup.sh test     the above, plus the tools the tests drive:
#                                python3 (+ jsonschema, venv, Debian's pip/
#                                setuptools/wheel wheels), git, pre-commit,
#                                neovim, readelf, clang with libFuzzer
#                                (the fuzz smoke run)
#
# Each need is checked by what it provides (a command, a header, a module),
# so a machine that has it from elsewhere passes. When something is missing:
# as root (a fresh Debian machine, a container, CI) the script installs it
# with apt-get; as any other user it prints the one `apt-get install` line
# to run and exits 1, never calling apt itself. SNAG_SETUP_APT=no turns the
# installing off for root too.
set -u
what=${1:-build}
CC=${CC:-cc}

missing=
need() {  # PACKAGES...: add to the missing list
  for p in "$@"; do
    case " $missing " in *" $p "*) ;; *) missing="${missing:+$missing }$p" ;; esac
  done
}
have() { command -v "$1" >/dev/null 2>&1; }
py_has() { have python3 && python3 -c "import $1" >/dev/null 2>&1; }
# Debian's own package state, for needs that no command or module shows
# (python3-venv: `import venv` works without it, creating one fails).
deb_has() {
  have dpkg-query || return 0
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

have "$CC" || need gcc libc6-dev
[ -f /usr/include/cjson/cJSON.h ] || [ -f /usr/local/include/cjson/cJSON.h ] || need libcjson-dev
have npm || need nodejs npm

case $what in
  build) ;;
  test)
    have python3 || need python3
    py_has jsonschema || need python3-jsonschema
    deb_has python3-venv || need python3-venv
    # the offline wheel and pre-commit tests: pip builds the hook
    # repository's metapackage from Debian's wheels, never from PyPI
    for w in pip setuptools wheel; do
      ls /usr/share/python-wheels/$w-*.whl >/dev/null 2>&1 || need python3-$w-whl
    done
    have readelf || need binutils
    have git || need git
    have pre-commit || need pre-commit
    have nvim || need neovim
    # tests/fuzz: clang and its libFuzzer runtime (libclang-rt-dev)
    have clang || need clang
    if have clang; then
      rt=$(clang -print-resource-dir 2>/dev/null)/lib/linux/libclang_rt.fuzzer-$(uname -m).a
      [ -f "$rt" ] || need libclang-rt-dev
    else
      need libclang-rt-dev
    fi
    ;;
  *) echo "usage: sh scripts/setup.sh build|test" >&2; exit 2 ;;
esac

[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ] && [ "${SNAG_SETUP_APT:-yes}" != no ] && have apt-get; then
  echo "setup: installing Debian packages: $missing"
  # shellcheck disable=SC2086  # one word per package
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
  exit $?
fi

echo "snag: missing what the $what needs: $missing" >&2
if have apt-get; then
  echo "snag: install it with:  sudo apt-get install -y $missing" >&2
else
  echo "snag: install the equivalents of these Debian packages, then run make again" >&2
fi
exit 1
