"""Hot springs bath admissions with a single lock guarding capacity."""
import threading
import time


class Gate:
    def __init__(self):
        self.log = []

    def scan(self, ticket):
        time.sleep(0.001)
        self.log.append(ticket)


class Pool:
    def __init__(self, name, capacity):
        self.name = name
        self.capacity = capacity
        self.bathers = 0
        self.admitted = []
        self.gate = Gate()
        self._lock = threading.Lock()

    def admit(self, ticket):
        with self._lock:
            if self.bathers >= self.capacity:
                return False
            self.gate.scan(ticket)
            self.bathers += 1
            self.admitted.append(ticket)
            return True


def main():
    pool = Pool("rotenburo", 5)
    start = threading.Barrier(12)

    def guest(n):
        start.wait()
        pool.admit(f"T{n:03d}")

    threads = [threading.Thread(target=guest, args=(i,)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert pool.bathers == 5 and len(pool.admitted) == 5 and len(pool.gate.log) == 5
    print("admitted:", sorted(pool.admitted))
    print("OK")


if __name__ == "__main__":
    main()
