"""Village fete raffle: several stalls sell tickets from one numbered book."""
import sys
import threading
import time

sys.setswitchinterval(1e-6)


class AuditTrail:
    def __init__(self):
        self.enabled = True

    def note(self, stall, number):
        if self.enabled:
            time.sleep(0)


class RaffleBook:
    def __init__(self, audit):
        self.next_number = 1
        self.sold = 0
        self.audit = audit

    def sell(self, stall):
        number = self.next_number
        self.audit.note(stall, number)
        self.next_number = number + 1
        self.sold += 1
        return number


class Stall(threading.Thread):
    def __init__(self, name, book, customers):
        super().__init__(name=name)
        self.book = book
        self.customers = customers
        self.tickets = []

    def run(self):
        for _ in range(self.customers):
            self.tickets.append(self.book.sell(self.name))


def main():
    book = RaffleBook(AuditTrail())
    stalls = [Stall(n, book, 300) for n in ("cakes", "tombola", "plants", "books")]
    for s in stalls:
        s.start()
    for s in stalls:
        s.join()
    issued = [t for s in stalls for t in s.tickets]
    duplicates = len(issued) - len(set(issued))
    print(f"tickets sold: {len(issued)}, next number: {book.next_number}")
    if duplicates:
        print(f"{duplicates} raffle numbers were issued twice")
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
