#!/usr/bin/env python3
"""Time and peak memory of `snag check` on the pathological shapes of
issue 17, each at 1x, 2x and 4x its size: linear cost doubles with each
step (ratio ~2), quadratic quadruples (~4).

    python3 bench/scaling.py [path/to/snag] [--shapes a,b] [--scale F]
    make bench-scaling

Inputs are generated under a temporary directory and removed afterwards.
Each run is limited to 4 GB of address space and --timeout seconds; a run
past either is shown as such (and the larger sizes of that shape skipped).
"""
import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time


def assignments(n, d):
    # 2. module-level names x statements (the flow analysis' facts)
    with open(os.path.join(d, "t.py"), "w") as f:
        f.writelines("C%d = %d\n" % (i, i) for i in range(n))
    return ["t.py"]


def comments(n, d):
    # 3. a comment block (tree-sitter-python's scanner rescans it per line)
    with open(os.path.join(d, "t.py"), "w") as f:
        f.write("x = 1\n" + "# c\n" * n)
    return ["t.py"]


def long_line(n, d):
    # 4. n findings on one line, non-ASCII before them (columns in code points)
    with open(os.path.join(d, "t.py"), "w") as f:
        f.write('import threading; s = "\u00e9"; ' + "threading.Thread(target=print, args=(1)); " * n + "\n")
    return ["t.py"]


def toml_keys(n, d):
    # 4. a configuration table of n keys
    with open(os.path.join(d, "pyproject.toml"), "w") as f:
        f.write("[tool.other]\n" + "".join("k%d = %d\n" % (i, i) for i in range(n)) + "[tool.snag]\n")
    with open(os.path.join(d, "t.py"), "w") as f:
        f.write("x = 1\n")
    return ["t.py"]


def nesting(n, d):
    # 4. calls nested n deep
    with open(os.path.join(d, "t.py"), "w") as f:
        f.write("x = " + "f(" * n + "1" + ")" * n + "\n")
    return ["t.py"]


def select_all(d):
    # the link-following shapes exercise opt-in rules too
    with open(os.path.join(d, "pyproject.toml"), "w") as f:
        f.write('[tool.snag]\nselect = ["ALL"]\n')


def class_chain(n, d):
    # 17: each class derives from the previous one; a mutated list attribute
    # and an access through the class (SNG202/SNG203 walk the subclasses)
    select_all(d)
    with open(os.path.join(d, "t.py"), "w") as f:
        f.write("class C0:\n    x = []\n    def m(self):\n        self.x.append(1)\n")
        for i in range(1, n):
            f.write("class C%d(C%d):\n    y = []\n    def m%d(self):\n        self.y.append(1)\n"
                    "        C%d.x.append(2)\n" % (i, i - 1, i, i))
    return ["t.py"]


def lock_methods(n, d):
    # 17: n methods of one class, each taking self.lock and calling the next
    select_all(d)
    with open(os.path.join(d, "t.py"), "w") as f:
        f.write("import threading\nclass C:\n    def __init__(self):\n        self.lock = threading.Lock()\n")
        for i in range(n):
            f.write("    def m%d(self):\n        with self.lock:\n            return self.m%d()\n" % (i, (i + 1) % n))
        f.write("threading.Thread(target=C().m0).start()\n")
    return ["t.py"]


def thread_starts(n, d):
    # 17: one target started from n places
    select_all(d)
    with open(os.path.join(d, "t.py"), "w") as f:
        f.write("import threading\ndef f():\n    pass\n" + "threading.Thread(target=f).start()\n" * n)
    return ["t.py"]


def alias_chain(n, d):
    # 17: a{i} = a{i-1}, the last one held as a lock
    select_all(d)
    with open(os.path.join(d, "t.py"), "w") as f:
        f.write("import threading\na0 = threading.Lock()\n")
        f.writelines("a%d = a%d\n" % (i, i - 1) for i in range(1, n))
        f.write("def f():\n    with a%d:\n        pass\n" % (n - 1))
    return ["t.py"]


def mutual_recursion(n, d):
    # 17: n functions calling each other in a ring, one started as a thread
    select_all(d)
    with open(os.path.join(d, "t.py"), "w") as f:
        f.write("import threading\n")
        for i in range(n):
            f.write("def f%d(x=[]):\n    x.append(1)\n    return f%d(x)\n" % (i, (i + 1) % n))
        f.write("threading.Thread(target=f0).start()\n")
    return ["t.py"]


def lock_acquires(n, d):
    # 17: n acquire/release pairs of one lock in one function
    select_all(d)
    with open(os.path.join(d, "t.py"), "w") as f:
        f.write("import threading\nL = threading.Lock()\ndef f():\n" + "    L.acquire()\n    L.release()\n" * n)
    return ["t.py"]


def same_import(n, d):
    # 17: one name imported n times, then read n times
    select_all(d)
    with open(os.path.join(d, "t.py"), "w") as f:
        f.write("import os\n" * n + "os.getcwd()\n" * n)
    return ["t.py"]


def namedtuple_fields(n, d):
    # 17: n NamedTuple classes with a list field each, mutated at the end
    select_all(d)
    with open(os.path.join(d, "t.py"), "w") as f:
        f.write("from typing import NamedTuple\n")
        f.writelines("class C%d(NamedTuple):\n    x%d: list = []\n" % (i, i) for i in range(n))
        f.writelines("c%d = C%d()\nc%d.x%d.append(1)\n" % (i, i, i, i) for i in range(n))
    return ["t.py"]


