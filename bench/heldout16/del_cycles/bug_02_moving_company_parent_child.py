"""Moving company: trucks release their depot bay when scrapped."""
import gc

gc.disable()


class Depot:
    def __init__(self, bays):
        self.free_bays = list(range(1, bays + 1))

    def take_bay(self):
        return self.free_bays.pop(0)

    def give_back(self, bay):
        self.free_bays.append(bay)
        self.free_bays.sort()


DEPOT = Depot(3)


class Crate:
    def __init__(self, label, kg):
        self.label = label
        self.kg = kg
        self.truck = None

    def load_onto(self, truck):
        self.truck = truck
        truck.crates.append(self)


class Truck:
    def __init__(self, reg, max_kg):
        self.reg = reg
        self.max_kg = max_kg
        self.crates = []
        self.bay = DEPOT.take_bay()

    def load(self, crates):
        for crate in crates:
            if self.weight() + crate.kg <= self.max_kg:
                crate.load_onto(self)

    def weight(self):
        return sum(c.kg for c in self.crates)

    def __del__(self):
        DEPOT.give_back(self.bay)


def main():
    truck = Truck("MV12 ABC", 900)
    truck.load([Crate("piano", 320), Crate("books", 140), Crate("wardrobe", 210)])
    print(truck.reg, "loaded", truck.weight(), "kg in bay", truck.bay)
    del truck
    print("free bays:", DEPOT.free_bays)
    if DEPOT.free_bays != [1, 2, 3]:
        print("scrapped truck still holds its bay")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
