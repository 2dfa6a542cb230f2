"""Pet insurance quotes computed in a process pool; the lock stays behind."""

import threading
from concurrent.futures import ProcessPoolExecutor

BREED_LOADING = {"labrador": 1.2, "persian": 1.4, "mixed": 1.0}


class QuoteBook:
    def __init__(self, base_premium):
        self.base_premium = base_premium
        self._lock = threading.Lock()
        self.issued = []

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def record(self, quote):
        with self._lock:
            self.issued.append(quote)


def price(book, pet):
    name, breed, age = pet
    return name, round(book.base_premium * BREED_LOADING[breed] * (1 + age * 0.05), 2)


def main():
    book = QuoteBook(base_premium=20.0)
    pets = [("Biscuit", "labrador", 3), ("Mochi", "persian", 8), ("Rex", "mixed", 1)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        quotes = list(pool.map(price, [book] * len(pets), pets))
    for q in quotes:
        book.record(q)
    assert dict(book.issued) == {"Biscuit": 27.6, "Mochi": 39.2, "Rex": 21.0}, book.issued
    print("OK")


if __name__ == "__main__":
    main()
