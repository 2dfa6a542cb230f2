"""Roller rink skate hire: a session object returns skates when dropped.

A hire session is created when a group pays at the counter.  The session
reacts to rink events (music stop, closing bell) via a handler table, and
when the session object goes away it checks the skates back into stock.
"""
import gc
from collections import Counter


class SkateStock:
    def __init__(self, sizes):
        self.available = Counter(sizes)
        self.returned_sessions = []

    def take(self, size):
        if not self.available[size]:
            raise LookupError(f"no size {size} left")
        self.available[size] -= 1

    def put_back(self, session_id, sizes):
        self.available.update(sizes)
        self.returned_sessions.append(session_id)


class HireSession:
    def __init__(self, session_id, stock, sizes):
        self.session_id = session_id
        self.stock = stock
        self.sizes = list(sizes)
        for size in self.sizes:
            stock.take(size)
        self.log = []
        self.handlers = {
            "music-stop": self._on_music_stop,
            "closing-bell": self._on_closing_bell,
        }

    def _on_music_stop(self):
        self.log.append("skaters off the floor")

    def _on_closing_bell(self):
        self.log.append("last lap")

    def dispatch(self, event):
        handler = self.handlers.get(event)
        if handler:
            handler()

    def __del__(self):
        self.stock.put_back(self.session_id, self.sizes)


def evening(stock):
    group = HireSession("RR-5521", stock, [5, 6, 6, 9])
    for event in ("music-stop", "closing-bell"):
        group.dispatch(event)
    print("session log:", group.log)
    return group


def main():
    gc.disable()
    try:
        stock = SkateStock([5, 5, 6, 6, 6, 9])
        group = evening(stock)
        print("in stock during session:", sum(stock.available.values()))
        del group
        back_after_del = list(stock.returned_sessions)
        gc.collect()
        back_after_collect = list(stock.returned_sessions)
    finally:
        gc.enable()
    print("returned after del:", back_after_del, "after collect:", back_after_collect)
    if not back_after_del and back_after_collect:
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
