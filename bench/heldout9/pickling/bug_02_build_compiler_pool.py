import multiprocessing
import threading


class Toolchain:
    def __init__(self, cc="cc", flags=("-O2",)):
        self.cc = cc
        self.flags = list(flags)
        self._log_lock = threading.Lock()
        self.log = []

    def compile(self, source):
        obj = source.rsplit(".", 1)[0] + ".o"
        with self._log_lock:
            self.log.append(obj)
        return " ".join([self.cc, *self.flags, "-c", source, "-o", obj])


class BuildGraph:
    def __init__(self, toolchain, sources):
        self.toolchain = toolchain
        self.sources = sources

    def build(self, jobs=2):
        with multiprocessing.Pool(jobs) as pool:
            return pool.map(self.toolchain.compile, self.sources)


def main():
    graph = BuildGraph(Toolchain(), ["main.c", "util.c", "net.c"])
    try:
        graph.build()
    except TypeError as exc:
        assert "pickle" in str(exc) and "lock" in str(exc)
        print("BUG SHOWN")
    else:
        raise AssertionError("expected TypeError from pickling")


if __name__ == "__main__":
    main()
