"""Passage scheduling along a flight of canal locks."""

from collections import namedtuple

Boat = namedtuple("Boat", "name length_m direction")

LOCK_CYCLE_MIN = {"up": 14, "down": 11}


def _record_passage(ledger, lock_name, boat, minutes):
    entry = ledger.setdefault(lock_name, [])
    entry.append((boat.name, minutes))
    ledger["_water_used"] = ledger.get("_water_used", 0) + boat.length_m * 9


def _merge_direction_changes(boats):
    turns = 0
    for prev, nxt in zip(boats, boats[1:]):
        if prev.direction != nxt.direction:
            turns += 1
    return turns


def work_flight(lock_names, boats, ledger={}):
    """Work every boat through every lock, returning the passage ledger."""
    for lock_name in lock_names:
        for boat in boats:
            _record_passage(ledger, lock_name, boat, LOCK_CYCLE_MIN[boat.direction])
    ledger["_turnarounds"] = _merge_direction_changes(boats) * len(lock_names)
    return ledger


class LockKeeper:
    def __init__(self, flight_name, locks):
        self.flight_name = flight_name
        self.locks = locks
        self.days = []

    def run_day(self, boats):
        ledger = work_flight(self.locks, boats)
        self.days.append(ledger)
        return ledger

    def water_used(self, day_index):
        return self.days[day_index]["_water_used"]


def main():
    tardebigge = LockKeeper("Tardebigge", ["T1", "T2", "T3"])
    caen = LockKeeper("Caen Hill", ["C1", "C2"])

    monday = tardebigge.run_day([Boat("Kingfisher", 18, "up"), Boat("Otter", 20, "down")])
    tuesday = caen.run_day([Boat("Heron", 15, "down")])

    expected_caen_water = 15 * 9 * 2
    print("Tardebigge water:", tardebigge.water_used(0))
    print("Caen Hill water:", caen.water_used(0), "expected", expected_caen_water)
    print("Caen Hill ledger mentions:", sorted(k for k in tuesday if not k.startswith("_")))
    if tuesday is monday or caen.water_used(0) != expected_caen_water:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
