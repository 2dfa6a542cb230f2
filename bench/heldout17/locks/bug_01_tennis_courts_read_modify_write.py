"""Tennis court bookings: concurrent front-desk terminals record bookings."""

import sys
import threading
import time

sys.setswitchinterval(1e-6)


class AuditTrail:
    def __init__(self):
        self.entries = []

    def write(self, court, slot):
        self.entries.append((court, slot))
        time.sleep(0)  # hand the CPU to the logging thread


class CourtLedger:
    def __init__(self, courts):
        self.booked = {c: 0 for c in courts}
        self.audit = AuditTrail()

    def record_booking(self, court, slot):
        current = self.booked[court]
        self.audit.write(court, slot)
        self.booked[court] = current + 1

    def total(self):
        return sum(self.booked.values())


class Terminal(threading.Thread):
    def __init__(self, ledger, court, slots):
        super().__init__(name=f"desk-{court}")
        self.ledger = ledger
        self.court = court
        self.slots = slots

    def run(self):
        for slot in self.slots:
            self.ledger.record_booking(self.court, slot)


def main():
    ledger = CourtLedger(["centre", "court 2"])
    terminals = [Terminal(ledger, "centre" if i % 2 else "court 2", range(2000))
                 for i in range(4)]
    for t in terminals:
        t.start()
    for t in terminals:
        t.join()
    expected = 4 * 2000
    print("bookings recorded:", ledger.total(), "audit entries:", len(ledger.audit.entries))
    if ledger.total() != expected:
        print("lost", expected - ledger.total(), "bookings")
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
