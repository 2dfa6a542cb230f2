"""Carpool dispatcher: each office runs its own dispatcher of riders and drivers."""


class Rider:
    def __init__(self, name, pickup):
        self.name = name
        self.pickup = pickup


class Dispatcher:
    """Matches riders to drivers heading through their pickup point."""

    riders = {}
    max_seats = 3

    def __init__(self, office):
        self.office = office
        self.drivers = []

    def register_rider(self, rider):
        self.riders[rider.name] = rider

    def add_driver(self, name, route):
        self.drivers.append((name, list(route)))

    def _candidates(self, route):
        return [r for r in self.riders.values() if r.pickup in route]

    def plan(self):
        plan = {}
        for driver, route in self.drivers:
            seats = self._candidates(route)[: self.max_seats]
            plan[driver] = [r.name for r in seats]
        return plan


def main():
    harbour_office = Dispatcher("harbour")
    campus_office = Dispatcher("campus")
    harbour_office.register_rider(Rider("Maya", "Quay St"))
    harbour_office.add_driver("Jon", ["Quay St", "Main Rd", "Harbour"])
    campus_office.register_rider(Rider("Omar", "Library"))
    campus_office.register_rider(Rider("Lena", "Main Rd"))
    campus_office.add_driver("Priya", ["Library", "Main Rd", "Campus"])
    harbour_plan = harbour_office.plan()
    campus_plan = campus_office.plan()
    print("harbour:", harbour_plan)
    print("campus:", campus_plan)
    if "Lena" in harbour_plan["Jon"] or "Maya" in str(campus_plan):
        print("riders from one office were offered seats by another")
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
