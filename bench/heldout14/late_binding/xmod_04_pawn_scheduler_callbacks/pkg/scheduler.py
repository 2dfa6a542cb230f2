"""Deferred job queue run at the end of the business day."""

import heapq
import itertools


class Scheduler:
    def __init__(self):
        self._queue = []
        self._counter = itertools.count()

    def call_later(self, delay_min, callback):
        heapq.heappush(self._queue, (delay_min, next(self._counter), callback))

    def run_all(self):
        results = []
        while self._queue:
            _, _, callback = heapq.heappop(self._queue)
            results.append(callback())
        return results
