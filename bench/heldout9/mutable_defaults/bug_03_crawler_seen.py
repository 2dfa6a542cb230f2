from urllib.parse import urljoin


SITE = {
    "https://a.test/": ["/about", "/blog"],
    "https://a.test/about": ["/"],
    "https://a.test/blog": ["/blog/1", "/about"],
    "https://a.test/blog/1": [],
}


class Fetcher:
    def __init__(self, pages):
        self.pages = pages
        self.requests = 0

    def links(self, url):
        self.requests += 1
        return [urljoin(url, href) for href in self.pages.get(url, [])]


def walk(fetcher, url, seen=set(), depth=3):
    if url in seen or depth < 0:
        return
    seen.add(url)
    yield url
    for link in fetcher.links(url):
        yield from walk(fetcher, link, seen, depth - 1)


class Crawler:
    def __init__(self, pages):
        self.fetcher = Fetcher(pages)

    def crawl(self, start):
        return sorted(walk(self.fetcher, start))


first = Crawler(SITE).crawl("https://a.test/")
assert len(first) == 4
second = Crawler(SITE).crawl("https://a.test/")
assert second == []
print("BUG SHOWN")
