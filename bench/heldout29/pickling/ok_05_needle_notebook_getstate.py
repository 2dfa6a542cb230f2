"""Needle notebook: a sewing-pattern notebook synced between devices.

Notebooks are guarded by a lock and hold a formatting callback; they are
checkpointed with pickle, deep-copied for undo, and totalled in a spawn
process pool.  The lock is dropped in __getstate__ and rebuilt in
__setstate__, and every callable that travels is a module-level function.
"""
import copy
import multiprocessing
import pickle
import threading
from concurrent.futures import ProcessPoolExecutor


def metric_label(length_cm):
    return f"{length_cm:.1f} cm"


def fabric_needed(pieces):
    return round(sum(w * h for w, h in pieces) / 10_000, 3)


class PatternNotebook:
    def __init__(self, owner, formatter=metric_label):
        self.owner = owner
        self.formatter = formatter
        self.patterns = {}
        self._lock = threading.Lock()

    def add(self, name, pieces):
        with self._lock:
            self.patterns[name] = list(pieces)

    def describe(self, name):
        with self._lock:
            widths = [w for w, _ in self.patterns[name]]
        return f"{name}: widest piece {self.formatter(max(widths))}"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()


def main():
    book = PatternNotebook("Nell")
    book.add("apron", [(60, 80), (20, 90)])
    book.add("tote", [(40, 45), (40, 45), (8, 70)])

    restored = pickle.loads(pickle.dumps(book))
    undo = copy.deepcopy(book)
    book.add("scarf", [(30, 180)])
    assert restored.describe("apron") == book.describe("apron")
    assert "scarf" not in undo.patterns and "scarf" in book.patterns

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        needed = dict(zip(book.patterns,
                          pool.map(fabric_needed, book.patterns.values())))
    assert needed == {"apron": 0.66, "tote": 0.416, "scarf": 0.54}, needed
    print(restored.describe("tote"))
    print("fabric m2:", needed)
    print("OK")


if __name__ == "__main__":
    main()
