import asyncio
import functools
from urllib.parse import urljoin

SITE = {
    "https://docs.example.org/": ["intro", "api/"],
    "https://docs.example.org/intro": ["api/"],
    "https://docs.example.org/api/": ["../intro"],
}


async def fetch_links(url):
    await asyncio.sleep(0)
    return [urljoin(url, href) for href in SITE.get(url, [])]


async def crawl(url, fetch, max_depth, depth=0, visited=set()):
    if depth > max_depth or url in visited:
        return []
    visited.add(url)
    found = [url]
    for link in await fetch(url):
        found.extend(await crawl(link, fetch, max_depth, depth + 1, visited))
    return found


class SiteCrawler:
    def __init__(self, root, max_depth=3):
        self.root = root
        self._crawl = functools.partial(crawl, fetch=fetch_links, max_depth=max_depth)

    async def sitemap(self):
        pages = await self._crawl(self.root)
        return sorted(pages)


async def nightly_job():
    first = await SiteCrawler("https://docs.example.org/").sitemap()
    second = await SiteCrawler("https://docs.example.org/").sitemap()
    return first, second


def main():
    first, second = asyncio.run(nightly_job())
    assert len(first) == 3, first
    assert second == [], second
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
