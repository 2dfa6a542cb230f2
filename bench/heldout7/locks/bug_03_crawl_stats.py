import functools
import threading


def synchronized(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self._lock:
            return method(self, *args, **kwargs)
    return wrapper


class HostStats:
    def __init__(self):
        self._lock = threading.Lock()
        self._pages = {}

    @synchronized
    def pages(self, host):
        return self._pages.get(host, 0)

    @synchronized
    def set_pages(self, host, n):
        self._pages[host] = n


class Fetcher:
    def __init__(self, stats, parse_hook=None):
        self.stats = stats
        self.parse_hook = parse_hook or (lambda url: None)

    def _parse(self, url, body):
        self.parse_hook(url)
        return body.count("<a ")

    def fetch(self, url, body):
        host = url.split("/")[2]
        seen = self.stats.pages(host)
        links = self._parse(url, body)
        self.stats.set_pages(host, seen + 1)
        return links


def main():
    gate = threading.Barrier(2, timeout=5)
    stats = HostStats()
    fetcher = Fetcher(stats, parse_hook=lambda url: gate.wait())
    urls = ["https://docs.test/a", "https://docs.test/b"]
    threads = [threading.Thread(target=fetcher.fetch, args=(u, "<a href=x>")) for u in urls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert stats.pages("docs.test") == 1, stats.pages("docs.test")
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
