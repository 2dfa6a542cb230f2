import re
import threading
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

TOKEN_SPEC = [
    ("NUMBER", r"\d+"),
    ("IDENT", r"[A-Za-z_]\w*"),
    ("OP", r"[-+*/=()]"),
    ("SKIP", r"\s+"),
]


class Lexer:
    def __init__(self, spec):
        self.spec = spec
        self._regex = re.compile("|".join(f"(?P<{k}>{p})" for k, p in spec))
        self._stats_lock = threading.Lock()
        self.stats = Counter()

    def tokenize(self, source):
        tokens = []
        for m in self._regex.finditer(source):
            if m.lastgroup != "SKIP":
                tokens.append((m.lastgroup, m.group()))
        with self._stats_lock:
            self.stats.update(kind for kind, _ in tokens)
        return tokens


class BuildFrontend:
    def __init__(self, lexer, jobs=2):
        self.lexer = lexer
        self.jobs = jobs

    def tokenize_sources(self, sources):
        with ProcessPoolExecutor(max_workers=self.jobs) as pool:
            futures = {name: pool.submit(self.lexer.tokenize, text) for name, text in sources.items()}
            return {name: f.result() for name, f in futures.items()}


if __name__ == "__main__":
    lexer = Lexer(TOKEN_SPEC)
    assert lexer.tokenize("x = 1")[0] == ("IDENT", "x")
    frontend = BuildFrontend(lexer)
    try:
        frontend.tokenize_sources({"a.calc": "total = price * 3", "b.calc": "y = (x + 1) / 2"})
    except TypeError as exc:
        assert "pickle" in str(exc) and "lock" in str(exc), exc
        print("BUG SHOWN")
    else:
        raise AssertionError("lexer was unexpectedly sent to the workers")
