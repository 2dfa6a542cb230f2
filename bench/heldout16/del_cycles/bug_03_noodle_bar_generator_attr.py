"""Noodle bar ticket machine: returns unused ticket numbers when shut down."""
import gc

gc.disable()

RETURNED = []


class TicketMachine:
    def __init__(self, counter, start, end):
        self.counter = counter
        self.start = start
        self.end = end
        self.issued = []
        self._numbers = self._sequence()

    def _sequence(self):
        n = self.start
        while n < self.end:
            yield f"{self.counter}{n:03d}"
            n += 1

    def issue(self, dish):
        ticket = next(self._numbers)
        self.issued.append((ticket, dish))
        return ticket

    def __del__(self):
        RETURNED.append((self.counter, self.end - self.start - len(self.issued)))


class Bar:
    def __init__(self):
        self.machines = {}

    def open_counter(self, letter):
        self.machines[letter] = TicketMachine(letter, 1, 100)
        return self.machines[letter]

    def close_counter(self, letter):
        del self.machines[letter]


def main():
    bar = Bar()
    machine = bar.open_counter("A")
    for dish in ["tonkotsu", "shoyu", "tantanmen"]:
        print("ticket", machine.issue(dish), dish)
    del machine
    bar.close_counter("A")
    if not RETURNED:
        print("counter A closed but its unused tickets were never returned")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