def thread_init_starts(n, d):
    # 18: one __init__ starting its thread n times, each start followed by an attribute set
    select_all(d)
    with open(os.path.join(d, "t.py"), "w") as f:
        f.write("import threading\nclass A:\n    def __init__(self):\n        self.t = threading.Thread(target=self.run)\n")
        f.writelines("        self.t.start()\n        self.x%d = 1\n" % i for i in range(n))
        f.write("    def run(self):\n        return self.x1\n")
    return ["t.py"]


def shared_updates(n, d):
    # 18: a method of a shared object making n updates, called from n functions
    select_all(d)
    with open(os.path.join(d, "t.py"), "w") as f:
        f.write("import threading\nclass C:\n    def work(self):\n")
        f.writelines("        self.n%d += 1\n" % i for i in range(n))
        f.write("c = C()\nfor _ in range(3):\n    threading.Thread(target=c.work).start()\n")
        f.writelines("def g%d():\n    c.work()\n" % i for i in range(n))
    return ["t.py"]


def cross_module(n, d):
    # 18: n modules of a package, each calling a helper of the next with a mutable default
    select_all(d)
    pkg = os.path.join(d, "pkg")
    os.makedirs(pkg, exist_ok=True)
    open(os.path.join(pkg, "__init__.py"), "w").close()
    for i in range(n):
        with open(os.path.join(pkg, "m%d.py" % i), "w") as f:
            f.write("from .m%d import put as put_next\n\ndef put(xs, x):\n    xs.append(x)\n\n"
                    "def use(x, xs=[]):\n    put_next(xs, x)\n" % ((i + 1) % n))
    return ["pkg"]


SHAPES = {  # name: (generator, 1x size, what)
    "assignments": (assignments, 25000, "`C{i} = {i}` lines"),
    "comments": (comments, 100000, "comment lines after `x = 1`"),
    "long-line": (long_line, 20000, "findings on one line"),
    "toml-keys": (toml_keys, 25000, "keys in one TOML table"),
    "nesting": (nesting, 5000, "nested calls"),
    "class-chain": (class_chain, 5000, "classes each deriving from the previous one, --select ALL"),
    "lock-methods": (lock_methods, 5000, "methods taking self.lock and calling the next, --select ALL"),
    "thread-starts": (thread_starts, 10000, "Thread(target=f).start() lines, --select ALL"),
    "alias-chain": (alias_chain, 20000, "a{i} = a{i-1} lines, --select ALL"),
    "mutual-recursion": (mutual_recursion, 5000, "functions calling each other in a ring, --select ALL"),
    "lock-acquires": (lock_acquires, 5000, "L.acquire(); L.release() pairs, --select ALL"),
    "same-import": (same_import, 5000, "`import os` lines, then `os.getcwd()` lines, --select ALL"),
    "namedtuple-fields": (namedtuple_fields, 2500, "NamedTuple classes with a mutated list field, --select ALL"),
    "thread-init-starts": (thread_init_starts, 5000, "self.t.start() lines in one __init__, --select ALL"),
    "shared-updates": (shared_updates, 3000, "self.n{i} += 1 in a method threads share, --select ALL"),
    "cross-module": (cross_module, 500, "modules of a package calling the next one's helper, --select ALL"),
}


def limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))


def measure(snag, d, files, timeout):
    """(seconds, peak RSS in MB, status) of one `snag check` in d."""
    start = time.monotonic()
    p = subprocess.Popen([snag, "check", "--exit-zero", "-j", "1", *files], cwd=d,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=limit_memory)
    while True:
        pid, status, usage = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - start > timeout:
            p.kill()
            pid, status, usage = os.wait4(p.pid, 0)
            return time.monotonic() - start, usage.ru_maxrss / 1024, "timeout"
        time.sleep(0.005)
    seconds = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, "ok" if code == 0 else "exit %d" % code


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("snag", nargs="?", default="build/snag")
    ap.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated: " + ", ".join(SHAPES))
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every 1x size")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per run")
    args = ap.parse_args()
    snag = os.path.abspath(args.snag)
    print("%-12s %10s %9s %9s %8s %8s  %s" % ("shape", "size", "seconds", "peak MB", "t ratio", "MB ratio", "status"))
    for name in args.shapes.split(","):
        make, base, what = SHAPES[name]
        prev = None
        for factor in (1, 2, 4):
            n = int(base * args.scale * factor)
            d = tempfile.mkdtemp(prefix="snag-scaling.")
            try:
                files = make(n, d)
                secs, mb, status = measure(snag, d, files, args.timeout)
            finally:
                shutil.rmtree(d, ignore_errors=True)
            ratio_t = "%.2f" % (secs / prev[0]) if prev and prev[0] > 0 else "-"
            ratio_m = "%.2f" % (mb / prev[1]) if prev and prev[1] > 0 else "-"
            print("%-12s %10d %9.3f %9.1f %8s %8s  %s" % (name, n, secs, mb, ratio_t, ratio_m, status), flush=True)
            prev = (secs, mb)
            if status != "ok":
                break
        print("%-12s (%s)" % ("", what))
    return 0


if __name__ == "__main__":
    sys.exit(main())
