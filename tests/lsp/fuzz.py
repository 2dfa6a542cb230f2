"""Robustness and incremental-parse tests for `snag server`.

    python3 tests/lsp/fuzz.py path/to/snag [seconds]

1. Hostile input for a bounded time (default 3 s): malformed headers, bad
   Content-Length values, invalid JSON, random JSON values, requests with
   wrong parameter types, notifications for documents never opened, edits
   out of range. After each burst the server must still answer a valid
   request; at the end shutdown/exit must give status 0.
2. Incremental reparse equals a fresh parse: random edits (insertions of
   Python snippets, deletions, replacements, multi-byte text) are applied
   to one document with incremental didChange events; after each round a
   second document is opened with the same text, and both must get the
   same diagnostics (pull mode, UTF-8 positions).
3. A Content-Length above the server's limit, then end of input: the server
   skips it and exits (status 1: no shutdown) without a crash.
4. Junk after a message body (whole lines, a partial line, bytes with no
   line end): the next valid request is answered (the reader resynchronises
   on the next Content-Length header).
5. A 40 KB file:// URI (20,000 directories): peak memory stays under 100 MB
   (395 MB before: every ancestor directory's path was kept).

Deterministic (fixed seed). Prints `FAIL ...` per problem and ends with
`lsp-fuzz: N passed, M failed`; exits 1 when M > 0.
"""
import json
import os
import random
import select
import subprocess
import sys
import tempfile
import time

SNAG = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/snag")
SECONDS = float(sys.argv[2]) if len(sys.argv) > 2 else 3.0
rng = random.Random(20261122)
passed = failed = 0


def ok(cond, name, why=""):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}: {why}"[:2000])


