"""Recycling centre sorting line.

Items arriving on the conveyor are identified by material and routed to a
bay.  The routing table is built from the site configuration when the line
starts up.
"""
from collections import Counter, defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    tag: str
    material: str
    kg: float


SITE_BAYS = {
    "glass": "bay-1",
    "paper": "bay-2",
    "aluminium": "bay-3",
    "pet": "bay-4",
}


class Bay:
    def __init__(self, name):
        self.name = name
        self.items = []

    def deposit(self, item):
        self.items.append(item)


class SortingLine:
    def __init__(self, bay_map):
        self.bays = {name: Bay(name) for name in set(bay_map.values())}
        self.reject_bay = Bay("reject")
        self.routes = {}
        for material, bay_name in bay_map.items():
            self.routes[material] = lambda item: self.bays[bay_name].deposit(item)

    def feed(self, items):
        counts = Counter()
        for item in items:
            route = self.routes.get(item.material, self.reject_bay.deposit)
            route(item)
            counts[item.material] += 1
        return counts


def bay_contents(line):
    contents = defaultdict(set)
    for bay in line.bays.values():
        for item in bay.items:
            contents[bay.name].add(item.material)
    return dict(contents)


def main():
    line = SortingLine(SITE_BAYS)
    line.feed([
        Item("c-01", "glass", 0.4),
        Item("c-02", "paper", 0.1),
        Item("c-03", "aluminium", 0.02),
        Item("c-04", "pet", 0.03),
        Item("c-05", "textile", 0.5),
    ])
    contents = bay_contents(line)
    for bay in sorted(line.bays):
        print(bay, sorted(contents.get(bay, ())))
    print("reject", [i.material for i in line.reject_bay.items])
    if contents.get("bay-1") != {"glass"}:
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
