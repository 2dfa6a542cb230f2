"""Failover client that tries a list of database endpoints in order."""


class Unavailable(ConnectionError):
    pass


class FakeNetwork:
    def __init__(self, healthy):
        self.healthy = set(healthy)
        self.attempts = []

    def connect(self, host, port):
        self.attempts.append(f"{host}:{port}")
        if host not in self.healthy:
            raise Unavailable(host)
        return f"conn<{host}:{port}>"


def build_connectors(network, endpoints):
    return [lambda: network.connect(host, port) for host, port in endpoints]


class Failover:
    def __init__(self, connectors):
        self.connectors = list(connectors)

    def connect(self):
        errors = []
        for attempt in self.connectors:
            try:
                return attempt()
            except Unavailable as exc:
                errors.append(str(exc))
        raise Unavailable(f"all endpoints down: {errors}")


if __name__ == "__main__":
    net = FakeNetwork(healthy={"db-primary"})
    endpoints = [("db-primary", 5432), ("db-replica-1", 5432), ("db-replica-2", 5433)]
    client = Failover(build_connectors(net, endpoints))
    try:
        client.connect()
    except Unavailable:
        pass
    else:
        raise AssertionError("primary should have been tried first")
    assert net.attempts == ["db-replica-2:5433"] * 3
    print("BUG SHOWN")
