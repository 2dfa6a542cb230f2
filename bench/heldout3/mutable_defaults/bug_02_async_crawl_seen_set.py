import asyncio

SITE = {
    "/": ["/docs", "/blog"],
    "/docs": ["/docs/install", "/"],
    "/blog": ["/blog/2024", "/"],
    "/docs/install": [],
    "/blog/2024": ["/docs"],
}


async def fetch_links(path):
    await asyncio.sleep(0)
    return SITE.get(path, [])


async def _visit(path, seen, found):
    if path in seen:
        return
    seen.add(path)
    found.append(path)
    for link in await fetch_links(path):
        await _visit(link, seen, found)


async def crawl(start, seen=set()):
    found = []
    await _visit(start, seen, found)
    return found


class SitemapBuilder:
    async def build(self, start):
        pages = await crawl(start)
        return sorted(pages)


async def run():
    builder = SitemapBuilder()
    first = await builder.build("/")
    second = await builder.build("/")
    return first, second


def main():
    first, second = asyncio.run(run())
    assert len(first) == 5
    assert second == []
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
