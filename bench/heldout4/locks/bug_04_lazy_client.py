import queue
import threading

_client = None
CREATED = []


class GeocodeClient:
    handshake_hook = staticmethod(lambda: None)

    def __init__(self):
        self.handshake_hook()
        self.session_id = len(CREATED) + 1
        CREATED.append(self)

    def lookup(self, address):
        return (self.session_id, hash(address) % 90)


def get_client():
    global _client
    if _client is None:
        _client = GeocodeClient()
    return _client


def worker(jobs, results):
    while True:
        try:
            address = jobs.get_nowait()
        except queue.Empty:
            return
        results.append(get_client().lookup(address))


def main():
    gate = threading.Barrier(2, timeout=5)
    GeocodeClient.handshake_hook = staticmethod(gate.wait)
    jobs = queue.Queue()
    for addr in ("1 Main St", "9 Elm Rd"):
        jobs.put(addr)
    results = []
    threads = [threading.Thread(target=worker, args=(jobs, results)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(CREATED) == 2
    assert len(results) == 2 and CREATED[0] is not CREATED[1]
    assert _client in CREATED
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
