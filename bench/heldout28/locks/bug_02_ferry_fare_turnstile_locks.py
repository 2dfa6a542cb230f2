"""Ferry fare: fare collection at a ferry terminal.

Each boarding turnstile runs in its own thread, prints a paper receipt and
books the fare into the terminal's shared ledger.  Every turnstile guards
its bookkeeping with a lock.
"""
import threading
import time


class FareLedger:
    def __init__(self):
        self.total_cents = 0
        self.entries = 0


class Turnstile(threading.Thread):
    RECEIPT_PRINT_SECONDS = 0.08

    def __init__(self, gate, ledger, fares, start_signal):
        super().__init__(name=f"turnstile-{gate}")
        self.gate = gate
        self.ledger = ledger
        self.fares = fares
        self.start_signal = start_signal
        self._lock = threading.Lock()
        self.collected_cents = 0

    def _print_receipt(self, fare_cents):
        time.sleep(self.RECEIPT_PRINT_SECONDS)

    def collect(self, fare_cents):
        with self._lock:
            total = self.ledger.total_cents
            entries = self.ledger.entries
            self._print_receipt(fare_cents)
            self.ledger.total_cents = total + fare_cents
            self.ledger.entries = entries + 1
            self.collected_cents += fare_cents

    def run(self):
        self.start_signal.wait()
        for fare in self.fares:
            self.collect(fare)


def main():
    ledger = FareLedger()
    boarding = {"A": [650, 650], "B": [325, 650], "C": [1200], "D": [650, 325]}
    start_signal = threading.Barrier(len(boarding))
    gates = [Turnstile(gate, ledger, fares, start_signal) for gate, fares in boarding.items()]
    for gate in gates:
        gate.start()
    for gate in gates:
        gate.join()

    expected = sum(gate.collected_cents for gate in gates)
    print(f"turnstiles collected {expected / 100:.2f} in {sum(map(len, boarding.values()))} fares")
    print(f"ledger shows {ledger.total_cents / 100:.2f} in {ledger.entries} entries")

    if ledger.total_cents != expected:
        print(f"ledger is short by {(expected - ledger.total_cents) / 100:.2f}")
        print("BUG SHOWN")
    else:
        print("no failure")


if __name__ == "__main__":
    main()
