"""Laser tag arena: scoreboards shipped to a process pool safely."""
import pickle
import threading
from concurrent.futures import ProcessPoolExecutor

HIT_POINTS = {"front": 50, "back": 30, "shoulder": 20}


class Scoreboard:
    def __init__(self, team, hits):
        self.team = team
        self.hits = list(hits)
        self._lock = threading.Lock()

    def add_hit(self, zone):
        with self._lock:
            self.hits.append(zone)

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()


def tally(board):
    return board.team, sum(HIT_POINTS[z] for z in board.hits)


def main():
    red = Scoreboard("red", ["front", "back"])
    blue = Scoreboard("blue", ["shoulder"])
    blue.add_hit("front")
    copy = pickle.loads(pickle.dumps(red))
    copy.add_hit("shoulder")
    assert red.hits == ["front", "back"]
    with ProcessPoolExecutor(max_workers=2) as pool:
        totals = dict(pool.map(tally, [red, blue]))
    assert totals == {"red": 80, "blue": 70}
    print(totals)
    print("OK")


if __name__ == "__main__":
    main()
