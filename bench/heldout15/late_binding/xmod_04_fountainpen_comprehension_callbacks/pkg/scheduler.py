import heapq
import itertools


class Scheduler:
    """Runs zero-argument callbacks in priority order at end of day."""

    def __init__(self):
        self._queue = []
        self._seq = itertools.count()
        self.completed = []

    def add(self, priority, callback):
        heapq.heappush(self._queue, (priority, next(self._seq), callback))

    def add_many(self, priority, callbacks):
        for cb in callbacks:
            self.add(priority, cb)

    def run(self):
        while self._queue:
            _, _, cb = heapq.heappop(self._queue)
            self.completed.append(cb())
        return self.completed
