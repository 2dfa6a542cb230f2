"""Rowing regatta: crews withdraw from a heat before the start is called."""


class Crew:
    def __init__(self, club, boat_class, weighed_in=True, cox_present=True):
        self.club = club
        self.boat_class = boat_class
        self.weighed_in = weighed_in
        self.cox_present = cox_present
        self.heat = None

    def eligible(self):
        return self.weighed_in and self.cox_present

    def withdraw(self, reason):
        self.heat.crews.remove(self)
        self.heat.scratched.append((self.club, reason))
        self.heat = None


class Heat:
    def __init__(self, number, lanes=6):
        self.number = number
        self.lanes = lanes
        self.crews = []
        self.scratched = []

    def enter(self, crew):
        if len(self.crews) >= self.lanes:
            raise ValueError("heat full")
        crew.heat = self
        self.crews.append(crew)

    def call_start(self):
        for crew in self.crews:
            if not crew.eligible():
                crew.withdraw("failed pre-race check")
        return {lane: crew.club for lane, crew in enumerate(self.crews, start=1)}


def main():
    heat = Heat(3)
    heat.enter(Crew("Leander", "8+"))
    heat.enter(Crew("Molesey", "8+", weighed_in=False))
    heat.enter(Crew("Tideway", "8+", cox_present=False))
    heat.enter(Crew("Thames", "8+"))
    lanes = heat.call_start()
    print("start list:", lanes)
    print("scratched:", heat.scratched)
    ineligible = [c.club for c in heat.crews if not c.eligible()]
    if ineligible:
        print("ineligible crews still on the start list:", ineligible)
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
