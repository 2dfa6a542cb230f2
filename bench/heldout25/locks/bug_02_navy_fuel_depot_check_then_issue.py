"""Fuel depot for a naval base.

Ships alongside request fuel through their own liaison threads.  The depot
checks the tank level, prepares a signed issue voucher (which has to be
countersigned by the duty officer and takes a moment) and then issues.
"""
import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Voucher:
    ship: str
    tonnes: int
    serial: int


class DutyOfficer:
    def __init__(self):
        self._serial = 0
        self._lock = threading.Lock()

    def countersign(self, ship, tonnes):
        time.sleep(0.05)
        with self._lock:
            self._serial += 1
            return Voucher(ship, tonnes, self._serial)


class FuelDepot:
    def __init__(self, tonnes, officer):
        self.tonnes = tonnes
        self.officer = officer
        self.issued = []
        self.refused = []

    def can_supply(self, tonnes):
        return self.tonnes >= tonnes

    def request(self, ship, tonnes):
        if not self.can_supply(tonnes):
            self.refused.append(ship)
            return None
        voucher = self.officer.countersign(ship, tonnes)
        self.tonnes -= tonnes
        self.issued.append(voucher)
        return voucher


def liaison(depot, ship, tonnes, muster):
    muster.wait()
    depot.request(ship, tonnes)


def main():
    depot = FuelDepot(tonnes=1000, officer=DutyOfficer())
    requests = [("HMS Meridian", 400), ("HMS Nautilus", 400), ("HMS Osprey", 400)]
    muster = threading.Barrier(len(requests))
    threads = [
        threading.Thread(target=liaison, args=(depot, ship, tonnes, muster), name=ship)
        for ship, tonnes in requests
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    print("issued:", sorted(v.ship for v in depot.issued))
    print("refused:", depot.refused)
    print("tank level:", depot.tonnes)
    if depot.tonnes < 0:
        print("depot issued more fuel than it held")
        print("BUG SHOWN")
    else:
        print("fuel accounting is correct")


if __name__ == "__main__":
    main()
