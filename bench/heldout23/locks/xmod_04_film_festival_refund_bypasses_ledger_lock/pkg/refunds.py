"""Refund desk: releases seats when a screening is rescheduled."""
import time
from typing import List

from .ledger import SeatLedger


class RefundDesk:
    def __init__(self, ledger: SeatLedger):
        self.ledger = ledger
        self.vouchers: List[str] = []

    def _issue_voucher(self, holder: str) -> None:
        time.sleep(0.06)
        self.vouchers.append(f"VCH-{holder}")

    def refund(self, holder: str, code: str, seats: int) -> None:
        current = self.ledger.sold[code]
        self._issue_voucher(holder)
        self.ledger.sold[code] = current - seats
