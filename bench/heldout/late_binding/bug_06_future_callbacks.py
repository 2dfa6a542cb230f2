"""Batch client that collects results via future completion callbacks."""
from concurrent.futures import Future


class Transport:
    def __init__(self):
        self._inflight = []

    def send(self, request):
        fut = Future()
        self._inflight.append((request, fut))
        return fut

    def deliver_all(self):
        for request, fut in self._inflight:
            fut.set_result({"echo": request["body"]})
        self._inflight.clear()


class BatchClient:
    def __init__(self, transport):
        self.transport = transport
        self.results = {}

    def submit_all(self, requests):
        for idx, req in enumerate(requests):
            fut = self.transport.send(req)

            def _store(done):
                self.results[idx] = done.result()["echo"]
            fut.add_done_callback(_store)

    def ordered(self):
        return [self.results.get(i) for i in range(len(self.results))]


if __name__ == "__main__":
    transport = Transport()
    client = BatchClient(transport)
    client.submit_all([{"body": "a"}, {"body": "b"}, {"body": "c"}])
    transport.deliver_all()

    assert client.results == {2: "c"}
    assert 0 not in client.results and 1 not in client.results
    print("BUG SHOWN")
