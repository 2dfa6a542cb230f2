"""Ice cream van route pricing, computed in a process pool."""
import pickle
from concurrent.futures import ProcessPoolExecutor

BASE_PRICES = {"99 flake": 2.5, "choc ice": 1.8, "screwball": 2.2, "slush": 1.5}


def surge(multiplier):
    return lambda price: round(price * multiplier, 2)


class Route:
    def __init__(self, name, stops, hot_day):
        self.name = name
        self.stops = stops
        self.hot_day = hot_day

    def pricing_rule(self):
        return surge(1.2 if self.hot_day else 1.0)


class PriceBoard:
    def __init__(self, routes, workers=2):
        self.routes = routes
        self.workers = workers

    def compute(self):
        boards = {}
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            for route in self.routes:
                rule = route.pricing_rule()
                futures = {item: pool.submit(rule, price) for item, price in BASE_PRICES.items()}
                boards[route.name] = {item: f.result() for item, f in futures.items()}
        return boards


def main():
    board = PriceBoard([Route("seafront", 12, True), Route("estates", 30, False)])
    try:
        print(board.compute())
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        print("price board failed:", type(exc).__name__, exc)
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
