"""Reservation service for a coaching inn.

Booking requests from the website and the phone line are handled on worker
threads.  A reservation checks the room is free for every night of the
stay, pre-authorises the card with the payment provider, then records the
booking and hands back a confirmation number.
"""
import itertools
import threading
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Request:
    guest: str
    room: int
    arrive: date
    nights: int
    channel: str


class PaymentGateway:
    def __init__(self, latency):
        self.latency = latency

    def preauthorise(self, guest, amount):
        time.sleep(self.latency)
        return f"AUTH-{zlib.crc32(f'{guest}:{amount}'.encode()) % 100000:05d}"


class ReservationBook:
    NIGHTLY_RATE = {1: 85, 2: 85, 7: 140}

    def __init__(self, gateway):
        self.gateway = gateway
        self.nights = {}
        self.confirmations = []
        self._numbers = itertools.count(5001)
        self._lock = threading.Lock()

    def _is_free(self, room, arrive, nights):
        return all((room, arrive + timedelta(days=i)) not in self.nights for i in range(nights))

    def _record(self, request, auth):
        for i in range(request.nights):
            self.nights[(request.room, request.arrive + timedelta(days=i))] = request.guest
        with self._lock:
            number = next(self._numbers)
            self.confirmations.append((number, request.guest, request.room, auth))
        return number

    def reserve(self, request):
        if not self._is_free(request.room, request.arrive, request.nights):
            return None
        amount = self.NIGHTLY_RATE[request.room] * request.nights
        auth = self.gateway.preauthorise(request.guest, amount)
        return self._record(request, auth)


def handle(book, start_line, request):
    start_line.wait()
    return request, book.reserve(request)


def main():
    book = ReservationBook(PaymentGateway(latency=0.2))
    requests = [
        Request("Henrietta Lowe", 7, date(2024, 8, 16), 2, "website"),
        Request("Ivan Kowalski", 7, date(2024, 8, 17), 1, "phone"),
        Request("Jia Li", 2, date(2024, 8, 16), 1, "website"),
    ]
    start_line = threading.Barrier(len(requests))
    with ThreadPoolExecutor(max_workers=len(requests)) as pool:
        results = list(pool.map(lambda r: handle(book, start_line, r), requests))
    for request, number in results:
        outcome = f"confirmation {number}" if number else "declined, room taken"
        print(f"{request.guest:<16} room {request.room} via {request.channel}: {outcome}")
    room7 = [c for c in book.confirmations if c[2] == 7]
    if len(room7) > 1:
        print(f"room 7 confirmed to {len(room7)} guests for the night of 17 August")
        print("BUG SHOWN")
    else:
        print("no overlapping reservations")


if __name__ == "__main__":
    main()
