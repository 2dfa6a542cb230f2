"""Dispatching bicycle courier jobs and keeping a delivery trail."""

import itertools


class DeliveryTrail:
    """Ordered record of job hand-offs for one dispatch shift."""

    _ids = itertools.count(1)

    def __init__(self):
        self.trail_id = next(self._ids)
        self._stops = []

    def log(self, rider, job):
        self._stops.append((rider, job))

    def jobs(self):
        return [job for _, job in self._stops]

    def __len__(self):
        return len(self._stops)


class Dispatcher:
    def __init__(self, zone, riders):
        self.zone = zone
        self.riders = list(riders)
        self._turn = 0

    def _next_rider(self):
        rider = self.riders[self._turn % len(self.riders)]
        self._turn += 1
        return rider

    def assign(self, jobs, trail=DeliveryTrail()):
        for job in jobs:
            trail.log(self._next_rider(), job)
        return trail


def shift_report(dispatcher, jobs):
    trail = dispatcher.assign(jobs)
    return dispatcher.zone, trail.trail_id, trail.jobs()


def main():
    north = Dispatcher("north", ["Kofi", "Lena"])
    south = Dispatcher("south", ["Mo"])
    r1 = shift_report(north, ["parcel-1", "docs-2"])
    r2 = shift_report(south, ["flowers-3"])
    print(r1)
    print(r2)
    if r2[2] != ["flowers-3"] and r1[1] == r2[1]:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
