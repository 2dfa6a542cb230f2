#!/usr/bin/env python3
"""Recall and false alarms per family on bench/heldout: programs shaped like
real libraries (a cache, a registry, a pool, an event bus...), each bug
program demonstrating its pitfall under python3 (`--run`) and each ok
program running clean. Written for issue 18 by a helper that never read
snag's rules or fixtures; partly tuned against since (BENCHMARKS.md has the
numbers before and after), so it is a regression set now, not a held-out
one.

    python3 bench/heldout.py [build/snag] [--run] [--set=heldout2]

A bug program counts as found when snag (default rules) reports any finding
of its family's rules in it; an ok program counts as a false alarm when it
does."""
import csv
import os
import re
import subprocess
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout")
for _a in sys.argv[1:]:
    if _a.startswith("--set="):  # another set of the same layout: --set=heldout2
        HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), _a[len("--set="):])
FAMILY = {"unbound": "SNG1", "late_binding": "SNG3", "iterating": "SNG4", "locks": "SNG5",
          "pickling": "SNG6", "del_cycles": "SNG7"}
RULES = {"mutable_defaults": {"SNG201", "SNG202", "SNG206"}, "class_attributes": {"SNG203", "SNG204", "SNG205"}}


def hit(family, codes):
    if family in RULES:
        return bool(codes & RULES[family])
    return any(c.startswith(FAMILY[family]) for c in codes)


def run_python(path):
    full = os.path.join(HERE, path)
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    if os.path.isdir(full):
        cmd = open(os.path.join(full, "RUN")).read().split()
        return subprocess.run(cmd, cwd=full, capture_output=True, text=True, timeout=60, env=env)
    return subprocess.run([sys.executable, full], cwd=HERE, capture_output=True, text=True, timeout=60, env=env)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    snag = os.path.abspath(args[0] if args else "build/snag")
    rows = list(csv.DictReader(open(os.path.join(HERE, "MANIFEST.tsv")), delimiter="\t"))
    stats, misses, bad = {}, [], 0
    for r in rows:
        path, family, kind = r["path"], r["family"], r["kind"]
        if "--run" in sys.argv:
            p = run_python(path)
            want = "BUG SHOWN" if kind == "bug" else "OK"
            if p.returncode != 0 or want not in p.stdout:
                bad += 1
                print("python3 did not show it:", path, p.stderr[-300:])
        out = subprocess.run([snag, "check", "--output-format", "concise", "--exit-zero", path], cwd=HERE,
                             capture_output=True, text=True).stdout
        found = hit(family, set(re.findall(r": (SNG\d+) ", out)))
        s = stats.setdefault(family, [0, 0, 0, 0])
        if kind == "bug":
            s[0] += found
            s[1] += 1
            if not found:
                misses.append("missed   " + path)
        else:
            s[2] += found
            s[3] += 1
            if found:
                misses.append("flagged  " + path)
    print("%-18s %10s %12s" % ("family", "recall", "ok flagged"))
    tb = tt = 0
    for family, (b, t, f, o) in sorted(stats.items()):
        print("%-18s %4d/%-3d %.2f %6d/%d" % (family, b, t, b / t, f, o))
        tb, tt = tb + b, tt + t
    print("%-18s %4d/%-3d %.2f" % ("all", tb, tt, tb / tt))
    for m in misses:
        print(m)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
