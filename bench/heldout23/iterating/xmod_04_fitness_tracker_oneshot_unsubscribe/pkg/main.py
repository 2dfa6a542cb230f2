from .badges import Badge
from .hub import SyncHub, Workout
from .stats import WeeklyTotals


def main() -> None:
    hub = SyncHub()
    first_10k = Badge(hub, "First 10K week", "run", 10.0)
    century = Badge(hub, "Century ride", "cycle", 100.0)
    totals = WeeklyTotals(hub)

    week = [
        Workout("maya", "run", 5.2, 31),
        Workout("maya", "cycle", 42.0, 95),
        Workout("maya", "run", 6.1, 37),
        Workout("maya", "cycle", 61.5, 140),
        Workout("maya", "run", 4.0, 24),
    ]
    for workout in week:
        hub.publish(workout)

    print(f"badges: {first_10k.title}={first_10k.earned_by}, {century.title}={century.earned_by}")
    print(f"sessions={totals.sessions} km={dict(totals.km)}")
    if totals.sessions != len(week):
        print(f"{len(week) - totals.sessions} workout(s) missing from the weekly totals")
        print("BUG SHOWN")
        return
    print("weekly totals complete")


if __name__ == "__main__":
    main()
