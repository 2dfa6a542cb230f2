from collections import deque
from urllib.parse import urljoin, urlparse


SITE = {
    "https://a.example/": ["/about", "/blog"],
    "https://a.example/about": ["/"],
    "https://a.example/blog": ["/blog/1"],
    "https://a.example/blog/1": [],
}


class Frontier:
    def __init__(self, seeds, seen=set()):
        self.queue = deque(seeds)
        self.seen = seen

    def push(self, url):
        if url not in self.seen:
            self.queue.append(url)

    def pop(self):
        while self.queue:
            url = self.queue.popleft()
            if url not in self.seen:
                self.seen.add(url)
                return url
        return None


class Crawler:
    def __init__(self, fetch, allowed_host):
        self.fetch = fetch
        self.allowed_host = allowed_host

    def crawl(self, start):
        frontier = Frontier([start])
        pages = []
        while (url := frontier.pop()) is not None:
            pages.append(url)
            for link in self.fetch(url):
                absolute = urljoin(url, link)
                if urlparse(absolute).hostname == self.allowed_host:
                    frontier.push(absolute)
        return pages


def main():
    fetch = lambda url: SITE.get(url, [])
    first = Crawler(fetch, "a.example").crawl("https://a.example/")
    assert len(first) == 4, first
    second = Crawler(fetch, "a.example").crawl("https://a.example/")
    assert second == [], second
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
