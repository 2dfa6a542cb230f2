"""Treasure hunt game server: clue stations react to team check-ins."""
from collections import defaultdict


class Bus:
    def __init__(self):
        self._subs = defaultdict(list)

    def subscribe(self, topic, fn):
        self._subs[topic].append(fn)

    def publish(self, topic, *args):
        return [fn(*args) for fn in self._subs[topic]]


class ClueStation:
    def __init__(self, number, clue):
        self.number = number
        self.clue = clue
        self.visits = []


class Hunt:
    def __init__(self, clues):
        self.bus = Bus()
        self.stations = [ClueStation(i + 1, c) for i, c in enumerate(clues)]

    def wire(self):
        for station in self.stations:
            def on_checkin(team, code):
                if code == station.number:
                    station.visits.append(team)
                    return station.clue
                return None

            self.bus.subscribe("checkin", on_checkin)

    def checkin(self, team, code):
        answers = [a for a in self.bus.publish("checkin", team, code) if a]
        return answers[0] if answers else None


def main():
    hunt = Hunt(["under the oak", "by the well", "in the bell tower"])
    hunt.wire()
    clue = hunt.checkin("Red Team", 1)
    print("Red Team at station 1 got:", clue)
    print("visits:", {s.number: s.visits for s in hunt.stations})
    if clue != "under the oak":
        print("station 1 check-in was handled by the wrong station")
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
