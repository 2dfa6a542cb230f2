import asyncio


class FakeTransport:
    def __init__(self, sizes):
        self.sizes = sizes
        self.requests = []

    async def get(self, url, headers):
        await asyncio.sleep(0)
        self.requests.append((url, dict(headers)))
        size = self.sizes[url]
        start = 0
        if "Range" in headers:
            start = int(headers["Range"].split("=")[1].rstrip("-"))
        return 206 if start else 200, size - start


class PartialFiles:
    def __init__(self, partial):
        self.partial = partial

    def resume_offset(self, url):
        return self.partial.get(url, 0)


def _apply_resume(headers, offset):
    if offset:
        headers["Range"] = f"bytes={offset}-"


async def fetch_episode(transport, url, store, headers={}):
    headers.setdefault("User-Agent", "PodGrab/2.1")
    _apply_resume(headers, store.resume_offset(url))
    status, nbytes = await transport.get(url, headers)
    return url, status, nbytes


class FeedDownloader:
    def __init__(self, transport, store):
        self.transport = transport
        self.store = store

    async def sync(self, episode_urls):
        results = []
        for url in episode_urls:
            results.append(await fetch_episode(self.transport, url, self.store))
        return results


def main():
    urls = ["https://cdn.example/ep41.mp3", "https://cdn.example/ep42.mp3"]
    transport = FakeTransport({urls[0]: 50_000_000, urls[1]: 48_000_000})
    store = PartialFiles({urls[0]: 12_000_000})
    results = asyncio.run(FeedDownloader(transport, store).sync(urls))

    _, status, nbytes = results[1]
    assert transport.requests[1][1].get("Range") == "bytes=12000000-"
    assert status == 206 and nbytes == 36_000_000, results
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