class Server:
    def __init__(self):
        # stderr to a file: the server logs every bad frame, more than a pipe holds
        self.err = tempfile.TemporaryFile()
        self.p = subprocess.Popen([SNAG, "server"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=self.err)
        self.buf = b""
        self.next_id = 1000

    def raw(self, data):
        self.p.stdin.write(data)
        self.p.stdin.flush()

    def send(self, obj):
        body = json.dumps(obj).encode()
        self.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def read_message(self, timeout=10.0):
        deadline = time.time() + timeout
        while True:
            head, sep, rest = self.buf.partition(b"\r\n\r\n")
            if sep:
                length = int(head.split(b":")[1])
                if len(rest) >= length:
                    self.buf = rest[length:]
                    return json.loads(rest[:length])
            left = deadline - time.time()
            if left <= 0 or not select.select([self.p.stdout], [], [], left)[0]:
                raise TimeoutError("no message from the server")
            chunk = os.read(self.p.stdout.fileno(), 65536)
            if not chunk:
                raise EOFError("the server closed its output")
            self.buf += chunk

    def request(self, method, params):
        self.next_id += 1
        rid = self.next_id
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        while True:
            m = self.read_message()
            if m.get("id") == rid:
                return m

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def stop(self, shutdown=True):
        if shutdown:
            self.request("shutdown", None)
        self.notify("exit", None)
        self.p.stdin.close()
        try:
            rc = self.p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.p.kill()
            rc = "hang"
        self.err.seek(0)
        err = self.err.read().decode("utf-8", "replace")
        return rc, err


def no_sanitizer(err, name):
    ok("Sanitizer" not in err and "runtime error:" not in err, name, err[-1500:])


# ---- 1. hostile input -----------------------------------------------------------

def random_json(depth=0):
    r = rng.random()
    if depth > 3 or r < 0.3:
        return rng.choice([None, True, False, 0, -1, 1.5, 2**40, "", "x", "\u00e9\U0001F600", [], {}])
    if r < 0.6:
        return [random_json(depth + 1) for _ in range(rng.randint(0, 4))]
    keys = ["jsonrpc", "id", "method", "params", "textDocument", "uri", "position", "range", "line",
            "character", "contentChanges", "text", "version", "result", "error"]
    return {rng.choice(keys): random_json(depth + 1) for _ in range(rng.randint(0, 5))}


METHODS = ["initialize", "shutdown", "textDocument/hover", "textDocument/codeAction",
           "textDocument/diagnostic", "textDocument/didOpen", "textDocument/didChange",
           "textDocument/didClose", "workspace/didChangeWatchedFiles", "$/cancelRequest",
           "workspace/didChangeConfiguration", "bogus/method"]
URI = "file:///tmp/snag-fuzz/doc.py"


def hostile_frame():
    kind = rng.randrange(9)
    if kind == 0:  # a header line without a colon
        return b"Garbage header\r\n\r\n"
    if kind == 1:  # a non-numeric or negative Content-Length
        return rng.choice([b"Content-Length: abc\r\n\r\n", b"Content-Length: -5\r\n\r\n{}",
                           b"Content-Length: 12x\r\n\r\n"])
    if kind == 2:  # no Content-Length at all
        return b"Content-Type: application/json\r\n\r\n"
    if kind == 3:  # invalid JSON with a correct length
        body = rng.choice([b"{", b"{]", b"\xff\xfe", b"nul", b"{\"a\":}", b"[" * 2000])
        return b"Content-Length: %d\r\n\r\n" % len(body) + body
    if kind == 4:  # a random JSON value
        body = json.dumps(random_json()).encode()
        return b"Content-Length: %d\r\n\r\n" % len(body) + body
    if kind == 5:  # a known method with random params (request or notification)
        msg = {"jsonrpc": "2.0", "method": rng.choice(METHODS), "params": random_json()}
        if rng.random() < 0.5:
            msg["id"] = rng.choice([1, "s", 2.5, None, [1]])
        body = json.dumps(msg).encode()
        return b"Content-Length: %d\r\n\r\n" % len(body) + body
    if kind == 6:  # an edit out of range on the open document
        big = rng.choice([0, 10**6, 2**31, 2**53])
        msg = {"jsonrpc": "2.0", "method": "textDocument/didChange",
               "params": {"textDocument": {"uri": URI, "version": 9},
                          "contentChanges": [{"range": {"start": {"line": big, "character": big},
                                                        "end": {"line": rng.randint(0, 3), "character": big}},
                                              "text": rng.choice(["x", "\n", "def f(a=[]):\n  a.append(1)\n", "\u00e9"])}]}}
        body = json.dumps(msg).encode()
        return b"Content-Length: %d\r\n\r\n" % len(body) + body
    if kind == 7:  # a header line longer than the limit
        return b"X-Long: " + b"a" * 10000 + b"\r\nContent-Length: 2\r\n\r\n{}"
    # a document never opened
    body = json.dumps({"jsonrpc": "2.0", "id": 7, "method": "textDocument/hover",
                       "params": {"textDocument": {"uri": "file:///never.py"}, "position": {"line": 0, "character": 0}}}).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def hostile():
    s = Server()
    m = s.request("initialize", {"capabilities": {}})
    ok("result" in m, "fuzz-initialize", m)
    s.notify("initialized", {})
    s.notify("textDocument/didOpen", {"textDocument": {"uri": URI, "languageId": "python", "version": 1,
                                                       "text": "def f(a=[]):\n    a.append(1)\n"}})
    end = time.time() + SECONDS
    bursts = frames = alive = 0
    while time.time() < end:
        for _ in range(rng.randint(1, 30)):
            s.raw(hostile_frame())
            frames += 1
        bursts += 1
        try:
            m = s.request("textDocument/hover", {"textDocument": {"uri": URI}, "position": {"line": 0, "character": 9}})
            alive += "result" in m or "error" in m
        except (TimeoutError, EOFError) as e:
            ok(False, "fuzz-alive", f"after {frames} frames: {e}")
            break
    ok(alive == bursts, "fuzz-answers-after-every-burst", f"{alive} of {bursts} bursts")
    rc, err = s.stop()
    ok(rc == 0, "fuzz-exit-0", f"exit status {rc}; stderr tail: {err[-800:]}")
    no_sanitizer(err, "fuzz-no-sanitizer-report")
    print(f"lsp-fuzz: {frames} hostile frames in {bursts} bursts")


# ---- 2. incremental == fresh ------------------------------------------------------

SNIPPETS = [
    "def f(a, b=[]):\n    b.append(a)\n    return b\n",
    "grid = [[0] * 3] * 4\n",
    "for k in d:\n    del d[k]\n",
    "fns = [lambda: i for i in range(3)]\n",
    "def g():\n    print(x)\n    x = 1\n",
    "class C:\n    items = []\n    def add(self, v):\n        self.items.append(v)\n",
    "import threading\nt = threading.Thread(target=print, args=(\"a\"))\n",
    "s = 'h\u00e9llo \U0001F600'\n",
    "if x:\n    pass\nelse:\n",
    "    y = (1,\n",
    ")\n",
    "# noqa: SNG201\n",
    "x = 1\n",
    # whole-line comments are blanked in the parse view: typing `#` or an
    # opening/closing triple quote changes that view beyond the edit
    "    # c\n# d\n",
    "s = \"\"\"\n",
    "#",
]


def utf8_position(text, offset):
    b = text.encode()[:offset]
    line = b.count(b"\n")
    col = len(b) - (b.rfind(b"\n") + 1)
    return {"line": line, "character": col}


def diag_key(m):
    return sorted((d["code"], d["range"]["start"]["line"], d["range"]["start"]["character"],
                   d["range"]["end"]["line"], d["range"]["end"]["character"], d["message"])
                  for d in m["result"]["items"])


def incremental(seed):
    rng = random.Random(seed)  # its own: the time-bounded phase draws a varying amount
    s = Server()
    m = s.request("initialize", {"capabilities": {"general": {"positionEncodings": ["utf-8"]},
                                                  "textDocument": {"diagnostic": {}}}})
    ok(m["result"]["capabilities"]["positionEncoding"] == "utf-8", "incr-utf8", m)
    s.notify("initialized", {})
    text = "".join(rng.sample(SNIPPETS, 5))
    s.notify("textDocument/didOpen", {"textDocument": {"uri": URI, "languageId": "python", "version": 1, "text": text}})
    rounds = 60
    same = 0
    for r in range(rounds):
        changes = []
        for _ in range(rng.randint(1, 4)):
            data = text.encode()
            # a random edit at a UTF-8 character boundary
            bounds = [i for i in range(len(data) + 1) if i == len(data) or (data[i] & 0xC0) != 0x80]
            a = rng.choice(bounds)
            b = rng.choice([x for x in bounds if x >= a][:40])
            ins = rng.choice(SNIPPETS + ["", "", "x", "\n", "(", "]", "\u00e9", "    "])
            changes.append({"range": {"start": utf8_position(text, a), "end": utf8_position(text, b)}, "text": ins})
            text = (data[:a] + ins.encode() + data[b:]).decode()
        s.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": r + 2}, "contentChanges": changes})
        got = s.request("textDocument/diagnostic", {"textDocument": {"uri": URI}})
        fresh_uri = f"file:///tmp/snag-fuzz/fresh{r}.py"
        s.notify("textDocument/didOpen", {"textDocument": {"uri": fresh_uri, "languageId": "python", "version": 1, "text": text}})
        want = s.request("textDocument/diagnostic", {"textDocument": {"uri": fresh_uri}})
        s.notify("textDocument/didClose", {"textDocument": {"uri": fresh_uri}})
        if diag_key(got) == diag_key(want):
            same += 1
        else:
            ok(False, f"incremental-equals-fresh seed {seed} round {r}",
               f"text={text!r}\nincremental={diag_key(got)}\nfresh={diag_key(want)}")
            break
    ok(same == rounds, "incremental-equals-fresh", f"{same} of {rounds} rounds")
    rc, err = s.stop()
    ok(rc == 0, "incr-exit-0", f"exit status {rc}")
    no_sanitizer(err, "incr-no-sanitizer-report")


# ---- 2b. $/cancelRequest reaches a request still in the queue ----------------------

def cancel():
    s = Server()
    s.request("initialize", {"capabilities": {}})
    s.notify("initialized", {})
    hover = {"jsonrpc": "2.0", "id": 77, "method": "textDocument/hover",
             "params": {"textDocument": {"uri": URI}, "position": {"line": 0, "character": 0}}}
    cancel_ = {"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": 77}}
    frames = b""
    for m in (hover, cancel_):
        body = json.dumps(m).encode()
        frames += b"Content-Length: %d\r\n\r\n" % len(body) + body
    s.raw(frames)  # one write below PIPE_BUF: both arrive together
    m = s.read_message()
    ok(m.get("id") == 77 and m.get("error", {}).get("code") == -32800, "cancel-queued-request", m)
    rc, err = s.stop()
    ok(rc == 0, "cancel-exit-0", f"exit status {rc}")
    no_sanitizer(err, "cancel-no-sanitizer-report")


