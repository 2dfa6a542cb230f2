from . import bench
from .scheduler import Scheduler


class Workshop:
    def __init__(self):
        self.scheduler = Scheduler()
        self.intake = []

    def receive(self, owner, make, fault):
        self.intake.append(bench.Pen(owner, make, fault))

    def plan_day(self):
        urgent = [p for p in self.intake if p.fault == "dry sac"]
        routine = [p for p in self.intake if p.fault != "dry sac"]
        self.scheduler.add_many(0, [lambda: bench.repair(pen) for pen in urgent])
        self.scheduler.add_many(1, [lambda: bench.repair(pen) for pen in routine])

    def close_up(self):
        return self.scheduler.run()
