LINKS = {
    "/": ["/docs", "/blog"],
    "/docs": ["/docs/install", "/"],
    "/blog": ["/blog/2024"],
    "/docs/install": [],
    "/blog/2024": [],
}


class Frontier:
    def __init__(self, seeds):
        self.pending = set(seeds)
        self.visited = set()

    def __iter__(self):
        for url in self.pending:
            if url not in self.visited:
                self.visited.add(url)
                yield url

    def discover(self, urls):
        self.pending.update(u for u in urls if u not in self.visited)


class Spider:
    def __init__(self, links):
        self.links = links
        self.fetched = []

    def fetch(self, url):
        self.fetched.append(url)
        return self.links.get(url, [])

    def crawl(self, seeds):
        frontier = Frontier(seeds)
        for url in frontier:
            frontier.discover(self.fetch(url))
        return sorted(self.fetched)


spider = Spider(LINKS)
try:
    spider.crawl(["/"])
except RuntimeError as exc:
    assert "Set changed size during iteration" in str(exc)
    assert spider.fetched == ["/"]
    print("BUG SHOWN")
else:
    raise AssertionError("expected RuntimeError")
