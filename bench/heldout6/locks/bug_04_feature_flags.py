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

    @property
    def client(self):
        if self._client is None:
            self._client = self._connect()
        return self._client

    def is_enabled(self, key, user=None):
        rule = self.client.fetch(key)
        if isinstance(rule, dict):
            return user in rule.get("users", ())
        return bool(rule)


def main():
    handshake = threading.Barrier(2)
    created = []

    def connect():
        handshake.wait(timeout=5)
        client = FlagStoreClient({"new-checkout": True, "beta": {"users": ["ada"]}})
        created.append(client)
        return client

    flags = FlagService(connect)
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(flags.is_enabled, ["new-checkout", "beta"], [None, "ada"]))
    assert results == [True, True]
    assert len(created) == 2 and created[0] is not created[1]
    assert FlagStoreClient.instances == 2
    assert flags.client in created
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
