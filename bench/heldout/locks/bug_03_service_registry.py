"""Service registry that lazily creates shared clients."""
import threading


class ServiceRegistry:
    def __init__(self):
        self._services = {}
        self._lock = threading.Lock()

    def get_or_create(self, name, factory):
        if name not in self._services:
            client = factory()
            with self._lock:
                self._services[name] = client
        return self._services[name]

    def names(self):
        with self._lock:
            return sorted(self._services)


class SearchClient:
    def __init__(self, endpoint, on_connect):
        self.endpoint = endpoint
        on_connect(self)


if __name__ == "__main__":
    registry = ServiceRegistry()
    connecting = threading.Barrier(2, timeout=5)
    connected = []

    def on_connect(client):
        connected.append(client)
        connecting.wait()

    def lookup():
        registry.get_or_create("search", lambda: SearchClient("http://search:9200", on_connect))

    threads = [threading.Thread(target=lookup) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert registry.names() == ["search"]
    assert len(connected) == 2 and connected[0] is not connected[1]
    kept = registry.get_or_create("search", None)
    orphans = [c for c in connected if c is not kept]
    assert len(orphans) == 1
    print("BUG SHOWN")
