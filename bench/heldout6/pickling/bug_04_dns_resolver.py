import ipaddress
import sqlite3
from multiprocessing import Pool


class HostsDatabase:
    def __init__(self, path=":memory:"):
        self.conn = sqlite3.connect(path)
        self.conn.execute("CREATE TABLE hosts (name TEXT PRIMARY KEY, address TEXT)")

    def add(self, name, address):
        self.conn.execute("INSERT INTO hosts VALUES (?, ?)", (name, str(ipaddress.ip_address(address))))

    def lookup(self, name):
        row = self.conn.execute("SELECT address FROM hosts WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None


class Resolver:
    def __init__(self, hosts, search_domains=("corp.internal",)):
        self.hosts = hosts
        self.search_domains = search_domains

    def candidates(self, name):
        if name.endswith("."):
            return [name.rstrip(".")]
        return [name] + [f"{name}.{domain}" for domain in self.search_domains]

    def resolve(self, name):
        for candidate in self.candidates(name):
            address = self.hosts.lookup(candidate)
            if address:
                return candidate, address
        return name, None


def resolve_job(job):
    resolver, name = job
    return resolver.resolve(name)


def bulk_resolve(resolver, names, processes=2):
    with Pool(processes) as pool:
        return dict(pool.map(resolve_job, [(resolver, name) for name in names]))


def main():
    hosts = HostsDatabase()
    hosts.add("build.corp.internal", "10.0.4.2")
    hosts.add("wiki.corp.internal", "10.0.4.9")
    resolver = Resolver(hosts)
    assert resolver.resolve("build") == ("build.corp.internal", "10.0.4.2")
    try:
        bulk_resolve(resolver, ["build", "wiki", "nowhere"])
    except TypeError as exc:
        assert "pickle" in str(exc) and "sqlite3.Connection" in str(exc), exc
        print("BUG SHOWN")
    else:
        raise AssertionError("resolved in a pool")


if __name__ == "__main__":
    main()
