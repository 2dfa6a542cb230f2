"""Trout hatchery: stocking fry into raceway tanks.

Several transfer crews work at once.  A crew asks the tank whether it has
room, nets the fry out of the incubator (which takes a while) and then
stocks them.  The tank's stocking method is guarded by a lock.
"""
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Raceway:
    name: str
    capacity: int
    population: int = 0
    transfers: list = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def has_room(self, count):
        return self.population + count <= self.capacity

    def stock(self, crew, count):
        with self._lock:
            self.population += count
            self.transfers.append((crew, count))


class TransferCrew:
    def __init__(self, name, batch, start):
        self.name = name
        self.batch = batch
        self.start = start
        self.outcome = None

    def _net_from_incubator(self):
        time.sleep(0.05)
        return self.batch

    def work(self, tank):
        self.start.wait(timeout=5)
        if not tank.has_room(self.batch):
            self.outcome = "diverted"
            return
        fry = self._net_from_incubator()
        tank.stock(self.name, fry)
        self.outcome = "stocked"


def main():
    tank = Raceway("Raceway 3 (rainbow)", capacity=5000)
    start = threading.Barrier(3)
    crews = [TransferCrew(n, 2000, start) for n in ("Ruth", "Silas", "Tova")]
    threads = [threading.Thread(target=c.work, args=(tank,), name=c.name) for c in crews]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    for crew in crews:
        print(f"{crew.name:6s} {crew.outcome}")
    print(f"{tank.name}: {tank.population}/{tank.capacity}")
    if tank.population > tank.capacity:
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
