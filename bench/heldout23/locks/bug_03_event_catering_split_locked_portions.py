"""Portion tracking for an event-catering kitchen.

During a banquet several service stations plate dishes at once.  The pass
keeps a live count of remaining portions per dish so the front of house can
stop offering a dish when it runs out.  Station threads report plated
portions through the Pass object.
"""
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Dict, List, Tuple


class Pass:
    def __init__(self, portions: Dict[str, int]):
        self._lock = threading.Lock()
        self._portions = dict(portions)
        self.tickets: List[Tuple[str, str, int]] = []

    def remaining(self, dish: str) -> int:
        with self._lock:
            return self._portions[dish]

    def _set_remaining(self, dish: str, value: int) -> None:
        with self._lock:
            self._portions[dish] = value

    def _print_ticket(self, station: str, dish: str, count: int) -> None:
        time.sleep(0.04)
        with self._lock:
            self.tickets.append((station, dish, count))

    def plate(self, station: str, dish: str, count: int) -> int:
        left = self.remaining(dish)
        if left < count:
            count = left
        self._print_ticket(station, dish, count)
        self._set_remaining(dish, left - count)
        return count

    def snapshot(self) -> Dict[str, int]:
        with self._lock:
            return dict(self._portions)


def run_service(kitchen: Pass, orders: List[Tuple[str, str, int]]) -> int:
    gate = threading.Barrier(len(orders))

    def station_job(station: str, dish: str, count: int) -> int:
        gate.wait()
        return kitchen.plate(station, dish, count)

    with ThreadPoolExecutor(max_workers=len(orders)) as pool:
        futures = [pool.submit(station_job, *order) for order in orders]
        return sum(f.result() for f in futures)


def main() -> None:
    kitchen = Pass({"beef wellington": 40, "mushroom risotto": 25, "sea bass": 30})
    orders = [
        ("hot-1", "beef wellington", 8),
        ("hot-2", "beef wellington", 10),
        ("hot-3", "beef wellington", 6),
        ("cold-1", "sea bass", 5),
    ]
    plated = run_service(kitchen, orders)
    board = kitchen.snapshot()
    print(f"plated {plated} portions; board now {board}")
    beef_plated = sum(c for _, d, c in kitchen.tickets if d == "beef wellington")
    if board["beef wellington"] != 40 - beef_plated:
        print(f"board shows {board['beef wellington']} wellingtons left but only "
              f"{40 - beef_plated} are actually left")
        print("BUG SHOWN")
        return
    print("portion board accurate")


if __name__ == "__main__":
    main()
