"""Seats-sold ledger shared by the box office and the refunds desk."""
import threading
from typing import Dict


class SeatLedger:
    def __init__(self, capacities: Dict[str, int]):
        self.capacities = dict(capacities)
        self.sold: Dict[str, int] = {code: 0 for code in capacities}
        self.lock = threading.Lock()

    def record_sale(self, code: str, seats: int) -> bool:
        with self.lock:
            if self.sold[code] + seats > self.capacities[code]:
                return False
            self.sold[code] += seats
            return True

    def available(self, code: str) -> int:
        with self.lock:
            return self.capacities[code] - self.sold[code]
