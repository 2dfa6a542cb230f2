"""Keystroke-to-diagnostics latency of `snag server`.

    python3 bench/lsp_latency.py path/to/snag STDLIB_DIR [edits] [interval_ms]

Builds a 5,000-line document from the corpus's Python files (in path
order, whole files, until 5,000 lines; the standard library's first
modules by default), opens it in `snag server`
(push diagnostics, UTF-16 positions, as VS Code runs it) and types single
characters: each edit is one didChange with one incremental content
change, and the latency is the time until the publishDiagnostics for that
version has been read back whole. Two kinds of keystrokes, measured apart:

  identifier  a letter typed at the end of an identifier, then deleted
              (the file stays valid: incremental reparse)
  breaking    an unmatched `(` typed at the start of a line, then deleted
              (the file has a syntax error: it is parsed afresh, see
              lint/lint.h)

interval_ms (default 0) is a pause before each keystroke: 0 sends the next
keystroke the moment the previous one's diagnostics arrive (a worst case:
the server may still be settling a syntax-error result, see cli/server.c);
a typist's 100-200 ms leaves it idle. Prints the median, p95 and max of
each kind, in milliseconds.
"""
import glob
import json
import os
import random
import select
import statistics
import subprocess
import sys
import time

snag, stdlib = sys.argv[1], sys.argv[2]
edits = int(sys.argv[3]) if len(sys.argv) > 3 else 200
interval = float(sys.argv[4]) / 1000 if len(sys.argv) > 4 else 0.0

lines = []
for path in sorted(glob.glob(os.path.join(stdlib, "**", "*.py"), recursive=True)):
    with open(path, encoding="utf-8", errors="replace") as f:
        lines += f.read().splitlines()
    if len(lines) >= 5000:
        break
lines = lines[:5000]
text = "\n".join(lines) + "\n"

p = subprocess.Popen([snag, "server"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
buf = b""


def send(obj):
    body = json.dumps(obj).encode()
    p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    p.stdin.flush()


def read():
    global buf
    while True:
        head, sep, rest = buf.partition(b"\r\n\r\n")
        if sep:
            n = int(head.split(b":")[1])
            if len(rest) >= n:
                buf = rest[n:]
                return json.loads(rest[:n])
        if not select.select([p.stdout], [], [], 30)[0]:
            raise TimeoutError
        buf += os.read(p.stdout.fileno(), 1 << 20)


def wait_version(v):
    while True:
        m = read()
        if m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == v:
            return m


send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
      "params": {"capabilities": {"general": {"positionEncodings": ["utf-16"]}}}})
read()
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
uri = "file:///bench/latency.py"
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}}})
t0 = time.perf_counter()
first = wait_version(1)
open_ms = (time.perf_counter() - t0) * 1000

rng = random.Random(5000)
version = 1
ident_sites, line_sites = [], []
for i, line in enumerate(lines):
    s = line.rstrip()
    if s.endswith(":") or not s:
        continue
    j = len(s)
    while j > 0 and (s[j - 1].isalnum() or s[j - 1] == "_"):
        j -= 1
    if j < len(s) and not s[j].isdigit() and s.isascii():
        ident_sites.append((i, len(s)))
    if line.strip() and line == line.lstrip() and line.isascii():
        line_sites.append(i)


def keystroke(line, col, insert, delete):
    global version
    version += 1
    rng_ = {"start": {"line": line, "character": col},
            "end": {"line": line, "character": col + (1 if delete else 0)}}
    if interval:
        time.sleep(interval)
    t = time.perf_counter()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": uri, "version": version},
                     "contentChanges": [{"range": rng_, "text": insert}]}})
    wait_version(version)
    return (time.perf_counter() - t) * 1000


results = {"identifier": [], "breaking": []}
for _ in range(edits // 2):
    line, col = rng.choice(ident_sites)
    results["identifier"].append(keystroke(line, col, "q", False))
    results["identifier"].append(keystroke(line, col, "", True))
    line = rng.choice(line_sites)
    results["breaking"].append(keystroke(line, 0, "(", False))
    results["breaking"].append(keystroke(line, 0, "", True))

send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
read()
send({"jsonrpc": "2.0", "method": "exit"})
p.wait(timeout=10)


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


print(f"lsp latency: {len(lines)} lines, {len(text.encode())} bytes, interval {interval * 1000:.0f} ms, "
      f"{len(first['params']['diagnostics'])} diagnostics; first lint after didOpen {open_ms:.1f} ms")
for kind, xs in results.items():
    print(f"  {kind:10s} {len(xs):4d} keystrokes  median {statistics.median(xs):6.2f} ms  "
          f"p95 {pct(xs, 0.95):6.2f} ms  max {max(xs):6.2f} ms")
