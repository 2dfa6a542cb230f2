"""Kettle kiln firing scheduler.

Each batch of ceramic kettles is loaded into the kiln and a cooling
check is scheduled for it with the standard-library ``sched`` module.
A simulated clock keeps the run instant and deterministic.
"""
import sched
from dataclasses import dataclass


class SimClock:
    def __init__(self):
        self.now = 0.0

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


@dataclass
class Batch:
    batch_id: str
    pieces: int
    peak_c: int


class KilnScheduler:
    def __init__(self, clock):
        self.clock = clock
        self.scheduler = sched.scheduler(clock.time, clock.sleep)
        self.cooling_log = []

    def _cooling_minutes(self, batch):
        return batch.peak_c // 100 * 10

    def load(self, batches):
        for batch in batches:
            minutes = self._cooling_minutes(batch)

            def check_cooling():
                self.cooling_log.append(
                    (self.clock.time(), batch.batch_id, batch.pieces)
                )

            self.scheduler.enter(minutes, priority=1, action=check_cooling)

    def run(self):
        self.scheduler.run()
        return self.cooling_log


def main():
    scheduler = KilnScheduler(SimClock())
    scheduler.load([
        Batch("KK-01", 12, 1240),
        Batch("KK-02", 8, 1060),
        Batch("KK-03", 20, 980),
    ])
    log = scheduler.run()
    for minute, batch_id, pieces in log:
        print(f"t+{minute:>5.1f} min: cooling check for {batch_id} ({pieces} pieces)")
    checked = {batch_id for _, batch_id, _ in log}
    if checked != {"KK-01", "KK-02", "KK-03"}:
        print(f"only {sorted(checked)} were ever checked")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
