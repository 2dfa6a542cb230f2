import queue
import threading


class Fetcher:
    def __init__(self, pages, in_flight=None):
        self.pages = pages
        self.in_flight = in_flight
        self.log = []
        self._log_lock = threading.Lock()

    def get(self, url):
        if self.in_flight:
            self.in_flight(url)
        with self._log_lock:
            self.log.append(url)
        return self.pages.get(url, "")


class Crawler:
    def __init__(self, fetcher, workers=2):
        self.fetcher = fetcher
        self.frontier = queue.Queue()
        self.seen = set()
        self.results = {}
        self._lock = threading.Lock()
        self.workers = workers

    def _worker(self):
        while True:
            url = self.frontier.get()
            if url is None:
                self.frontier.task_done()
                return
            if url not in self.seen:
                body = self.fetcher.get(url)
                with self._lock:
                    self.seen.add(url)
                    self.results[url] = len(body)
            self.frontier.task_done()

    def crawl(self, seeds):
        threads = [threading.Thread(target=self._worker) for _ in range(self.workers)]
        for t in threads:
            t.start()
        for url in seeds:
            self.frontier.put(url)
        for _ in threads:
            self.frontier.put(None)
        for t in threads:
            t.join()
        return self.results


if __name__ == "__main__":
    barrier = threading.Barrier(2, timeout=5)
    pages = {"https://example.net/": "<html>home</html>"}
    fetcher = Fetcher(pages, in_flight=lambda url: barrier.wait())
    crawler = Crawler(fetcher, workers=2)
    crawler.crawl(["https://example.net/", "https://example.net/"])
    assert fetcher.log == ["https://example.net/"] * 2, fetcher.log
    print("BUG SHOWN")
