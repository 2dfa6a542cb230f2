"""The result cache on a corpus (make bench): a copy of the corpus in a
scratch folder, then wall times of `snag check` (all cores) cold (empty
cache), fully cached (median of 5), after touching every file (a fresh
checkout: same bytes, new mtimes: the first run after it) and after changing one file
that nothing imports (median of 3), with the cache's own count of hits and
misses. The copy keeps the corpus itself untouched.

    python3 bench/cache.py build/snag CORPUS [CHANGED]

CHANGED: the corpus-relative file to change (default: antigravity.py when
there, else the first file found).
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def run(snag, tree, cache):
    env = dict(os.environ, SNAG_CACHE_STATS="1", SNAG_CACHE_DIR=cache)
    env.pop("SNAG_NO_CACHE", None)
    t0 = time.perf_counter()
    p = subprocess.run([snag, "check", "--isolated", "--exit-zero", "--output-format", "concise", tree],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, check=True)
    wall = time.perf_counter() - t0
    stats = [l for l in p.stderr.decode().splitlines() if l.startswith("snag: cache:")]
    return wall, (stats[-1][len("snag: cache: "):] if stats else "no cache"), p.stdout


def main():
    snag, corpus = os.path.abspath(sys.argv[1]), sys.argv[2]
    scratch = tempfile.mkdtemp(prefix="snag-bench-cache.")
    try:
        tree = os.path.join(scratch, "tree")
        shutil.copytree(corpus, tree, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
        files = []
        for root, _, names in os.walk(tree):
            files += [os.path.join(root, n) for n in names if n.endswith((".py", ".pyi"))]
        changed = os.path.join(tree, sys.argv[3] if len(sys.argv) > 3 else "antigravity.py")
        if not os.path.exists(changed):
            changed = sorted(files)[0]
        cache = os.path.join(scratch, "cache")
        time.sleep(3)  # a file changed within 2 s of a run's start is not cached by that run
        cold, cold_stats, cold_out = run(snag, tree, cache)
        warm = [run(snag, tree, cache) for _ in range(5)]
        same = all(w[2] == cold_out for w in warm)
        now = time.time() - 10
        for f in files:
            os.utime(f, (now, now))
        time.sleep(3)
        touched = run(snag, tree, cache)  # each entry rewritten with the new signature
        time.sleep(3)
        run(snag, tree, cache)  # ... again, now that the new signatures are old enough to trust
        edits = []
        for k in range(3):
            with open(changed, "a", encoding="utf-8") as f:
                f.write("# bench edit %d\n" % k)
            edits.append(run(snag, tree, cache))
        size = sum(os.path.getsize(os.path.join(r, n)) for r, _, ns in os.walk(cache) for n in ns)
        print("== result cache: snag check, all cores, on a copy of %s" % corpus)
        print("  cold (empty cache)        %7.3f s   %s" % (cold, cold_stats))
        print("  fully cached (median/5)   %7.3f s   %s   output identical: %s"
              % (statistics.median(w[0] for w in warm), warm[-1][1], "yes" if same else "NO"))
        print("  every file touched        %7.3f s   %s   (same bytes: the content hash decides)"
              % (touched[0], touched[1]))
        print("  one file changed (m/3)    %7.3f s   %s   (%s)"
              % (statistics.median(e[0] for e in edits), edits[-1][1], os.path.relpath(changed, tree)))
        print("  cache folder              %7.1f MB" % (size / 1e6))
        return 0 if same else 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
