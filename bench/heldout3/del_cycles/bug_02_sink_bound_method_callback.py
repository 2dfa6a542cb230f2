import gc
import io

FLUSHED = []


class BufferedSink:
    def __init__(self, stream, threshold=3):
        self.stream = stream
        self.threshold = threshold
        self.pending = []
        self.on_full = self.flush

    def write(self, line):
        self.pending.append(line)
        if len(self.pending) >= self.threshold:
            self.on_full()

    def flush(self):
        self.stream.write("".join(f"{p}\n" for p in self.pending))
        self.pending.clear()

    def __del__(self):
        if self.pending:
            self.flush()
        FLUSHED.append(self.stream.getvalue())


def main():
    gc.disable()
    try:
        stream = io.StringIO()
        sink = BufferedSink(stream)
        for line in ("boot", "ready", "tick", "shutdown"):
            sink.write(line)
        assert stream.getvalue() == "boot\nready\ntick\n"
        del sink
        assert FLUSHED == []
        assert stream.getvalue() == "boot\nready\ntick\n"
        gc.collect()
        assert FLUSHED == ["boot\nready\ntick\nshutdown\n"]
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
