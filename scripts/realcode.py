#!/usr/bin/env python3
"""Real-code precision harness for snag (`make realcode`).

  realcode.py run [--snag PATH] [--out DIR] [-- extra snag args]
      lint the four corpora (CPython stdlib, Django, SymPy, Twisted from
      Debian) with the default rules; write DIR/<corpus>.jsonl and print a
      count per rule per corpus and the wall time of each scan.
  realcode.py sample --seed N [--per K] [--out DIR] > sample.tsv
      a fixed-seed random sample of up to K findings per rule per corpus,
      as a TSV for hand review (verdict and reason columns left empty).
  realcode.py precision [--out DIR] FILE.tsv ...
      per-rule and per-severity precision of reviewed samples:
      true / (true + false); "debatable" counts in neither. With --out, the
      run the samples came from: each (corpus, rule) stratum is scaled to its
      size there for an estimate over the whole output.
  realcode.py check [--verdicts FILE] [--out DIR]
      every finding reviewed "false" must be gone from the output (unless
      tests/realcode/open.tsv lists it as known and not fixed yet), every one
      reviewed "true" must still be there or its rule be opt-in (exit 1 otherwise).
      Reviewed more than once: the stricter verdict holds, among the reviews of
      the message the finding has now when there are any.

Paths are corpus-relative (`stdlib/json/decoder.py`, `django/db/...`), so a
verdict names the same line on every machine with the same Debian packages.
The verdict file is written by people reading the code, never by snag.
"""
import argparse
import collections
import json
import os
import random
import subprocess
import sys
import sysconfig
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DIST = "/usr/lib/python3/dist-packages"
CORPORA = [
    ("stdlib", sysconfig.get_paths()["stdlib"]),
    ("django", os.path.join(DIST, "django")),
    ("sympy", os.path.join(DIST, "sympy")),
    ("twisted", os.path.join(DIST, "twisted")),
]
COLUMNS = ["corpus", "path", "line", "col", "rule", "severity", "message", "verdict", "reason"]


def corpus_path(corpus, root, filename):
    rel = os.path.relpath(filename, root)
    return ("stdlib/" + rel) if corpus == "stdlib" else os.path.join(os.path.basename(root), rel)


def load(out_dir):
    """Every finding of the last run, as dicts with corpus-relative paths."""
    findings = []
    for corpus, root in CORPORA:
        path = os.path.join(out_dir, corpus + ".jsonl")
        if not os.path.exists(path):
            sys.exit(f"realcode: {path} missing: run `realcode.py run` first")
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                d = json.loads(line)
                findings.append({
                    "corpus": corpus,
                    "path": corpus_path(corpus, root, d["filename"]),
                    "line": d["location"]["row"],
                    "col": d["location"]["column"],
                    "rule": d["code"],
                    "severity": d["severity"],
                    "message": d["message"].replace("\t", " ").replace("\n", " "),
                })
    return findings


def cmd_run(args):
    os.makedirs(args.out, exist_ok=True)
    counts = {}
    for corpus, root in CORPORA:
        if not os.path.isdir(root):
            sys.exit(f"realcode: corpus {corpus} not found at {root}")
        out = os.path.join(args.out, corpus + ".jsonl")
        start = time.monotonic()
        with open(out, "w", encoding="utf-8") as fh:
            rc = subprocess.call([args.snag, "check", root, "--output-format", "json-lines",
                                  "--exit-zero", "--isolated"] + args.extra, stdout=fh)
        wall = time.monotonic() - start
        if rc != 0:
            sys.exit(f"realcode: snag exited {rc} on {corpus}")
        n = sum(1 for _ in open(out, encoding="utf-8"))
        print(f"{corpus:8s} {n:6d} findings  {wall:6.2f} s")
        counts[corpus] = collections.Counter()
    for f in load(args.out):
        counts[f["corpus"]][f["rule"]] += 1
    rules = sorted({r for c in counts.values() for r in c})
    names = [c for c, _ in CORPORA]
    print("\nrule     " + "".join(f"{n:>9s}" for n in names) + "    total")
    for r in rules:
        row = [counts[n][r] for n in names]
        print(f"{r:8s} " + "".join(f"{v:9d}" for v in row) + f"{sum(row):9d}")
    tot = [sum(counts[n].values()) for n in names]
    print("total    " + "".join(f"{v:9d}" for v in tot) + f"{sum(tot):9d}")


def cmd_sample(args):
    groups = collections.defaultdict(list)
    for f in load(args.out):
        groups[(f["corpus"], f["rule"])].append(f)
    rng = random.Random(args.seed)
    w = sys.stdout
    w.write("\t".join(COLUMNS) + "\n")
    for key in sorted(groups):
        items = sorted(groups[key], key=lambda f: (f["path"], f["line"], f["col"]))
        pick = items if len(items) <= args.per else rng.sample(items, args.per)
        for f in sorted(pick, key=lambda f: (f["path"], f["line"], f["col"])):
            w.write("\t".join(str(f.get(c, "")) for c in COLUMNS) + "\n")


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        header = None
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells)))
    return rows


