import threading
from concurrent.futures import ThreadPoolExecutor


class FlagStoreClient:
    instances = 0

    def __init__(self, snapshot):
        FlagStoreClient.instances += 1
        self.snapshot = dict(snapshot)
        self.requests = 0

    def fetch(self, key):
        self.requests += 1
        return self.snapshot.get(key, False)


class FlagService:
    def __init__(self, connect):
        self._connect = connect
        self._client = None
        self._init_lock = threading.Lock()

    @property
    def client(self):
        if self._client is None:
            with self._init_lock:
                if self._client is None:
                    self._client = self._connect()
        return self._client

    def is_enabled(self, key, user=None):
        rule = self.client.fetch(key)
        if isinstance(rule, dict):
            return user in rule.get("users", ())
        return bool(rule)


def main():
    start = threading.Barrier(4)
    created = []

    def connect():
        client = FlagStoreClient({"new-checkout": True, "beta": {"users": ["ada"]}})
        created.append(client)
        return client

    flags = FlagService(connect)

    def check(args):
        start.wait(timeout=5)
        return flags.is_enabled(*args)

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(check, [("new-checkout", None), ("beta", "ada"),
                                        ("beta", "bob"), ("missing", None)]))
    assert results == [True, True, False, False]
    assert len(created) == 1 and FlagStoreClient.instances == 1
    assert flags.client.requests == 4
    print("OK")


if __name__ == "__main__":
    main()
