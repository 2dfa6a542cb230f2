"""Night audit for a youth hostel.

At 3 a.m. the audit counts down every stay by one night.  When a guest's
last night is over the checkout hooks run: the bed is released for resale
and housekeeping is told to strip it.
"""
import logging
from dataclasses import dataclass

log = logging.getLogger("hostel.audit")


@dataclass
class Stay:
    guest: str
    nights_left: int


class Housekeeping:
    def __init__(self):
        self.to_strip = []

    def strip_bed(self, bed):
        self.to_strip.append(bed)


class BedLedger:
    def __init__(self, housekeeping):
        self.stays = {}
        self.checkout_hooks = [self._release_bed, self._notify_housekeeping]
        self.housekeeping = housekeeping
        self.resale = []

    def check_in(self, bed, guest, nights):
        if bed in self.stays:
            raise ValueError(f"bed {bed} is taken")
        self.stays[bed] = Stay(guest, nights)

    def _release_bed(self, bed, stay):
        del self.stays[bed]
        self.resale.append(bed)

    def _notify_housekeeping(self, bed, stay):
        self.housekeeping.strip_bed(bed)

    def _checkout(self, bed, stay):
        for hook in self.checkout_hooks:
            hook(bed, stay)

    def night_audit(self):
        checked_out = []
        for bed, stay in self.stays.items():
            stay.nights_left -= 1
            if stay.nights_left == 0:
                self._checkout(bed, stay)
                checked_out.append(stay.guest)
        return checked_out


def main():
    housekeeping = Housekeeping()
    ledger = BedLedger(housekeeping)
    ledger.check_in("dorm-A/1", "Yuki", 3)
    ledger.check_in("dorm-A/2", "Jonas", 1)
    ledger.check_in("dorm-B/1", "Amelie", 2)
    ledger.check_in("private-4", "Rafael", 1)

    try:
        gone = ledger.night_audit()
    except RuntimeError as exc:
        print(f"night audit crashed: {exc}")
        print(f"beds for resale: {ledger.resale}, housekeeping: {housekeeping.to_strip}")
        print("BUG SHOWN")
        return
    print(f"checked out: {gone}")
    print(f"beds for resale: {ledger.resale}")


if __name__ == "__main__":
    main()
