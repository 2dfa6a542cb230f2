# Sourced by tests/cli/run.sh (uses its helpers, $T, $ROOT and $SNAG).
# shellcheck shell=sh disable=SC2034,SC2016
# The result cache (lint/cache.h): a second run gives the first run's
# output from the cache; a changed file, a changed file it imports, other
# settings, or a damaged entry give what a fresh run gives; fixes and
# --no-cache bypass it. SNAG_CACHE_STATS=1 prints the hits on stderr.

in_dir cache
mkdir -p pkg
mkf pkg/__init__.py ''
mkf pkg/helpers.py 'def register(hooks, hook):\n    hooks.append(hook)\n    return hooks\n'
mkf pkg/app.py 'from pkg import helpers\n\n\ndef install(hook, hooks=[]):\n    return helpers.register(hooks, hook)\n'
mkf pkg/loop.py 'def f(xs):\n    for x in xs:\n        if x:\n            xs.remove(x)\n'
mkf pkg/clean.py 'def g(n=None):\n    return n\n'

cache_stats() {  # the "N hits" of the last run's stderr
  sed -n 's/^snag: cache: \([0-9]*\) hits*, .*/\1/p' "$T/.err"
}
fresh() {  # ARGS...: the uncached output of a run, into $T/.fresh
  SNAG_NO_CACHE=1 "$SNAG" check --isolated --output-format concise "$@" >"$T/.fresh" 2>/dev/null
}

SNAG_CACHE_STATS=1; export SNAG_CACHE_STATS
sleep 3  # a file changed within 2 s of a run's start is not cached by that run
run check --isolated --output-format concise .
cp "$T/.out" "$T/.cold"
expect_rc cache-cold-rc 1
check cache-made 'the first run makes .snag_cache with a .gitignore and a CACHEDIR.TAG' \
  test -f .snag_cache/.gitignore -a -f .snag_cache/CACHEDIR.TAG
check cache-ignored-by-git 'git ignores the cache folder' \
  sh -c 'git init -q . && test -z "$(git status --porcelain --ignored=no .snag_cache)"'
run check --isolated --output-format concise .
check cache-warm-same 'a second run prints what the first printed' cmp -s "$T/.cold" "$T/.out"
check cache-warm-hits 'every file of the second run comes from the cache' test "$(cache_stats)" = 5

# a file changed to the same size: the bytes decide, not the size
mkf pkg/loop.py 'def f(xs):\n    for x in xs:\n        if x:\n            xs.append(x)\n'
run check --isolated --output-format concise .
fresh .
check cache-edited 'an edited file is linted again' cmp -s "$T/.fresh" "$T/.out"
expect_has cache-edited-finding 'loop.py:4:13: SNG401'

# a file it imports changes: its result changes with it
mkf pkg/helpers.py 'def register(hooks, hook):\n    return list(hooks) + [hook]\n'
run check --isolated --output-format concise .
fresh .
check cache-dependency 'a file whose import changed is linted again' cmp -s "$T/.fresh" "$T/.out"
expect_lacks cache-dependency-gone 'app.py:4:'

# a module made where an import looked for one before
mkdir -p side
mkf side/main.py 'import util\n\n\ndef add(x, seen=[]):\n    util.keep(seen, x)\n'
run check --isolated --output-format concise side
mkf side/util.py 'def keep(items, x):\n    items.append(x)\n'
run check --isolated --output-format concise side
fresh side
check cache-new-module 'a module added next to its importer is seen' cmp -s "$T/.fresh" "$T/.out"
expect_has cache-new-module-finding 'main.py:4:'

# a second hop: main takes `checksum` from tasks, whose decorator comes from
# instrument; instrument changes (a wraps()) and main's result with it
mkdir -p hop
mkf hop/instrument.py 'def timed(fn):\n    def wrapper(*args):\n        return fn(*args)\n    return wrapper\n'
mkf hop/tasks.py 'from instrument import timed\n\n\n@timed\ndef checksum(data):\n    return sum(data)\n'
mkf hop/main.py 'import multiprocessing as mp\nfrom tasks import checksum\n\nif __name__ == "__main__":\n    mp.set_start_method("spawn")\n    with mp.Pool(2) as pool:\n        print(pool.map(checksum, [[1], [2]]))\n'
sleep 3
run check --isolated --select ALL --output-format concise hop
fresh --select ALL hop
check cache-hop-cold 'a program over three modules, cold' cmp -s "$T/.fresh" "$T/.out"
expect_has cache-hop-finding 'main.py:7:'
mkf hop/instrument.py 'import functools\n\n\ndef timed(fn):\n    @functools.wraps(fn)\n    def wrapper(*args):\n        return fn(*args)\n    return wrapper\n'
run check --isolated --select ALL --output-format concise hop
fresh --select ALL hop
check cache-hop 'a change two imports away is seen' cmp -s "$T/.fresh" "$T/.out"
expect_lacks cache-hop-gone 'main.py:7:'

