import threading
import time


class Task:
    registry = {}

    def __init__(self, fn, name):
        self.fn = fn
        self.name = name
        self.calls = 0
        self.total_seconds = 0.0
        self._stats_lock = threading.Lock()
        Task.registry[name] = self

    def __call__(self, *args, **kwargs):
        started = time.perf_counter()
        try:
            return self.fn(*args, **kwargs)
        finally:
            with self._stats_lock:
                self.calls += 1
                self.total_seconds += time.perf_counter() - started


def task(name=None):
    def decorate(fn):
        return Task(fn, name or fn.__name__)
    return decorate
