"""Online and counter sales, processed on a worker pool."""
import time
from concurrent.futures import ThreadPoolExecutor
from typing import List, Tuple

from .ledger import SeatLedger


def _issue_e_ticket(buyer: str, code: str) -> str:
    time.sleep(0.01)
    return f"{code}/{buyer}"


def sell(ledger: SeatLedger, buyer: str, code: str, seats: int) -> str:
    ticket = _issue_e_ticket(buyer, code)
    if not ledger.record_sale(code, seats):
        return f"sold out: {ticket}"
    return ticket


def run_sales(pool: ThreadPoolExecutor, ledger: SeatLedger,
              requests: List[Tuple[str, str, int]], gate) -> list:
    def job(buyer: str, code: str, seats: int) -> str:
        gate.wait()
        return sell(ledger, buyer, code, seats)
    return [pool.submit(job, *req) for req in requests]
