import asyncio


class Crawler:
    def __init__(self, pages):
        self.pages = pages
        self.fetched = []

    async def fetch(self, url):
        await asyncio.sleep(0)
        self.fetched.append(url)
        return len(self.pages[url])

    async def crawl(self):
        jobs = []
        for url in self.pages:
            async def visit():
                size = await self.fetch(url)
                return url, size

            jobs.append(asyncio.create_task(visit()))
        return dict(await asyncio.gather(*jobs))


def main():
    crawler = Crawler({"/": "home", "/about": "about us", "/blog": "posts here"})
    sizes = asyncio.run(crawler.crawl())
    assert crawler.fetched == ["/blog", "/blog", "/blog"], crawler.fetched
    assert sizes == {"/blog": 10}
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
