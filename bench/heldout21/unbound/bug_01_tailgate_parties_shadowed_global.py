"""Tailgate party planner: works out grill assignments for a car park."""

GRILL_CAPACITY = 12


class Party:
    def __init__(self, host, guests, vegetarian=0):
        self.host = host
        self.guests = guests
        self.vegetarian = vegetarian

    def __repr__(self):
        return f"Party({self.host!r}, {self.guests})"


def grills_needed(guests, capacity):
    return -(-guests // capacity)


class GrillPlanner:
    def __init__(self, parties):
        self.parties = list(parties)
        self.log = []

    def plan(self):
        plan = {}
        for party in self.parties:
            plan[party.host] = self._grills_for(party)
        return plan

    def _grills_for(self, party):
        count = grills_needed(party.guests, GRILL_CAPACITY)
        if party.vegetarian:
            # vegetarian food goes on a separate, smaller grill
            self.log.append(f"{party.host}: separate veggie grill")
            GRILL_CAPACITY = 8
            count += grills_needed(party.vegetarian, GRILL_CAPACITY)
        return count


def main():
    planner = GrillPlanner([
        Party("Morgan", 30),
        Party("Lee", 18, vegetarian=5),
    ])
    try:
        plan = planner.plan()
    except UnboundLocalError as exc:
        print("planning failed:", exc)
        print("BUG SHOWN")
        return
    print("plan:", plan)


if __name__ == "__main__":
    main()
