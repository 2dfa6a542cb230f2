"""Boot stock at a ski rental counter, served by several fitters."""
import sys
import threading
import time


class StockBook:
    def __init__(self, stock):
        self.stock = dict(stock)
        self.history = []

    def _audit(self, size, before):
        self.history.append((size, before))
        time.sleep(0)

    def checkout(self, size):
        remaining = self.stock[size]
        self._audit(size, remaining)
        self.stock[size] = remaining - 1

    def checkin(self, size):
        remaining = self.stock[size]
        self._audit(size, remaining)
        self.stock[size] = remaining + 1


def fitter(book, size, pairs, start):
    start.wait()
    for _ in range(pairs):
        book.checkout(size)


def main():
    sys.setswitchinterval(1e-6)
    book = StockBook({"27.5": 1000})
    start = threading.Event()
    staff = [threading.Thread(target=fitter, args=(book, "27.5", 50, start)) for _ in range(8)]
    for t in staff:
        t.start()
    start.set()
    for t in staff:
        t.join()
    expected = 1000 - 8 * 50
    print("boots left:", book.stock["27.5"], "expected:", expected)
    if book.stock["27.5"] != expected:
        print("checkouts lost:", book.stock["27.5"] - expected)
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
