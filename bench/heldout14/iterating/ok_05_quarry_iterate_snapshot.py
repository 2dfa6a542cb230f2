"""Quarry blasting plan: drop misfired charges and clear holes that have fired."""

from collections import defaultdict


class Charge:
    def __init__(self, hole, kg, delay_ms, detonator_ok=True):
        self.hole = hole
        self.kg = kg
        self.delay_ms = delay_ms
        self.detonator_ok = detonator_ok
        self.plan = None

    def withdraw(self):
        self.plan.charges.remove(self)
        self.plan.withdrawn.append(self.hole)
        self.plan = None


class BlastPlan:
    def __init__(self, bench):
        self.bench = bench
        self.charges = []
        self.withdrawn = []
        self.by_delay = defaultdict(list)
        self.fired = {}

    def load(self, charge):
        charge.plan = self
        self.charges.append(charge)
        self.by_delay[charge.delay_ms].append(charge.hole)

    def pre_blast_check(self):
        for charge in list(self.charges):
            if not charge.detonator_ok:
                charge.withdraw()
        return [c.hole for c in self.charges]

    def fire(self):
        for hole in [c.hole for c in self.charges]:
            self.fired[hole] = True
        for hole in list(self.fired):
            if hole.startswith("edge"):
                del self.fired[hole]
        return sorted(self.fired)

    def delay_report(self, delays):
        return {d: self.by_delay.get(d, []) for d in delays}


def main():
    plan = BlastPlan("bench 4")
    plan.load(Charge("h1", 25, 0))
    plan.load(Charge("h2", 25, 25, detonator_ok=False))
    plan.load(Charge("h3", 30, 25, detonator_ok=False))
    plan.load(Charge("edge-1", 10, 50))
    plan.load(Charge("h4", 30, 50))
    remaining = plan.pre_blast_check()
    assert remaining == ["h1", "edge-1", "h4"], remaining
    assert plan.withdrawn == ["h2", "h3"], plan.withdrawn
    fired = plan.fire()
    assert fired == ["h1", "h4"], fired
    report = plan.delay_report([0, 25, 75])
    assert report[75] == [] and 75 not in plan.by_delay, report
    print("fired:", fired, "withdrawn:", plan.withdrawn)
    print("OK")


if __name__ == "__main__":
    main()
