import asyncio
import re
import threading
from concurrent.futures import ProcessPoolExecutor

LINK = re.compile(r'href="([^"]+)"')
TITLE = re.compile(r"<title>(.*?)</title>", re.S)


class FakeWeb:
    def __init__(self, pages):
        self.pages = pages

    async def get(self, url):
        await asyncio.sleep(0)
        return self.pages.get(url, "")


class AsyncCrawler:
    def __init__(self, web, executor, max_pages=10):
        self.web = web
        self.executor = executor
        self.max_pages = max_pages
        self.titles = {}
        self._stop = threading.Event()

    def stop(self):
        self._stop.set()

    def parse(self, html):
        title = TITLE.search(html)
        return (title.group(1).strip() if title else ""), LINK.findall(html)

    async def _visit(self, url):
        html = await self.web.get(url)
        loop = asyncio.get_running_loop()
        title, links = await loop.run_in_executor(self.executor, self.parse, html)
        self.titles[url] = title
        return links

    async def crawl(self, start):
        frontier, seen = [start], {start}
        while frontier and not self._stop.is_set() and len(self.titles) < self.max_pages:
            links = await self._visit(frontier.pop())
            for link in links:
                if link not in seen:
                    seen.add(link)
                    frontier.append(link)
        return self.titles


def main():
    web = FakeWeb({"/": '<title>Home</title><a href="/a">', "/a": "<title>A</title>"})
    crawler = AsyncCrawler(web, executor=None)
    assert asyncio.run(crawler.crawl("/")) == {"/": "Home", "/a": "A"}
    with ProcessPoolExecutor(max_workers=2) as pool:
        crawler = AsyncCrawler(web, executor=pool)
        try:
            asyncio.run(crawler.crawl("/"))
        except TypeError as exc:
            assert "pickle" in str(exc) and "lock" in str(exc), exc
            assert crawler.titles == {}
            print("BUG SHOWN")
        else:
            raise AssertionError("parsed in worker processes")


if __name__ == "__main__":
    main()
