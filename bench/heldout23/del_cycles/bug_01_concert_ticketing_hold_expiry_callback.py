"""Seat holds for a concert-ticketing checkout.

When a fan opens checkout, the seats are held for them.  A hold object
returns its seats to the pool when it is discarded (abandoned basket), and
carries an expiry hook that the checkout timer fires when time runs out.
"""
import gc
from typing import Callable, Dict, List, Optional, Set


class SeatPool:
    def __init__(self, sections: Dict[str, int]):
        self.free: Set[str] = {f"{sec}-{n}" for sec, count in sections.items()
                               for n in range(1, count + 1)}
        self.held: Set[str] = set()
        self.events: List[str] = []

    def take(self, seats: List[str]) -> None:
        missing = [s for s in seats if s not in self.free]
        if missing:
            raise ValueError(f"not available: {missing}")
        self.free.difference_update(seats)
        self.held.update(seats)

    def give_back(self, seats: List[str], reason: str) -> None:
        self.held.difference_update(seats)
        self.free.update(seats)
        self.events.append(f"released {len(seats)} seat(s): {reason}")


class SeatHold:
    def __init__(self, pool: SeatPool, fan: str, seats: List[str], ttl_s: int = 600):
        self.pool = pool
        self.fan = fan
        self.seats = list(seats)
        self.ttl_s = ttl_s
        self.active = True
        pool.take(self.seats)
        self.on_expire: Optional[Callable[[], None]] = None
        self.arm_timer()

    def arm_timer(self) -> None:
        self.on_expire = self.expire

    def expire(self) -> None:
        self._release("timer expired")

    def _release(self, reason: str) -> None:
        if self.active:
            self.active = False
            self.pool.give_back(self.seats, reason)

    def __del__(self) -> None:
        self._release(f"basket of {self.fan} abandoned")


def open_checkout(pool: SeatPool, fan: str, seats: List[str]) -> int:
    hold = SeatHold(pool, fan, seats)
    return len(hold.seats)


def main() -> None:
    gc.disable()
    pool = SeatPool({"STALLS-A": 6, "CIRCLE-B": 4})
    before = len(pool.free)
    held = open_checkout(pool, "fan#8812", ["STALLS-A-3", "STALLS-A-4"])
    print(f"checkout opened for {held} seats; basket abandoned")

    if len(pool.free) != before:
        print(f"after the hold went away, {len(pool.held)} seat(s) still unsellable: "
              f"{sorted(pool.held)}")
        gc.collect()
        print(f"only a cyclic collection released them: {pool.events}")
        gc.enable()
        print("BUG SHOWN")
        return
    gc.enable()
    print("seats released immediately")


if __name__ == "__main__":
    main()
