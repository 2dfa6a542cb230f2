"""Lends and returns run on two threads; each module locks its own lock."""
import threading

from .lending import lend
from .returning import give_back


def run_day(toy, read_done, returned):
    def lending():
        lend(toy, lambda: (read_done.wait(), returned.wait()))

    def returning():
        read_done.wait()
        give_back(toy, lambda: None)  # expect: SNG501
        returned.wait()

    workers = [threading.Thread(target=lending), threading.Thread(target=returning)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
