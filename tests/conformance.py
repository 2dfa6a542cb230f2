#!/usr/bin/env python3
"""Compare snag's findings with two peer linters' expectations.

Reads Ruff's and flake8-bugbear's fixtures and normalised expectations from
../shared/peer-fixtures (or $SNAG_PEER_FIXTURES; see its README.md), runs
snag on every fixture that a mapped peer rule mentions, and compares line by
line:

  AGREE   the peer expects a finding on line L and snag reports a mapped code on L
  SILENT  the peer expects a finding on line L and snag reports no mapped code there
  EXTRA   snag reports a mapped code on a line the peer does not flag

Only Ruff's `default` snapshot rows count (not `preview` or `options`).
Findings of snag codes outside a rule's mapping are ignored. A mapped snag
code that `snag rules` does not list yet is reported as "not implemented yet".

Exit status: 0, unless snag crashes (exit status > 2, a signal, a hang, or
unreadable JSON) on a fixture: 1. Standard library only.

usage: python3 tests/conformance.py        (or: make conformance)
env:   SNAG=path/to/snag  SNAG_PEER_FIXTURES=path/to/peer-fixtures
"""

import csv
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Peer rule -> snag rules, from the table in peer-fixtures/README.md (one row
# per peer code). An empty tuple: the README names no concrete snag rule yet.
MAPPING = [
    ("B006", ("SNG201", "SNG202")),
    ("RUF024", ("SNG206",)),
    ("RUF012", ("SNG203", "SNG204")),
    ("B023", ("SNG301",)),
    ("B909", ("SNG401", "SNG402", "SNG403")),
    ("PLE4703", ("SNG401", "SNG402", "SNG403")),
    ("F823", ("SNG101",)),
    ("PLE0115", ("SNG104",)),
    ("PLE0117", ("SNG104",)),
    ("PLE0118", ("SNG104",)),
    ("PLW0602", ("SNG105",)),
    ("PLW2901", ("SNG107",)),
    ("PLW2101", ("SNG503",)),
    ("B019", ()),  # README: "(SNG7xx area)", no code assigned yet
]
PENDING_NOTE = {"B019": "SNG7xx area"}

TOOLS = ("ruff", "flake8-bugbear")
MSG_WIDTH = 100
TIMEOUT_S = 120


def short(text, width=MSG_WIDTH):
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def find_peer_dir():
    env = os.environ.get("SNAG_PEER_FIXTURES")
    path = env if env else os.path.join(ROOT, "..", "shared", "peer-fixtures")
    return os.path.normpath(path) if os.path.isdir(path) else None


def find_snag():
    snag = os.environ.get("SNAG") or "build/snag"
    if not os.path.isabs(snag) and not os.path.exists(snag):
        snag = os.path.join(ROOT, snag)
    return os.path.abspath(snag)


def implemented_codes(snag):
    res = subprocess.run([snag, "rules"], capture_output=True, text=True,
                         timeout=TIMEOUT_S)
    if res.returncode != 0:
        sys.exit("conformance: `%s rules` failed (exit %d): %s"
                 % (snag, res.returncode, short(res.stderr)))
    return set(re.findall(r"^(SNG\d+)\b", res.stdout, re.M))


def read_tsv(path):
    if not os.path.isfile(path):
        return []
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


class Expect:
    """One peer expectation: (tool, fixture) line, code, message."""

    def __init__(self, tool, fixture, line, code, message):
        self.tool, self.fixture, self.line = tool, fixture, line
        self.code, self.message = code, message


def load_expectations(peer, wanted):
    """-> (default-mode expectations, {(tool, fixture): {line: modes}} for
    non-default modes, negatives as [(tool, fixture, code)])."""
    expects, other_modes = [], {}
    for tool in TOOLS:
        for row in read_tsv(os.path.join(peer, tool, "expected.tsv")):
            code = (row.get("code") or "").strip()
            if code not in wanted:
                continue
            try:
                line = int(row["line"])
            except (KeyError, TypeError, ValueError):
                continue
            fixture = row["fixture"].strip()
            mode = (row.get("name") or "").strip()
            if mode in ("", "default"):  # flake8-bugbear has no modes
                expects.append(Expect(tool, fixture, line, code,
                                      (row.get("message") or "").strip()))
            else:
                key = (tool, fixture, code)
                other_modes.setdefault(key, {}).setdefault(line, set()).add(mode)
    negatives = []
    # Ruff's negatives name snapshots: snapshots/<linter>/ruff_linter__rules__
    # <linter>__tests__[preview__]<CODE>_<fixture>.snap; the default mode has
    # no prefix between `__tests__` and the code.
    snap_re = re.compile(r"__tests__([A-Z]+[0-9]+)_(.+)\.snap$")
    for tool in TOOLS:
        for row in read_tsv(os.path.join(peer, tool, "negatives.tsv")):
            path = (row.get("file") or row.get("fixture") or "").strip()
            parts = path.split("/")
            m = snap_re.search(parts[-1]) if parts else None
            if len(parts) == 3 and parts[0] == "snapshots" and m \
                    and m.group(1) in wanted:
                negatives.append((tool, "fixtures/%s/%s" % (parts[1], m.group(2)),
                                  m.group(1)))
    return expects, other_modes, negatives


class SnagRun:
    def __init__(self, rc, findings, error=None):
        self.rc, self.findings, self.error = rc, findings, error


def run_snag(snag, path):
    cmd = [snag, "check", "--select", "ALL", "--output-format", "json",
           "--exit-zero", path]
    try:
        res = subprocess.run(cmd, capture_output=True, text=True,
                             timeout=TIMEOUT_S, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return SnagRun(None, [], "hung (no result after %d s)" % TIMEOUT_S)
    rc = res.returncode
    if rc < 0:
        return SnagRun(rc, [], "killed by signal %d: %s"
                       % (-rc, short(res.stderr)))
    if rc > 2:
        return SnagRun(rc, [], "crashed (exit %d): %s" % (rc, short(res.stderr)))
    try:
        data = json.loads(res.stdout) if res.stdout.strip() else []
        findings = [(d["code"], int(d["location"]["row"]), d.get("message", ""))
                    for d in data]
    except (ValueError, KeyError, TypeError) as exc:
        return SnagRun(rc, [], "printed unreadable JSON (%s): %s"
                       % (exc, short(res.stdout)))
    return SnagRun(rc, findings)


def source_line(path, line):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for i, text in enumerate(f, 1):
                if i == line:
                    return text.strip()
    except OSError:
        pass
    return ""


def main():
    peer = find_peer_dir()
    if peer is None:
        print("conformance: skipped (../shared/peer-fixtures not found)")
        return 0
    snag = find_snag()
    if not os.access(snag, os.X_OK):
        print("conformance: %s not found (run `make` first, or set SNAG)" % snag)
        return 1
    have = implemented_codes(snag)
    codes_of = dict(MAPPING)
    expects, other_modes, negatives = load_expectations(peer, set(codes_of))

    runs = {}          # (tool, fixture) -> SnagRun
    crashes = []

    def snag_on(tool, fixture):
        key = (tool, fixture)
        if key not in runs:
            path = os.path.join(peer, tool, fixture)
            if not os.path.isfile(path):
                runs[key] = SnagRun(None, [], "missing")
            elif not fixture.endswith((".py", ".pyi")):
                runs[key] = SnagRun(None, [], "skipped")
            else:
                runs[key] = run_snag(snag, path)
                if runs[key].error:
                    crashes.append("%s/%s: snag %s" % (tool, fixture,
                                                       runs[key].error))
        return runs[key]

    print("conformance: snag %s vs peer fixtures in %s" % (snag, peer))
    print("  (Ruff rows of the `default` snapshot mode only; line-level "
          "comparison; snag codes outside a rule's mapping ignored)")
    total = {"agree": 0, "silent": 0, "extra": 0}
    not_impl, pending = [], []
    extras_claimed = set()   # (tool, fixture, snag codes) already reported

    for peer_code, snag_codes in MAPPING:
        mine = [e for e in expects if e.code == peer_code]
        negs = sorted({(t, f) for t, f, c in negatives if c == peer_code})
        fixtures = sorted({(e.tool, e.fixture) for e in mine} | set(negs))
        nlines = len({(e.tool, e.fixture, e.line) for e in mine})
        scope = "%d expected line%s in %d fixture%s" % (
            nlines, "" if nlines == 1 else "s", len(fixtures),
            "" if len(fixtures) == 1 else "s")
        if not snag_codes:
            print("\n%s -> (%s): no snag rule assigned yet, skipped (%s)"
                  % (peer_code, PENDING_NOTE.get(peer_code, "unmapped"), scope))
            pending.append(peer_code)
            continue
        arrow = "%s -> %s" % (peer_code, ",".join(snag_codes))
        live = [c for c in snag_codes if c in have]
        if not live:
            print("\n%s: not implemented yet (%s)" % (arrow, scope))
            not_impl.append(peer_code)
            continue
        if not fixtures:
            print("\n%s: no fixtures in the peer data" % arrow)
            continue
        # Lines flagged by any peer rule whose snag codes overlap this one's:
        # PLE0115/0117/0118 all map to SNG104, so a line one of them flags is
        # no EXTRA for another.
        overlapping = {c for c, s in MAPPING if set(s) & set(snag_codes)}
        agree, silent, extra, notes, uncompared = 0, [], [], [], 0
        for tool, fixture in fixtures:
            run = snag_on(tool, fixture)
            name = "%s/%s" % (tool, fixture)
            if run.error:
                notes.append("%s  snag %s" % (name, run.error))
                uncompared += len({e.line for e in mine
                                   if (e.tool, e.fixture) == (tool, fixture)})
                continue
            if run.rc == 2:
                notes.append("%s  snag exited 2 (usage or internal error)" % name)
            for code, line, msg in run.findings:
                if code in ("SNG001", "SNG002"):
                    notes.append("%s:%d  snag %s %s" % (name, line, code,
                                                        short(msg, 80)))
            hits = {}
            for code, line, msg in run.findings:
                if code in snag_codes:
                    hits.setdefault(line, []).append((code, msg))
            want = {}
            for e in mine:
                if (e.tool, e.fixture) == (tool, fixture):
                    want.setdefault(e.line, e)
            flagged = {e.line for e in expects
                       if (e.tool, e.fixture) == (tool, fixture)
                       and e.code in overlapping}
            for line in sorted(want):
                if line in hits:
                    agree += 1
                else:
                    e = want[line]
                    text = e.message or "%s expected: %s" % (
                        e.code, source_line(os.path.join(peer, tool, fixture),
                                            line))
                    silent.append("%s:%d  %s" % (name, line, short(text)))
            claim = (tool, fixture, tuple(snag_codes))
            if claim in extras_claimed:
                continue
            extras_claimed.add(claim)
            for line in sorted(hits):
                if line in flagged:
                    continue
                code, msg = hits[line][0]
                modes = set()
                for c in overlapping:
                    modes |= other_modes.get((tool, fixture, c), {}).get(line, set())
                tag = " [peer flags it in %s mode]" % "/".join(sorted(modes)) \
                    if modes else ""
                extra.append("%s:%d  %s %s%s" % (name, line, code, short(msg), tag))
        missing = [c for c in snag_codes if c not in have]
        tail = " (%s not implemented yet)" % ",".join(missing) if missing else ""
        if uncompared:
            tail += ", %d expected line%s not compared (see notes)" % (
                uncompared, "" if uncompared == 1 else "s")
        print("\n%s: agree %d, silent %d, extra %d%s"
              % (arrow, agree, len(silent), len(extra), tail))
        for item in silent:
            print("  SILENT %s" % item)
        for item in extra:
            print("  EXTRA  %s" % item)
        for item in dict.fromkeys(notes):
            print("  note   %s" % item)
        total["agree"] += agree
        total["silent"] += len(silent)
        total["extra"] += len(extra)

    print("\ntotal: agree %d, silent %d, extra %d over %d fixture run%s"
          % (total["agree"], total["silent"], total["extra"], len(runs),
             "" if len(runs) == 1 else "s"))
    if not_impl:
        print("not implemented yet: %s" % ", ".join(not_impl))
    if pending:
        print("no snag rule assigned: %s" % ", ".join(pending))
    if crashes:
        print("\nconformance: FAILED: snag crashed on %d fixture%s:"
              % (len(crashes), "" if len(crashes) == 1 else "s"))
        for item in crashes:
            print("  " + item)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
