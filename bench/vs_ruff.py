"""snag against Ruff on one corpus, side by side (make bench): a cold
`snag check` on all cores (no cache) and Ruff's WebAssembly build (one
thread: the wasm build has no threads) with the rules matching snag's
families (bench/ruff/ruff_bench.js), interleaved, median of 3 each; then
the ratio. Ruff comes from npm (bench/ruff/package-lock.json, `npm ci`
into bench/ruff/node_modules, ignored) and is skipped with a note when npm
or node cannot provide it. A benchmark, not a test: it never fails on the
ratio.

    python3 bench/vs_ruff.py build/snag CORPUS
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
RUFF = os.path.join(HERE, "ruff")


def ruff_ready():
    if not shutil.which("node") or not shutil.which("npm"):
        return "node or npm is missing"
    if not os.path.isdir(os.path.join(RUFF, "node_modules", "@astral-sh", "ruff-wasm-nodejs")):
        p = subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
                           cwd=RUFF, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if p.returncode:
            return "npm ci failed: " + p.stdout.decode(errors="replace").strip()[-200:]
    return None


def snag_run(snag, corpus):
    t0 = time.perf_counter()
    subprocess.run([snag, "check", "--no-cache", "--isolated", "--exit-zero", "-q", "--output-format", "concise",
                    corpus], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t0


def ruff_run(corpus):
    t0 = time.perf_counter()
    p = subprocess.run(["node", os.path.join(RUFF, "ruff_bench.js"), corpus], stdout=subprocess.PIPE, check=True)
    wall = time.perf_counter() - t0
    return wall, json.loads(p.stdout.decode().strip().splitlines()[-1])


def main():
    snag, corpus = os.path.abspath(sys.argv[1]), sys.argv[2]
    print("== snag vs Ruff (WebAssembly), cold, on %s" % corpus)
    why = ruff_ready()
    if why:
        print("  skipped: %s" % why)
        return 0
    snag_t, ruff_t, info = [], [], None
    for _ in range(3):
        snag_t.append(snag_run(snag, corpus))
        wall, info = ruff_run(corpus)
        ruff_t.append(wall)
    s, r = statistics.median(snag_t), statistics.median(ruff_t)
    print("  snag check, all cores (%d), no cache   %7.3f s  (median of 3)" % (os.cpu_count() or 1, s))
    print("  Ruff %s wasm, one thread, %d rules  %7.3f s  (median of 3; %d files, node start included)"
          % (info["ruff"], 11, r, info["files"]))
    print("  ratio                                 %7.2fx Ruff's time (goal <= 0.60x)" % (s / r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
