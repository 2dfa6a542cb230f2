"""Bar tab service for a jazz club's table waiters."""

import sys
import threading
import time

sys.setswitchinterval(1e-6)

MENU = {"old fashioned": 11.0, "sazerac": 12.5, "soda": 3.0}


class DocketPrinter:
    def __init__(self):
        self.sent = []

    def send(self, table, item):
        time.sleep(0.0002)
        self.sent.append((table, item))


class TabService:
    """Keeps a running tab per table; several waiters post to it at once."""

    def __init__(self, printer):
        self.printer = printer
        self.tabs = {}
        self.lock = threading.Lock()

    def open_table(self, table):
        with self.lock:
            self.tabs.setdefault(table, 0.0)

    def post(self, table, item):
        current = self.tabs[table]
        self.printer.send(table, item)
        self.tabs[table] = round(current + MENU[item], 2)

    def total(self, table):
        return self.tabs[table]


class Waiter(threading.Thread):
    def __init__(self, service, table, orders, start_gate):
        super().__init__()
        self.service = service
        self.table = table
        self.orders = orders
        self.start_gate = start_gate

    def run(self):
        self.start_gate.wait()
        for item in self.orders:
            self.service.post(self.table, item)


def main():
    service = TabService(DocketPrinter())
    service.open_table("T4")
    gate = threading.Event()
    rounds = ["old fashioned", "sazerac", "soda"] * 20
    waiters = [Waiter(service, "T4", rounds, gate) for _ in range(6)]
    for w in waiters:
        w.start()
    gate.set()
    for w in waiters:
        w.join()

    expected = round(sum(MENU[i] for i in rounds) * len(waiters), 2)
    print("table T4 tab:", service.total("T4"), "expected:", expected)
    if service.total("T4") != expected:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
