"""Tugboat dispatch: the dispatcher state is snapshotted for crash recovery."""

import copy
import pickle


def rota(skippers):
    while True:
        for s in skippers:
            yield s


class Job:
    def __init__(self, ship, berth, tugs_needed):
        self.ship = ship
        self.berth = berth
        self.tugs_needed = tugs_needed
        self.crew = []


class Dispatcher:
    def __init__(self, harbour, skippers):
        self.harbour = harbour
        self.jobs = []
        self._next_skipper = rota(skippers)

    def assign(self, job):
        job.crew = [next(self._next_skipper) for _ in range(job.tugs_needed)]
        self.jobs.append(job)
        return job.crew


class Recovery:
    def __init__(self):
        self.snapshots = []

    def snapshot(self, dispatcher):
        self.snapshots.append(pickle.dumps(dispatcher))

    def checkpoint_copy(self, dispatcher):
        return copy.deepcopy(dispatcher)


def main():
    d = Dispatcher("Port of Tilbury", ["Ewan", "Maud", "Soren"])
    d.assign(Job("MSC Aurora", "B4", 2))
    d.assign(Job("Nordic Swan", "C1", 3))
    recovery = Recovery()
    failures = []
    for step in (recovery.snapshot, recovery.checkpoint_copy):
        try:
            step(d)
        except (TypeError, pickle.PicklingError) as exc:
            failures.append(f"{step.__name__}: {exc}")
    print("\n".join(failures))
    if len(failures) == 2:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
