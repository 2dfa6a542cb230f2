"""Laundromat machine controller.

Customers pay at the kiosk, the kiosk asks a washer to start a cycle.  The
washer's door latch occasionally reports "not closed" for a moment, so the
controller retries a few times and keeps the last fault to show on the
kiosk if every attempt fails.
"""
import itertools
from dataclasses import dataclass

CYCLES = {"quick": 25, "cotton": 55, "delicates": 40}
retry_limit = 3


class MachineFault(Exception):
    pass


class LatchOpen(MachineFault):
    pass


@dataclass
class Washer:
    number: int
    latch_glitches: int = 0
    running: str = ""

    def start(self, cycle):
        if self.latch_glitches:
            self.latch_glitches -= 1
            raise LatchOpen(f"washer {self.number}: door latch open")
        if cycle not in CYCLES:
            raise MachineFault(f"washer {self.number}: unknown cycle {cycle!r}")
        self.running = cycle
        return CYCLES[cycle]


def make_attempt_counter():
    attempts = 0

    def bump():
        nonlocal attempts
        attempts += 1
        return attempts

    return bump


def start_with_retry(washer, cycle, counter):
    last_error = None
    minutes = None
    for attempt in range(1, retry_limit + 1):
        counter()
        try:
            minutes = washer.start(cycle)
        except LatchOpen as exc:
            last_error = exc
            continue
        except MachineFault as exc:
            last_error = exc
            break
        else:
            last_error = None
            break
    if minutes is None:
        return f"washer {washer.number}: failed ({last_error})"
    return f"washer {washer.number}: {cycle} running, {minutes} min"


def configure(limit):
    global retry_limit
    previous, retry_limit = retry_limit, limit
    return previous


def main():
    counter = make_attempt_counter()
    washers = [Washer(1), Washer(2, latch_glitches=2), Washer(3, latch_glitches=5)]
    orders = itertools.cycle(["cotton", "quick", "delicates"])
    results = [start_with_retry(w, next(orders), counter) for w in washers]
    results.append(start_with_retry(Washer(4), "wool", counter))
    for line in results:
        print(line)
    previous = configure(6)
    retry_again = start_with_retry(washers[2], "delicates", counter)
    print(retry_again)
    configure(previous)
    total = counter()
    expected_ok = (results[0].endswith("55 min") and results[1].endswith("25 min")
                   and "latch open" in results[2] and "unknown cycle" in results[3]
                   and retry_again.endswith("40 min") and retry_limit == 3)
    print(f"attempts logged: {total - 1}")
    if expected_ok:
        print("OK")
    else:
        print("unexpected controller state")


if __name__ == "__main__":
    main()
