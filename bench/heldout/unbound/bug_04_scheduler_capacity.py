"""Priority job scheduler with a bounded pending queue."""
import heapq
import itertools


class SchedulerFull(RuntimeError):
    pass


class Scheduler:
    MAX_PENDING = 4
    DEFAULT_PRIORITY = 10

    def __init__(self, name):
        self.name = name
        self._pending = []
        self._seq = itertools.count()
        self.capacity = self.MAX_PENDING

    def _has_capacity(self):
        return len(self._pending) < MAX_PENDING

    def submit(self, job, priority=None):
        if not self._has_capacity():
            raise SchedulerFull(f"{self.name}: {len(self._pending)} jobs pending")
        if priority is None:
            priority = self.DEFAULT_PRIORITY
        heapq.heappush(self._pending, (priority, next(self._seq), job))
        return len(self._pending)

    def run_next(self):
        if not self._pending:
            return None
        _, _, job = heapq.heappop(self._pending)
        return job()

    def drain(self):
        results = []
        while self._pending:
            results.append(self.run_next())
        return results


if __name__ == "__main__":
    sched = Scheduler("reports")
    assert sched.capacity == 4
    assert sched.run_next() is None
    try:
        sched.submit(lambda: "daily-report", priority=1)
    except NameError as exc:
        assert "MAX_PENDING" in str(exc)
    else:
        raise AssertionError("submit unexpectedly worked")
    assert sched.drain() == []
    print("BUG SHOWN")
