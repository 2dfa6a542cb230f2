import threading

_TOTALS = {}


class WorkerStats:
    def __init__(self, worker_id, on_read=None):
        self.worker_id = worker_id
        self._lock = threading.Lock()
        self._on_read = on_read or (lambda key: None)

    def record(self, key, amount=1):
        with self._lock:
            current = _TOTALS.get(key, 0)
            self._on_read(key)
            _TOTALS[key] = current + amount


class Worker(threading.Thread):
    def __init__(self, worker_id, jobs, on_read):
        super().__init__()
        self.stats = WorkerStats(worker_id, on_read)
        self.jobs = jobs

    def run(self):
        for job in self.jobs:
            self.stats.record("processed", job)


def main():
    barrier = threading.Barrier(2, timeout=5)
    workers = [Worker(i, [5], lambda key: barrier.wait()) for i in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert _TOTALS["processed"] == 5, _TOTALS
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