# ---- 3. an oversized frame, then end of input ---------------------------------------

def oversized():
    s = Server()
    s.request("initialize", {"capabilities": {}})
    s.raw(b"Content-Length: 999999999999\r\n\r\n{\"jsonrpc\":")
    rc, err = s.stop(shutdown=False)
    ok(rc == 1, "oversized-exit-1", f"exit status {rc}")
    ok("limit" in err, "oversized-logged", err[-500:])
    no_sanitizer(err, "oversized-no-sanitizer-report")


# ---- 4. junk after a body, then a valid request ----------------------------------------

def resync():
    for i, junk in enumerate([b"junk junk\r\n", b"junk\r\nmore: x\r\n", b"\r\nnot a header\n",
                              b"xx", b"garbage\r\n\r\n", b"\x1b[2J\r\n"]):
        s = Server()
        s.request("initialize", {"capabilities": {}})
        s.raw(junk)
        try:
            m = s.request("textDocument/hover", {"textDocument": {"uri": URI}, "position": {"line": 0, "character": 0}})
            ok("id" in m, f"resync-{i}-answered", repr(m)[:300])
        except (TimeoutError, EOFError) as e:
            ok(False, f"resync-{i}-answered", f"junk {junk!r}: {e}")
        rc, err = s.stop()
        ok(rc == 0, f"resync-{i}-exit-0", f"exit status {rc}: {err[-300:]}")
        no_sanitizer(err, f"resync-{i}-no-sanitizer-report")


