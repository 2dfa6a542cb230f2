import functools
import threading


def synchronized(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with threading.RLock():
            return method(self, *args, **kwargs)
    return wrapper


class QuotaTracker:
    def __init__(self, limit, checkpoint=None):
        self.limit = limit
        self.used = {}
        self._checkpoint = checkpoint or (lambda tenant: None)

    @synchronized
    def consume(self, tenant, units):
        used = self.used.get(tenant, 0)
        if used + units > self.limit:
            return False
        self._checkpoint(tenant)
        self.used[tenant] = used + units
        return True


def main():
    barrier = threading.Barrier(2, timeout=5)
    tracker = QuotaTracker(limit=10, checkpoint=lambda tenant: barrier.wait())
    grants = []
    threads = [threading.Thread(target=lambda: grants.append(tracker.consume("acme", 4))) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert grants == [True, True]
    assert tracker.used["acme"] == 4
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
