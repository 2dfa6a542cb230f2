import ipaddress


class StaticHostsMixin:
    host_overrides = {}

    def pin(self, name, address):
        ipaddress.ip_address(address)
        self.host_overrides[name.lower().rstrip(".")] = address

    def _pinned(self, name):
        return self.host_overrides.get(name.lower().rstrip("."))


class UpstreamResolver:
    def __init__(self, servers, zone):
        self.servers = list(servers)
        self.zone = dict(zone)

    def query(self, name):
        return self.zone.get(name.lower().rstrip("."))


class SplitHorizonResolver(StaticHostsMixin, UpstreamResolver):
    def resolve(self, name):
        pinned = self._pinned(name)
        if pinned is not None:
            return pinned
        return self.query(name)


PUBLIC_ZONE = {"git.corp.example": "203.0.113.10"}


def main():
    office = SplitHorizonResolver(["10.0.0.53"], PUBLIC_ZONE)
    office.pin("git.corp.example.", "10.1.2.3")

    internet = SplitHorizonResolver(["1.1.1.1"], PUBLIC_ZONE)
    answer = internet.resolve("git.corp.example")

    assert answer == "10.1.2.3", answer
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
