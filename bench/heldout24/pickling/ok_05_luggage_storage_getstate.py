"""Left-luggage office at a railway station.

The locker ledger is shared by the counter threads, so it carries a lock.
At closing time the ledger is pickled to disk and reloaded in the morning,
and the night manager's report runs on a deep copy.  The ledger drops its
lock and its pricing hook when pickled and rebuilds them when loaded; the
pricing hook is a module-level function looked up by name.
"""
import copy
import os
import pickle
import tempfile
import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class Deposit:
    ticket: str
    locker: str
    size: str
    hours: int


def standard_tariff(deposit):
    return {"small": 4, "medium": 6, "large": 9}[deposit.size] * max(1, deposit.hours // 24 + 1)


def event_day_tariff(deposit):
    return standard_tariff(deposit) + 2


TARIFFS = {"standard": standard_tariff, "event": event_day_tariff}


class LockerLedger:
    def __init__(self, station, tariff="standard"):
        self.station = station
        self.tariff_name = tariff
        self.deposits = {}
        self._lock = threading.Lock()
        self._tariff = TARIFFS[tariff]

    def deposit(self, item):
        with self._lock:
            if item.locker in {d.locker for d in self.deposits.values()}:
                raise ValueError(f"locker {item.locker} in use")
            self.deposits[item.ticket] = item
            return self._tariff(item)

    def collect(self, ticket):
        with self._lock:
            return self.deposits.pop(ticket)

    def takings_due(self):
        with self._lock:
            return sum(self._tariff(d) for d in self.deposits.values())

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"]
        del state["_tariff"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()
        self._tariff = TARIFFS[self.tariff_name]


def main():
    ledger = LockerLedger("Inverness", tariff="event")
    charges = [
        ledger.deposit(Deposit("H-01", "A12", "small", 3)),
        ledger.deposit(Deposit("I-02", "B03", "large", 30)),
        ledger.deposit(Deposit("J-03", "C07", "medium", 50)),
    ]
    ledger.collect("H-01")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "ledger.pkl")
        with open(path, "wb") as fh:
            pickle.dump(ledger, fh)
        with open(path, "rb") as fh:
            morning = pickle.load(fh)
    report = copy.deepcopy(morning)
    report.collect("I-02")
    print(f"charges taken: {charges}")
    print(f"morning ledger: {sorted(morning.deposits)} due {morning.takings_due()}")
    print(f"report copy after collection: {sorted(report.deposits)}")
    morning.deposit(Deposit("K-04", "A12", "small", 1))
    checks = [
        charges == [6, 20, 20],
        sorted(morning.deposits) == ["I-02", "J-03", "K-04"],
        sorted(report.deposits) == ["J-03"],
        morning._lock is not ledger._lock and report._lock is not morning._lock,
        morning.takings_due() == 20 + 20 + 6,
    ]
    print("OK" if all(checks) else f"unexpected ledger state {checks}")


if __name__ == "__main__":
    main()
