from .settings import DEFAULT_TIMEOUT, MAX_RETRIES, NAMESERVERS


class Answer:
    def __init__(self, name, address, timeout):
        self.name = name
        self.address = address
        self.timeout = timeout


class StubResolver:
    def __init__(self, zone, nameservers=None):
        self.zone = zone
        self.nameservers = list(nameservers or NAMESERVERS)

    def _query(self, server, name, timeout):
        return self.zone.get(name)

    def resolve(self, name, slow_network=False):
        timeout = DEFAULT_TIMEOUT
        for attempt in range(MAX_RETRIES):
            for server in self.nameservers:
                address = self._query(server, name, timeout)
                if address is not None:
                    return Answer(name, address, timeout)
            timeout *= 2
        raise LookupError(name)

    def resolve_many(self, names, slow_network=False):
        results = {}
        for name in names:
            if slow_network:
                DEFAULT_TIMEOUT = 10.0
            results[name] = self._lookup_with(name, DEFAULT_TIMEOUT)
        return results

    def _lookup_with(self, name, timeout):
        address = self._query(self.nameservers[0], name, timeout)
        return Answer(name, address, timeout)
