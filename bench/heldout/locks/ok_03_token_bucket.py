"""Token bucket rate limiter shared by API handler threads."""
import threading
import time


class TokenBucket:
    def __init__(self, capacity, audit=None):
        self.capacity = capacity
        self._tokens = capacity
        self._lock = threading.Lock()
        self._audit = audit or (lambda event, remaining: None)

    def try_acquire(self):
        if self._tokens <= 0:
            self._audit("deny", 0)
            return False
        self._audit("maybe", self._tokens)
        with self._lock:
            if self._tokens <= 0:
                return False
            self._tokens -= 1
            return True

    def refill(self):
        with self._lock:
            self._tokens = self.capacity

    @property
    def remaining(self):
        return self._tokens


if __name__ == "__main__":
    gate = threading.Barrier(8, timeout=5)

    def audit(event, remaining):
        if event == "maybe":
            time.sleep(0.01)

    bucket = TokenBucket(capacity=3, audit=audit)
    results = []

    def client():
        gate.wait()
        results.append(bucket.try_acquire())

    threads = [threading.Thread(target=client) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert results.count(True) == 3
    assert bucket.remaining == 0
    print("OK")
