#!/usr/bin/env python3
"""Score snag on a set of single-file scoping programs (bench/scoping1):
each bug program raises NameError/UnboundLocalError on the line its
MANIFEST.tsv names (python3 shows it: --run checks that), each ok program
runs cleanly. A bug counts as found when a finding of the selected rules
is within one line of it; any other finding is a false alarm.

  python3 bench/scoping.py build/snag [--set=scoping1] [--select=SNG1] [--run]
"""
import csv
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    snag = os.path.abspath(sys.argv[1])
    opts = dict(a[2:].split("=", 1) if "=" in a else (a[2:], "1") for a in sys.argv[2:] if a.startswith("--"))
    root = os.path.join(HERE, opts.get("set", "scoping1"))
    rows = list(csv.DictReader(open(os.path.join(root, "MANIFEST.tsv")), delimiter="\t"))
    if "run" in opts:
        for r in rows:
            p = subprocess.run([sys.executable, r["file"]], cwd=root, capture_output=True, text=True, timeout=60)
            last = (p.stderr.strip().splitlines() or [""])[-1]
            ok = p.returncode == 0 if r["kind"] == "ok" else ("NameError" in last or "UnboundLocalError" in last)
            if not ok:
                sys.exit("python3 does not show %s as %s: %s" % (r["file"], r["kind"], last))
    out = subprocess.run([snag, "check", "--isolated", "--exit-zero", "--output-format", "concise",
                          "--select", opts.get("select", "SNG1"), "."], cwd=root, capture_output=True,
                         text=True).stdout
    found = {}
    for line in out.splitlines():
        m = re.match(r"(?:\./)?([^:]+):(\d+):\d+: (SNG\d+)", line)
        if m:
            found.setdefault(m.group(1), []).append(int(m.group(2)))
    bugs = [r for r in rows if r["kind"] == "bug"]
    hit, extra, missed = 0, 0, []
    for r in rows:
        got = found.get(r["file"], [])
        if r["kind"] == "bug":
            ok = any(abs(g - int(r["line"])) <= 1 for g in got)
            hit += ok
            extra += sum(1 for g in got if abs(g - int(r["line"])) > 1)
            if not ok:
                missed.append(r["file"])
        else:
            extra += len(got)
    prec = hit / (hit + extra) if hit + extra else 1.0
    print("%-10s recall %d/%d = %.2f   precision %.2f (%d false alarms)" % (
        opts.get("set", "scoping1"), hit, len(bugs), hit / len(bugs), prec, extra))
    for f in missed:
        print("missed  ", f)


if __name__ == "__main__":
    main()
