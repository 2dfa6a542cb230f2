"""Basalt bastion: visitor capacity for a clifftop fortress museum.

Visitors enter through several gates, each run by its own turnstile thread.
All gates update the same occupancy figure for the keep, which the fire
marshal uses to cap admissions.
"""
import threading
import time


class Keep:
    def __init__(self, capacity):
        self.capacity = capacity
        self.inside = 0


class TicketScanner:
    def __init__(self, delay):
        self.delay = delay

    def validate(self, ticket):
        time.sleep(self.delay)
        return ticket.startswith("BB-")


class Gate:
    def __init__(self, name, keep, scanner):
        self.name = name
        self.keep = keep
        self.scanner = scanner
        self.admitted = 0
        self._lock = threading.Lock()

    def admit(self, group):
        with self._lock:
            occupancy = self.keep.inside
            if occupancy + len(group) > self.keep.capacity:
                return False
            valid = [t for t in group if self.scanner.validate(t)]
            self.keep.inside = occupancy + len(valid)
            self.admitted += len(valid)
            return True


def run_gate(gate, groups):
    for group in groups:
        gate.admit(group)


def main():
    keep = Keep(capacity=100)
    scanner = TicketScanner(delay=0.04)
    gates = [Gate(name, keep, scanner) for name in ("sea gate", "postern", "drawbridge")]
    groups = [["BB-%03d" % n for n in range(start, start + 3)] for start in (0, 10, 20)]

    threads = [
        threading.Thread(target=run_gate, args=(gate, [group]))
        for gate, group in zip(gates, groups)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    admitted = sum(g.admitted for g in gates)
    print(f"gates admitted {admitted} visitors")
    print(f"keep occupancy reads {keep.inside}")
    if keep.inside != admitted:
        print("occupancy lost admissions from other gates")
        print("BUG SHOWN")
    else:
        print("occupancy matches")


if __name__ == "__main__":
    main()
