"""Weekly packing lists for an organic veg box scheme, computed in a process pool."""

import multiprocessing as mp
import pickle


class Box:
    def __init__(self, customer, size, dislikes):
        self.customer = customer
        self.size = size
        self.dislikes = set(dislikes)


class PackingRun:
    PORTIONS = {"small": 5, "medium": 8, "large": 12}

    def __init__(self, harvest):
        self.harvest = harvest

    def packer(self):
        harvest = self.harvest
        portions = self.PORTIONS

        def pack(box):
            wanted = [veg for veg in harvest if veg not in box.dislikes]
            return box.customer, wanted[: portions[box.size]]

        return pack

    def run(self, boxes, processes=2):
        with mp.Pool(processes) as pool:
            return dict(pool.map(self.packer(), boxes))


def main():
    harvest = ["kale", "carrots", "leeks", "beetroot", "onions", "potatoes",
               "squash", "parsnips", "chard", "apples", "celeriac", "swede"]
    boxes = [Box("Hughes", "small", {"beetroot"}), Box("Okafor", "large", {"swede"})]
    try:
        lists = PackingRun(harvest).run(boxes)
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        print("packing run failed:", type(exc).__name__, exc)
        print("BUG SHOWN")
        return
    print(lists)


if __name__ == "__main__":
    main()
