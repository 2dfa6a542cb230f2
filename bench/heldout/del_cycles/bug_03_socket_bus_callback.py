"""Buffered socket wrapper that listens on its own event bus."""
import gc
from collections import defaultdict

RELEASED = []


class EventBus:
    def __init__(self):
        self._subs = defaultdict(list)

    def subscribe(self, topic, fn):
        self._subs[topic].append(fn)

    def emit(self, topic, payload):
        for fn in self._subs[topic]:
            fn(payload)


class BufferedSocket:
    def __init__(self, fd):
        self.fd = fd
        self.buffer = []
        self.events = EventBus()
        self.events.subscribe("data", lambda chunk: self.buffer.append(chunk))
        self.events.subscribe("eof", lambda _: self.flush())

    def feed(self, chunk):
        self.events.emit("data" if chunk else "eof", chunk)

    def flush(self):
        data, self.buffer = b"".join(self.buffer), []
        return data

    def __del__(self):
        RELEASED.append(self.fd)


def read_message(fd, chunks):
    sock = BufferedSocket(fd)
    for chunk in chunks:
        sock.feed(chunk)
    return b"".join(sock.buffer)


if __name__ == "__main__":
    gc.disable()
    try:
        assert read_message(7, [b"he", b"llo"]) == b"hello"
        assert RELEASED == []
        gc.collect()
        assert RELEASED == [7]
    finally:
        gc.enable()
    print("BUG SHOWN")
