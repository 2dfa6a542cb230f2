"""Van fleet bookkeeping, grouped by branch."""
from collections import defaultdict


class Fleet:
    def __init__(self):
        self.by_branch = defaultdict(list)

    def add(self, branch, reg):
        self.by_branch[branch].append(reg)

    def vans_at(self, branch):
        return self.by_branch[branch]

    def branches(self):
        return self.by_branch.keys()
