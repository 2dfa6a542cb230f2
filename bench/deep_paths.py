"""Peak memory and time of a very deep path (issue 17, point 4):

    python3 bench/deep_paths.py [build/snag]

1. `snag check --stdin-filename a/a/.../x.py -` with 7,500, 15,000 and
   30,000 directories;
2. `snag server` with a document whose file:// URI has 5,000, 10,000 and
   20,000 directories (10, 20, 40 KB): open, pull diagnostics, close.
Prints one line per run: directories, path bytes, seconds, peak RSS (KB,
from /usr/bin/time, Debian package `time`).
"""
import json
import subprocess
import sys
import time

SNAG = sys.argv[1] if len(sys.argv) > 1 else "build/snag"


def measure(argv, data):
    """(exit status, seconds, peak RSS in KB) of one run, by GNU time."""
    t = time.time()
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + argv, input=data, capture_output=True)
    secs = time.time() - t
    return p.returncode, secs, int(p.stderr.decode().strip().splitlines()[-1])


def frame(obj):
    body = json.dumps(obj).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


for n in (7500, 15000, 30000):
    name = "a/" * n + "x.py"
    rc, secs, kb = measure([SNAG, "check", "--stdin-filename", name, "-"], b"x = 1\n")
    print(f"stdin-filename dirs={n} bytes={len(name)} rc={rc} {secs:.2f} s {kb} KB")

for n in (5000, 10000, 20000):
    uri = "file:///tmp/" + "a/" * n + "x.py"
    doc = {"uri": uri, "languageId": "python", "version": 1, "text": "def f(x=[]):\n    x.append(1)\n"}
    data = b"".join([
        frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}),
        frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": doc}}),
        frame({"jsonrpc": "2.0", "id": 2, "method": "textDocument/diagnostic",
               "params": {"textDocument": {"uri": uri}}}),
        frame({"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": {"uri": uri}}}),
        frame({"jsonrpc": "2.0", "id": 3, "method": "shutdown"}),
        frame({"jsonrpc": "2.0", "method": "exit"})])
    rc, secs, kb = measure([SNAG, "server"], data)
    print(f"server-uri dirs={n} bytes={len(uri)} rc={rc} {secs:.2f} s {kb} KB")
