"""Cellar console for a craft brewery.

Fermentation vessels get per-vessel commands (dump yeast, crash cool, read
gravity) generated from the vessel list, and a timetable of gravity checks
scheduled on the standard-library scheduler with a simulated clock.
"""
import functools
import sched


class SimClock:
    def __init__(self):
        self.now = 0.0

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


class Vessel:
    def __init__(self, name, beer, gravity):
        self.name = name
        self.beer = beer
        self.gravity = gravity
        self.temp_c = 19.0
        self.events = []

    def crash_cool(self):
        self.temp_c = 1.0
        self.events.append("crash")

    def dump_yeast(self):
        self.events.append("dump")

    def read_gravity(self, at):
        self.gravity -= 0.004
        self.events.append(("gravity", at, round(self.gravity, 3)))


def build_commands(vessels):
    commands = {}
    for vessel in vessels:
        commands[f"crash-{vessel.name}"] = vessel.crash_cool
        commands[f"dump-{vessel.name}"] = functools.partial(Vessel.dump_yeast, vessel)
        commands[f"peek-{vessel.name}"] = lambda v=vessel: (v.name, v.gravity, v.temp_c)
    return commands


def schedule_checks(scheduler, clock, vessels, every_h=12.0):
    for slot, vessel in enumerate(vessels):
        scheduler.enter(slot * every_h, 1,
                        lambda v=vessel: v.read_gravity(clock.time()))
        scheduler.enter(slot * every_h + 1, 2, vessel.read_gravity, argument=(None,))


def main():
    vessels = [
        Vessel("FV1", "pilsner", 1.048),
        Vessel("FV2", "stout", 1.062),
        Vessel("FV3", "saison", 1.055),
    ]
    commands = build_commands(vessels)
    commands["crash-FV1"]()
    commands["dump-FV2"]()
    peek = commands["peek-FV3"]()

    clock = SimClock()
    scheduler = sched.scheduler(clock.time, clock.sleep)
    schedule_checks(scheduler, clock, vessels)
    scheduler.run()

    fv1, fv2, fv3 = vessels
    assert fv1.temp_c == 1.0 and fv2.temp_c == 19.0 and fv3.temp_c == 19.0
    assert fv1.events[0] == "crash" and fv2.events[0] == "dump"
    assert peek == ("FV3", 1.055, 19.0)
    assert [e[1] for e in fv2.events if e[0] == "gravity"] == [12.0, None]
    assert all(sum(1 for e in v.events if e[0] == "gravity") == 2 for v in vessels)
    for vessel in vessels:
        print(f"{vessel.name} {vessel.beer:<8} {vessel.temp_c:4.1f}C {vessel.events}")
    print("OK")


if __name__ == "__main__":
    main()
