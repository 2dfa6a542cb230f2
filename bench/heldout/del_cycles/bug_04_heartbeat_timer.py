"""Heartbeat sender driven by a re-armed threading.Timer."""
import gc
import threading

STOPPED = []


class Heartbeat:
    def __init__(self, peer, interval=30.0):
        self.peer = peer
        self.interval = interval
        self.beats = 0
        self._timer = threading.Timer(self.interval, self._beat)
        self._timer.daemon = True

    def _beat(self):
        self.beats += 1
        self._timer = threading.Timer(self.interval, self._beat)
        self._timer.daemon = True
        self._timer.start()

    def start(self):
        self._timer.start()
        return self

    def stop(self):
        self._timer.cancel()
        self._timer.join(timeout=5)

    def __del__(self):
        STOPPED.append(self.peer)


if __name__ == "__main__":
    gc.disable()
    try:
        hb = Heartbeat("10.0.0.2:7000").start()
        hb.stop()
        assert hb.beats == 0
        del hb
        assert STOPPED == []
        gc.collect()
        assert STOPPED == ["10.0.0.2:7000"]
    finally:
        gc.enable()
    print("BUG SHOWN")
