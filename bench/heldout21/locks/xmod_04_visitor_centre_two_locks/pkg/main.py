import sys
import threading

from .gates import EntryGate, ExitGate
from .occupancy import Occupancy


def main():
    sys.setswitchinterval(1e-6)
    occ = Occupancy(limit=500)
    occ.inside = 1000
    entry = EntryGate("north", occ)
    exit_ = ExitGate("south", occ)

    def arrivals():
        for _ in range(1000):
            entry.admit()

    def departures():
        for _ in range(1000):
            exit_.release()

    threads = [threading.Thread(target=arrivals), threading.Thread(target=departures)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"in={entry.clicks} out={exit_.clicks} headcount={occ.inside}")
    if occ.inside != 1000:
        print("fire panel headcount drifted from the real count")
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
