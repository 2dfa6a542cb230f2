"""Aggregating cooling-loop energy readings from rack sensors."""

import sys
import threading
import time


class EnergyTotals:
    """Per-aisle kWh totals shared by every collector."""

    def __init__(self, aisles):
        self.kwh = {aisle: 0 for aisle in aisles}


class Collector:
    def __init__(self, totals, aisle):
        self.totals = totals
        self.aisle = aisle
        self._lock = threading.Lock()
        self.samples = 0

    def _calibrate(self, raw):
        time.sleep(0)
        return raw

    def add(self, raw):
        with self._lock:
            before = self.totals.kwh[self.aisle]
            value = self._calibrate(raw)
            self.totals.kwh[self.aisle] = before + value
            self.samples += 1


def poll_rack(totals, aisle, readings):
    collector = Collector(totals, aisle)
    for raw in readings:
        collector.add(raw)
    return collector.samples


def main():
    sys.setswitchinterval(1e-6)
    totals = EnergyTotals(["cold-A", "cold-B"])
    threads = []
    for rack in range(6):
        aisle = "cold-A" if rack % 2 == 0 else "cold-B"
        threads.append(threading.Thread(target=poll_rack, args=(totals, aisle, [1] * 400)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    expected = {"cold-A": 1200, "cold-B": 1200}
    print("totals:", totals.kwh, "expected:", expected)
    if totals.kwh != expected:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
