import heapq
import itertools


class Scheduler:
    """Tiny cooperative scheduler: callbacks run when the clock reaches them."""

    def __init__(self):
        self._queue = []
        self._seq = itertools.count()
        self.now = 0

    def call_at(self, when, callback):
        heapq.heappush(self._queue, (when, next(self._seq), callback))

    def run(self):
        while self._queue:
            when, _, callback = heapq.heappop(self._queue)
            self.now = when
            callback()
