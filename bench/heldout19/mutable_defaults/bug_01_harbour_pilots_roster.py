"""Build tide-window rosters for harbour pilots."""

from datetime import time


class Pilot:
    def __init__(self, name, max_draught):
        self.name = name
        self.max_draught = max_draught


class Vessel:
    def __init__(self, name, draught, eta):
        self.name = name
        self.draught = draught
        self.eta = eta


def _add_shift(roster, pilot, vessel):
    roster.append((vessel.eta.strftime("%H:%M"), pilot.name, vessel.name))
    roster.sort()
    return roster


def qualified(pilots, vessel):
    return [p for p in pilots if p.max_draught >= vessel.draught]


def build_roster(pilots, vessels, roster=[]):
    for i, vessel in enumerate(vessels):
        options = qualified(pilots, vessel)
        if options:
            _add_shift(roster, options[i % len(options)], vessel)
    return roster


def main():
    pilots = [Pilot("Morgan", 12.0), Pilot("Hale", 8.5)]
    morning = build_roster(pilots, [
        Vessel("Nordic Star", 11.2, time(6, 30)),
        Vessel("Kestrel", 4.0, time(7, 15)),
    ])
    print("morning tide:", morning)
    evening = build_roster(pilots, [Vessel("Bay Trader", 7.9, time(18, 45))])
    print("evening tide:", evening)
    if len(evening) != 1:
        print("evening roster carries", len(evening) - 1, "morning shifts")
        print("BUG SHOWN")
    else:
        print("rosters independent")


if __name__ == "__main__":
    main()
