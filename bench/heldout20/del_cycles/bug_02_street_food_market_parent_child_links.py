"""Pitch allocation at a street food market."""
import gc

REPORTS = []


class Stall:
    def __init__(self, trader, cuisine):
        self.trader = trader
        self.cuisine = cuisine
        self.market = None
        self.sales = 0.0

    def sell(self, amount):
        self.sales += amount
        self.market.record(self, amount)


class Market:
    def __init__(self, site):
        self.site = site
        self.stalls = []
        self.takings = 0.0

    def pitch(self, stall):
        stall.market = self
        self.stalls.append(stall)
        return stall

    def record(self, stall, amount):
        self.takings += amount * 0.1

    def __del__(self):
        REPORTS.append(f"{self.site}: {len(self.stalls)} stalls, levy {self.takings:.2f}")


def run_evening(site):
    market = Market(site)
    bao = market.pitch(Stall("Mei", "bao"))
    taco = market.pitch(Stall("Luis", "tacos"))
    bao.sell(60)
    taco.sell(45)
    return market


def main():
    gc.disable()
    market = run_evening("Canal Yard")
    print("levy so far:", round(market.takings, 2))
    del market
    if not REPORTS:
        print("end-of-night report never produced")
        print("BUG SHOWN")
    else:
        print(REPORTS)


if __name__ == "__main__":
    main()