def cmd_precision(args):
    per = collections.defaultdict(collections.Counter)
    sev = collections.defaultdict(collections.Counter)
    strata = collections.defaultdict(collections.Counter)
    for path in args.files:
        for r in read_tsv(path):
            v = r.get("verdict", "").strip().lower()
            if v not in ("true", "false", "debatable"):
                continue
            per[r["rule"]][v] += 1
            sev[r.get("severity", "?")][v] += 1
            sev["all"][v] += 1
            strata[(r.get("corpus"), r["rule"])][v] += 1

    if args.out:  # scale each (corpus, rule) stratum to its size in that run's output
        size = collections.Counter((f["corpus"], f["rule"]) for f in load(args.out))
        est = collections.Counter()
        for key, c in strata.items():
            n = sum(c.values())
            for v in ("true", "false", "debatable"):
                est[v] += size[key] * c[v] / n
        t, f = est["true"], est["false"]
        print(f"whole output ({sum(size.values())} findings), each stratum scaled to its size: "
              f"~{t:.0f} true, ~{f:.0f} false, ~{est['debatable']:.0f} debatable: "
              f"{100.0 * t / (t + f):.1f}% precision")

    def line(name, c):
        t, f, d = c["true"], c["false"], c["debatable"]
        p = f"{100.0 * t / (t + f):5.1f}%" if t + f else "   n/a"
        print(f"{name:8s} {t + f + d:5d} {t:5d} {f:5d} {d:5d}  {p}")
    print("rule      size  true false  deb.  precision")
    for r in sorted(per):
        line(r, per[r])
    for s in sorted(sev):
        line(s, sev[s])


def default_off(snag):
    """Codes of the rules that are off by default (`snag rules`)."""
    out = subprocess.run([snag, "rules"], capture_output=True, text=True, check=True).stdout
    return {cells[0] for cells in (l.split() for l in out.splitlines()) if len(cells) > 3 and cells[3] == "off"}


def cmd_check(args):
    current = {(f["path"], f["line"], f["rule"]): f["message"] for f in load(args.out)}
    have = set(current)
    off = default_off(args.snag)
    known = {(r["path"], int(r["line"]), r["rule"]): r["why"] for r in read_tsv(args.open)}
    bad = 0
    rows = read_tsv(args.verdicts)
    # a finding reviewed more than once: the stricter verdict holds (false,
    # then debatable, then true), as the verdicts file says; where some
    # review judged the message the finding has now, only those reviews count
    # (a message reworded after a review said it was wrong is judged anew)
    order = {"false": 0, "debatable": 1, "true": 2}
    judged_now = {(r["path"], int(r["line"]), r["rule"]) for r in rows
                  if current.get((r["path"], int(r["line"]), r["rule"])) == r["message"]}
    held = {}
    for r in rows:
        key = (r["path"], int(r["line"]), r["rule"])
        if key in judged_now and current.get(key) != r["message"]:
            continue
        v = r["verdict"].strip().lower()
        if v in order and (key not in held or order[v] < order[held[key]["verdict"].strip().lower()]):
            held[key] = r
    for key, r in held.items():
        v = r["verdict"].strip().lower()
        if v == "false" and key in have and key in known:
            print(f"OPEN  {r['path']}:{r['line']}: {r['rule']} reviewed false, not fixed yet: {known[key]}")
        elif v == "false" and key in have:
            print(f"BACK  {r['path']}:{r['line']}: {r['rule']} reviewed false: {r['reason']}")
            bad += 1
        elif v == "true" and key not in have and key in known:
            print(f"GONE  {r['path']}:{r['line']}: {r['rule']} reviewed true, knowingly not reported: {known[key]}")
        elif v == "true" and key not in have and r["rule"] in off:
            print(f"OPT-IN {r['path']}:{r['line']}: {r['rule']} reviewed true, its rule is off by default")
        elif v == "true" and key not in have:
            print(f"LOST  {r['path']}:{r['line']}: {r['rule']} reviewed true: {r['reason']}")
            bad += 1
    n = collections.Counter(r["verdict"].strip().lower() for r in rows)
    print(f"verdicts: {len(rows)} ({n['true']} true, {n['false']} false, {n['debatable']} debatable) "
          f"on {len(held)} findings; {bad} violated")
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    out_default = os.path.join(ROOT, "build", "realcode")
    p = sub.add_parser("run")
    p.add_argument("--snag", default=os.path.join(ROOT, "build", "snag"))
    p.add_argument("--out", default=out_default)
    p.add_argument("extra", nargs="*")
    p = sub.add_parser("sample")
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--per", type=int, default=12)
    p.add_argument("--out", default=out_default)
    p = sub.add_parser("precision")
    p.add_argument("--out", help="the run the samples were drawn from: also estimate the whole output")
    p.add_argument("files", nargs="+")
    p = sub.add_parser("check")
    p.add_argument("--verdicts", default=os.path.join(ROOT, "tests", "realcode", "verdicts.tsv"))
    p.add_argument("--open", default=os.path.join(ROOT, "tests", "realcode", "open.tsv"),
                   help="reviewed-false findings known to be still reported (not a failure)")
    p.add_argument("--out", default=out_default)
    p.add_argument("--snag", default=os.path.join(ROOT, "build", "snag"))
    args = ap.parse_args()
    rc = {"run": cmd_run, "sample": cmd_sample, "precision": cmd_precision, "check": cmd_check}[args.cmd](args)
    sys.exit(rc or 0)


if __name__ == "__main__":
    main()
