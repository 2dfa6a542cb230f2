"""Vehicle registry for a bus depot, one roster per vehicle type."""


class Vehicle:
    roster = {}
    kind = "vehicle"

    def __init_subclass__(cls, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if kind:
            cls.kind = kind

    def __init__(self, fleet_no, capacity):
        self.fleet_no = fleet_no
        self.capacity = capacity

    @classmethod
    def commission(cls, fleet_no, capacity):
        vehicle = cls(fleet_no, capacity)
        cls.roster[fleet_no] = vehicle
        return vehicle

    @classmethod
    def fleet_size(cls):
        return len(cls.roster)

    def __repr__(self):
        return f"{self.kind}#{self.fleet_no}"


class DoubleDecker(Vehicle, kind="double-decker"):
    pass


class MiniBus(Vehicle, kind="minibus"):
    pass


class Depot:
    def __init__(self, name):
        self.name = name

    def seats_by_type(self, *types):
        return {t.kind: sum(v.capacity for v in t.roster.values()) for t in types}


def main():
    depot = Depot("Riverside")
    DoubleDecker.commission("DD101", 80)
    DoubleDecker.commission("DD102", 80)
    MiniBus.commission("MB7", 16)
    print("double deckers:", DoubleDecker.fleet_size(), list(DoubleDecker.roster.values()))
    print("minibuses:", MiniBus.fleet_size(), list(MiniBus.roster.values()))
    seats = depot.seats_by_type(DoubleDecker, MiniBus)
    print("seats:", seats)
    if MiniBus.fleet_size() != 1 and seats["minibus"] == seats["double-decker"]:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
