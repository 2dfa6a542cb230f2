"""Voting precinct: ballot box tallies handed to the county counting centre.

The precinct tally object is updated by several scanner threads, so it
owns a lock.  At close of polls it is serialised and shipped to the county,
and also copied for the precinct's own audit record.  The tally leaves the
lock out of its pickled state and creates a fresh one when restored.
"""
import copy
import pickle
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from functools import partial


def weight_for(contest, choice):
    return 1


class PrecinctTally:
    def __init__(self, precinct, weigher=weight_for):
        self.precinct = precinct
        self.counts = Counter()
        self.ballots = 0
        self.weigher = weigher
        self._lock = threading.Lock()

    def record(self, ballot):
        with self._lock:
            self.ballots += 1
            for contest, choice in ballot.items():
                self.counts[(contest, choice)] += self.weigher(contest, choice)

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()


def scan_stack(tally, stack):
    for ballot in stack:
        tally.record(ballot)
    return len(stack)


def main():
    tally = PrecinctTally("Precinct 14 - Vale Street School")
    stacks = [
        [{"mayor": "Reyes", "measure-3": "yes"}] * 40,
        [{"mayor": "Sato", "measure-3": "no"}] * 25,
        [{"mayor": "Reyes", "measure-3": "no"}] * 10,
    ]
    with ThreadPoolExecutor(max_workers=3) as pool:
        scanned = sum(pool.map(partial(scan_stack, tally), stacks))

    shipped = pickle.loads(pickle.dumps(tally))
    audit_copy = copy.deepcopy(tally)
    shipped.record({"mayor": "Sato", "measure-3": "yes"})

    assert scanned == 75 and tally.ballots == 75
    assert audit_copy.counts == tally.counts
    assert shipped.ballots == 76 and tally.ballots == 75
    assert shipped._lock is not tally._lock
    print(tally.precinct, dict(sorted(tally.counts.items())))
    print("OK")


if __name__ == "__main__":
    main()
