"""Route stops for a mobile library van: removal done on copies."""

from collections import defaultdict


class Stop:
    def __init__(self, village, loans_due):
        self.village = village
        self.loans_due = loans_due


class Route:
    def __init__(self, stops):
        self.stops = list(stops)
        self.by_day = defaultdict(list)
        self.holds = {}

    def drop_quiet_stops(self, minimum):
        self.stops = [s for s in self.stops if s.loans_due >= minimum]

    def cancel_holds_for(self, villages):
        for village in list(self.holds):
            if village in villages:
                del self.holds[village]

    def plan(self, days):
        for i, stop in enumerate(self.stops):
            self.by_day[days[i % len(days)]].append(stop.village)
        summary = {}
        for day in days:
            summary[day] = self.by_day.get(day, [])
        return summary


def main():
    route = Route([Stop("Ashby", 12), Stop("Brill", 1), Stop("Crick", 0), Stop("Dunton", 7)])
    route.holds = {"Brill": 2, "Crick": 1, "Dunton": 4}
    route.drop_quiet_stops(2)
    assert [s.village for s in route.stops] == ["Ashby", "Dunton"]
    route.cancel_holds_for({"Brill", "Crick"})
    assert route.holds == {"Dunton": 4}
    plan = route.plan(["Tue", "Thu", "Sat"])
    assert plan == {"Tue": ["Ashby"], "Thu": ["Dunton"], "Sat": []}
    assert "Sat" not in route.by_day
    print("OK")


if __name__ == "__main__":
    main()
