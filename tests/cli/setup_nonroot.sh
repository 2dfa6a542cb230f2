# Sourced by tests/cli/run.sh (uses its helpers, $T, $ROOT and $SNAG).
# shellcheck shell=sh disable=SC2034,SC2016  # $last is read by run.sh's bad
# Building as an ordinary user (a laptop, a GitHub runner): scripts/setup.sh
# never calls apt-get unless it runs as root; with something missing it
# prints the one `apt-get install` line and stops; with everything present,
# `make build/snag` as a non-root user builds a working snag.
#
# Runs as `nobody` through setpriv when the suite runs as root (CI), as the
# current user otherwise.

as_user() {  # COMMAND...: run as a non-root user, output in $T/.out, rc
  last="$*"
  if [ "$(id -u)" = 0 ]; then
    timeout 600 setpriv --reuid=65534 --regid=65534 --clear-groups "$@" >"$T/.out" 2>&1 </dev/null
  else
    timeout 600 "$@" >"$T/.out" 2>&1 </dev/null
  fi
  rc=$?
  : >"$T/.err"
}

if [ "$(id -u)" = 0 ] && ! command -v setpriv >/dev/null 2>&1; then
  skip setup-nonroot "no setpriv to drop root (util-linux)"
else
  NR=$T/nonroot
  mkdir -p "$NR/bin" "$NR/home"
  # A PATH with the basics but no compiler and no npm, and an apt-get that
  # records being called.
  for tool in sh id cat dpkg-query python3; do
    p=$(command -v "$tool" 2>/dev/null) && ln -s "$p" "$NR/bin/$tool"
  done
  printf '#!/bin/sh\ntouch "%s/apt-called"\nexit 0\n' "$NR" >"$NR/bin/apt-get"
  chmod 755 "$NR/bin/apt-get"
  chmod 711 "$T"; chmod 777 "$NR" "$NR/home"

  as_user env -i HOME="$NR/home" PATH="$NR/bin" CC=cc sh "$ROOT/scripts/setup.sh" build
  if [ "$rc" -eq 1 ] && grep -q 'sudo apt-get install -y gcc libc6-dev nodejs npm' "$T/.out" &&
     [ ! -e "$NR/apt-called" ]; then ok; else bad setup-nonroot-missing "exit 1, the apt-get line, apt-get not called (rc=$rc)"; fi

  # Root with SNAG_SETUP_APT=no is told the same instead of installing.
  if [ "$(id -u)" = 0 ]; then
    last="setup.sh as root, SNAG_SETUP_APT=no"
    env -i HOME="$NR/home" PATH="$NR/bin" CC=cc SNAG_SETUP_APT=no sh "$ROOT/scripts/setup.sh" build >"$T/.out" 2>&1
    rc=$?
    if [ "$rc" -eq 1 ] && grep -q 'apt-get install -y gcc' "$T/.out" && [ ! -e "$NR/apt-called" ]; then ok
    else bad setup-root-no-apt "exit 1 without calling apt-get (rc=$rc)"; fi
  fi

  # Nothing missing: silent success for the build and the test needs.
  as_user env HOME="$NR/home" sh "$ROOT/scripts/setup.sh" build
  if [ "$rc" -eq 0 ] && [ ! -s "$T/.out" ]; then ok; else bad setup-nonroot-present "exit 0, quiet"; fi

  # A real build as the user, from a copy of the tracked sources (mtimes
  # kept, so the npm stamp is current) with the installed npm sources and
  # the vendored grammar objects reused (they do not depend on who builds).
  if [ -f "$ROOT/deps/node_modules/.snag-installed" ] && command -v git >/dev/null 2>&1 &&
     git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1; then
    SRC=$NR/src
    mkdir -p "$SRC"
    # (one tar reading the list: xargs would split a long list over several
    # tar runs, and the extracting tar stops at the first archive's end)
    (cd "$ROOT" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - 2>/dev/null) |
      (cd "$SRC" && tar -xpf -)
    ln -s "$ROOT/deps/node_modules" "$SRC/deps/node_modules"
    touch -d '2000-01-01' "$SRC/deps/package.json" "$SRC/deps/package-lock.json"
    vend=$(dirname "$SNAG")/vendor
    if [ -d "$vend" ]; then mkdir -p "$SRC/build/vendor" && cp "$vend"/*.o "$SRC/build/vendor/"; fi
    chown -R 65534:65534 "$SRC" 2>/dev/null
    # SAN: the suite's sanitizer flags (make asan), as the reused objects have
    # them; the outer make's BUILD (build-asan) and MAKEFLAGS must not leak in
    as_user env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL HOME="$NR/home" make -s -C "$SRC" -j2 BUILD=build OPT=-O0 SAN="${SAN:-}" build/snag
    if [ "$rc" -eq 0 ] && [ -x "$SRC/build/snag" ]; then ok
    else bad make-nonroot "make build/snag as a non-root user"; fi
    as_user "$SRC/build/snag" check --isolated "$SRC/examples/closures.py"
    if [ "$rc" -eq 1 ] && grep -q 'SNG301' "$T/.out"; then ok; else bad make-nonroot-runs "the user's build lints"; fi
    rm -rf "$SRC"
  else
    skip make-nonroot "no installed npm sources or no git checkout to copy"
  fi
fi
