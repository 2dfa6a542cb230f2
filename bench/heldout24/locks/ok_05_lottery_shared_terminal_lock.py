"""Lottery retailer terminals.

Every shop terminal sells tickets against one draw.  A sale reads the
draw's running ticket count, asks the central system to register the
ticket (a slow round trip), then stores the new count.  All terminals of
the draw share the draw's lock, so the read-register-write is atomic.
"""
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field


@dataclass
class Draw:
    name: str
    price: int
    tickets_sold: int = 0
    takings: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)


class CentralSystem:
    def __init__(self, latency):
        self.latency = latency
        self.registered = []
        self._lock = threading.Lock()

    def register(self, terminal, serial):
        time.sleep(self.latency)
        with self._lock:
            self.registered.append((terminal, serial))


class Terminal:
    def __init__(self, shop, draw, central):
        self.shop = shop
        self.draw = draw
        self.central = central
        self.lock = draw.lock

    def sell(self, lines):
        with self.lock:
            serial = self.draw.tickets_sold + 1
            self.central.register(self.shop, serial)
            self.draw.tickets_sold = serial
            self.draw.takings += self.draw.price * lines
        return serial


def shift(terminal, opening, sales):
    opening.wait()
    return [terminal.sell(lines) for lines in sales]


def main():
    draw = Draw("Lucky Lakes Saturday", price=2)
    central = CentralSystem(latency=0.03)
    shops = {"Harbour News": [1, 2], "Ivy Stores": [5], "Jubilee Kiosk": [1, 1], "Kwik Mart": [3]}
    terminals = [Terminal(shop, draw, central) for shop in shops]
    opening = threading.Barrier(len(terminals))
    with ThreadPoolExecutor(max_workers=len(terminals)) as pool:
        futures = {t.shop: pool.submit(shift, t, opening, shops[t.shop]) for t in terminals}
    serials = sorted(s for f in futures.values() for s in f.result())
    expected_tickets = sum(len(s) for s in shops.values())
    expected_takings = draw.price * sum(sum(s) for s in shops.values())
    print(f"{draw.name}: {draw.tickets_sold} tickets, takings {draw.takings}")
    checks = [
        draw.tickets_sold == expected_tickets,
        serials == list(range(1, expected_tickets + 1)),
        draw.takings == expected_takings,
        len(central.registered) == expected_tickets,
    ]
    print("OK" if all(checks) else f"unexpected draw state {checks}")


if __name__ == "__main__":
    main()
