"""Token bucket rate limiter shared by API handler threads."""
import threading


class TokenBucket:
    def __init__(self, capacity, audit=None):
        self.capacity = capacity
        self._tokens = capacity
        self._lock = threading.Lock()
        self._audit = audit or (lambda event, remaining: None)

    def try_acquire(self):
        if self._tokens > 0:
            self._audit("grant", self._tokens)
            with self._lock:
                self._tokens -= 1
            return True
        self._audit("deny", 0)
        return False

    def refill(self):
        with self._lock:
            self._tokens = self.capacity

    @property
    def remaining(self):
        return self._tokens


if __name__ == "__main__":
    granted_together = threading.Barrier(2, timeout=5)

    def audit(event, remaining):
        if event == "grant":
            granted_together.wait()

    bucket = TokenBucket(capacity=1, audit=audit)
    results = []
    threads = [threading.Thread(target=lambda: results.append(bucket.try_acquire()))
               for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert results == [True, True]
    assert bucket.remaining == -1
    print("BUG SHOWN")
