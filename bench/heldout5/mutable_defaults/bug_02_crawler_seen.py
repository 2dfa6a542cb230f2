from urllib.parse import urljoin

SITE = {
    "https://docs.example.org/": ["guide/", "api/"],
    "https://docs.example.org/guide/": ["../api/", "install"],
    "https://docs.example.org/api/": ["../"],
    "https://docs.example.org/guide/install": [],
}


class FakeFetcher:
    def __init__(self, site):
        self.site = site
        self.requests = 0

    def links(self, url):
        self.requests += 1
        return [urljoin(url, href) for href in self.site.get(url, [])]


def _should_visit(url, root, seen):
    return url.startswith(root) and url not in seen


def crawl(fetcher, url, root, seen=set(), depth=3):
    seen.add(url)
    found = [url]
    if depth == 0:
        return found
    for link in fetcher.links(url):
        if _should_visit(link, root, seen):
            found.extend(crawl(fetcher, link, root, seen, depth - 1))
    return found


class SiteMap:
    def __init__(self, fetcher, root):
        self.fetcher = fetcher
        self.root = root
        self.pages = []

    def refresh(self):
        self.pages = sorted(crawl(self.fetcher, self.root, self.root))
        return len(self.pages)


if __name__ == "__main__":
    sitemap = SiteMap(FakeFetcher(SITE), "https://docs.example.org/")
    first = sitemap.refresh()
    assert first == 4, first
    second = sitemap.refresh()
    assert second == 1, second
    assert sitemap.pages == ["https://docs.example.org/"]
    print("BUG SHOWN")
