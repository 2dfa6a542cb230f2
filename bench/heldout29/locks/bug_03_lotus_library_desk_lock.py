"""Lotus library loan desks.

The library runs one loan desk per branch counter, each on its own
thread.  All desks share the central catalogue of available copies; each
desk guards its loans with a lock and writes an audit entry to the
central ledger before committing the loan.
"""
import threading
from dataclasses import dataclass, field


@dataclass
class Catalogue:
    copies: dict
    loans: list = field(default_factory=list)


class AuditLedger:
    """Central ledger; entries are committed in batches of ``batch`` desks."""

    def __init__(self, batch):
        self._batch = threading.Barrier(batch, timeout=5)
        self.entries = []
        self._entries_lock = threading.Lock()

    def record(self, desk, isbn, copies_seen):
        self._batch.wait()
        with self._entries_lock:
            self.entries.append((desk, isbn, copies_seen))


class LoanDesk:
    def __init__(self, name, catalogue, ledger):
        self.name = name
        self.catalogue = catalogue
        self.ledger = ledger
        self._lock = threading.Lock()

    def lend(self, isbn, member):
        with self._lock:
            available = self.catalogue.copies.get(isbn, 0)
            if available == 0:
                return False
            self.ledger.record(self.name, isbn, available)
            self.catalogue.copies[isbn] = available - 1
            self.catalogue.loans.append((isbn, member, self.name))
            return True


def main():
    isbn = "978-0-LOTUS-01"
    catalogue = Catalogue(copies={isbn: 1})
    ledger = AuditLedger(batch=2)
    desks = [LoanDesk("north", catalogue, ledger), LoanDesk("river", catalogue, ledger)]
    outcome = {}

    def serve(desk, member):
        outcome[member] = desk.lend(isbn, member)

    threads = [threading.Thread(target=serve, args=(desk, member))
               for desk, member in zip(desks, ["lena", "luca"])]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("loan outcome:", dict(sorted(outcome.items())))
    print(f"copies owned: 1, loans recorded: {len(catalogue.loans)}")
    if len(catalogue.loans) > 1:
        print("the single copy was lent to two members")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