# ---- 5. a very long file:// URI: memory stays small ------------------------------------

def long_uri():
    import resource
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    s = Server()
    s.request("initialize", {"capabilities": {}})
    uri = "file:///tmp/snag-fuzz/" + "a/" * 20000 + "x.py"
    s.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "python", "version": 1,
                                                       "text": "def f(x=[]):\n    x.append(1)\n"}})
    m = s.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
    ok(len(m.get("result", {}).get("items", [])) == 1, "long-uri-linted", repr(m)[:300])
    s.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    rc, err = s.stop()
    ok(rc == 0, "long-uri-exit-0", f"exit status {rc}")
    kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # the children's peak: a bound only when no earlier child was this big
    ok(before >= 100 * 1024 or kb < 100 * 1024, "long-uri-memory", f"peak {kb} KB (bound 100 MB)")


# ---- 6. calls into another file of the program: from disk, then from its open buffer ----

def cross_module():
    d = tempfile.mkdtemp(prefix="snag-lsp-")
    with open(os.path.join(d, "helpers.py"), "w") as f:
        f.write("def register(hooks, f):\n    hooks.append(f)\n")
    app = "from helpers import register\n\n\ndef add(f, hooks=[]):\n    register(hooks, f)\n    return hooks\n"
    app_uri, helpers_uri = f"file://{d}/app.py", f"file://{d}/helpers.py"
    s = Server()
    s.request("initialize", {"capabilities": {}})
    s.notify("initialized", {})
    s.notify("textDocument/didOpen", {"textDocument": {"uri": app_uri, "languageId": "python", "version": 1, "text": app}})
    codes = lambda m: sorted(i.get("code") for i in m.get("result", {}).get("items", []))
    m = s.request("textDocument/diagnostic", {"textDocument": {"uri": app_uri}})
    ok(codes(m) == ["SNG201"], "cross-module-from-disk", repr(m)[:400])
    # the helper, opened and edited so it no longer mutates: the buffer counts
    s.notify("textDocument/didOpen", {"textDocument": {"uri": helpers_uri, "languageId": "python", "version": 1,
                                                       "text": "def register(hooks, f):\n    return [*hooks, f]\n"}})
    s.request("textDocument/diagnostic", {"textDocument": {"uri": helpers_uri}})
    s.notify("textDocument/didChange", {"textDocument": {"uri": app_uri, "version": 2},
                                        "contentChanges": [{"text": app + "\n"}]})
    m = s.request("textDocument/diagnostic", {"textDocument": {"uri": app_uri}})
    ok(codes(m) == [], "cross-module-from-buffer", repr(m)[:400])
    rc, err = s.stop()
    ok(rc == 0, "cross-module-exit-0", f"exit status {rc}")
    no_sanitizer(err, "cross-module-no-sanitizer-report")


hostile()
for seed in [int(x) for x in os.environ.get("SNAG_FUZZ_SEEDS", "1,2,3").split(",")]:
    incremental(seed)
cancel()
oversized()
resync()
long_uri()
cross_module()
print(f"lsp-fuzz: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
