"""Truffle hunting: grading finds in worker processes from a field logbook."""

import pickle
import threading
from concurrent.futures import ProcessPoolExecutor


class Find:
    def __init__(self, dog, grams, aroma):
        self.dog = dog
        self.grams = grams
        self.aroma = aroma


class Logbook:
    """Thread-safe record of what each dog found today."""

    def __init__(self, wood):
        self.wood = wood
        self._lock = threading.Lock()
        self.finds = []

    def add(self, find):
        with self._lock:
            self.finds.append(find)

    def grade(self, find):
        if find.aroma >= 8 and find.grams >= 40:
            return "extra"
        return "first" if find.aroma >= 6 else "second"


class GradingService:
    def __init__(self, logbook, workers=2):
        self.logbook = logbook
        self.workers = workers

    def grade_day(self):
        with ProcessPoolExecutor(max_workers=self.workers) as ex:
            futures = [ex.submit(self.logbook.grade, f) for f in self.logbook.finds]
            return [f.result() for f in futures]


def main():
    book = Logbook("Bosco di Alba")
    book.add(Find("Lola", 55, 9))
    book.add(Find("Brio", 20, 7))
    try:
        grades = GradingService(book).grade_day()
    except (pickle.PicklingError, TypeError, AttributeError) as exc:
        print("grading failed:", type(exc).__name__, exc)
        print("BUG SHOWN")
        return
    print("grades", grades)
    print("OK")


if __name__ == "__main__":
    main()
