"""Postcode sorting frames for a regional mail centre."""

import pickle
from concurrent.futures import ProcessPoolExecutor

FRAMES = {"AB": 1, "DD": 1, "EH": 2, "G": 3, "IV": 1, "KY": 2, "PH": 1}


class Item:
    def __init__(self, barcode, postcode, weight_g):
        self.barcode = barcode
        self.postcode = postcode
        self.weight_g = weight_g


def area_of(postcode):
    prefix = ""
    for ch in postcode:
        if ch.isalpha():
            prefix += ch
        else:
            break
    return prefix.upper()


class SortingPlan:
    def __init__(self, frames):
        self.frames = frames
        self.rules = []

    def add_rule(self, rule):
        self.rules.append(rule)

    def router(self):
        frames = self.frames
        return lambda postcode: frames.get(area_of(postcode), 0)


class MailCentre:
    def __init__(self, plan, workers=2):
        self.plan = plan
        self.workers = workers

    def sort_batch(self, items):
        route = self.plan.router()
        postcodes = [i.postcode for i in items]
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            frames = list(pool.map(route, postcodes, chunksize=4))
        bins = {}
        for item, frame in zip(items, frames):
            bins.setdefault(frame, []).append(item.barcode)
        return bins


def main():
    items = [
        Item("RN001", "EH1 1YZ", 40),
        Item("RN002", "G12 8QQ", 120),
        Item("RN003", "AB10 1XG", 60),
        Item("RN004", "ZZ9 9ZZ", 20),
        Item("RN005", "KY16 9AJ", 80),
    ]
    centre = MailCentre(SortingPlan(FRAMES))
    try:
        bins = centre.sort_batch(items)
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        print("batch not sorted:", type(exc).__name__, exc)
        print("BUG SHOWN")
        return
    print(bins)
    print("OK")


if __name__ == "__main__":
    main()
