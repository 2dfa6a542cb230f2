from collections import deque
from urllib.parse import urljoin


class FetchResult:
    def __init__(self, url, status, body="", headers=None):
        self.url = url
        self.status = status
        self.body = body
        self.headers = headers or {}

    @property
    def ok(self):
        return 200 <= self.status < 300

    def links(self):
        return [part.split('"')[0] for part in self.body.split('href="')[1:]]


class FakeTransport:
    def __init__(self, pages):
        self.pages = pages

    def get(self, url):
        if url not in self.pages:
            return FetchResult(url, 404)
        body, modified = self.pages[url]
        return FetchResult(url, 200, body, {"Last-Modified": modified})


class Crawler:
    def __init__(self, transport, root, limit=10):
        self.transport = transport
        self.root = root
        self.limit = limit
        self.visited = []
        self.failed = []
        self.last_modified = None

    def _enqueue_links(self, response, frontier, seen):
        for href in response.links():
            target = urljoin(response.url, href)
            if target.startswith(self.root) and target not in seen:
                seen.add(target)
                frontier.append(target)

    def crawl(self):
        frontier = deque([self.root])
        seen = {self.root}
        while frontier and len(self.visited) < self.limit:
            url = frontier.popleft()
            response = self.transport.get(url)
            if not response.ok:
                self.failed.append((url, response.status))
                del response
                continue
            self.visited.append(url)
            self._enqueue_links(response, frontier, seen)
        self.last_modified = response.headers.get("Last-Modified")
        return self.visited


def main():
    site = {
        "https://docs.example/": ('<a href="guide">g</a><a href="api">a</a>', "Mon"),
        "https://docs.example/guide": ('<a href="/">home</a>', "Tue"),
        "https://docs.example/api": ("", "Wed"),
    }
    assert Crawler(FakeTransport(site), "https://docs.example/").crawl() == [
        "https://docs.example/", "https://docs.example/guide", "https://docs.example/api"]
    site["https://docs.example/"] = ('<a href="guide">g</a><a href="old">o</a>', "Thu")
    crawler = Crawler(FakeTransport(site), "https://docs.example/")
    try:
        crawler.crawl()
    except UnboundLocalError as exc:
        assert "response" in str(exc)
        assert crawler.failed == [("https://docs.example/old", 404)]
        print("BUG SHOWN")
    else:
        raise AssertionError("crawl finished")


if __name__ == "__main__":
    main()
