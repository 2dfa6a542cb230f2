"""Lighthouse maintenance schedules.

Each kind of light (major coastal light, harbour light, buoy light) has its
own list of routine checks.  Subclasses register checks with a decorator;
each lighthouse keeps its own service log.
"""
from datetime import date, timedelta


class Light:
    routine_checks = {}
    default_interval_days = (30,)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.routine_checks = dict(cls.routine_checks)

    @classmethod
    def check(cls, name, every_days):
        def register(func):
            cls.routine_checks[name] = (every_days, func)
            return func
        return register

    def __init__(self, name, character):
        self.name = name
        self.character = character
        self.service_log = []
        self.intervals = list(self.default_interval_days)

    def service(self, today):
        done = []
        for check_name, (every, func) in sorted(self.routine_checks.items()):
            previous = [d for n, d, _ in self.service_log if n == check_name]
            if previous and today - previous[-1] < timedelta(days=every):
                continue
            self.service_log.append((check_name, today, func(self)))
            done.append(check_name)
        return done


class CoastalLight(Light):
    pass


class HarbourLight(Light):
    pass


@CoastalLight.check("lamp changer", 30)
def lamp_changer(light):
    return f"{light.name}: spare lamp rotated in"


@CoastalLight.check("optic clean", 14)
def optic_clean(light):
    return f"{light.name}: lens panels cleaned"


@HarbourLight.check("lantern glazing", 60)
def glazing(light):
    return f"{light.name}: glazing checked for salt"


def main():
    hook = CoastalLight("Hook Head", "Fl W 3s")
    inchkeith = CoastalLight("Inchkeith", "Fl W 15s")
    leith = HarbourLight("Leith pier", "Iso R 4s")
    day = date(2024, 2, 1)
    first = {l.name: l.service(day) for l in (hook, inchkeith, leith)}
    second = hook.service(day + timedelta(days=15))
    for light in (hook, inchkeith, leith):
        print(f"{light.name} [{light.character}]")
        for check_name, when, note in light.service_log:
            print(f"  {when} {check_name}: {note}")
    hook.intervals.append(7)
    checks = [
        first["Leith pier"] == ["lantern glazing"],
        first["Hook Head"] == ["lamp changer", "optic clean"],
        second == ["optic clean"],
        len(inchkeith.service_log) == 2,
        Light.routine_checks == {},
        inchkeith.intervals == [30] and Light.default_interval_days == (30,),
    ]
    print("OK" if all(checks) else f"unexpected schedule {checks}")


if __name__ == "__main__":
    main()
