"""Vending machine estate: restock machines and retire broken ones."""
from collections import defaultdict


class Machine:
    def __init__(self, site, slots, broken=False):
        self.site = site
        self.slots = dict(slots)
        self.broken = broken


class Estate:
    def __init__(self):
        self.machines = {}
        self.by_product = defaultdict(list)

    def install(self, mid, machine):
        self.machines[mid] = machine
        for product in machine.slots:
            self.by_product[product].append(mid)

    def retire_broken(self):
        retired = []
        for mid, machine in list(self.machines.items()):
            if machine.broken:
                del self.machines[mid]
                retired.append(mid)
        return retired

    def restock(self, threshold=3):
        orders = []
        for machine in self.machines.values():
            for product in [p for p, n in machine.slots.items() if n < threshold]:
                machine.slots[product] = 10
                orders.append((machine.site, product))
        return orders

    def sites_for(self, products):
        found = {}
        for product in products:
            found[product] = list(self.by_product.get(product, []))
        return found


def main():
    estate = Estate()
    estate.install("VM1", Machine("library", {"cola": 1, "crisps": 8}))
    estate.install("VM2", Machine("gym", {"water": 0}, broken=True))
    estate.install("VM3", Machine("station", {"cola": 2, "water": 9}))
    assert estate.retire_broken() == ["VM2"]
    assert estate.restock() == [("library", "cola"), ("station", "cola")]
    assert estate.sites_for(["cola", "gum"]) == {"cola": ["VM1", "VM3"], "gum": []}
    assert "gum" not in estate.by_product
    print("machines:", sorted(estate.machines))
    print("OK")


if __name__ == "__main__":
    main()
