"""Visitor berth allocation for a yacht club marina.

Visiting skippers radio in on arrival and the harbour office software hands
each boat the first free berth long enough for it.  Requests come in from
several VHF desk consoles at once, each running on its own thread.  The
allocator keeps a lock for its audit log.
"""
import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Berth:
    code: str
    max_length_m: float


class BerthAllocator:
    def __init__(self, berths, confirm_delay=0.05):
        self.berths = list(berths)
        self.assigned = {}
        self.audit = []
        self._audit_lock = threading.Lock()
        self._confirm_delay = confirm_delay

    def _first_free(self, length_m):
        for berth in self.berths:
            if berth.code not in self.assigned and berth.max_length_m >= length_m:
                return berth
        return None

    def _confirm_with_harbourmaster(self, berth, boat):
        time.sleep(self._confirm_delay)
        return True

    def allocate(self, boat, length_m):
        berth = self._first_free(length_m)
        if berth is None:
            self._log(boat, None)
            return None
        if self._confirm_with_harbourmaster(berth, boat):
            self.assigned[berth.code] = boat
            self._log(boat, berth.code)
            return berth.code
        return None

    def _log(self, boat, code):
        with self._audit_lock:
            self.audit.append((boat, code))


def main():
    allocator = BerthAllocator([
        Berth("V1", 12.0), Berth("V2", 12.0), Berth("V3", 15.0), Berth("V4", 20.0),
    ])
    arrivals = [("Seabird", 10.5), ("Kittiwake", 11.0), ("Aurora", 9.8)]
    answers = {}
    start = threading.Barrier(len(arrivals))

    def desk(boat, length):
        start.wait()
        answers[boat] = allocator.allocate(boat, length)

    threads = [threading.Thread(target=desk, args=a, name=f"vhf-{a[0]}") for a in arrivals]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    print(f"radio answers: {answers}")
    print(f"berth sheet:   {allocator.assigned}")
    given = [code for code in answers.values() if code]
    if len(given) != len(set(given)):
        print(f"{len(given)} boats sent to {len(set(given))} berth(s)")
        print("BUG SHOWN")
    else:
        print("every boat has its own berth")


if __name__ == "__main__":
    main()
