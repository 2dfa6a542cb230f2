"""Kiln booking for a community pottery studio.

Members load pieces from several wheels at once.  Every loader instance
shares one lock with the kiln it loads, so the capacity check and the
shelf update happen as a single step even though labelling a piece is slow.
"""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class KilnFull(Exception):
    pass


class Kiln:
    def __init__(self, name, shelves):
        self.name = name
        self.shelves = shelves
        self.loaded = []
        self.lock = threading.Lock()
        self.fired_pieces = 0


class Loader:
    def __init__(self, member, kiln, start_gate):
        self.member = member
        self.kiln = kiln
        self.start_gate = start_gate

    def _label(self, piece):
        time.sleep(0.03)  # glaze code written by hand
        return f"{self.member}:{piece}"

    def load(self, piece):
        with self.kiln.lock:
            if len(self.kiln.loaded) >= self.kiln.shelves:
                raise KilnFull(piece)
            label = self._label(piece)
            count = self.kiln.fired_pieces
            self.kiln.loaded.append(label)
            self.kiln.fired_pieces = count + 1
        return label

    def run(self, pieces):
        self.start_gate.wait()
        placed, refused = [], []
        for piece in pieces:
            try:
                placed.append(self.load(piece))
            except KilnFull:
                refused.append(piece)
        return placed, refused


def main():
    kiln = Kiln("Stoneware kiln", shelves=5)
    work = {
        "Maya": ["bowl", "mug"],
        "Nico": ["vase", "plate"],
        "Ola": ["teapot", "jug"],
        "Priya": ["planter"],
    }
    gate = threading.Barrier(len(work))
    loaders = [Loader(member, kiln, gate) for member in work]
    with ThreadPoolExecutor(max_workers=len(loaders)) as pool:
        results = list(pool.map(lambda l: l.run(work[l.member]), loaders))

    placed = sum(len(p) for p, _ in results)
    refused = sum(len(r) for _, r in results)
    assert placed == kiln.shelves == len(kiln.loaded) == kiln.fired_pieces
    assert placed + refused == sum(len(v) for v in work.values())
    print("kiln loaded:", len(kiln.loaded), "refused:", refused)
    print("OK")


if __name__ == "__main__":
    main()
