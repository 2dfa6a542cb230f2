"""Archive digitisation: index scanned items by box and follow cross-references."""

from collections import defaultdict


class ScannedItem:
    def __init__(self, accession, box, refers_to=()):
        self.accession = accession
        self.box = box
        self.refers_to = tuple(refers_to)


class BoxIndex:
    def __init__(self):
        self.by_box = defaultdict(list)

    def add(self, item):
        self.by_box[item.box].append(item)

    def items_in(self, box):
        return self.by_box[box]


class Digitiser:
    def __init__(self, index):
        self.index = index

    def cross_reference_report(self):
        report = {}
        for box, items in self.index.by_box.items():
            linked = set()
            for item in items:
                for ref in item.refers_to:
                    target_box = ref.split("/")[0]
                    if not self.index.items_in(target_box):
                        linked.add(f"{target_box} (not yet scanned)")
                    else:
                        linked.add(target_box)
            report[box] = sorted(linked)
        return report


def main():
    index = BoxIndex()
    index.add(ScannedItem("B1/001", "B1", refers_to=["B2/014"]))
    index.add(ScannedItem("B1/002", "B1"))
    index.add(ScannedItem("B2/014", "B2", refers_to=["B7/003"]))
    try:
        report = Digitiser(index).cross_reference_report()
    except RuntimeError as exc:
        print(f"report failed: {exc}; boxes now {sorted(index.by_box)}")
        print("BUG SHOWN")
        return
    print(report)
    print("OK")


if __name__ == "__main__":
    main()
