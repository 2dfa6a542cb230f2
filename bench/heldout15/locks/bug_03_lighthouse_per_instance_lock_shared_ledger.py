"""Lamp-hours ledger kept by relief keepers at a rock lighthouse."""

import sys
import threading
import time

sys.setswitchinterval(1e-6)

LAMP_HOURS = {"main": 0, "fog signal": 0}


class WatchLog:
    """One keeper's log; entries are also totalled in the station ledger."""

    def __init__(self, keeper):
        self.keeper = keeper
        self.entries = []
        self._lock = threading.Lock()

    def _barometer(self):
        time.sleep(0.0003)
        return 1012

    def record(self, equipment, hours):
        with self._lock:
            before = LAMP_HOURS[equipment]
            pressure = self._barometer()
            LAMP_HOURS[equipment] = before + hours
            self.entries.append((equipment, hours, pressure))


class Keeper(threading.Thread):
    def __init__(self, name, watches, gate):
        super().__init__(name=name)
        self.log = WatchLog(name)
        self.watches = watches
        self.gate = gate

    def run(self):
        self.gate.wait()
        for equipment, hours in self.watches:
            self.log.record(equipment, hours)


def main():
    gate = threading.Barrier(3)
    rota = [("main", 4), ("fog signal", 1)] * 25
    keepers = [Keeper(n, rota, gate) for n in ("Principal", "Assistant", "Relief")]
    for k in keepers:
        k.start()
    for k in keepers:
        k.join()

    logged = sum(h for k in keepers for eq, h, _ in k.log.entries if eq == "main")
    print("main lamp hours in ledger:", LAMP_HOURS["main"], "in keepers' logs:", logged)
    if LAMP_HOURS["main"] != logged:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
