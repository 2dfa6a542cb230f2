"""Mill machines: carding and spinning frames."""
from .hooks import Hooks

STOPPED = []


class Machine:
    def __init__(self, name):
        self.name = name
        self.after_batch = Hooks()
        self.kg_done = 0.0

    def process(self, kg):
        self.kg_done += kg
        self.after_batch.fire(kg)

    def __del__(self):
        STOPPED.append(self.name)


class SpinningFrame(Machine):
    def __init__(self, name, spindles):
        super().__init__(name)
        self.spindles = spindles
        self.bobbins = 0
