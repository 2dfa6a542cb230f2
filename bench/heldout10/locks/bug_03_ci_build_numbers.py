import threading


class BuildNumberAllocator:
    def __init__(self, start=1, on_reserve=None):
        self._next = start
        self._lock = threading.Lock()
        self.on_reserve = on_reserve or (lambda project, number: None)

    def _peek(self):
        with self._lock:
            return self._next

    def _advance_to(self, number):
        with self._lock:
            self._next = number

    def reserve(self, project):
        number = self._peek()
        self.on_reserve(project, number)
        self._advance_to(number + 1)
        return number


class CIServer:
    def __init__(self, allocator):
        self.allocator = allocator
        self.builds = []
        self._builds_lock = threading.Lock()

    def trigger(self, project, commit):
        number = self.allocator.reserve(project)
        with self._builds_lock:
            self.builds.append((number, project, commit))


def main():
    gate = threading.Barrier(2, timeout=5)
    server = CIServer(BuildNumberAllocator(start=41, on_reserve=lambda p, n: gate.wait()))
    jobs = [("api", "a1b2c3"), ("web", "d4e5f6")]
    threads = [threading.Thread(target=server.trigger, args=job) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    numbers = sorted(n for n, _, _ in server.builds)
    assert numbers == [41, 41], numbers
    assert server.allocator._next == 42
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
