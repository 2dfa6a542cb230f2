from urllib.parse import urljoin, urlparse

LINKS = {
    "https://shop.example.com/": ["/catalog", "/about"],
    "https://shop.example.com/catalog": ["/catalog?page=2", "/item/7"],
    "https://shop.example.com/about": [],
}


class Crawler:
    def __init__(self, seed, fetch):
        self.host = urlparse(seed).netloc
        self.fetch = fetch
        self.frontier = {seed}
        self.visited = set()

    def pending(self):
        for url in self.frontier:
            if url not in self.visited:
                yield url

    def discover(self, base, hrefs):
        for href in hrefs:
            url = urljoin(base, href)
            if urlparse(url).netloc == self.host:
                self.frontier.add(url)

    def visit(self, url):
        self.visited.add(url)
        self.discover(url, self.fetch(url))

    def run(self):
        for url in self.pending():
            self.visit(url)
        return sorted(self.visited)


def main():
    crawler = Crawler("https://shop.example.com/", lambda url: LINKS.get(url, []))
    try:
        crawler.run()
    except RuntimeError as exc:
        assert str(exc) == "Set changed size during iteration", exc
        assert crawler.visited == {"https://shop.example.com/"}
        print("BUG SHOWN")
    else:
        raise AssertionError("expected RuntimeError")


if __name__ == "__main__":
    main()
