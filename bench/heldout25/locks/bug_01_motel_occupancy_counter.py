"""Front desk service for a roadside motel.

Several check-in kiosks run concurrently on a thread pool.  Each check-in
bumps the occupancy counter used for the "vacancy" sign and writes an
entry to the night-audit journal (a slow, I/O bound call).
"""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class NightAudit:
    def __init__(self):
        self._entries = []
        self._lock = threading.Lock()

    def write(self, line):
        time.sleep(0.05)  # journal is on a slow network share
        with self._lock:
            self._entries.append(line)

    def __len__(self):
        with self._lock:
            return len(self._entries)


class Occupancy:
    def __init__(self, rooms, audit):
        self.rooms = rooms
        self.occupied = 0
        self.audit = audit

    def vacancy(self):
        return self.occupied < self.rooms

    def check_in(self, guest, room):
        occupied = self.occupied
        self.audit.write(f"{guest} -> room {room} (was {occupied}/{self.rooms})")
        self.occupied = occupied + 1
        return room


class Kiosk:
    def __init__(self, occupancy, start_gate):
        self.occupancy = occupancy
        self.start_gate = start_gate

    def serve(self, guest, room):
        self.start_gate.wait()
        return self.occupancy.check_in(guest, room)


def main():
    arrivals = [("Moreno", 101), ("Ng", 102), ("Okafor", 103),
                ("Petit", 104), ("Quinlan", 105), ("Mbatha", 106)]
    audit = NightAudit()
    occupancy = Occupancy(rooms=12, audit=audit)
    gate = threading.Barrier(len(arrivals))
    kiosk = Kiosk(occupancy, gate)

    with ThreadPoolExecutor(max_workers=len(arrivals)) as pool:
        rooms = list(pool.map(lambda a: kiosk.serve(*a), arrivals))

    print("rooms handed out:", rooms)
    print("audit entries:", len(audit), "occupancy counter:", occupancy.occupied)
    if occupancy.occupied != len(arrivals):
        print("occupancy counter lost check-ins")
        print("BUG SHOWN")
    else:
        print("occupancy is correct")


if __name__ == "__main__":
    main()
