"""A simulated clock so reminder runs can be replayed instantly."""
import sched


class SimulatedClock:
    def __init__(self, start=0.0):
        self.now = start

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


def make_scheduler(clock):
    return sched.scheduler(timefunc=clock.time, delayfunc=clock.sleep)
