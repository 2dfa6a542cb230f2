"""Tennis club court booking.

Members book courts from the club's app; several requests for the same
hour arrive together.  All court records share one club-wide lock so a
booking can check availability and take the slot as one step, even when
writing the booking to the club diary takes a moment.
"""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class SlotTaken(Exception):
    pass


class Club:
    def __init__(self, courts):
        self._lock = threading.Lock()
        self.courts = {name: Court(name, self._lock) for name in courts}
        self.diary = []

    def write_diary(self, entry):
        time.sleep(0.05)
        self.diary.append(entry)


class Court:
    def __init__(self, name, lock):
        self.name = name
        self._lock = lock
        self.bookings = {}

    def book(self, club, hour, member):
        with self._lock:
            if hour in self.bookings:
                raise SlotTaken(f"{self.name} {hour}:00")
            club.write_diary((self.name, hour, member))
            self.bookings[hour] = member
        return member


def main():
    club = Club(["Court 1", "Court 2"])
    requests = [("Court 1", 18, "Ruby"), ("Court 1", 18, "Sami"),
                ("Court 2", 18, "Theo"), ("Court 1", 18, "Uma"),
                ("Court 2", 19, "Vlad")]
    gate = threading.Barrier(len(requests))

    def attempt(req):
        court, hour, member = req
        gate.wait(timeout=5)
        try:
            return club.courts[court].book(club, hour, member)
        except SlotTaken:
            return None

    with ThreadPoolExecutor(max_workers=len(requests)) as pool:
        winners = [w for w in pool.map(attempt, requests) if w]

    assert len(winners) == 3, winners
    assert len(club.diary) == 3
    assert set(club.courts["Court 2"].bookings) == {18, 19}
    for court in club.courts.values():
        print(court.name, dict(sorted(court.bookings.items())))
    print("OK")


if __name__ == "__main__":
    main()
