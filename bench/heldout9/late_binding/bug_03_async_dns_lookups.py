import asyncio


ZONE = {"api.test": "10.1.0.5", "db.test": "10.1.0.9", "cdn.test": "10.1.0.12"}


class AsyncResolver:
    def __init__(self, zone):
        self.zone = zone
        self.queries = []

    async def lookup(self, host):
        self.queries.append(host)
        await asyncio.sleep(0)
        return self.zone[host]


class HealthChecker:
    def __init__(self, resolver):
        self.resolver = resolver
        self.probes = {}

    def register(self, hosts):
        for host in hosts:
            async def probe():
                return await self.resolver.lookup(host)
            self.probes[host] = probe

    async def run_all(self):
        names = list(self.probes)
        results = await asyncio.gather(*(self.probes[name]() for name in names))
        return dict(zip(names, results))


async def main():
    checker = HealthChecker(AsyncResolver(ZONE))
    checker.register(["api.test", "db.test", "cdn.test"])
    report = await checker.run_all()
    assert set(report.values()) == {"10.1.0.12"}
    assert checker.resolver.queries == ["cdn.test"] * 3
    print("BUG SHOWN")


asyncio.run(main())
