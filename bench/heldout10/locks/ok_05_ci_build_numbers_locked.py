import threading


class BuildNumberAllocator:
    def __init__(self, start=1, on_request=None):
        self._next = start
        self._lock = threading.Lock()
        self.on_request = on_request or (lambda project: None)

    def reserve(self, project):
        self.on_request(project)
        with self._lock:
            number = self._next
            self._next = number + 1
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
    server = CIServer(BuildNumberAllocator(start=41, on_request=lambda p: gate.wait()))
    jobs = [("api", "a1b2c3"), ("web", "d4e5f6")]
    threads = [threading.Thread(target=server.trigger, args=job) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    numbers = sorted(n for n, _, _ in server.builds)
    assert numbers == [41, 42], numbers
    assert server.allocator._next == 43
    print("OK")


if __name__ == "__main__":
    main()