# messages that name other files name them from the working directory
mkdir -p msg/pkg
mkf msg/pkg/__init__.py ''
mkf msg/pkg/helpers.py 'def register(hooks, hook):\n    hooks.append(hook)\n'
mkf msg/pkg/app.py 'from pkg import helpers\n\n\ndef install(hook, hooks=[]):\n    helpers.register(hooks, hook)\n'
sleep 3
(cd msg && "$SNAG" check --isolated --cache-dir "$T/msgcache" --output-format concise . >/dev/null 2>&1)
(cd msg/pkg && "$SNAG" check --isolated --cache-dir "$T/msgcache" --output-format concise . >"$T/.out" 2>/dev/null)
(cd msg/pkg && SNAG_NO_CACHE=1 "$SNAG" check --isolated --output-format concise . >"$T/.fresh" 2>/dev/null)
check cache-cwd 'a run from another directory names files from there' cmp -s "$T/.fresh" "$T/.out"

# a result a limit cut short is not kept, even with SNG002 off
run check --isolated --ignore SNG002 --max-analysis-facts 1 --output-format concise .
run check --isolated --ignore SNG002 --max-analysis-facts 1 --output-format concise .
fresh --ignore SNG002 --max-analysis-facts 1 .
check cache-limited 'a run over a budget is linted again' cmp -s "$T/.fresh" "$T/.out"

# other settings: another entry, not the first one's findings
run check --isolated --output-format concise --select SNG201 .
fresh --select SNG201 .
check cache-settings 'other rules give their own result' cmp -s "$T/.fresh" "$T/.out"

# a fresh checkout (new mtimes, same bytes) is still a hit
run check --isolated --output-format concise .
touch pkg/*.py
sleep 1
run check --isolated --output-format concise .
check cache-touched-hits 'touched but unchanged files come from the cache' test "$(cache_stats)" -ge 3

# damaged entries: cut short, rewritten with junk, emptied
fresh .
for e in .snag_cache/*/*; do
  head -c 40 "$e" >"$e.cut" && mv "$e.cut" "$e"
done
run check --isolated --output-format concise .
check cache-truncated 'truncated entries are misses' cmp -s "$T/.fresh" "$T/.out"
for e in .snag_cache/*/*; do
  python3 -c 'import sys; d = open(sys.argv[1], "rb").read(); open(sys.argv[1], "wb").write(d[:20] + bytes(b ^ 0x5a for b in d[20:]))' "$e"
done
run check --isolated --output-format concise .
check cache-garbled 'garbled entries are misses' cmp -s "$T/.fresh" "$T/.out"
for e in .snag_cache/*/*; do : >"$e"; done
run check --isolated --output-format concise .
check cache-emptied 'empty entries are misses' cmp -s "$T/.fresh" "$T/.out"

# two runs at once share the folder
for i in 1 2 3 4 5 6 7 8; do
  mkf "many/m$i.py" "def f$i(x, acc=[]):\n    acc.append(x)\n    return acc\n"
done
rm -rf .snag_cache
fresh .
("$SNAG" check --isolated --output-format concise . >"$T/.par1" 2>/dev/null &
 "$SNAG" check --isolated --output-format concise . >"$T/.par2" 2>/dev/null &
 wait)
check cache-concurrent 'two runs at once both print the uncached output' \
  sh -c 'cmp -s "$1" "$2" && cmp -s "$1" "$3"' - "$T/.fresh" "$T/.par1" "$T/.par2"
run check --isolated --output-format concise .
check cache-concurrent-after 'and the folder they left serves the next run' cmp -s "$T/.fresh" "$T/.out"
check cache-no-temporaries 'no temporary files are left behind' \
  sh -c '! ls .snag_cache/*/ | grep -q tmp'

# bypasses
rm -rf .snag_cache
run check --isolated --no-cache --output-format concise .
check cache-no-cache '--no-cache writes no cache' test ! -e .snag_cache
SNAG_NO_CACHE=1 run check --isolated --output-format concise .
check cache-env-off 'SNAG_NO_CACHE=1 writes no cache' test ! -e .snag_cache
run check --isolated --cache-dir "$T/elsewhere" --output-format concise .
check cache-dir-flag '--cache-dir puts it there' test -f "$T/elsewhere/.gitignore" -a ! -e .snag_cache
SNAG_CACHE_DIR=$T/envdir run check --isolated --output-format concise .
check cache-dir-env 'SNAG_CACHE_DIR puts it there' test -f "$T/envdir/.gitignore"
mkdir -p "$T/cfgcache"
cp -r pkg "$T/cfgcache/"
mkf "$T/cfgcache/pyproject.toml" '[tool.snag]\ncache-dir = "var/lint-cache"\n'
(cd "$T/cfgcache" && "$SNAG" check -q . >/dev/null 2>&1)
check cache-dir-config '`cache-dir` in the configuration puts it there, parents made' \
  test -f "$T/cfgcache/var/lint-cache/.gitignore" -a ! -e "$T/cfgcache/.snag_cache"
mkf not-a-dir 'x'
run check --isolated --cache-dir not-a-dir --output-format concise .
fresh .
check cache-unusable 'an unusable --cache-dir still lints everything' cmp -s "$T/.fresh" "$T/.out"
expect_rc cache-unusable-rc 1
check cache-unusable-note 'and says the cache is off' grep -q 'result cache off' "$T/.err"

# fixes read the files themselves
run check --isolated --output-format concise .
run check --isolated --fix --unsafe-fixes --select SNG201 --output-format concise many
check cache-fix 'a fix after a cached run rewrites the file' grep -q 'acc=None' many/m1.py
run check --isolated --select SNG201 --output-format concise many
expect_lacks cache-after-fix 'SNG201'
unset SNAG_CACHE_STATS
cd "$T" || exit 2
