"""Seat reservation service for a multiplex cinema.

Customers pick a seat on the web seat map; the service checks the seat is
free, authorises the card with the payment provider, then confirms the seat.
Kiosk and web requests are served on separate threads.
"""
import threading
import time
from dataclasses import dataclass
from typing import Dict, List, Optional


class SeatTaken(Exception):
    pass


@dataclass
class Confirmation:
    customer: str
    seat: str
    auth_code: str


class PaymentProvider:
    def __init__(self, latency_s: float = 0.05):
        self.latency_s = latency_s
        self.charges: List[str] = []
        self._lock = threading.Lock()

    def authorise(self, customer: str, amount_pence: int) -> str:
        time.sleep(self.latency_s)
        with self._lock:
            self.charges.append(customer)
            return f"AUTH{len(self.charges):05d}"


class Screening:
    def __init__(self, film: str, rows: str = "ABC", per_row: int = 8):
        self.film = film
        self.seats: Dict[str, Optional[str]] = {
            f"{row}{n}": None for row in rows for n in range(1, per_row + 1)
        }

    def is_free(self, seat: str) -> bool:
        return self.seats[seat] is None

    def assign(self, seat: str, customer: str) -> None:
        self.seats[seat] = customer


class BookingService:
    PRICE_PENCE = 1150

    def __init__(self, screening: Screening, payments: PaymentProvider):
        self.screening = screening
        self.payments = payments

    def book(self, customer: str, seat: str) -> Confirmation:
        if not self.screening.is_free(seat):
            raise SeatTaken(seat)
        code = self.payments.authorise(customer, self.PRICE_PENCE)
        self.screening.assign(seat, customer)
        return Confirmation(customer, seat, code)


def main() -> None:
    screening = Screening("The Long Tide, 19:30")
    service = BookingService(screening, PaymentProvider())
    confirmations: List[Confirmation] = []
    refusals: List[str] = []
    sink_lock = threading.Lock()
    start = threading.Barrier(2)

    def customer_session(name: str, seat: str) -> None:
        start.wait()
        try:
            confirmation = service.book(name, seat)
        except SeatTaken:
            with sink_lock:
                refusals.append(name)
            return
        with sink_lock:
            confirmations.append(confirmation)

    threads = [
        threading.Thread(target=customer_session, args=("web:priya", "C5")),
        threading.Thread(target=customer_session, args=("kiosk:tomas", "C5")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    print(f"confirmed: {[(c.customer, c.seat) for c in confirmations]}")
    print(f"seat C5 holder: {screening.seats['C5']}, charges: {service.payments.charges}")
    if len(confirmations) > 1:
        print("one seat confirmed and charged to two customers")
        print("BUG SHOWN")
        return
    print("seat sold once")


if __name__ == "__main__":
    main()
