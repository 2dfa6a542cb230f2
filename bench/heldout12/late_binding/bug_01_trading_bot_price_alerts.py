from dataclasses import dataclass


@dataclass
class Tick:
    symbol: str
    price: float


class MarketFeed:
    def __init__(self):
        self._subscribers = []

    def subscribe(self, callback):
        self._subscribers.append(callback)

    def publish(self, tick):
        for callback in self._subscribers:
            callback(tick)


class OrderDesk:
    def __init__(self):
        self.orders = []

    def sell(self, symbol, price, reason):
        self.orders.append((symbol, price, reason))


class StopLossBot:
    def __init__(self, feed, desk):
        self.feed = feed
        self.desk = desk

    def arm(self, stops):
        for symbol, stop_price in stops.items():
            self.feed.subscribe(
                lambda tick: tick.symbol == symbol and tick.price <= stop_price
                and self.desk.sell(symbol, tick.price, f"stop {stop_price}")
            )


def main():
    feed, desk = MarketFeed(), OrderDesk()
    bot = StopLossBot(feed, desk)
    bot.arm({"ASML": 610.0, "NVDA": 118.0, "SAP": 190.0})

    feed.publish(Tick("NVDA", 112.40))
    feed.publish(Tick("ASML", 600.00))
    feed.publish(Tick("SAP", 185.10))

    assert [o[0] for o in desk.orders] == ["SAP", "SAP", "SAP"], desk.orders
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
