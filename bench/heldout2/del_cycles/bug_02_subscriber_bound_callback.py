import gc

UNSUBSCRIBED = []


class Feed:
    def __init__(self):
        self.callbacks = []

    def publish(self, item):
        for cb in self.callbacks:
            cb(item)


class PriceWatcher:
    def __init__(self, symbol, threshold):
        self.symbol = symbol
        self.threshold = threshold
        self.alerts = []
        self.on_tick = self._check

    def _check(self, price):
        if price >= self.threshold:
            self.alerts.append(price)

    def attach(self, feed):
        feed.callbacks.append(self.on_tick)

    def detach(self, feed):
        feed.callbacks.remove(self.on_tick)

    def __del__(self):
        UNSUBSCRIBED.append(self.symbol)


def main():
    gc.disable()
    feed = Feed()
    watcher = PriceWatcher("ACME", threshold=100)
    watcher.attach(feed)
    feed.publish(120)
    watcher.detach(feed)
    assert watcher.alerts == [120]
    del watcher
    assert UNSUBSCRIBED == []
    gc.collect()
    assert UNSUBSCRIBED == ["ACME"], UNSUBSCRIBED
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
