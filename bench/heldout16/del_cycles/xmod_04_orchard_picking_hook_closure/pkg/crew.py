from .events import Hooks

WEIGHBRIDGE = []


class PickingCrew:
    def __init__(self, leader, row):
        self.leader = leader
        self.row = row
        self.bins = []
        self.on_bin_full = Hooks()
        self.on_bin_full.add(lambda kg: self.bins.append(kg))

    def pick(self, kg_per_bin, bins):
        for _ in range(bins):
            self.on_bin_full.fire(kg_per_bin)

    def __del__(self):
        WEIGHBRIDGE.append((self.leader, sum(self.bins)))
