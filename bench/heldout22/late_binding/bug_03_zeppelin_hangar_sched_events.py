"""Ground-crew timetable for a zeppelin hangar.

Before an airship can leave, the crew has to top up helium, swing the mast
and clear the doors.  Jobs are staggered per airship and run from the
standard-library scheduler; a simulated clock keeps dry runs instant.
"""
import sched
from dataclasses import dataclass, field


class SimClock:
    def __init__(self):
        self.now = 0.0

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


@dataclass
class Airship:
    name: str
    helium_pct: float
    mast: str = "docked"
    log: list = field(default_factory=list)


class GroundCrew:
    def __init__(self, clock):
        self.clock = clock

    def top_up(self, ship):
        ship.log.append((self.clock.time(), "helium"))
        ship.helium_pct = 100.0

    def swing_mast(self, ship):
        ship.log.append((self.clock.time(), "mast"))
        ship.mast = "released"


def plan_departures(scheduler, crew, airships, stagger=15.0):
    for slot, ship in enumerate(airships):
        start = slot * stagger
        scheduler.enter(start, 1, lambda: crew.top_up(ship))
        scheduler.enter(start + 5, 2, lambda: crew.swing_mast(ship))
    return len(scheduler.queue)


def main():
    clock = SimClock()
    scheduler = sched.scheduler(clock.time, clock.sleep)
    crew = GroundCrew(clock)
    fleet = [
        Airship("Zephyr", helium_pct=81.0),
        Airship("Zenith", helium_pct=77.5),
        Airship("Zodiac", helium_pct=90.0),
    ]
    jobs = plan_departures(scheduler, crew, fleet)
    scheduler.run()
    print(f"ran {jobs} jobs, sim clock at {clock.time():.0f}s")
    for ship in fleet:
        print(f"{ship.name}: helium {ship.helium_pct:.1f}% mast {ship.mast} log {ship.log}")

    not_ready = [s.name for s in fleet if s.mast != "released" or s.helium_pct < 100]
    if not_ready:
        print(f"still grounded: {not_ready}")
        print("BUG SHOWN")
    else:
        print("fleet ready")


if __name__ == "__main__":
    main()
